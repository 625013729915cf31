#include "core/insights/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace patella::insightformat {

QString number(double value)
{
    const double tenths = std::round(value * 10.0) / 10.0;
    const QLocale locale;
    if (std::abs(tenths - std::round(tenths)) < 1e-9)
        return locale.toString(static_cast<qlonglong>(std::llround(tenths)));
    return locale.toString(tenths, 'f', 1);
}

QString distance(double metres, DistanceUnit unit)
{
    const QString value = number(toUnit(metres, unit));
    if (unit == DistanceUnit::Miles)
        return QCoreApplication::translate("Insights", "%1 mi").arg(value);
    return QCoreApplication::translate("Insights", "%1 km").arg(value);
}

namespace {

// Between 9.5 and 10.5 a whole number would hide which side of the 10% line a change fell on.
bool nearTenPercent(double magnitude)
{
    return magnitude >= 9.5 && magnitude < 10.5 && std::abs(magnitude - 10.0) > 1e-9;
}

QString percentDigits(double magnitude)
{
    const QLocale locale;
    if (nearTenPercent(magnitude))
        return locale.toString(magnitude, 'f', 1);
    return locale.toString(static_cast<qlonglong>(std::llround(magnitude)));
}

} // namespace

QString signedPercent(double value)
{
    const double magnitude = std::abs(value);
    const bool zero = !nearTenPercent(magnitude) && std::llround(magnitude) == 0;
    const QString sign = zero ? QString() : (value < 0 ? QStringLiteral("-") : QStringLiteral("+"));
    return QCoreApplication::translate("Insights", "%1%2%", "signed percent: sign, digits")
        .arg(sign, percentDigits(magnitude));
}

QString percent(double value)
{
    return QCoreApplication::translate("Insights", "%1%", "percent").arg(percentDigits(std::abs(value)));
}

QString score(double value)
{
    return number(value);
}

} // namespace patella::insightformat
