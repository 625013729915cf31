#include "app/journal/forminput.h"

#include "core/store/validation.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace patella::forms {
namespace {

constexpr double kMaxFormMetres = 1.0e8;

Error fieldError(const char* key, const QString& message)
{
    return Error {QString::fromLatin1(key), message};
}

// lupdate files these texts under the context named here, the same one they are looked up in.
struct JournalForms
{
    Q_DECLARE_TR_FUNCTIONS(JournalForms)
};

} // namespace

std::optional<double> readNumber(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

Result<std::optional<int>> wholeNumber(const QString& text, const char* key, const QString& label, int min, int max,
                                       bool required)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (required)
            return fieldError(key, JournalForms::tr("%1 is needed.").arg(label));
        return std::optional<int> {};
    }
    bool ok = false;
    const int value = QLocale().toInt(trimmed, &ok);
    if (!ok) {
        const auto number = readNumber(trimmed);
        if (number && std::floor(*number) != *number)
            return fieldError(
                key, JournalForms::tr("%1 must be a whole number from %2 to %3.").arg(label).arg(min).arg(max));
        return fieldError(key, JournalForms::tr("%1 must be a number from %2 to %3.").arg(label).arg(min).arg(max));
    }
    if (value < min || value > max)
        return fieldError(key, JournalForms::tr("%1 must be between %2 and %3.").arg(label).arg(min).arg(max));
    return std::optional<int> {value};
}

Result<std::optional<int>> painScore(const QString& text, const char* key, const QString& label, bool required)
{
    return wholeNumber(text, key, label, 0, 10, required);
}

Result<std::optional<double>> decimal(const QString& text, const char* key, const QString& label, double min,
                                      double max, bool required)
{
    if (text.trimmed().isEmpty()) {
        if (required)
            return fieldError(key, JournalForms::tr("%1 is needed.").arg(label));
        return std::optional<double> {};
    }
    const auto value = readNumber(text);
    if (!value)
        return fieldError(key, JournalForms::tr("%1 must be a number, like %2.").arg(label, QLocale().toString(12.5)));
    if (*value < min || *value > max)
        return fieldError(key,
                          JournalForms::tr("%1 must be between %2 and %3.")
                              .arg(label, QLocale().toString(min), QLocale().toString(max)));
    return std::optional<double> {*value};
}

Result<double> distance(const QString& text, DistanceUnit unit, const char* key, const QString& label, bool allowZero)
{
    if (text.trimmed().isEmpty())
        return fieldError(key, JournalForms::tr("%1 is needed.").arg(label));
    const auto value = readNumber(text);
    if (!value)
        return fieldError(key, JournalForms::tr("%1 must be a number, like %2.").arg(label, QLocale().toString(5.2)));
    if (*value < 0.0)
        return fieldError(key, JournalForms::tr("%1 cannot be negative.").arg(label));
    if (*value == 0.0 && !allowZero)
        return fieldError(key, JournalForms::tr("%1 must be more than zero.").arg(label));
    const double metres = toMetres(*value, unit);
    // 1e306 km is a finite number but no distance: past 100,000 km it is a typing slip.
    if (!std::isfinite(metres) || metres > kMaxFormMetres)
        return fieldError(
            key, JournalForms::tr("%1 is far too large: a run or a week is at most a few hundred km.").arg(label));
    return metres;
}

Result<int> duration(const QString& text, const char* key, const QString& label)
{
    if (text.trimmed().isEmpty())
        return fieldError(key, JournalForms::tr("%1 is needed, as h:mm:ss.").arg(label));
    const int seconds = parseDuration(text);
    if (seconds < 0)
        return fieldError(key, JournalForms::tr("%1 must read as h:mm:ss, like 0:42:30.").arg(label));
    if (seconds == 0)
        return fieldError(key, JournalForms::tr("%1 must be longer than zero.").arg(label));
    if (seconds > validation::kMaxRunSeconds)
        return fieldError(key,
                          JournalForms::tr("%1 is longer than 72 hours; a bare number counts minutes.").arg(label));
    return seconds;
}

Result<QDate> pastDate(QDate date, QDate today, const char* key, const QString& label)
{
    if (!date.isValid())
        return fieldError(key, JournalForms::tr("%1 is needed.").arg(label));
    if (today.isValid() && date > today)
        return fieldError(key, JournalForms::tr("%1 cannot be in the future.").arg(label));
    return date;
}

QString distanceText(double metres, DistanceUnit unit)
{
    return QLocale().toString(toUnit(metres, unit), 'f', 2);
}

} // namespace patella::forms
