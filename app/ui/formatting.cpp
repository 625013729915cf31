#include "app/ui/formatting.h"

#include <QLabel>
#include <QLocale>

namespace patella::fmt {

QString unitSuffix(DistanceUnit unit)
{
    return unit == DistanceUnit::Miles ? QCoreApplication::translate("fmt", "mi")
                                       : QCoreApplication::translate("fmt", "km");
}

QString distance(double metres, DistanceUnit unit, int decimals)
{
    return QCoreApplication::translate("fmt", "%1 %2")
        .arg(QLocale().toString(toUnit(metres, unit), 'f', decimals), unitSuffix(unit));
}

QString date(QDate d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

QString longDate(QDate d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

QString dateTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString time(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat);
}

QString duration(int seconds)
{
    return formatDuration(seconds);
}

QString pain(int score)
{
    return QCoreApplication::translate("fmt", "%1/10").arg(score);
}

} // namespace patella::fmt
