#include "app/presentation/cadencedata.h"

namespace patella {

CadenceChartData cadenceChartData(const QList<Run>& runs, const RangeSpan& span)
{
    CadenceChartData data;
    data.span = span;
    data.meanBucket = span.bucket == SeriesBucket::Month ? SeriesBucket::Month : SeriesBucket::Week;
    if (!span.from.isValid() || !span.to.isValid())
        return data;
    data.summary = summarizeCadence(runs, span.from, span.to);
    data.reasons = describeCadence(data.summary);
    QList<SeriesPoint> points;
    points.reserve(data.summary.runs.size());
    for (const CadenceRun& run : std::as_const(data.summary.runs))
        points.append({run.date, run.stepsPerMinute, 1});
    // Dots for each run only while the range is drawn day by day; longer ranges show the mean line alone.
    if (span.bucket == SeriesBucket::Day)
        data.runs = points;
    data.mean = aggregateSeries(points, span.from, span.to, data.meanBucket, SeriesReduce::Mean);
    return data;
}

} // namespace patella
