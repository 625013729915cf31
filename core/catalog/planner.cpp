#include "core/catalog/planner.h"

#include <QCoreApplication>

#include <algorithm>

namespace patella {

namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct Planner
{
    Q_DECLARE_TR_FUNCTIONS(Planner)
};

bool isCompletedOn(const SessionRecord& session, QDate day)
{
    return session.outcome == SessionOutcome::Completed && session.localDate == day;
}

bool doneToday(const PlannerInput& input, const QString& routineId)
{
    return std::any_of(input.sessions.cbegin(), input.sessions.cend(), [&](const SessionRecord& session) {
        return session.routineId == routineId && isCompletedOn(session, input.today);
    });
}

// Flexibility sessions completed from `from` to today, both included.
int flexibilitySessionsSince(const PlannerInput& input, QDate from)
{
    return static_cast<int>(std::count_if(input.sessions.cbegin(), input.sessions.cend(), [&](const SessionRecord& s) {
        return s.outcome == SessionOutcome::Completed && isFlexibilityRoutine(s.routineId) && s.localDate >= from
            && s.localDate <= input.today;
    }));
}

std::optional<QDate> lastStrengthDay(const PlannerInput& input)
{
    std::optional<QDate> last = input.lastStrengthDay;
    for (const SessionRecord& session : input.sessions) {
        if (session.routineId != routineid::strength || session.outcome != SessionOutcome::Completed
            || session.localDate > input.today)
            continue;
        if (!last || session.localDate > *last)
            last = session.localDate;
    }
    return last;
}

QString daysAgo(qint64 days)
{
    switch (days) {
    case 2:
        return Planner::tr("two days ago");
    case 3:
        return Planner::tr("three days ago");
    case 4:
        return Planner::tr("four days ago");
    case 5:
        return Planner::tr("five days ago");
    case 6:
        return Planner::tr("six days ago");
    case 7:
        return Planner::tr("a week ago");
    default:
        return Planner::tr("%1 days ago").arg(days);
    }
}

// Strength on non-consecutive days: never today again, never the day after.
std::optional<PlanItem> strengthItem(const PlannerInput& input, Phase phase)
{
    const std::optional<QDate> last = lastStrengthDay(input);
    if (!last) {
        return PlanItem {
            routineid::strength,
            phase == Phase::Maintenance
                ? Planner::tr("Keep your hips and glutes strong: light strength work on non-consecutive days.")
                : Planner::tr("From week three, add light strength work on non-consecutive days.")};
    }
    const qint64 days = last->daysTo(input.today);
    if (days < 2)
        return std::nullopt;
    return PlanItem {routineid::strength, Planner::tr("Last strength session was %1.").arg(daysAgo(days))};
}

} // namespace

bool isFlexibilityRoutine(const QString& routineId)
{
    return routineId == routineid::dailyMobility || routineId == routineid::postRunCoolDown
        || routineId == routineid::restDay;
}

DayPlan planToday(const PlannerInput& input)
{
    DayPlan plan;
    const ProgrammeStatus status = programmeStatus(
        input.today, input.programmeStart, PainSources {input.pain, input.runs, input.sessions, input.checkIns});
    plan.phase = status.phase;
    plan.week = status.week;
    const bool ranToday = std::any_of(input.runs.cbegin(), input.runs.cend(),
                                      [&input](const Run& run) { return run.localDate == input.today; });

    bool coolDownPlanned = false;
    if (ranToday && !doneToday(input, routineid::postRunCoolDown)) {
        plan.items.append({routineid::postRunCoolDown, Planner::tr("You ran today: a post-run stretch.")});
        coolDownPlanned = true;
    }

    const int flexToday = flexibilitySessionsSince(input, input.today) + (coolDownPlanned ? 1 : 0);
    // Warm muscles stretch better: each stretching session gets its warm-up, unless one was done today since
    // the last stretching session (a morning's warm-up does not warm the evening's stretches).
    const auto warmUpsToday
        = std::count_if(input.sessions.cbegin(), input.sessions.cend(), [&](const SessionRecord& s) {
              return isCompletedOn(s, input.today)
                  && (s.routineId == routineid::stretchWarmUp || s.routineId == routineid::preRunWarmUp);
          });
    const bool warm = warmUpsToday > flexibilitySessionsSince(input, input.today);
    const auto withWarmUp = [&](PlanItem stretching) {
        if (!warm)
            plan.items.append({routineid::stretchWarmUp, Planner::tr("Warm up for a few minutes before you stretch.")});
        plan.items.append(std::move(stretching));
    };
    switch (plan.phase) {
    case Phase::Gentle:
        if (flexToday < kGentleStretchesPerDay) {
            const QString reason = flexToday == 0
                ? Planner::tr("Weeks one and two: gentle stretches twice a day.")
                : Planner::tr("Weeks one and two: gentle stretches twice a day; this is the second.");
            withWarmUp({routineid::dailyMobility, reason});
        }
        break;
    case Phase::Strength:
        if (flexToday == 0)
            withWarmUp({routineid::dailyMobility, Planner::tr("Keep stretching every day while you build strength.")});
        if (const std::optional<PlanItem> strength = strengthItem(input, plan.phase)) {
            plan.items.append(*strength);
            if (!input.hardestStrength.open)
                plan.notes.append(input.hardestStrength.reason);
        } else {
            plan.notes.append(
                Planner::tr("A rest day from strength work: the muscles you trained adapt in the days between."));
        }
        break;
    case Phase::Maintenance: {
        const int flexWeek = flexibilitySessionsSince(input, input.today.addDays(-6));
        if (flexToday == 0 && flexWeek < kMaintenanceFlexPerWeek) {
            withWarmUp({routineid::dailyMobility,
                        Planner::tr("Pain-free: keep flexibility work going 3-4 times a week (%1 in the last 7 days).")
                            .arg(flexWeek)});
        }
        if (const std::optional<PlanItem> strength = strengthItem(input, plan.phase))
            plan.items.append(*strength);
        else
            plan.notes.append(
                Planner::tr("A rest day from strength work: the muscles you trained adapt in the days between."));
        break;
    }
    }

    if (!doneToday(input, routineid::foamRolling))
        plan.items.append({routineid::foamRolling,
                           ranToday
                               ? Planner::tr("After a run, a few minutes of foam rolling eases stiffness.")
                               : Planner::tr("Foam rolling is a daily habit: half a minute to a minute on each area."),
                           true});
    if (!ranToday && !doneToday(input, routineid::preRunWarmUp))
        plan.items.append({routineid::preRunWarmUp, Planner::tr("If you run today, warm up first."), true});
    return plan;
}

} // namespace patella
