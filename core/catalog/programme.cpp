#include "core/catalog/programme.h"

#include <QCoreApplication>

#include <algorithm>

namespace patella {

int programmeWeek(QDate today, QDate start)
{
    const qint64 days = std::max<qint64>(0, start.daysTo(today));
    return static_cast<int>(days / 7) + 1;
}

Phase programmePhase(QDate today, QDate start, bool painFree)
{
    if (painFree)
        return Phase::Maintenance;
    return start.daysTo(today) < kGentleDays ? Phase::Gentle : Phase::Strength;
}

int weeklySessionTarget(Phase phase)
{
    switch (phase) {
    case Phase::Gentle:
        return 7 * kGentleStretchesPerDay;
    case Phase::Strength:
        return 7 + kStrengthDaysPerWeek;
    case Phase::Maintenance:
        return kMaintenanceFlexPerWeek;
    }
    return kMaintenanceFlexPerWeek;
}

QString displayName(Phase phase)
{
    switch (phase) {
    case Phase::Gentle:
        return QCoreApplication::translate("programme", "Gentle stretching");
    case Phase::Strength:
        return QCoreApplication::translate("programme", "Stretching and light strength");
    case Phase::Maintenance:
        return QCoreApplication::translate("programme", "Keeping it up");
    }
    return {};
}

namespace {

// low, low+step, ..., high (high always included).
QList<int> climb(const IntRange& range, int step)
{
    QList<int> values;
    for (int value = range.low; value < range.high; value += step)
        values.append(value);
    values.append(range.high);
    return values;
}

} // namespace

QList<PlannedDose> doseLadder(const Exercise& exercise)
{
    const Dose& dose = exercise.dose;
    const bool hold = dose.type == DoseType::Hold;
    const IntRange amounts = hold ? dose.holdSeconds : dose.reps;
    const int lowSets = std::max(1, dose.sets.low);
    const int highSets = std::max(lowSets, dose.sets.high);

    const auto make = [&](int amount, int sets) {
        PlannedDose planned;
        planned.holdSeconds = hold ? amount : 0;
        planned.reps = hold ? 0 : amount;
        planned.sets = sets;
        planned.restSeconds = dose.restSeconds;
        return planned;
    };

    QList<PlannedDose> ladder;
    for (int amount : climb(amounts, hold ? kHoldStepSeconds : kRepStep))
        ladder.append(make(amount, lowSets));
    for (int sets = lowSets + 1; sets <= highSets; ++sets)
        ladder.append(make(amounts.high, sets));
    return ladder;
}

namespace {

// The fold both progressions share: start at a step of the ladder, two safe reports in a row climb one,
// acceptable pain keeps it, sharp pain steps back.
Progression progressionOn(const QList<PlannedDose>& ladder, int startStep, const QList<int>& recentPain)
{
    const int top = static_cast<int>(ladder.size()) - 1;
    Progression result;
    result.steps = static_cast<int>(ladder.size());
    result.step = std::clamp(startStep, 0, top);
    int safeInARow = 0;
    for (int score : recentPain) {
        if (score < 0 || score > 10)
            continue;
        if (score <= kSafePainMax) {
            ++safeInARow;
            result.change = DoseChange::Kept;
            if (safeInARow >= kSettledSessionsToProgress) {
                safeInARow = 0;
                if (result.step < top) {
                    ++result.step;
                    result.change = DoseChange::Progressed;
                }
            }
        } else if (score <= kAcceptablePainMax) {
            safeInARow = 0;
            result.change = DoseChange::Kept;
        } else {
            safeInARow = 0;
            result.step = std::max(0, result.step - 1);
            result.change = DoseChange::SteppedBack;
        }
    }
    result.dose = ladder.at(result.step);
    return result;
}

} // namespace

Progression progressionFor(const Exercise& exercise, const QList<int>& recentPain)
{
    return progressionOn(doseLadder(exercise), 0, recentPain);
}

QList<PlannedDose> prescribedLadder(const Exercise& exercise, const PlannedDose& prescribed)
{
    const bool hold = exercise.dose.type == DoseType::Hold;
    Exercise shaped = exercise;
    Dose& dose = shaped.dose;
    const int amount = std::max(1, hold ? prescribed.holdSeconds : prescribed.reps);
    const int floor = hold ? std::max(kHoldStepSeconds, amount - kPrescribedStepsBack * kHoldStepSeconds)
                           : std::max(1, amount - kPrescribedStepsBack * kRepStep);
    const IntRange amounts {std::min(floor, amount), amount};
    dose.holdSeconds = hold ? amounts : IntRange {};
    dose.reps = hold ? IntRange {} : amounts;
    dose.sets = IntRange {1, std::max(1, prescribed.sets)};
    dose.restSeconds = prescribed.restSeconds;
    return doseLadder(shaped);
}

Progression prescribedProgression(const Exercise& exercise, const PlannedDose& prescribed, const QList<int>& recentPain)
{
    const QList<PlannedDose> ladder = prescribedLadder(exercise, prescribed);
    return progressionOn(ladder, static_cast<int>(ladder.size()) - 1, recentPain);
}

PlannedDose plannedDose(const Exercise& exercise, const QList<int>& recentPain)
{
    return progressionFor(exercise, recentPain).dose;
}

QList<int> painReportsFor(const QList<SessionRecord>& sessions, const QString& exerciseId)
{
    QList<const SessionRecord*> ordered;
    for (const SessionRecord& session : sessions)
        ordered.append(&session);
    std::stable_sort(ordered.begin(), ordered.end(), [](const SessionRecord* a, const SessionRecord* b) {
        return a->localDate != b->localDate ? a->localDate < b->localDate : a->start < b->start;
    });
    QList<int> reports;
    for (const SessionRecord* session : std::as_const(ordered)) {
        std::optional<int> worst;
        for (const SessionItem& item : session->items) {
            if (item.exerciseId == exerciseId && item.pain)
                worst = std::max(worst.value_or(0), *item.pain);
        }
        if (worst)
            reports.append(*worst);
    }
    return reports;
}

QString painGuidance(int score)
{
    if (score <= kSafePainMax)
        return QCoreApplication::translate("programme",
                                           "Mild tension is fine. As long as it stays this low, the dose will grow.");
    if (score <= kAcceptablePainMax)
        return QCoreApplication::translate("programme",
                                           "Acceptable, if it settles within about an hour. The dose stays as it is.");
    return QCoreApplication::translate("programme",
                                       "Sharp pain means stop this exercise; the dose steps back next time. If pain "
                                       "spikes or lingers, see a physiotherapist.");
}

} // namespace patella
