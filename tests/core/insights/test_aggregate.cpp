#include "core/insights/aggregate.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace patella;
using patella::test::referenceDate;

TEST(Aggregate, BucketChoiceByRangeLength)
{
    const QDate ref = referenceDate();
    EXPECT_EQ(bucketFor(ref, ref), SeriesBucket::Day);
    EXPECT_EQ(bucketFor(ref.addDays(-119), ref), SeriesBucket::Day) << "120 days";
    EXPECT_EQ(bucketFor(ref.addDays(-120), ref), SeriesBucket::Week) << "121 days";
    EXPECT_EQ(bucketFor(ref.addDays(-730), ref), SeriesBucket::Week) << "731 days";
    EXPECT_EQ(bucketFor(ref.addDays(-731), ref), SeriesBucket::Month) << "732 days";
}

TEST(Aggregate, WeeklyMeansSumsAndMaxima)
{
    const QDate ref = referenceDate(); // Monday
    const QDate from = ref.addDays(-200);
    QList<SeriesPoint> points;
    points.append({ref.addDays(-8), 2.0, 1}); // Sunday, two weeks' bucket
    points.append({ref.addDays(-7), 4.0, 1}); // Monday of last week
    points.append({ref.addDays(-1), 6.0, 1}); // Sunday of last week
    points.append({ref, 5.0, 1});
    points.append({from.addDays(-1), 100.0, 1}); // outside the range
    points.append({ref.addDays(1), 100.0, 1}); // outside the range

    const QList<SeriesPoint> means = aggregateSeries(points, from, ref);
    ASSERT_EQ(means.size(), 3);
    EXPECT_EQ(means.at(0).date, ref.addDays(-14));
    EXPECT_DOUBLE_EQ(means.at(0).value, 2.0);
    EXPECT_EQ(means.at(1).date, ref.addDays(-7));
    EXPECT_DOUBLE_EQ(means.at(1).value, 5.0);
    EXPECT_EQ(means.at(1).count, 2);
    EXPECT_DOUBLE_EQ(means.at(2).value, 5.0);

    const QList<SeriesPoint> sums = aggregateSeries(points, from, ref, SeriesReduce::Sum);
    EXPECT_DOUBLE_EQ(sums.at(1).value, 10.0);
    const QList<SeriesPoint> maxima = aggregateSeries(points, from, ref, SeriesReduce::Max);
    EXPECT_DOUBLE_EQ(maxima.at(1).value, 6.0);
}

TEST(Aggregate, TenThousandDailyPointsBecomeMonthsAndShortRangesStayDaily)
{
    const QDate ref = referenceDate();
    QMap<QDate, double> values;
    for (int d = 0; d < 10000; ++d)
        values.insert(ref.addDays(-d), d % 11);

    const QDate longFrom = ref.addDays(-9999);
    const QList<SeriesPoint> months = aggregateSeries(values, longFrom, ref);
    EXPECT_EQ(months.size(), 330) << "October 1998 to March 2026";
    EXPECT_EQ(months.constFirst().date, QDate(longFrom.year(), longFrom.month(), 1));
    EXPECT_EQ(months.constLast().date, QDate(2026, 3, 1));
    EXPECT_EQ(months.constLast().count, 16);

    const QList<SeriesPoint> weeks = aggregateSeries(values, ref.addDays(-364), ref);
    EXPECT_EQ(weeks.size(), 53);
    for (const SeriesPoint& p : weeks)
        EXPECT_EQ(p.date.dayOfWeek(), 1);

    const QList<SeriesPoint> days = aggregateSeries(values, ref.addDays(-89), ref);
    ASSERT_EQ(days.size(), 90);
    EXPECT_DOUBLE_EQ(days.constLast().value, 0.0);
    EXPECT_DOUBLE_EQ(days.at(88).value, 1.0);
}
