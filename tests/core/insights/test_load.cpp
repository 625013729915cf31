#include "core/insights/load.h"
#include "tests/core/insights/histories.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace patella;
using patella::test::referenceDate;
using patella::test::run;
using patella::test::weekTotal;

TEST(LoadRatio, BandsAtTheirEdges)
{
    EXPECT_EQ(loadBandFor(0.0), LoadBand::Low);
    EXPECT_EQ(loadBandFor(0.79), LoadBand::Low);
    EXPECT_EQ(loadBandFor(0.8), LoadBand::Steady);
    EXPECT_EQ(loadBandFor(1.3), LoadBand::Steady);
    EXPECT_EQ(loadBandFor(1.31), LoadBand::Rising);
    EXPECT_EQ(loadBandFor(1.5), LoadBand::Rising);
    EXPECT_EQ(loadBandFor(1.51), LoadBand::High);
    EXPECT_EQ(toId(LoadBand::High), QStringLiteral("high"));
}

TEST(LoadRatio, LastSevenDaysAgainstTheAverageWeekOfTwentyEight)
{
    const QDate ref = referenceDate();
    // 30 km in each of the three older weeks, 45 km in the last 7 days, and one run just outside the 28.
    QList<patella::Run> runs {run(ref.addDays(-28), 50)};
    for (int week = 1; week <= 3; ++week)
        runs += {run(ref.addDays(-7 * week), 15), run(ref.addDays(-7 * week - 3), 15)};
    runs += {run(ref.addDays(-6), 20), run(ref, 25)};
    const LoadRatio load = loadRatio(runs, {}, ref);
    EXPECT_DOUBLE_EQ(load.acuteMetres, 45000.0);
    EXPECT_DOUBLE_EQ(load.chronicWeeklyMetres, (45000.0 + 90000.0) / 4.0);
    ASSERT_TRUE(load.ratio.has_value());
    EXPECT_NEAR(*load.ratio, 45.0 / 33.75, 1e-12);
    EXPECT_EQ(load.band, LoadBand::Rising);
    EXPECT_FALSE(load.shortHistory);

    const auto insight = loadRatioInsight(load, DistanceUnit::Kilometres);
    ASSERT_TRUE(insight.has_value());
    EXPECT_EQ(insight->severity, Severity::Info);
    EXPECT_EQ(insight->reasons.constFirst(),
              QStringLiteral("Last 7 days 45 km against an average week of 33.8 km over the last 28 days: ratio 1.33 "
                             "(1.3-1.5, rising)."));
    EXPECT_TRUE(insight->reason().contains(QStringLiteral("disputed")));
    EXPECT_TRUE(insight->help.contains(QStringLiteral("Impellizzeri")));
}

TEST(LoadRatio, SteadyWeeksGiveOneAndNoDistanceGivesNoRatio)
{
    const QDate ref = referenceDate();
    QList<patella::Run> runs;
    for (int day = 0; day < 28; ++day)
        runs.append(run(ref.addDays(-day), 2));
    const LoadRatio steady = loadRatio(runs, {}, ref);
    ASSERT_TRUE(steady.ratio.has_value());
    EXPECT_NEAR(*steady.ratio, 1.0, 1e-12);
    EXPECT_EQ(steady.band, LoadBand::Steady);
    EXPECT_TRUE(steady.shortHistory) << "nothing before the 28 days";

    const LoadRatio none = loadRatio({run(ref.addDays(-40), 10)}, {}, ref);
    EXPECT_FALSE(none.ratio.has_value());
    EXPECT_FALSE(loadRatioInsight(none, DistanceUnit::Kilometres).has_value());
}

TEST(LoadRatio, WeeklyTotalsCountDayByDay)
{
    const QDate ref = referenceDate(); // Monday: the last 7 days are Tuesday..Sunday of last week plus today
    const LoadRatio load = loadRatio({}, {weekTotal(ref.addDays(-7), 35)}, ref);
    EXPECT_DOUBLE_EQ(load.acuteMetres, 30000.0);
    EXPECT_DOUBLE_EQ(load.chronicWeeklyMetres, 35000.0 / 4.0);
    ASSERT_TRUE(load.ratio.has_value());
    EXPECT_EQ(load.band, LoadBand::High);
}

TEST(LoadRatio, TheFastSeriesGivesTheRatioOfEveryDayAsTheOneDayRule)
{
    const QDate ref = referenceDate();
    QList<patella::Run> runs;
    for (int back = 120; back >= 0; back -= 3)
        runs.append(run(ref.addDays(-back), 4 + back % 7));
    // A week logged as a total only, and one whose total is overruled by a run logged that week.
    const QList<WeeklyTotal> totals {weekTotal(isoWeekStart(ref.addDays(-200)), 30),
                                     weekTotal(isoWeekStart(ref.addDays(-60)), 99)};
    const LoadSeries series(runs, totals, ref);
    for (int back = 0; back <= 230; ++back) {
        const QDate day = ref.addDays(-back);
        const LoadRatio direct = loadRatio(runs, totals, day);
        const LoadRatio fast = series.on(day);
        SCOPED_TRACE(day.toString(Qt::ISODate).toStdString());
        EXPECT_NEAR(fast.acuteMetres, direct.acuteMetres, 1e-6);
        EXPECT_NEAR(fast.chronicWeeklyMetres, direct.chronicWeeklyMetres, 1e-6);
        EXPECT_EQ(fast.ratio.has_value(), direct.ratio.has_value());
        EXPECT_EQ(fast.shortHistory, direct.shortHistory);
    }
    // Days after the reference read as the reference.
    EXPECT_EQ(series.on(ref.addDays(5)).reference, ref);
}
