#pragma once

#include <QDate>
#include <QList>
#include <QMap>

// Reduces a dated series for a chart's date range so a chart never draws thousands of points: daily
// values up to about four months, weekly beyond that, monthly beyond about two years.
namespace patella {

enum class SeriesBucket
{
    Day,
    Week, // ISO weeks, dated by their Monday
    Month, // dated by the 1st
};

enum class SeriesReduce
{
    Mean, // pain, flexibility
    Sum, // distance
    Max, // worst pain
};

constexpr int kDailyBucketMaxDays = 120;
constexpr int kWeeklyBucketMaxDays = 731; // two years, one of them a leap year

struct SeriesPoint
{
    QDate date;
    double value = 0.0;
    int count = 1; // how many input points the value stands for
};

// The bucket for a range of from.daysTo(to) + 1 days.
SeriesBucket bucketFor(QDate from, QDate to);

// The first day of the bucket that holds date.
QDate bucketStart(QDate date, SeriesBucket bucket);

// The points dated in [from, to], one per non-empty bucket, oldest first, each dated by its bucket's
// first day (which can lie before from). Empty buckets are left out so a chart can show the gap.
QList<SeriesPoint> aggregateSeries(const QList<SeriesPoint>& points, QDate from, QDate to, SeriesBucket bucket,
                                   SeriesReduce reduce);
QList<SeriesPoint> aggregateSeries(const QList<SeriesPoint>& points, QDate from, QDate to,
                                   SeriesReduce reduce = SeriesReduce::Mean);
QList<SeriesPoint> aggregateSeries(const QMap<QDate, double>& values, QDate from, QDate to,
                                   SeriesReduce reduce = SeriesReduce::Mean);

} // namespace patella
