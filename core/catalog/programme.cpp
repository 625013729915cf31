#include "core/catalog/programme.h"

#include <QCoreApplication>

#include <algorithm>

namespace patella {

int programmeWeek(QDate today, QDate start)
{
    const qint64 days = std::max<qint64>(0, start.daysTo(today));
    return static_cast<int>(days / 7) + 1;
}

PainFreeCheck painFreeCheck(const PainSources& sources, QDate today)
{
    PainFreeCheck check;
    const QDate first = today.addDays(-(kPainFreeDays - 1));
    const QDate secondWeek = first.addDays(7);
    const auto note = [&](QDate date, int score) {
        if (!date.isValid() || date < first || date > today)
            return;
        ++check.reports;
        check.highest = std::max(check.highest, std::clamp(score, 0, kPainScaleMax));
        check.firstWeekReported = check.firstWeekReported || date < secondWeek;
    };
    for (const PainEntry& entry : sources.pain)
        note(entry.localDate, entry.score);
    for (const Run& run : sources.runs) {
        if (run.painDuring)
            note(run.localDate, *run.painDuring);
        if (run.painAfter)
            note(run.localDate, *run.painAfter);
    }
    for (const SessionRecord& session : sources.sessions) {
        for (const SessionItem& item : session.items) {
            if (item.pain)
                note(session.localDate, *item.pain);
        }
    }
    for (const CheckIn& checkIn : sources.checkIns) {
        if (checkIn.worstPain && checkIn.weekStart.isValid())
            note(std::min(isoWeekStart(checkIn.weekStart).addDays(6), today), *checkIn.worstPain);
    }
    check.painFree = check.reports >= kPainFreeReports && check.highest <= kSafePainMax && check.firstWeekReported;
    return check;
}

ProgrammeStatus programmeStatus(QDate today, QDate start, const PainSources& sources)
{
    ProgrammeStatus status;
    status.week = programmeWeek(today, start);
    status.painFree = painFreeCheck(sources, today);
    if (start.daysTo(today) < kGentleDays)
        status.phase = Phase::Gentle; // the guide's two weeks of stretching hold whatever the pain
    else
        status.phase = status.painFree.painFree ? Phase::Maintenance : Phase::Strength;
    return status;
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
        const PainBand band = painBand(score);
        if (band == PainBand::Safe) {
            ++safeInARow;
            result.change = DoseChange::Kept;
            if (safeInARow >= kSettledSessionsToProgress) {
                safeInARow = 0;
                if (result.step < top) {
                    ++result.step;
                    result.change = DoseChange::Progressed;
                }
            }
        } else if (band == PainBand::Acceptable) {
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
            if (item.exerciseId != exerciseId || !item.pain)
                continue;
            const int score = item.painKind == PainKind::SharpStabbingOrCatching
                ? std::max(*item.pain, lowestScore(PainBand::TooMuch))
                : *item.pain;
            worst = std::max(worst.value_or(0), score);
        }
        if (worst && session->settled == false)
            worst = std::max(*worst, lowestScore(PainBand::TooMuch)); // acceptable only if it settles
        if (worst)
            reports.append(*worst);
    }
    return reports;
}

