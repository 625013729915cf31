#include "core/insights/cadence.h"

#include "core/import/sport.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace patella {
namespace {

constexpr double kEpsilon = 1e-9;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

double medianOf(const QList<CadenceRun>& runs)
{
    QList<double> values;
    values.reserve(runs.size());
    for (const CadenceRun& run : runs)
        values.append(run.stepsPerMinute);
    return median(std::move(values));
}

QString steps(double stepsPerMinute)
{
    return QLocale().toString(static_cast<qlonglong>(std::llround(stepsPerMinute)));
}

// One decimal, so a rise of 4.6% never reads as the 5% it falls short of.
QString signedPercent(double percent)
{
    const double tenths = std::round(percent * 10.0) / 10.0;
    const QString digits = QLocale().toString(std::abs(tenths), 'f', 1);
    const QString sign = tenths > 0.0 ? QStringLiteral("+") : tenths < 0.0 ? QStringLiteral("-") : QString();
    return QCoreApplication::translate("Insights", "%1%2%", "signed percent: sign, digits").arg(sign, digits);
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString describeStatus(const CadenceSummary& summary)
{
    switch (summary.status) {
    case CadenceStatus::NoBaseline:
    case CadenceStatus::BaselineOnly:
        break;
    case CadenceStatus::Lower:
        return QCoreApplication::translate("Insights",
                                           "That is 5% or more below your usual rate: longer steps load the kneecap "
                                           "joint more, and in studies a rate 5-10% above one's own eased it.");
    case CadenceStatus::Steady:
        return QCoreApplication::translate("Insights",
                                           "Less than 5% from your usual rate: no real change. In studies, a rate "
                                           "5-10% above one's own (shorter steps at the same pace) eased the "
                                           "kneecap joint; whether to try it is yours to decide, ideally with your "
                                           "physiotherapist.");
    case CadenceStatus::InBand:
        return QCoreApplication::translate("Insights",
                                           "That is within the 5-10% higher band that eased the load on the "
                                           "kneecap joint in studies.");
    case CadenceStatus::AboveBand:
        return QCoreApplication::translate("Insights",
                                           "That is more than 10% above your usual rate, beyond the 5-10% rise the "
                                           "studies tested.");
    }
    return {};
}

} // namespace

bool countsForCadence(const Run& run)
{
    if (!run.cadenceSpm || !std::isfinite(*run.cadenceSpm) || *run.cadenceSpm <= 0.0)
        return false;
    const std::optional<ActivitySport> sport = sportFromId(run.sport);
    // A sport this version does not know is taken as the runner stored it: as a run.
    return !sport || isRun(*sport);
}

CadenceStatus cadenceStatusFor(double changePercent)
{
    const double low = kStepRateRiseLow * 100.0;
    const double high = kStepRateRiseHigh * 100.0;
    if (changePercent <= -low + kEpsilon)
        return CadenceStatus::Lower;
    if (changePercent + kEpsilon < low)
        return CadenceStatus::Steady;
    if (changePercent <= high + kEpsilon)
        return CadenceStatus::InBand;
    return CadenceStatus::AboveBand;
}

CadenceSummary summarizeCadence(const QList<Run>& runs, QDate from, QDate to)
{
    CadenceSummary summary;
    QList<CadenceRun> first; // the baseline's runs, from the whole journal up to the range's end
    QList<CadenceRun> after; // the runs with cadence after those, in the range
    for (const Run& run : runs) {
        if (!run.localDate.isValid() || run.localDate > to)
            continue;
        const bool inRange = run.localDate >= from;
        if (!countsForCadence(run)) {
            summary.runsWithout += inRange ? 1 : 0;
            continue;
        }
        const CadenceRun point {run.localDate, *run.cadenceSpm, run.distanceMetres};
        if (inRange)
            summary.runs.append(point);
        if (first.size() < kCadenceBaselineRuns)
            first.append(point);
        else if (inRange)
            after.append(point);
    }
    if (first.size() < kCadenceMinimumBaselineRuns) {
        summary.status = CadenceStatus::NoBaseline;
        return summary;
    }
    summary.baseline
        = CadenceBaseline {medianOf(first), int(first.size()), first.constFirst().date, first.constLast().date};
    if (after.isEmpty()) {
        summary.status = CadenceStatus::BaselineOnly;
        return summary;
    }
    const QList<CadenceRun> recent = after.mid(std::max<qsizetype>(0, after.size() - kCadenceRecentRuns));
    summary.recent = medianOf(recent);
    summary.recentRuns = int(recent.size());
    summary.recentFrom = recent.constFirst().date;
    summary.recentTo = recent.constLast().date;
    summary.changePercent = (*summary.recent / summary.baseline->stepsPerMinute - 1.0) * 100.0;
    summary.status = cadenceStatusFor(*summary.changePercent);
    return summary;
}

QStringList describeCadence(const CadenceSummary& summary)
{
    QStringList lines;
    if (summary.isEmpty())
        return lines;
    if (!summary.baseline) {
        // Runs before the range count towards the baseline too, so this is the journal's count, not the range's.
        lines.append(QCoreApplication::translate("Insights",
                                                 "Your usual step rate needs at least %n runs with a cadence; "
                                                 "until then each run is shown on its own.",
                                                 nullptr, kCadenceMinimumBaselineRuns));
    } else {
        const CadenceBaseline& baseline = *summary.baseline;
        lines.append(QCoreApplication::translate("Insights",
                                                 "Your usual step rate: %1 steps per minute, the middle value of "
                                                 "your first %n run(s) with a cadence (%2 to %3). 5-10% higher is "
                                                 "%4 to %5.",
                                                 nullptr, baseline.runs)
                         .arg(steps(baseline.stepsPerMinute), shortDate(baseline.from), shortDate(baseline.to),
                              steps(baseline.bandLow()), steps(baseline.bandHigh())));
        if (summary.status == CadenceStatus::BaselineOnly) {
            lines.append(QCoreApplication::translate("Insights", "Runs after these are compared with it."));
        } else {
            lines.append(QCoreApplication::translate("Insights",
                                                     "Your last %n run(s) in this range (%2 to %3): %1 steps per "
                                                     "minute, %4 against your usual rate.",
                                                     nullptr, summary.recentRuns)
                             .arg(steps(*summary.recent), shortDate(summary.recentFrom), shortDate(summary.recentTo),
                                  signedPercent(*summary.changePercent)));
            lines.append(describeStatus(summary));
        }
    }
    if (summary.runsWithout > 0)
        lines.append(QCoreApplication::translate("Insights",
                                                 "Left out: %n run(s) in this range without a cadence (typed by "
                                                 "hand, or from a file without one).",
                                                 nullptr, summary.runsWithout));
    return lines;
}

QString cadenceHelpText()
{
    return QCoreApplication::translate(
        "Insights",
        "Step rate (cadence) is the number of steps you take in a minute. Watches and phone apps record it; runs "
        "typed by hand have none. Gait studies found that taking 5-10% more steps a minute than you usually do, "
        "which means shorter steps at the same pace, lowers the load on the joint behind the kneecap: 10% shorter "
        "steps cut that joint's stress per mile by 7.5% (Willson et al. 2014), and 35% of runners with "
        "patellofemoral pain felt relief straight away with a 10% higher step rate (Esculier et al. 2023). Patella "
        "compares your runs with your own usual rate (the middle value of your first five runs with a cadence), "
        "never with one number for every runner. Running, trail and treadmill runs count; walks and rides do not. "
        "This is information, not an instruction: a change of running style is worth talking over with your "
        "physiotherapist.");
}

} // namespace patella
