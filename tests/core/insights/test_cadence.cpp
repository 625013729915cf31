#include "core/insights/cadence.h"

#include <gtest/gtest.h>

// Step rate against the runner's own usual rate: the baseline from the first five runs with a cadence, the
// recent median after them, the 5-10% band and its edges, runs without a cadence counted apart, and walks
// left out.
using namespace patella;

namespace {

const QDate kStart(2026, 1, 5); // a Monday

patella::Run run(int day, std::optional<double> cadence, const QString& sport = QStringLiteral("running"))
{
    patella::Run r;
    r.localDate = kStart.addDays(day);
    r.start = QDateTime(r.localDate, QTime(7, 0), Qt::UTC);
    r.distanceMetres = 8000.0;
    r.durationSeconds = 2700;
    r.cadenceSpm = cadence;
    r.sport = sport;
    return r;
}

// Five baseline runs at a median of 160 (one odd treadmill reading among them), then the given recent ones.
QList<patella::Run> history(const QList<double>& recent)
{
    QList<patella::Run> runs {run(0, 158.0), run(2, 160.0), run(4, 250.0), run(7, 159.0), run(9, 162.0)};
    int day = 14;
    for (double cadence : recent)
        runs.append(run(day++, cadence));
    return runs;
}

const QDate kEnd = kStart.addDays(60);

} // namespace

TEST(Cadence, TheUsualRateIsTheMedianOfTheFirstFiveRunsWithACadence)
{
    const CadenceSummary summary = summarizeCadence(history({}), kStart, kEnd);
    ASSERT_TRUE(summary.baseline.has_value());
    EXPECT_DOUBLE_EQ(summary.baseline->stepsPerMinute, 160.0); // the 250 of a doubled reading does not move it
    EXPECT_EQ(summary.baseline->runs, 5);
    EXPECT_EQ(summary.baseline->from, kStart);
    EXPECT_EQ(summary.baseline->to, kStart.addDays(9));
    EXPECT_DOUBLE_EQ(summary.baseline->bandLow(), 168.0);
    EXPECT_DOUBLE_EQ(summary.baseline->bandHigh(), 176.0);
    EXPECT_EQ(summary.status, CadenceStatus::BaselineOnly);
    EXPECT_FALSE(summary.recent.has_value());
}

TEST(Cadence, TheRecentRateIsTheMedianOfTheLastFiveAfterTheBaseline)
{
    const CadenceSummary summary
        = summarizeCadence(history({150.0, 151.0, 169.0, 170.0, 171.0, 172.0, 200.0}), kStart, kEnd);
    ASSERT_TRUE(summary.recent.has_value());
    EXPECT_EQ(summary.recentRuns, 5);
    EXPECT_DOUBLE_EQ(*summary.recent, 171.0); // 169, 170, 171, 172, 200: the first two are older
    EXPECT_EQ(summary.recentFrom, kStart.addDays(16));
    EXPECT_EQ(summary.recentTo, kStart.addDays(20));
    EXPECT_NEAR(*summary.changePercent, 6.875, 1e-9);
    EXPECT_EQ(summary.status, CadenceStatus::InBand);
    EXPECT_EQ(summary.runs.size(), 12);
}

TEST(Cadence, TheBandsEdges)
{
    EXPECT_EQ(cadenceStatusFor(0.0), CadenceStatus::Steady);
    EXPECT_EQ(cadenceStatusFor(4.99), CadenceStatus::Steady);
    EXPECT_EQ(cadenceStatusFor(5.0), CadenceStatus::InBand); // 5% is a meaningful rise
    EXPECT_EQ(cadenceStatusFor(10.0), CadenceStatus::InBand);
    EXPECT_EQ(cadenceStatusFor(10.01), CadenceStatus::AboveBand);
    EXPECT_EQ(cadenceStatusFor(-4.99), CadenceStatus::Steady);
    EXPECT_EQ(cadenceStatusFor(-5.0), CadenceStatus::Lower);
    // The same through a summary: 168 is exactly 5% above 160, 176 exactly 10%.
    EXPECT_EQ(summarizeCadence(history({168.0}), kStart, kEnd).status, CadenceStatus::InBand);
    EXPECT_EQ(summarizeCadence(history({167.0}), kStart, kEnd).status, CadenceStatus::Steady);
    EXPECT_EQ(summarizeCadence(history({176.0}), kStart, kEnd).status, CadenceStatus::InBand);
    EXPECT_EQ(summarizeCadence(history({177.0}), kStart, kEnd).status, CadenceStatus::AboveBand);
    EXPECT_EQ(summarizeCadence(history({152.0}), kStart, kEnd).status, CadenceStatus::Lower);
}

