#include "core/catalog/planner.h"
#include "tests/support/testsupport.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace patella;

namespace {

const QDate start = test::referenceDate(); // Monday 16 March 2026, day one of the programme

SessionRecord session(const QString& routineId, QDate day, SessionOutcome outcome = SessionOutcome::Completed)
{
    SessionRecord record;
    record.routineId = routineId;
    record.localDate = day;
    record.start = QDateTime(day, QTime(8, 0), QTimeZone::utc());
    record.end = record.start.addSecs(600);
    record.outcome = outcome;
    return record;
}

Run runOn(QDate day)
{
    Run run;
    run.localDate = day;
    run.start = QDateTime(day, QTime(7, 0), QTimeZone::utc());
    run.distanceMetres = 5000.0;
    run.durationSeconds = 1800;
    return run;
}

// Two weeks of quick logs at 0-1, every few days: pain-free by the programme's rule.
QList<PainEntry> painFreeFortnight(QDate today)
{
    QList<PainEntry> entries;
    for (int back : {12, 9, 5, 1}) {
        PainEntry entry;
        entry.localDate = today.addDays(-back);
        entry.score = back % 2;
        entry.situation = PainSituation::Stairs;
        entries.append(entry);
    }
    return entries;
}

PlannerInput dayOf(int programmeDay)
{
    PlannerInput input;
    input.programmeStart = start;
    input.today = start.addDays(programmeDay);
    return input;
}

QStringList routinesOf(const DayPlan& plan, bool includeOptional = false)
{
    QStringList ids;
    for (const PlanItem& item : plan.items) {
        if (includeOptional || !item.optional)
            ids.append(item.routineId);
    }
    return ids;
}

const PlanItem* itemFor(const DayPlan& plan, const QString& routineId)
{
    for (const PlanItem& item : plan.items) {
        if (item.routineId == routineId)
            return &item;
    }
    return nullptr;
}

} // namespace

TEST(Planner, FirstDayIsGentleStretchingTwiceADay)
{
    const DayPlan plan = planToday(dayOf(0));
    EXPECT_EQ(plan.phase, Phase::Gentle);
    EXPECT_EQ(plan.week, 1);
    EXPECT_EQ(routinesOf(plan), (QStringList {routineid::stretchWarmUp, routineid::dailyMobility}));
    EXPECT_EQ(itemFor(plan, routineid::dailyMobility)->reason,
              QStringLiteral("Weeks one and two: gentle stretches twice a day."));
    const PlanItem* warmUp = itemFor(plan, routineid::preRunWarmUp);
    ASSERT_NE(warmUp, nullptr);
    EXPECT_TRUE(warmUp->optional);
}

TEST(Planner, AfterTheMorningStretchTheSecondIsStillDue)
{
    PlannerInput input = dayOf(3);
    input.sessions = {session(routineid::dailyMobility, input.today)};
    const DayPlan plan = planToday(input);
    EXPECT_EQ(itemFor(plan, routineid::dailyMobility)->reason,
              QStringLiteral("Weeks one and two: gentle stretches twice a day; this is the second."));
}

TEST(Planner, TwoStretchesDoneLeavesNothingMoreInTheGentleWeeks)
{
    PlannerInput input = dayOf(5);
    input.sessions = {session(routineid::dailyMobility, input.today), session(routineid::dailyMobility, input.today)};
    EXPECT_TRUE(routinesOf(planToday(input)).isEmpty());
}

TEST(Planner, InterruptedOrOtherDaysSessionsDoNotCount)
{
    PlannerInput input = dayOf(5);
    input.sessions = {session(routineid::dailyMobility, input.today, SessionOutcome::Interrupted),
                      session(routineid::dailyMobility, input.today.addDays(-1)),
                      session(routineid::dailyMobility, input.today.addDays(-1))};
    EXPECT_EQ(itemFor(planToday(input), routineid::dailyMobility)->reason,
              QStringLiteral("Weeks one and two: gentle stretches twice a day."));
}

