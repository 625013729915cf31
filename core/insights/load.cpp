#include "core/insights/load.h"

#include "core/insights/format.h"
#include "core/insights/mileage.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace patella {

QString toId(LoadBand band)
{
    switch (band) {
    case LoadBand::Low:
        return QStringLiteral("low");
    case LoadBand::Steady:
        return QStringLiteral("steady");
    case LoadBand::Rising:
        return QStringLiteral("rising");
    case LoadBand::High:
        return QStringLiteral("high");
    }
    return {};
}

LoadBand loadBandFor(double ratio)
{
    constexpr double eps = 1e-9;
    if (ratio < 0.8 - eps)
        return LoadBand::Low;
    if (ratio <= 1.3 + eps)
        return LoadBand::Steady;
    if (ratio <= 1.5 + eps)
        return LoadBand::Rising;
    return LoadBand::High;
}

LoadRatio loadRatio(const QList<Run>& runs, const QList<WeeklyTotal>& totals, QDate reference)
{
    return LoadSeries(runs, totals, reference).on(reference);
}

LoadSeries::LoadSeries(const QList<Run>& runs, const QList<WeeklyTotal>& totals, QDate reference)
    : m_reference(reference)
{
    const QMap<QDate, double> daily = dailyDistance(runs, totals, QDate(1, 1, 1), reference);
    if (daily.isEmpty())
        return;
    m_firstDay = daily.firstKey();
    m_cumulative.assign(std::size_t(m_firstDay.daysTo(reference) + 2), 0.0);
    for (auto it = daily.cbegin(); it != daily.cend(); ++it)
        m_cumulative[std::size_t(m_firstDay.daysTo(it.key()) + 1)] += it.value();
    for (std::size_t i = 1; i < m_cumulative.size(); ++i)
        m_cumulative[i] += m_cumulative[i - 1];
}

double LoadSeries::metresBetween(QDate from, QDate to) const
{
    if (m_cumulative.empty())
        return 0.0;
    const qint64 last = qint64(m_cumulative.size()) - 1;
    const qint64 begin = std::clamp<qint64>(m_firstDay.daysTo(from), 0, last);
    const qint64 end = std::clamp<qint64>(m_firstDay.daysTo(to) + 1, 0, last);
    return end > begin ? m_cumulative.at(std::size_t(end)) - m_cumulative.at(std::size_t(begin)) : 0.0;
}

LoadRatio LoadSeries::on(QDate day) const
{
    day = std::min(day, m_reference);
    LoadRatio load;
    load.reference = day;
    const QDate chronicStart = day.addDays(-27);
    load.acuteMetres = metresBetween(day.addDays(-6), day);
    load.chronicWeeklyMetres = metresBetween(chronicStart, day) / 4.0;
    if (load.chronicWeeklyMetres > 0.0) {
        load.ratio = load.acuteMetres / load.chronicWeeklyMetres;
        load.band = loadBandFor(*load.ratio);
    }
    // Nothing before the 28-day window: the average week reads low and the ratio high.
    load.shortHistory = !m_firstDay.isValid() || m_firstDay >= chronicStart;
    return load;
}

QString describeLoadRatio(const LoadRatio& load, DistanceUnit unit)
{
    if (!load.ratio)
        return QCoreApplication::translate("Insights", "No distance in the last 28 days, so there is no ratio.");
    QString band;
    switch (load.band) {
    case LoadBand::Low:
        band = QCoreApplication::translate("Insights", "below 0.8, low");
        break;
    case LoadBand::Steady:
        band = QCoreApplication::translate("Insights", "0.8-1.3, steady");
        break;
    case LoadBand::Rising:
        band = QCoreApplication::translate("Insights", "1.3-1.5, rising");
        break;
    case LoadBand::High:
        band = QCoreApplication::translate("Insights", "above 1.5, high");
        break;
    }
    QString text = QCoreApplication::translate(
                       "Insights", "Last 7 days %1 against an average week of %2 over the last 28 days: ratio %3 (%4).")
                       .arg(insightformat::distance(load.acuteMetres, unit),
                            insightformat::distance(load.chronicWeeklyMetres, unit),
                            QLocale().toString(*load.ratio, 'f', 2), band);
    if (load.shortHistory)
        text += QLatin1Char(' ')
            + QCoreApplication::translate(
                    "Insights", "Less than four weeks are logged, so the average week reads low and the ratio high.");
    return text;
}

std::optional<Insight> loadRatioInsight(const LoadRatio& load, DistanceUnit unit)
{
    if (!load.ratio)
        return std::nullopt;
    Insight insight;
    insight.kind = InsightKind::LoadRatio;
    insight.severity = Severity::Info;
    insight.date = load.reference;
    insight.title = QCoreApplication::translate("Insights", "Acute:chronic load (for information)");
    insight.reasons.append(describeLoadRatio(load, unit));
    insight.reasons.append(QCoreApplication::translate(
        "Insights", "This ratio is disputed in research: take it as information, not a verdict."));
    insight.help = helpText(InsightKind::LoadRatio);
    return insight;
}

} // namespace patella
