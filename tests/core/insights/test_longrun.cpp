#include "core/insights/longrun.h"
#include "tests/core/insights/histories.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace patella;
using patella::test::referenceDate;
using patella::test::run;

TEST(LongRun, JustOverTenPercentIsASpikeJustUnderIsNot)
{
    const QDate ref = referenceDate();
    const QList<patella::Run> base {run(ref.addDays(-10), 10), run(ref.addDays(-5), 8)};

    EXPECT_EQ(longRunSpikes(base + QList<patella::Run> {run(ref, 11.01)}, ref, ref).size(), 1);
    EXPECT_TRUE(longRunSpikes(base + QList<patella::Run> {run(ref, 11.0)}, ref, ref).isEmpty()) << "exactly 10% longer";
    EXPECT_TRUE(longRunSpikes(base + QList<patella::Run> {run(ref, 10.99)}, ref, ref).isEmpty());

    const QList<LongRunCheck> spikes = longRunSpikes(base + QList<patella::Run> {run(ref, 11.01)}, ref, ref);
    ASSERT_EQ(spikes.size(), 1);
    EXPECT_DOUBLE_EQ(spikes.constFirst().previousLongestMetres, 10000.0);
    EXPECT_NEAR(spikes.constFirst().percentLonger, 10.1, 1e-9);
    EXPECT_DOUBLE_EQ(spikes.constFirst().hazardRatio, 1.64);
}

TEST(LongRun, TheThirtyDayWindowIncludesDayMinusThirtyButNotMinusThirtyOne)
{
    const QDate ref = referenceDate();
    EXPECT_EQ(longestRunBefore({run(ref.addDays(-30), 20), run(ref.addDays(-3), 10)}, ref), 20000.0);
    EXPECT_EQ(longestRunBefore({run(ref.addDays(-31), 20), run(ref.addDays(-3), 10)}, ref), 10000.0);
    EXPECT_FALSE(longestRunBefore({run(ref.addDays(-31), 20)}, ref).has_value());

    // A 15 km run today: within the window of a 20 km run 30 days ago, it is not a spike; 31 days ago, it is.
    EXPECT_TRUE(longRunSpikes({run(ref.addDays(-30), 20), run(ref.addDays(-3), 10), run(ref, 15)}, ref, ref).isEmpty());
    EXPECT_EQ(longRunSpikes({run(ref.addDays(-31), 20), run(ref.addDays(-3), 10), run(ref, 15)}, ref, ref).size(), 1);
}

TEST(LongRun, SameDayRunsAndFirstRunsHaveNoBaseline)
{
    const QDate ref = referenceDate();
    EXPECT_FALSE(longestRunBefore({run(ref, 5)}, ref).has_value()) << "a run earlier the same day is not previous";
    EXPECT_TRUE(longRunSpikes({run(ref, 5), run(ref, 20)}, ref, ref).isEmpty());
    EXPECT_TRUE(longRunSpikes({run(ref.addDays(-40), 5), run(ref, 20)}, ref, ref).isEmpty())
        << "nothing in the 30 days before: no comparison";
}

TEST(LongRun, HazardRatiosFollowTheStudysBands)
{
    EXPECT_DOUBLE_EQ(longRunHazardRatio(10.0), 1.0);
    EXPECT_DOUBLE_EQ(longRunHazardRatio(10.5), 1.64);
    EXPECT_DOUBLE_EQ(longRunHazardRatio(30.0), 1.64);
    EXPECT_DOUBLE_EQ(longRunHazardRatio(31.0), 1.52);
    EXPECT_DOUBLE_EQ(longRunHazardRatio(100.0), 1.52);
    EXPECT_DOUBLE_EQ(longRunHazardRatio(100.5), 2.28);
}

TEST(LongRun, AlertCoversTheLastSevenDaysWithReasonAndSource)
{
    const QDate ref = referenceDate();
    const QList<patella::Run> sixDaysAgo {run(ref.addDays(-20), 10), run(ref.addDays(-6), 14)};
    const auto alert = longRunSpikeAlert(sixDaysAgo, ref, DistanceUnit::Kilometres);
    ASSERT_TRUE(alert.has_value());
    EXPECT_EQ(alert->kindId(), QStringLiteral("long-run-spike"));
    EXPECT_EQ(alert->severity, Severity::Caution);
    EXPECT_EQ(alert->date, ref.addDays(-6));
    EXPECT_TRUE(alert->reasons.constFirst().startsWith(QStringLiteral("Your 14 km run on ")));
    EXPECT_TRUE(alert->reasons.constFirst().contains(
        QStringLiteral("was 40% longer than the longest run of the 30 days before it (10 km).")));
    EXPECT_TRUE(alert->reasons.constFirst().contains(QStringLiteral("runs 30-100% longer than that longest")));
    EXPECT_TRUE(alert->reason().contains(QStringLiteral("1.52")));
    EXPECT_TRUE(alert->help.contains(QStringLiteral("5,205")));
    EXPECT_TRUE(alert->help.contains(QStringLiteral("British Journal of Sports Medicine")));
    EXPECT_TRUE(alert->help.contains(QStringLiteral("weakly"))) << "the 10% rule's weak support is said";

    const QList<patella::Run> sevenDaysAgo {run(ref.addDays(-20), 10), run(ref.addDays(-7), 14)};
    EXPECT_FALSE(longRunSpikeAlert(sevenDaysAgo, ref, DistanceUnit::Kilometres).has_value());
}

TEST(LongRun, EachRunIsJudgedAgainstItsOwnPreviousThirtyDays)
{
    const QDate ref = referenceDate();
    // 10 -> 12 is a spike; 13 two days later is not (12 is then the longest, and 13 is 8% more).
    const QList<patella::Run> runs {run(ref.addDays(-9), 10), run(ref.addDays(-4), 12), run(ref.addDays(-2), 13)};
    const QList<LongRunCheck> spikes = longRunSpikes(runs, ref.addDays(-6), ref);
    ASSERT_EQ(spikes.size(), 1);
    EXPECT_EQ(spikes.constFirst().run.localDate, ref.addDays(-4));
}