TEST(Planner, ARunTodayBringsThePostRunStretchWhichCountsAsOneOfTheTwo)
{
    PlannerInput input = dayOf(2);
    input.runs = {runOn(input.today)};
    const DayPlan plan = planToday(input);
    EXPECT_EQ(routinesOf(plan),
              (QStringList {routineid::postRunCoolDown, routineid::stretchWarmUp, routineid::dailyMobility}));
    EXPECT_EQ(plan.items.first().reason, QStringLiteral("You ran today: a post-run stretch."));
    EXPECT_EQ(itemFor(plan, routineid::dailyMobility)->reason,
              QStringLiteral("Weeks one and two: gentle stretches twice a day; this is the second."));
    ASSERT_NE(itemFor(plan, routineid::foamRolling), nullptr);
    EXPECT_TRUE(itemFor(plan, routineid::foamRolling)->optional);
    EXPECT_EQ(itemFor(plan, routineid::preRunWarmUp), nullptr); // the run is done
}

TEST(Planner, ThePostRunStretchIsNotSuggestedTwice)
{
    PlannerInput input = dayOf(2);
    input.runs = {runOn(input.today)};
    input.sessions = {session(routineid::postRunCoolDown, input.today), session(routineid::foamRolling, input.today)};
    const DayPlan plan = planToday(input);
    EXPECT_EQ(routinesOf(plan, true), (QStringList {routineid::stretchWarmUp, routineid::dailyMobility}));
}

TEST(Planner, WeekThreeAddsTheFirstStrengthSession)
{
    const DayPlan plan = planToday(dayOf(14));
    EXPECT_EQ(plan.phase, Phase::Strength);
    EXPECT_EQ(plan.week, 3);
    EXPECT_EQ(routinesOf(plan),
              (QStringList {routineid::stretchWarmUp, routineid::dailyMobility, routineid::strength}));
    EXPECT_EQ(itemFor(plan, routineid::strength)->reason,
              QStringLiteral("From week three, add light strength work on non-consecutive days."));
    EXPECT_EQ(itemFor(plan, routineid::dailyMobility)->reason,
              QStringLiteral("Keep stretching every day while you build strength."));
}

TEST(Planner, StrengthTwoDaysAgoIsDueAgain)
{
    PlannerInput input = dayOf(20);
    input.lastStrengthDay = input.today.addDays(-2);
    EXPECT_EQ(itemFor(planToday(input), routineid::strength)->reason,
              QStringLiteral("Last strength session was two days ago."));
    input.lastStrengthDay = input.today.addDays(-9);
    EXPECT_EQ(itemFor(planToday(input), routineid::strength)->reason,
              QStringLiteral("Last strength session was 9 days ago."));
}

TEST(Planner, NoStrengthOnConsecutiveDays)
{
    PlannerInput input = dayOf(20);
    input.lastStrengthDay = input.today.addDays(-1);
    EXPECT_EQ(itemFor(planToday(input), routineid::strength), nullptr);
    input.lastStrengthDay = input.today;
    EXPECT_EQ(itemFor(planToday(input), routineid::strength), nullptr);
}

TEST(Planner, LastStrengthDayIsFoundInTheSessionsWhenNotGiven)
{
    PlannerInput input = dayOf(21);
    input.sessions
        = {session(routineid::strength, input.today.addDays(-5)), session(routineid::strength, input.today.addDays(-1)),
           session(routineid::strength, input.today.addDays(-3), SessionOutcome::Interrupted)};
    EXPECT_EQ(itemFor(planToday(input), routineid::strength), nullptr); // yesterday's session counts
    input.sessions.removeAt(1);
    EXPECT_EQ(itemFor(planToday(input), routineid::strength)->reason,
              QStringLiteral("Last strength session was five days ago."));
}

TEST(Planner, PainFreeKeepsFlexibilityThreeToFourTimesAWeek)
{
    PlannerInput input = dayOf(40);
    input.pain = painFreeFortnight(input.today);
    input.lastStrengthDay = input.today.addDays(-1);
    input.sessions = {session(routineid::dailyMobility, input.today.addDays(-2)),
                      session(routineid::restDay, input.today.addDays(-4)),
                      session(routineid::dailyMobility, input.today.addDays(-9))}; // outside the week
    const DayPlan plan = planToday(input);
    EXPECT_EQ(plan.phase, Phase::Maintenance);
    EXPECT_EQ(routinesOf(plan), (QStringList {routineid::stretchWarmUp, routineid::dailyMobility}));
    EXPECT_EQ(itemFor(plan, routineid::dailyMobility)->reason,
              QStringLiteral("Pain-free: keep flexibility work going 3-4 times a week (2 in the last 7 days)."));

    // Four sessions this week already: nothing more is needed today.
    input.sessions.append(session(routineid::postRunCoolDown, input.today.addDays(-1)));
    input.sessions.append(session(routineid::dailyMobility, input.today.addDays(-6)));
    EXPECT_TRUE(routinesOf(planToday(input)).isEmpty());
}

