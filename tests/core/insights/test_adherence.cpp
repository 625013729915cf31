#include "core/insights/adherence.h"
#include "tests/core/insights/histories.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace patella;
using patella::test::referenceDate;
using patella::test::session;

namespace {

QList<SessionRecord> daysAgo(const QList<int>& days)
{
    QList<SessionRecord> out;
    for (int d : days)
        out.append(session(referenceDate().addDays(-d)));
    return out;
}

} // namespace

TEST(Streak, TodayNotDoneYetDoesNotBreakIt)
{
    const QDate ref = referenceDate();
    EXPECT_EQ(currentStreak(daysAgo({3, 2, 1}), ref), 3);
    EXPECT_EQ(currentStreak(daysAgo({3, 2, 1, 0}), ref), 4) << "today counts once done";
    EXPECT_EQ(currentStreak(daysAgo({0}), ref), 1);
    EXPECT_EQ(currentStreak({}, ref), 0);
}

TEST(Streak, GapsInterruptionsAndRepeatsOnADay)
{
    const QDate ref = referenceDate();
    EXPECT_EQ(currentStreak(daysAgo({4, 3, 1}), ref), 1) << "a day without a session ends it";
    EXPECT_EQ(currentStreak(daysAgo({3, 2}), ref), 0) << "yesterday missed: the streak is over";

    QList<SessionRecord> withInterrupted = daysAgo({3, 1});
    withInterrupted.append(session(ref.addDays(-2), SessionOutcome::Interrupted));
    EXPECT_EQ(currentStreak(withInterrupted, ref), 1) << "an interrupted session is not a completed one";

    EXPECT_EQ(currentStreak(daysAgo({2, 1, 1, 1}), ref), 2) << "three sessions on a day are one day";
    EXPECT_EQ(currentStreak(daysAgo({1, -1}), ref), 1) << "a session after the reference date is not counted";
}

TEST(Adherence, SessionsPerIsoWeekAgainstTheTarget)
{
    const QDate ref = referenceDate(); // Monday
    QList<SessionRecord> sessions = daysAgo({0, 1, 3, 5, 8, 9});
    sessions.append(session(ref.addDays(-2), SessionOutcome::Interrupted));
    const QList<WeekAdherence> weeks = weeklyAdherence(sessions, ref, 3, 4);
    ASSERT_EQ(weeks.size(), 4);
    EXPECT_EQ(weeks.at(3).weekStart, ref);
    EXPECT_EQ(weeks.at(3).completed, 1);
    EXPECT_FALSE(weeks.at(3).onTarget);
    EXPECT_EQ(weeks.at(2).weekStart, ref.addDays(-7));
    EXPECT_EQ(weeks.at(2).completed, 3);
    EXPECT_TRUE(weeks.at(2).onTarget);
    EXPECT_EQ(weeks.at(1).completed, 2);
    EXPECT_EQ(weeks.at(0).completed, 0);
    EXPECT_EQ(describeWeek(weeks.at(3)), QStringLiteral("Sessions this week: 1 of 3."));
}

TEST(Adherence, ConsistentWeeksCountBackFromLastWeek)
{
    const QDate ref = referenceDate();
    const QList<SessionRecord> threeWeeks = daysAgo({1, 3, 5, 8, 10, 12, 15, 17, 19});
    EXPECT_EQ(consistentWeeks(threeWeeks, ref, 3), 3);
    EXPECT_EQ(consistentWeeks(threeWeeks + daysAgo({0}), ref, 3), 3) << "this week is not over yet";
    EXPECT_EQ(consistentWeeks(threeWeeks, ref.addDays(2), 3), 3);
    EXPECT_EQ(consistentWeeks(threeWeeks + daysAgo({0, -1, -2}), ref.addDays(2), 3), 4)
        << "this week counts once on target";
    EXPECT_EQ(consistentWeeks(daysAgo({1, 3, 5, 15, 17, 19}), ref, 3), 1) << "a missed week ends the run";
    EXPECT_EQ(consistentWeeks({}, ref, 3), 0);
}

TEST(Adherence, InsightCarriesTheTwoToThreeWeekExpectation)
{
    const QDate ref = referenceDate();
    const Adherence a = adherence(daysAgo({0, 1, 2, 7, 9, 11}), ref, 3);
    EXPECT_EQ(a.streakDays, 3);
    EXPECT_EQ(a.consistentWeeks, 1);
    EXPECT_EQ(a.weeks.size(), 8);
    const Insight insight = adherenceInsight(a, ref);
    EXPECT_EQ(insight.kindId(), QStringLiteral("adherence"));
    EXPECT_EQ(insight.severity, Severity::Info);
    ASSERT_EQ(insight.reasons.size(), 3);
    EXPECT_EQ(insight.reasons.at(1), QStringLiteral("Days in a row with a session: 3."));
    EXPECT_TRUE(insight.reasons.at(2).contains(QStringLiteral("2-3 weeks")));
    EXPECT_TRUE(describeExpectation(4).startsWith(QStringLiteral("Weeks on target in a row: 4")));
}
