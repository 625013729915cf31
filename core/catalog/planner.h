#pragma once

#include "core/catalog/programme.h"
#include "core/model/records.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace patella {

// Routine ids the planner suggests; catalog.json defines them (a test keeps the two in step).
namespace routineid {
inline const QString dailyMobility = QStringLiteral("daily-knee-mobility");
inline const QString postRunCoolDown = QStringLiteral("post-run-cool-down");
inline const QString preRunWarmUp = QStringLiteral("pre-run-warm-up");
inline const QString strength = QStringLiteral("strength");
inline const QString foamRolling = QStringLiteral("foam-rolling");
inline const QString deskBreak = QStringLiteral("desk-break");
inline const QString restDay = QStringLiteral("rest-day-session");
inline const QString stretchWarmUp = QStringLiteral("stretching-warm-up");
} // namespace routineid

// Routines that count as flexibility work for the programme's "twice a day" and "3-4 times a week".
bool isFlexibilityRoutine(const QString& routineId);

struct PlannerInput
{
    QDate today;
    QDate programmeStart;
    QList<SessionRecord> sessions; // any span; only completed ones count (their pain checks count for the phase)
    std::optional<QDate> lastStrengthDay; // when not given, taken from the sessions
    QList<Run> runs; // any span: those dated today make it a run day; their pain counts for the phase
    QList<PainEntry> pain; // the last two weeks at least, for the phase (programmeStatus)
    QList<CheckIn> checkIns;
    ExerciseGate hardestStrength {true, 0, {}}; // hardestStrengthGate(); open when not given
};

struct PlanItem
{
    QString routineId;
    QString reason; // "You ran today: a post-run stretch."
    bool optional = false; // a suggestion rather than the day's plan
};

struct DayPlan
{
    Phase phase = Phase::Gentle;
    int week = 1;
    QList<PlanItem> items; // most important first
    QStringList notes; // what is not offered yet, and why; rest days
};

// What to do today and why. Pure: the same input always gives the same plan.
DayPlan planToday(const PlannerInput& input);

} // namespace patella
