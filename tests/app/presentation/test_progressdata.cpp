#include "app/presentation/progressdata.h"
#include "tests/support/testsupport.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace patella;

namespace {

// Sixteen weeks of runs ending on the reference Monday: a run every other day, rising, with a gap week.
ProgressRecords history()
{
    ProgressRecords records;
    const QDate end = test::referenceDate();
    for (QDate day = end.addDays(-7 * 16); day <= end; day = day.addDays(2)) {
        if (day >= end.addDays(-7 * 9) && day < end.addDays(-7 * 8))
            continue; // a week off
        Run run;
        run.localDate = day;
        run.start = QDateTime(day, QTime(7, 0), QTimeZone::utc());
        run.distanceMetres = 4000.0 + 50.0 * double(end.addDays(-7 * 16).daysTo(day));
        run.durationSeconds = 1500;
        records.runs.append(run);
        records.sessionsPerDay.insert(day, 1 + int(day.day() % 3));
    }
    WeeklyTotal total; // a week logged as a total before the first run
    total.weekStart = isoWeekStart(end.addDays(-7 * 18));
    total.distanceMetres = 15000.0;
    records.weeklyTotals.append(total);
    return records;
}

} // namespace

TEST(ProgressData, LoadRatioPerWeekMatchesTheInsights)
{
    const ProgressRecords records = history();
    const ProgressData data(records, test::referenceDate(), DistanceUnit::Kilometres, 4);
    const MileageChartData mileage = data.mileage(data.span(ProgressRange::SixMonths));
    int compared = 0;
    for (const MileageBar& bar : mileage.bars) {
        const QDate end = std::min(bar.start.addDays(6), test::referenceDate());
        const LoadRatio expected = loadRatio(records.runs, records.weeklyTotals, end);
        if (!bar.ratio) {
            EXPECT_TRUE(bar.metres <= 0.0 || expected.shortHistory || !expected.ratio)
                << qPrintable(bar.start.toString());
            continue;
        }
        ASSERT_TRUE(expected.ratio.has_value());
        EXPECT_FALSE(expected.shortHistory);
        EXPECT_NEAR(*bar.ratio, *expected.ratio, 1e-9) << qPrintable(bar.start.toString());
        ++compared;
    }
    EXPECT_GE(compared, 10);
}

TEST(ProgressData, SessionsPerWeekMatchTheInsights)
{
    const ProgressRecords records = history();
    const ProgressData data(records, test::referenceDate(), DistanceUnit::Kilometres, 4);
    const AdherenceChartData adherence = data.adherence(data.span(ProgressRange::SixMonths));
    QList<SessionRecord> sessions;
    for (auto it = records.sessionsPerDay.cbegin(); it != records.sessionsPerDay.cend(); ++it)
        for (int i = 0; i < it.value(); ++i)
            sessions.append(
                SessionRecord {NoId, QStringLiteral("strength"), {}, {}, it.key(), SessionOutcome::Completed, {}});
    const QList<WeekAdherence> expected
        = weeklyAdherence(sessions, test::referenceDate(), 4, int(adherence.perWeek.size()));
    ASSERT_EQ(adherence.perWeek.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(adherence.perWeek.at(i).date, expected.at(i).weekStart);
        EXPECT_EQ(int(adherence.perWeek.at(i).value), expected.at(i).completed);
    }
}

TEST(ProgressData, LongRangesAreBucketed)
{
    ProgressRecords records;
    const QDate end = test::referenceDate();
    for (QDate day = end.addYears(-5); day <= end; day = day.addDays(1)) {
        PainEntry pain;
        pain.localDate = day;
        pain.at = QDateTime(day, QTime(8, 0), QTimeZone::utc());
        pain.score = day.day() % 5;
        pain.situation = PainSituation::Stairs;
        records.pain.append(pain);
        patella::Run run;
        run.localDate = day;
        run.start = pain.at;
        run.distanceMetres = 5000.0;
        run.durationSeconds = 1500;
        records.runs.append(run);
    }
    const ProgressData data(records, end, DistanceUnit::Kilometres, 4);
    const RangeSpan all = data.span(ProgressRange::All);
    EXPECT_EQ(all.bucket, SeriesBucket::Month);
    const PainChartData pain = data.pain(all);
    ASSERT_EQ(pain.situations.size(), 1);
    EXPECT_LE(pain.situations.first().points.size(), 62); // about sixty months, never 1,800 days
    EXPECT_LE(pain.mean.size(), 62);
    const MileageChartData mileage = data.mileage(all);
    EXPECT_EQ(mileage.bucket, SeriesBucket::Month);
    EXPECT_LE(mileage.bars.size(), 62);
    EXPECT_NEAR(mileage.bars.at(1).metres, 5000.0 * mileage.bars.at(1).start.daysInMonth(), 1e-6);
    const RangeSpan year = data.span(ProgressRange::OneYear);
    EXPECT_EQ(year.bucket, SeriesBucket::Week);
    EXPECT_LE(data.pain(year).situations.first().points.size(), 53);
}

TEST(ProgressData, TheDistanceChartMarksEachSingleRunSpikeOnItsWeek)
{
    ProgressRecords records;
    const QDate end = test::referenceDate();
    const auto run = [&](int daysBack, double metres) {
        patella::Run r;
        r.localDate = end.addDays(-daysBack);
        r.start = QDateTime(r.localDate, QTime(7, 0), QTimeZone::utc());
        r.distanceMetres = metres;
        r.durationSeconds = 1800;
        records.runs.append(r);
    };
    for (int back = 40; back >= 12; back -= 4)
        run(back, 8000.0);
    run(5, 9600.0); // 20% longer than the 30 days' longest: the single-run rule's 10-30% band
    const ProgressData data(records, end, DistanceUnit::Kilometres, 4);
    const MileageChartData mileage = data.mileage(data.span(ProgressRange::TwelveWeeks));
    int marked = 0;
    for (const MileageBar& bar : mileage.bars) {
        if (bar.longRuns.isEmpty())
            continue;
        ++marked;
        ASSERT_EQ(bar.longRuns.size(), 1);
        EXPECT_EQ(bar.longRuns.first().run.localDate, end.addDays(-5));
        EXPECT_LE(bar.start, end.addDays(-5));
        EXPECT_GE(bar.start.addDays(6), end.addDays(-5));
    }
    EXPECT_EQ(marked, 1);
}
