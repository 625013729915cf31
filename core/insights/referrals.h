#pragma once

#include "core/insights/insight.h"
#include "core/insights/painalerts.h"
#include "core/model/records.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The rules that send the runner to a physiotherapist, each with the dates and numbers behind it (clinical
// notes: warning signs; the pain-monitoring model's conditions). Each situation is judged on its own, so one
// that improves never hides one that gets worse.
namespace patella {

constexpr int kWorseMorningsWindowDays = 14;
constexpr int kWorseMorningsToRefer = 3;

// Pain that rose on two weeks running: three weekly values in a row, each above the one before, that rose by
// more than 1.16 points in all (the smallest change that matters, so the ordinary wobble of 7-day means is not
// read as a rise). Weekly values: the check-in's worst and its usual pain, and each situation's 7-day mean
// on reference, 7 and 14 days before.
struct RisingPain
{
    QString what; // "Stairs (7-day mean)", "Worst pain of the week (check-in)", translated
    QList<QDate> dates; // the day each value is about, oldest first
    QList<double> values; // oldest first
};
QList<RisingPain> risingPain(const QList<PainEntry>& pain, const QList<CheckIn>& checkIns, QDate reference);
std::optional<Insight> risingPainAlert(const QList<PainEntry>& pain, const QList<CheckIn>& checkIns, QDate reference);

// Three mornings worse than the one before within 14 days, or worse mornings after two sessions in a row (the
// mornings after two consecutive session days both worse): see a physiotherapist, with the dates.
std::optional<Insight> worseMorningsAlert(const QList<MorningCheck>& mornings, const QList<SessionRecord>& sessions,
                                          QDate reference);

// Warning signs answered yes in a check-in of the last two weeks: see a physiotherapist or doctor, naming them.
std::optional<Insight> warningSignsAlert(const QList<CheckIn>& checkIns, QDate reference);

} // namespace patella