ExerciseGate hardestStrengthGate(const Exercise& groundwork, const QList<SessionRecord>& sessions, QDate today)
{
    const QList<PlannedDose> ladder = doseLadder(groundwork);
    const PlannedDose full = ladder.constLast();
    const bool hold = groundwork.dose.type == DoseType::Hold;
    QList<const SessionRecord*> ordered;
    for (const SessionRecord& session : sessions) {
        if (session.localDate.isValid() && session.localDate <= today)
            ordered.append(&session);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const SessionRecord* a, const SessionRecord* b) { return a->localDate < b->localDate; });
    // The run of safe full-dose sessions that is still going: any unsafe one, or one below full dose, restarts it.
    std::optional<QDate> since;
    for (const SessionRecord* session : std::as_const(ordered)) {
        bool did = false;
        bool fullDose = true;
        bool safe = true;
        for (const SessionItem& item : session->items) {
            if (item.exerciseId != groundwork.id)
                continue;
            did = true;
            if (item.skipped || (hold ? item.plannedSeconds < full.holdSeconds : item.plannedReps < full.reps))
                fullDose = false;
            if (item.pain && stopsTheExercise(*item.pain, item.painKind))
                safe = false;
            if (item.pain && painBand(*item.pain) != PainBand::Safe)
                safe = false;
        }
        if (!did)
            continue;
        const int sets = static_cast<int>(
            std::count_if(session->items.cbegin(), session->items.cend(), [&](const SessionItem& item) {
                return item.exerciseId == groundwork.id && item.side != Side::Right && item.part == 0;
            }));
        if (sets < full.sets)
            fullDose = false;
        if (fullDose && safe && session->settled != false) {
            if (!since)
                since = session->localDate;
        } else {
            since.reset();
        }
    }
    ExerciseGate gate;
    gate.daysAtFullDose = since ? static_cast<int>(since->daysTo(today)) : 0;
    gate.open = since && gate.daysAtFullDose >= kGroundworkDays;
    if (!gate.open)
        gate.reason = since
            ? QCoreApplication::translate("programme",
                                          "Single-leg squats come once step-ups have been at their full dose with "
                                          "pain of %1 for a week: %n day(s) so far.",
                                          nullptr, gate.daysAtFullDose)
                  .arg(bandRange(PainBand::Safe))
            : QCoreApplication::translate("programme",
                                          "Single-leg squats come once step-ups have been at their full dose with "
                                          "pain of %1 for a week.")
                  .arg(bandRange(PainBand::Safe));
    return gate;
}

std::optional<int> sessionWorstPain(const SessionRecord& session, const QList<PainEntry>& pain)
{
    std::optional<int> worst;
    for (const SessionItem& item : session.items) {
        if (item.pain)
            worst = std::max(worst.value_or(0), *item.pain);
    }
    for (const PainEntry& entry : pain) {
        if (entry.sessionId && *entry.sessionId == session.id && session.id != NoId)
            worst = std::max(worst.value_or(0), entry.score);
    }
    return worst;
}

bool asksIfSettled(const SessionRecord& session, const QList<PainEntry>& pain)
{
    const std::optional<int> worst = sessionWorstPain(session, pain);
    if (!worst || painBand(*worst) != PainBand::Acceptable || !session.end.isValid())
        return false;
    return std::none_of(session.items.cbegin(), session.items.cend(), [](const SessionItem& item) {
        return item.pain && stopsTheExercise(*item.pain, item.painKind);
    });
}

QDateTime settledQuestionDue(const SessionRecord& session)
{
    return session.end.addSecs(60 * kSettleMinutes);
}

SettleQuestion settleQuestion(const QList<SessionRecord>& sessions, const QList<PainEntry>& pain, QDate day,
                              const QDateTime& now)
{
    SettleQuestion question;
    QDateTime askEnd;
    QDateTime notSettledEnd;
    for (const SessionRecord& session : sessions) {
        if (session.localDate != day || !asksIfSettled(session, pain))
            continue;
        if (session.settled.has_value()) {
            if (!*session.settled && (!question.notSettled || session.end > notSettledEnd)) {
                question.notSettled = session.id;
                notSettledEnd = session.end;
            }
            continue;
        }
        const QDateTime due = settledQuestionDue(session);
        if (due > now) {
            if (!question.nextDue.isValid() || due < question.nextDue)
                question.nextDue = due;
        } else if (!question.ask || session.end > askEnd) {
            question.ask = session.id;
            askEnd = session.end;
        }
    }
    return question;
}

std::optional<MorningCheck> morningQuestion(const QList<SessionRecord>& sessions, const QList<Run>& runs, QDate day)
{
    const QDate before = day.addDays(-1);
    std::optional<MorningCheck> question;
    QDateTime latest;
    const auto consider = [&](const QDateTime& end, std::optional<RecordId> sessionId, std::optional<RecordId> runId) {
        if (question && end.isValid() && latest.isValid() && end <= latest)
            return;
        if (question && !end.isValid())
            return;
        latest = end;
        question = MorningCheck {NoId, day, false, sessionId, runId};
    };
    for (const SessionRecord& session : sessions) {
        if (session.localDate == before)
            consider(session.end.isValid() ? session.end : session.start, session.id, std::nullopt);
    }
    for (const Run& run : runs) {
        if (run.localDate == before)
            consider(run.start.isValid() ? run.start.addSecs(run.durationSeconds) : QDateTime(), std::nullopt, run.id);
    }
    return question;
}

} // namespace patella
