#pragma once

#include "core/model/result.h"
#include "core/model/units.h"

#include <QDate>
#include <QString>

#include <optional>

// Reads what a runner typed into a journal form. Each reader returns the value, or an Error whose field is
// the store's name for it ("distance", "painDuring") and whose message is a sentence naming the field the way
// the form labels it, so the form can show it under that field. No widgets here: the tests call them directly.
namespace patella::forms {

// A whole number 0-10. Empty is allowed (nullopt) unless required.
Result<std::optional<int>> painScore(const QString& text, const char* key, const QString& label, bool required);

// A whole number in [min, max]; empty allowed unless required.
Result<std::optional<int>> wholeNumber(const QString& text, const char* key, const QString& label, int min, int max,
                                       bool required);

// A decimal number in [min, max] in the locale's notation (a plain "." is read too); empty allowed unless
// required.
Result<std::optional<double>> decimal(const QString& text, const char* key, const QString& label, double min,
                                      double max, bool required);

// A distance typed in the runner's unit, returned in metres. Zero is allowed only when allowZero.
Result<double> distance(const QString& text, DistanceUnit unit, const char* key, const QString& label, bool allowZero);

// h:mm:ss, mm:ss or plain minutes; must be longer than zero.
Result<int> duration(const QString& text, const char* key, const QString& label);

// A date on or before today.
Result<QDate> pastDate(QDate date, QDate today, const char* key, const QString& label);

// A distance as the edit field shows it: the runner's unit, two decimals, no unit suffix ("10.00").
QString distanceText(double metres, DistanceUnit unit);

// Reads a number in the locale's notation or with a plain ".". nullopt when it is not a number.
std::optional<double> readNumber(const QString& text);

} // namespace patella::forms