TEST(Cadence, RunsWithoutACadenceAreCountedApartAndWalksLeftOut)
{
    QList<patella::Run> runs = history({170.0});
    runs.append(run(30, std::nullopt));
    runs.append(run(31, std::nullopt));
    runs.append(run(32, 110.0, QStringLiteral("walking"))); // a kept walk: not a step rate to compare
    runs.append(run(33, 168.0, QStringLiteral("treadmill_running")));
    const CadenceSummary summary = summarizeCadence(runs, kStart, kEnd);
    EXPECT_EQ(summary.runsWithout, 3);
    EXPECT_EQ(summary.runs.size(), 7);
    EXPECT_EQ(summary.recentRuns, 2);
    EXPECT_DOUBLE_EQ(*summary.recent, 169.0);
    EXPECT_FALSE(countsForCadence(run(0, std::nullopt)));
    EXPECT_FALSE(countsForCadence(run(0, 90.0, QStringLiteral("cycling"))));
    EXPECT_TRUE(countsForCadence(run(0, 170.0, QStringLiteral("trail_running"))));
}

TEST(Cadence, TheBaselineComesFromTheWholeJournalNotTheRange)
{
    // A range that starts after the baseline's runs still compares with them.
    const QDate from = kStart.addDays(14);
    const CadenceSummary summary = summarizeCadence(history({170.0, 171.0}), from, kEnd);
    ASSERT_TRUE(summary.baseline.has_value());
    EXPECT_DOUBLE_EQ(summary.baseline->stepsPerMinute, 160.0);
    EXPECT_EQ(summary.runs.size(), 2);
    EXPECT_DOUBLE_EQ(*summary.recent, 170.5);
    // And a range ending before later runs never sees them.
    const CadenceSummary early = summarizeCadence(history({170.0, 171.0}), kStart, kStart.addDays(14));
    EXPECT_EQ(early.recentRuns, 1);
    EXPECT_DOUBLE_EQ(*early.recent, 170.0);
}

TEST(Cadence, FewerThanThreeRunsGiveNoUsualRate)
{
    const QList<patella::Run> runs {run(0, 160.0), run(1, 162.0), run(2, std::nullopt)};
    const CadenceSummary summary = summarizeCadence(runs, kStart, kEnd);
    EXPECT_EQ(summary.status, CadenceStatus::NoBaseline);
    EXPECT_FALSE(summary.baseline.has_value());
    EXPECT_EQ(summary.runs.size(), 2);
    const QStringList lines = describeCadence(summary);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("at least 3 runs"))) << lines.at(0).toStdString();
    // Without the app's English plural forms loaded, the line reads "1 run(s)".
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("Left out: 1 run"))) << lines.at(1).toStdString();
    // Three runs are enough for a usual rate, the median of the three.
    const CadenceSummary three = summarizeCadence(runs + QList<patella::Run> {run(3, 170.0)}, kStart, kEnd);
    ASSERT_TRUE(three.baseline.has_value());
    EXPECT_DOUBLE_EQ(three.baseline->stepsPerMinute, 162.0);
    EXPECT_EQ(three.baseline->runs, 3);
}

TEST(Cadence, TheWordsGiveTheUsualRateTheBandAndTheChange)
{
    const QStringList lines = describeCadence(summarizeCadence(history({170.0, 171.0, 172.0}), kStart, kEnd));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("160 steps per minute"))) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("168 to 176"))) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("171 steps per minute, +6.9%"))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(2).contains(QStringLiteral("within the 5-10% higher band"))) << lines.at(2).toStdString();

    const QStringList steady = describeCadence(summarizeCadence(history({167.0}), kStart, kEnd));
    // 4.4% reads with its decimal, so it never looks like the 5% it falls short of.
    EXPECT_TRUE(steady.at(1).contains(QStringLiteral("+4.4%"))) << steady.at(1).toStdString();
    EXPECT_TRUE(steady.at(2).contains(QStringLiteral("no real change"))) << steady.at(2).toStdString();
    EXPECT_TRUE(describeCadence({}).isEmpty());
}

TEST(Cadence, TheHelpTextNamesTheStudies)
{
    const QString help = cadenceHelpText();
    EXPECT_TRUE(help.contains(QStringLiteral("Willson et al. 2014")));
    EXPECT_TRUE(help.contains(QStringLiteral("Esculier et al. 2023")));
    EXPECT_TRUE(help.contains(QStringLiteral("5-10%")));
}
