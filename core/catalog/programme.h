#pragma once

#include "core/catalog/exercise.h"
#include "core/model/painband.h"
#include "core/model/records.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The recovery programme of the guide: two weeks of gentle stretching twice a day, then light strength
// work on non-consecutive days from week three, then, once pain-free, flexibility work kept up 3-4 times
// a week. Doses start at the low end and climb as pain settles; too much pain steps them back.
namespace patella {

enum class Phase
{
    Gentle, // weeks 1-2: gentle stretches twice a day
    Strength, // week 3 on: add light strength work on non-consecutive days
    Maintenance, // pain-free: keep flexibility work at least 3-4 times a week
};

constexpr int kGentleDays = 14;
constexpr int kGentleStretchesPerDay = 2;
constexpr int kStrengthDaysPerWeek = 3; // non-consecutive days
constexpr int kMaintenanceFlexPerWeek = 4; // "at least 3-4 times a week": aim for the upper figure

constexpr int kSettledSessionsToProgress = 2; // consecutive safe reports before a step up
constexpr int kHoldStepSeconds = 5;
constexpr int kRepStep = 2;

// 1 on the start date; days before the start count as week 1.
int programmeWeek(QDate today, QDate start);
QString displayName(Phase phase);

// Every source of pain scores "pain-free" listens to: quick logs and the check-in's situations (PainEntry),
// pain during and after runs, the session pain checks, and the weekly check-in's worst pain.
struct PainSources
{
    QList<PainEntry> pain;
    QList<Run> runs;
    QList<SessionRecord> sessions;
    QList<CheckIn> checkIns;
};

constexpr int kPainFreeDays = 14;
constexpr int kPainFreeReports = 4;

// Pain-free, for moving on to the last phase: every report of the last 14 days (today included) at 2 or
// less, at least 4 of them, and at least one in the first of the two weeks, so the 14 days are covered and
// not only their end. A check-in's worst pain counts on the last day of its week (or today, if sooner).
struct PainFreeCheck
{
    bool painFree = false;
    int reports = 0; // in the 14 days
    int highest = -1; // the highest score among them; -1 without reports
    bool firstWeekReported = false;
};
PainFreeCheck painFreeCheck(const PainSources& sources, QDate today);

struct ProgrammeStatus
{
    int week = 1;
    Phase phase = Phase::Gentle;
    PainFreeCheck painFree;
};

// The one place that decides the phase: weeks 1-2 are gentle stretching whatever the pain; from week 3 the
// strength phase, or keeping it up once pain-free by painFreeCheck(). Today, Progress and the report call it.
ProgrammeStatus programmeStatus(QDate today, QDate start, const PainSources& sources);

// The hardest strength exercise waits for its groundwork: the single-leg squat is offered once the step-up
// has been done at its full dose (the top of its ladder) with pain in the safe band for a week, every step-up
// session since then safe too.
inline const QString kHardestStrengthId = QStringLiteral("single-leg-squat");
inline const QString kGroundworkId = QStringLiteral("step-up");
constexpr int kGroundworkDays = 7;

struct ExerciseGate
{
    bool open = false;
    int daysAtFullDose = 0; // since the first safe full-dose session of the groundwork (0 when none)
    QString reason; // why it is not offered yet, translated; empty when open
};
ExerciseGate hardestStrengthGate(const Exercise& groundwork, const QList<SessionRecord>& sessions, QDate today);

// Sessions a week the programme asks for in a phase: twice-daily stretching in weeks 1-2, daily stretching
// plus three strength days from week 3, and at least four flexibility sessions a week once pain-free.
int weeklySessionTarget(Phase phase);

// The doses an exercise climbs through, lowest first: the hold (or reps) rises from low to high at the
// lowest number of sets, then sets are added at the high hold. Every step lies inside the Dose's ranges.
QList<PlannedDose> doseLadder(const Exercise& exercise);

enum class DoseChange
{
    Start, // no reports yet
    Progressed, // the last report completed a run of safe sessions
    Kept, // the last report held the dose (acceptable pain, or not enough safe sessions yet)
    SteppedBack, // the last report was too much pain
};

struct Progression
{
    PlannedDose dose;
    int step = 0; // index into doseLadder
    int steps = 1;
    DoseChange change = DoseChange::Start;
};

// A pure fold over the exercise's recent pain reports (0-10, newest last), by the bands of painband.h: two
// safe reports in a row climb one step, acceptable pain keeps the step and restarts the count, too much
// pain steps back. Scores outside 0-10 are ignored.
Progression progressionFor(const Exercise& exercise, const QList<int>& recentPain);
PlannedDose plannedDose(const Exercise& exercise, const QList<int>& recentPain);

// A dose someone prescribed in a routine of their own (the runner, or a physiotherapist's programme) is the
// top of its ladder: the session starts there, each sharp report steps it back (a set at a time down to one,
// then 5 s of hold or 2 reps at a time, at most kPrescribedStepsBack times), and two safe reports in a row
// climb back, never above the prescription.
constexpr int kPrescribedStepsBack = 3;
QList<PlannedDose> prescribedLadder(const Exercise& exercise, const PlannedDose& prescribed);
Progression prescribedProgression(const Exercise& exercise, const PlannedDose& prescribed,
                                  const QList<int>& recentPain);

// The pain reports for one exercise out of session records, oldest first (by local date, then start):
// per session the worst score reported after any of its sets or sides; sessions without a report for
// the exercise are left out. A sharp, stabbing or catching report, and a session whose pain had not settled
// an hour later, count as too much (6), so the dose steps back. Feed the result to progressionFor.
QList<int> painReportsFor(const QList<SessionRecord>& sessions, const QString& exerciseId);

// The worst pain a session reported: its pain checks, and the "how is your knee now?" report tied to it.
std::optional<int> sessionWorstPain(const SessionRecord& session, const QList<PainEntry>& pain);

// A session that ended in the acceptable band (its worst pain 3-5, and no pain check that stopped an exercise)
// asks "Has it settled?" about an hour after it ended: acceptable holds only if the pain settles within
// about an hour.
constexpr int kSettleMinutes = 60;
bool asksIfSettled(const SessionRecord& session, const QList<PainEntry>& pain);
QDateTime settledQuestionDue(const SessionRecord& session);

// Today's "Has it settled?" question on day at now: the session it asks about (of those that ask, unanswered,
// whose hour is up, the one that ended last), when the next one falls due (invalid when none waits), and the
// latest session of the day answered "not settled".
struct SettleQuestion
{
    std::optional<RecordId> ask;
    QDateTime nextDue;
    std::optional<RecordId> notSettled;
};
SettleQuestion settleQuestion(const QList<SessionRecord>& sessions, const QList<PainEntry>& pain, QDate day,
                              const QDateTime& now);

// The morning question of day ("is the knee worse than yesterday morning?") is about the training of the day
// before that ended last, a session or a run: the answer to record, with date and sessionId or runId filled
// in (worse left false). None when there was no training the day before.
std::optional<MorningCheck> morningQuestion(const QList<SessionRecord>& sessions, const QList<Run>& runs, QDate day);

} // namespace patella
