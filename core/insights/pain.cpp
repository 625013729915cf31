#include "core/insights/pain.h"

#include "core/insights/format.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <iterator>

namespace patella {

bool isRealImprovement(double before, double after)
{
    return before - after > kPainMinimalImportantChange + 1e-9;
}

QMap<QDate, double> worstPerDay(const QList<PainEntry>& entries, PainSituation situation, QDate to)
{
    QMap<QDate, double> days;
    for (const PainEntry& entry : entries) {
        if (entry.situation != situation || !entry.localDate.isValid() || entry.localDate > to)
            continue;
        const double score = std::clamp(entry.score, 0, 10);
        auto it = days.find(entry.localDate);
        if (it == days.end())
            days.insert(entry.localDate, score);
        else
            *it = std::max(*it, score);
    }
    return days;
}

std::optional<double> rollingMean(const QMap<QDate, double>& daily, QDate day, int days)
{
    double sum = 0.0;
    int count = 0;
    for (auto it = daily.lowerBound(day.addDays(-(days - 1))); it != daily.cend() && it.key() <= day; ++it) {
        sum += it.value();
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

namespace {

// Appends the days from `from` on to the trend of one situation, from its worst score per day (the days before
// stay as they are), and works out both means. Each day's mean runs over the days of its window (at most seven),
// summed in the order rollingMean() sums them, so both give the same figure. daily must hold every day from six
// days before `from`, and every day the means on reference and 21 days before look at.
void appendTrend(PainTrend& trend, const QMap<QDate, double>& daily, QDate from, QDate reference)
{
    auto windowStart = daily.cbegin();
    for (auto it = daily.lowerBound(from); it != daily.cend(); ++it) {
        const QDate first = it.key().addDays(-(kPainRollingDays - 1));
        while (windowStart.key() < first)
            ++windowStart;
        double sum = 0.0;
        int count = 0;
        for (auto day = windowStart; day != std::next(it); ++day) {
            sum += day.value();
            ++count;
        }
        trend.days.append({it.key(), it.value(), sum / count});
    }
    trend.currentMean = rollingMean(daily, reference);
    trend.earlierMean = rollingMean(daily, reference.addDays(-kPainCompareDays));
    if (trend.currentMean && trend.earlierMean) {
        trend.change = *trend.currentMean - *trend.earlierMean;
        trend.realImprovement = isRealImprovement(*trend.earlierMean, *trend.currentMean);
    }
}

// The trend of one situation from all its days.
PainTrend trendOf(PainSituation situation, const QMap<QDate, double>& daily, QDate reference)
{
    PainTrend trend;
    trend.situation = situation;
    trend.days.reserve(daily.size());
    appendTrend(trend, daily, QDate(), reference);
    return trend;
}

// Every situation's worst score per day, for the days from `from` (or all when invalid) to reference.
QHash<int, QMap<QDate, double>> worstPerDayAndSituation(const QList<PainEntry>& entries, QDate from, QDate reference)
{
    QHash<int, QMap<QDate, double>> worst;
    for (const PainEntry& entry : entries) {
        if (!entry.localDate.isValid() || entry.localDate > reference || (from.isValid() && entry.localDate < from))
            continue;
        QMap<QDate, double>& days = worst[int(entry.situation)];
        const double score = std::clamp(entry.score, 0, 10);
        auto it = days.find(entry.localDate);
        if (it == days.end())
            days.insert(entry.localDate, score);
        else
            *it = std::max(*it, score);
    }
    return worst;
}

} // namespace

PainTrend painTrend(const QList<PainEntry>& entries, PainSituation situation, QDate reference)
{
    return trendOf(situation, worstPerDay(entries, situation, reference), reference);
}

QList<PainTrend> painTrends(const QList<PainEntry>& entries, QDate reference)
{
    // One pass over the entries for every situation's worst per day (as worstPerDay()), not one per situation.
    const QHash<int, QMap<QDate, double>> worst = worstPerDayAndSituation(entries, QDate(), reference);
    QList<PainTrend> trends;
    for (PainSituation situation : allSituations()) {
        const auto days = worst.constFind(int(situation));
        if (days != worst.cend() && !days->isEmpty())
            trends.append(trendOf(situation, *days, reference));
    }
    return trends;
}

void updatePainTrends(QList<PainTrend>& trends, const QList<PainEntry>& entries, QDate from, QDate reference)
{
    if (!from.isValid() || from > reference)
        return;
    // The days a recomputed day's mean looks back at, and those the two means compared look at.
    const QDate needed = std::min(from, reference.addDays(-kPainCompareDays)).addDays(-(kPainRollingDays - 1));
    const QHash<int, QMap<QDate, double>> worst = worstPerDayAndSituation(entries, needed, reference);
    QList<PainTrend> updated;
    updated.reserve(qsizetype(allSituations().size()));
    for (PainSituation situation : allSituations()) {
        const auto before = std::find_if(trends.begin(), trends.end(),
                                         [situation](const PainTrend& trend) { return trend.situation == situation; });
        PainTrend trend;
        trend.situation = situation;
        if (before != trends.end()) {
            trend.days = std::move(before->days);
            const auto kept = std::lower_bound(trend.days.cbegin(), trend.days.cend(), from,
                                               [](const PainDay& day, QDate date) { return day.date < date; });
            trend.days.erase(kept, trend.days.cend());
        }
        const auto days = worst.constFind(int(situation));
        appendTrend(trend, days != worst.cend() ? *days : QMap<QDate, double>(), from, reference);
        if (!trend.days.isEmpty())
            updated.append(std::move(trend));
    }
    trends = std::move(updated);
}

QString describePainChange(const PainTrend& trend)
{
    if (!trend.change)
        return {};
    const QString name = situationName(trend.situation);
    const QString before = insightformat::score(*trend.earlierMean);
    const QString now = insightformat::score(*trend.currentMean);
    const QString delta = (*trend.change > 0 ? QStringLiteral("+") : QString()) + insightformat::score(*trend.change);
    if (trend.realImprovement)
        return QCoreApplication::translate(
                   "Insights",
                   "%1: %2 three weeks ago, %3 now (%4): a real improvement, more than the 1.16 points that matter.")
            .arg(name, before, now, delta);
    return QCoreApplication::translate(
               "Insights",
               "%1: %2 three weeks ago, %3 now (%4): not yet the drop of more than 1.16 points that counts as real.")
        .arg(name, before, now, delta);
}

} // namespace patella
