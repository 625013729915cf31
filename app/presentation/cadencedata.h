#pragma once

#include "app/presentation/progressdata.h"
#include "core/insights/cadence.h"

#include <QList>
#include <QStringList>

// What the Progress page's cadence chart draws: each run's average step rate over the chosen range, the
// weekly (or monthly) mean, and the runner's usual rate with its 5-10% higher band. The rule is core's
// (core/insights/cadence.h); this only cuts it to the range and buckets it like the other charts.
namespace patella {

struct CadenceChartData
{
    RangeSpan span;
    SeriesBucket meanBucket = SeriesBucket::Week; // Week or Month: the mean line's buckets
    QList<SeriesPoint> runs; // one dot per run with a cadence; empty for ranges bucketed by week or month
    QList<SeriesPoint> mean; // the mean step rate per week (or month) that had runs with a cadence
    CadenceSummary summary;
    QStringList reasons;
    bool isEmpty() const { return summary.isEmpty(); }
};

// From the journal's runs (oldest first). Depends on runs only, so the page redraws it when they change.
CadenceChartData cadenceChartData(const QList<Run>& runs, const RangeSpan& span);

} // namespace patella
