#include "core/insights/aggregate.h"

#include "core/model/records.h"

#include <algorithm>

namespace patella {

SeriesBucket bucketFor(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to) + 1;
    if (days <= kDailyBucketMaxDays)
        return SeriesBucket::Day;
    if (days <= kWeeklyBucketMaxDays)
        return SeriesBucket::Week;
    return SeriesBucket::Month;
}

QDate bucketStart(QDate date, SeriesBucket bucket)
{
    switch (bucket) {
    case SeriesBucket::Day:
        return date;
    case SeriesBucket::Week:
        return isoWeekStart(date);
    case SeriesBucket::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QList<SeriesPoint> aggregateSeries(const QList<SeriesPoint>& points, QDate from, QDate to, SeriesBucket bucket,
                                   SeriesReduce reduce)
{
    struct Accumulator
    {
        double sum = 0.0;
        double max = 0.0;
        int count = 0;
    };
    QMap<QDate, Accumulator> buckets;
    for (const SeriesPoint& point : points) {
        if (!point.date.isValid() || point.date < from || point.date > to)
            continue;
        Accumulator& acc = buckets[bucketStart(point.date, bucket)];
        acc.max = acc.count == 0 ? point.value : std::max(acc.max, point.value);
        acc.sum += point.value;
        acc.count += 1;
    }
    QList<SeriesPoint> out;
    out.reserve(buckets.size());
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        double value = it->sum;
        if (reduce == SeriesReduce::Mean)
            value = it->sum / it->count;
        else if (reduce == SeriesReduce::Max)
            value = it->max;
        out.append({it.key(), value, it->count});
    }
    return out;
}

QList<SeriesPoint> aggregateSeries(const QList<SeriesPoint>& points, QDate from, QDate to, SeriesReduce reduce)
{
    return aggregateSeries(points, from, to, bucketFor(from, to), reduce);
}

QList<SeriesPoint> aggregateSeries(const QMap<QDate, double>& values, QDate from, QDate to, SeriesReduce reduce)
{
    QList<SeriesPoint> points;
    points.reserve(values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        points.append({it.key(), it.value(), 1});
    return aggregateSeries(points, from, to, reduce);
}

} // namespace patella
