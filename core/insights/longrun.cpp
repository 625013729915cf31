#include "core/insights/longrun.h"

#include "core/insights/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace patella {

std::optional<double> longestRunBefore(const QList<Run>& runs, QDate day)
{
    const QDate first = day.addDays(-kLongRunWindowDays);
    std::optional<double> longest;
    for (const Run& run : runs) {
        if (run.localDate < first || run.localDate >= day || run.distanceMetres <= 0.0)
            continue;
        longest = std::max(longest.value_or(0.0), run.distanceMetres);
    }
    return longest;
}

double longRunHazardRatio(double percentLonger)
{
    if (percentLonger <= kLongRunRiseLimit * 100.0)
        return 1.0;
    if (percentLonger <= 30.0)
        return 1.64;
    if (percentLonger <= 100.0)
        return 1.52;
    return 2.28;
}

QList<LongRunCheck> longRunSpikes(const QList<Run>& runs, QDate from, QDate to)
{
    QList<LongRunCheck> spikes;
    for (const Run& run : runs) {
        if (!run.localDate.isValid() || run.localDate < from || run.localDate > to)
            continue;
        const std::optional<double> longest = longestRunBefore(runs, run.localDate);
        if (!longest)
            continue;
        // Same tolerance as the weekly rule: exactly 10% longer is not a spike.
        if (run.distanceMetres <= *longest * (1.0 + kLongRunRiseLimit) + *longest * 1e-9)
            continue;
        LongRunCheck check;
        check.run = run;
        check.previousLongestMetres = *longest;
        check.percentLonger = (run.distanceMetres - *longest) / *longest * 100.0;
        check.hazardRatio = longRunHazardRatio(check.percentLonger);
        spikes.append(check);
    }
    std::stable_sort(spikes.begin(), spikes.end(), [](const LongRunCheck& a, const LongRunCheck& b) {
        if (a.run.localDate != b.run.localDate)
            return a.run.localDate > b.run.localDate;
        return a.run.distanceMetres > b.run.distanceMetres;
    });
    return spikes;
}

namespace {

// The band of the 2025 study the run falls in, in words: "10-30% longer".
QString bandText(double percentLonger)
{
    if (percentLonger <= 30.0)
        return QCoreApplication::translate("Insights", "10-30% longer");
    if (percentLonger <= 100.0)
        return QCoreApplication::translate("Insights", "30-100% longer");
    return QCoreApplication::translate("Insights", "more than twice as long");
}

} // namespace

QString describeLongRun(const LongRunCheck& check, DistanceUnit unit)
{
    return QCoreApplication::translate("Insights",
                                       "Your %1 run on %2 was %3 longer than the longest run of the 30 days before it "
                                       "(%4). In a 2025 study of 5,205 runners, runs %5 than that longest came with "
                                       "a hazard ratio of %6 for injury.")
        .arg(insightformat::distance(check.run.distanceMetres, unit),
             QLocale().toString(check.run.localDate, QLocale::ShortFormat), insightformat::percent(check.percentLonger),
             insightformat::distance(check.previousLongestMetres, unit), bandText(check.percentLonger),
             QLocale().toString(check.hazardRatio, 'f', 2));
}

std::optional<Insight> longRunSpikeAlert(const QList<Run>& runs, QDate reference, DistanceUnit unit)
{
    const QList<LongRunCheck> spikes = longRunSpikes(runs, reference.addDays(-6), reference);
    if (spikes.isEmpty())
        return std::nullopt;
    Insight insight;
    insight.kind = InsightKind::LongRunSpike;
    insight.severity = Severity::Caution;
    insight.date = spikes.constFirst().run.localDate;
    insight.title = QCoreApplication::translate("Insights", "A run well beyond your recent longest");
    for (const LongRunCheck& spike : spikes)
        insight.reasons.append(describeLongRun(spike, unit));
    insight.help = helpText(InsightKind::LongRunSpike);
    return insight;
}

} // namespace patella
