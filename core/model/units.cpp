#include "core/model/units.h"

#include <QStringList>

namespace patella {

double metresPerUnit(DistanceUnit unit)
{
    return unit == DistanceUnit::Miles ? kMetresPerMile : kMetresPerKilometre;
}

double toUnit(double metres, DistanceUnit unit)
{
    return metres / metresPerUnit(unit);
}

double toMetres(double value, DistanceUnit unit)
{
    return value * metresPerUnit(unit);
}

QString unitId(DistanceUnit unit)
{
    return unit == DistanceUnit::Miles ? QStringLiteral("mi") : QStringLiteral("km");
}

DistanceUnit unitFromId(const QString& id)
{
    return id == QLatin1String("mi") ? DistanceUnit::Miles : DistanceUnit::Kilometres;
}

QString formatDuration(int seconds)
{
    if (seconds < 0)
        seconds = 0;
    const int h = seconds / 3600;
    const int m = (seconds % 3600) / 60;
    const int s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

int parseDuration(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.isEmpty() || parts.size() > 3)
        return -1;
    int total = 0;
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const int v = parts.at(i).toInt(&ok);
        if (!ok || v < 0)
            return -1;
        if (i > 0 && v >= 60)
            return -1;
        total = total * 60 + v;
    }
    if (parts.size() == 1)
        total *= 60; // a bare number is minutes
    return total;
}

} // namespace patella
