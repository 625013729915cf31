#include "core/insights/psfs.h"

#include <gtest/gtest.h>

// The function score's sums: round averages, each activity's line, and the meaningful changes (2 points in
// the average, 3 for one activity), the check-in's every-week or every-two-weeks rule, and Today's move.
using namespace patella;

namespace {

const QDate kStart(2026, 2, 2); // a Monday

QList<PsfsActivity> activities()
{
    return {PsfsActivity {1, QStringLiteral("running 5 km"), kStart, std::nullopt},
            PsfsActivity {2, QStringLiteral("going down stairs"), kStart, std::nullopt},
            PsfsActivity {3, QStringLiteral("sitting through a film"), kStart, kStart.addDays(14)},
            PsfsActivity {4, QStringLiteral("squatting"), kStart.addDays(14), std::nullopt}};
}

// Three rounds a week apart; activity 3 retired at the third, 4 added there.
QList<PsfsScore> scores()
{
    return {PsfsScore {0, 1, kStart, 2},
            PsfsScore {0, 2, kStart, 4},
            PsfsScore {0, 3, kStart, 6},
            PsfsScore {0, 1, kStart.addDays(7), 3},
            PsfsScore {0, 2, kStart.addDays(7), 5},
            PsfsScore {0, 3, kStart.addDays(7), 7},
            PsfsScore {0, 1, kStart.addDays(14), 6},
            PsfsScore {0, 2, kStart.addDays(14), 6},
            PsfsScore {0, 4, kStart.addDays(14), 3}};
}

TEST(Psfs, RoundAveragesAndTheMeaningfulChange)
{
    const PsfsSummary summary = summarizePsfs(activities(), scores());
    ASSERT_EQ(summary.rounds.size(), 3);
    EXPECT_DOUBLE_EQ(summary.rounds.at(0).average, 4.0);
    EXPECT_DOUBLE_EQ(summary.rounds.at(1).average, 5.0);
    EXPECT_DOUBLE_EQ(summary.rounds.at(2).average, 5.0);
    EXPECT_EQ(summary.rounds.at(2).activities, 3);
    ASSERT_TRUE(summary.change.has_value());
    EXPECT_DOUBLE_EQ(*summary.change, 1.0);
    EXPECT_FALSE(summary.meaningful);
}

TEST(Psfs, EachActivityHasItsOwnLineAndTheThreePointBar)
{
    const PsfsSummary summary = summarizePsfs(activities(), scores());
    ASSERT_EQ(summary.activities.size(), 4);
    const PsfsActivityTrend& running = summary.activities.at(0);
    EXPECT_EQ(running.scores.size(), 3);
    EXPECT_DOUBLE_EQ(*running.change, 4.0);
    EXPECT_TRUE(running.meaningful);
    const PsfsActivityTrend& stairs = summary.activities.at(1);
    EXPECT_DOUBLE_EQ(*stairs.change, 2.0);
    EXPECT_FALSE(stairs.meaningful);
    const PsfsActivityTrend& squatting = summary.activities.at(3);
    EXPECT_EQ(squatting.scores.size(), 1);
    EXPECT_FALSE(squatting.change.has_value());
    EXPECT_TRUE(summary.activities.at(2).activity.retired.has_value());
}

TEST(Psfs, ARangeKeepsOnlyItsRounds)
{
    const PsfsSummary summary = summarizePsfs(activities(), scores(), kStart.addDays(7), kStart.addDays(14));
    ASSERT_EQ(summary.rounds.size(), 2);
    EXPECT_EQ(summary.rounds.at(0).date, kStart.addDays(7));
    EXPECT_DOUBLE_EQ(*summary.firstAverage, 5.0);
    EXPECT_DOUBLE_EQ(summary.change.value_or(-1.0), 0.0);
}

TEST(Psfs, MeaningfulBarsIncludeTheirEdge)
{
    EXPECT_TRUE(isMeaningfulPsfsAverageChange(2.0));
    EXPECT_TRUE(isMeaningfulPsfsAverageChange(-2.0));
    EXPECT_FALSE(isMeaningfulPsfsAverageChange(1.99));
    EXPECT_TRUE(isMeaningfulPsfsActivityChange(3.0));
    EXPECT_FALSE(isMeaningfulPsfsActivityChange(2.9));
}

TEST(Psfs, DueEveryWeekOrEveryTwoWeeks)
{
    const QDate sunday(2026, 3, 15);
    EXPECT_TRUE(psfsDue(std::nullopt, sunday, 2));
    EXPECT_TRUE(psfsDue(sunday.addDays(-7), sunday, 1));
    EXPECT_FALSE(psfsDue(sunday.addDays(-7), sunday, 2));
    EXPECT_FALSE(psfsDue(sunday.addDays(-13), sunday, 2)); // Monday of last week: one ISO week back
    EXPECT_TRUE(psfsDue(sunday.addDays(-14), sunday, 2));
    EXPECT_FALSE(psfsDue(sunday, sunday, 2));
}

TEST(Psfs, TodaySaysWhenTheAverageMoved)
{
    QList<PsfsScore> rising = scores();
    rising.append({PsfsScore {0, 1, kStart.addDays(21), 8}, PsfsScore {0, 2, kStart.addDays(21), 7},
                   PsfsScore {0, 4, kStart.addDays(21), 6}});
    const PsfsSummary summary = summarizePsfs(activities(), rising);
    const auto move = psfsMove(summary, kStart.addDays(24));
    ASSERT_TRUE(move.has_value());
    EXPECT_DOUBLE_EQ(move->average, 7.0);
    EXPECT_DOUBLE_EQ(move->sincePrevious, 2.0);
    EXPECT_DOUBLE_EQ(move->sinceFirst, 3.0);
    EXPECT_TRUE(move->meaningfulSinceFirst);
    EXPECT_EQ(move->firstDate, kStart);
    const QString text = describePsfsMove(*move);
    EXPECT_TRUE(text.contains(QStringLiteral("+3"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("meaningful"))) << text.toStdString();
    // Old news is not told, nor an unchanged average.
    EXPECT_FALSE(psfsMove(summary, kStart.addDays(40)).has_value());
    EXPECT_FALSE(psfsMove(summarizePsfs(activities(), scores()), kStart.addDays(15)).has_value());
}

} // namespace