TEST(Planner, PainFreeStrengthKeepsTheHipsStrong)
{
    PlannerInput input = dayOf(50);
    input.pain = painFreeFortnight(input.today);
    const DayPlan plan = planToday(input);
    EXPECT_EQ(itemFor(plan, routineid::strength)->reason,
              QStringLiteral("Keep your hips and glutes strong: light strength work on non-consecutive days."));
    input.lastStrengthDay = input.today.addDays(-3);
    EXPECT_EQ(itemFor(planToday(input), routineid::strength)->reason,
              QStringLiteral("Last strength session was three days ago."));
}

TEST(Planner, RunDayInWeekThreeWithStrengthDue)
{
    PlannerInput input = dayOf(16);
    input.runs = {runOn(input.today)};
    input.lastStrengthDay = input.today.addDays(-2);
    const DayPlan plan = planToday(input);
    // The post-run stretch is the day's flexibility work, so no separate mobility session.
    EXPECT_EQ(routinesOf(plan), (QStringList {routineid::postRunCoolDown, routineid::strength}));
}

TEST(Planner, WarmUpComesBeforeTheDailyStretching)
{
    const DayPlan plan = planToday(dayOf(3));
    const QStringList ids = routinesOf(plan);
    ASSERT_GE(ids.size(), 2);
    EXPECT_EQ(ids.at(0), routineid::stretchWarmUp);
    EXPECT_EQ(ids.at(1), routineid::dailyMobility);
}

TEST(Planner, EachStretchingSessionGetsItsOwnWarmUp)
{
    PlannerInput input = dayOf(3);
    SessionRecord warmUp = session(routineid::stretchWarmUp, input.today);
    input.sessions = {warmUp};
    EXPECT_EQ(routinesOf(planToday(input)), QStringList {routineid::dailyMobility}) << "warm already";
    // The morning's warm-up and stretches are done: the evening's stretches want a warm-up of their own.
    input.sessions.append(session(routineid::dailyMobility, input.today));
    EXPECT_EQ(routinesOf(planToday(input)), (QStringList {routineid::stretchWarmUp, routineid::dailyMobility}));
    // The pre-run warm-up warms the muscles as well.
    input.sessions.append(session(routineid::preRunWarmUp, input.today));
    EXPECT_EQ(routinesOf(planToday(input)), QStringList {routineid::dailyMobility});
}

TEST(Planner, FoamRollingIsOfferedEveryDayNotOnlyOnRunDays)
{
    const DayPlan rest = planToday(dayOf(3));
    const PlanItem* rolling = itemFor(rest, routineid::foamRolling);
    ASSERT_NE(rolling, nullptr);
    EXPECT_TRUE(rolling->optional);
    EXPECT_TRUE(rolling->reason.contains(QStringLiteral("daily")));
}

TEST(Planner, RestDaysFromStrengthAreInThePlan)
{
    PlannerInput input = dayOf(21);
    input.lastStrengthDay = input.today.addDays(-1);
    const DayPlan plan = planToday(input);
    EXPECT_EQ(itemFor(plan, routineid::strength), nullptr);
    ASSERT_FALSE(plan.notes.isEmpty());
    EXPECT_TRUE(plan.notes.first().startsWith(QStringLiteral("A rest day from strength work")));
}

TEST(Planner, ThePlanSaysWhyTheSingleLegSquatIsNotOfferedYet)
{
    PlannerInput input = dayOf(21);
    input.hardestStrength = ExerciseGate {false, 3, QStringLiteral("Single-leg squats come once ...")};
    const DayPlan plan = planToday(input);
    ASSERT_NE(itemFor(plan, routineid::strength), nullptr);
    EXPECT_TRUE(plan.notes.contains(QStringLiteral("Single-leg squats come once ...")));
    input.hardestStrength.open = true;
    EXPECT_TRUE(planToday(input).notes.isEmpty());
}
