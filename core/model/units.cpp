#include "core/model/units.h"

#include <QStringList>

#include <algorithm>
#include <limits>

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
    // In 64 bits, so "71582789" (minutes) cannot wrap into a plausible run; anything past an int reads as
    // the longest duration there is, and the store's limit names it.
    qint64 total = 0;
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const int v = parts.at(i).toInt(&ok);
        if (!ok || v < 0)
            return -1;
        if (i > 0 && v >= 60)
            return -1;
        total = std::min<qint64>(total * 60 + v, std::numeric_limits<int>::max());
    }
    if (parts.size() == 1)
        total *= 60; // a bare number is minutes
    return int(std::min<qint64>(total, std::numeric_limits<int>::max()));
}

} // namespace patella
