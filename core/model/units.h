#pragma once

#include <QString>

namespace patella {

// Distances live in metres everywhere; this is the one place that converts for display and input.
enum class DistanceUnit
{
    Kilometres,
    Miles,
};

constexpr double kMetresPerKilometre = 1000.0;
constexpr double kMetresPerMile = 1609.344;

double metresPerUnit(DistanceUnit unit);
double toUnit(double metres, DistanceUnit unit);
double toMetres(double value, DistanceUnit unit);

QString unitId(DistanceUnit unit); // "km" / "mi", for settings
DistanceUnit unitFromId(const QString& id);

// "1:02:03" or "42:05"; parses h:mm:ss, mm:ss or plain minutes. Returns -1 when unreadable.
QString formatDuration(int seconds);
int parseDuration(const QString& text);

} // namespace patella
