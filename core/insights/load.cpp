#include "core/insights/load.h"

#include "core/insights/format.h"
#include "core/insights/mileage.h"

#include <QCoreApplication>
#include <QLocale>

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
    LoadRatio load;
    load.reference = reference;
    const QDate acuteStart = reference.addDays(-6);
    const QDate chronicStart = reference.addDays(-27);
    const QMap<QDate, double> days = dailyDistance(runs, totals, chronicStart, reference);
    double chronic = 0.0;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        chronic += it.value();
        if (it.key() >= acuteStart)
            load.acuteMetres += it.value();
    }
    load.chronicWeeklyMetres = chronic / 4.0;
    if (load.chronicWeeklyMetres > 0.0) {
        load.ratio = load.acuteMetres / load.chronicWeeklyMetres;
        load.band = loadBandFor(*load.ratio);
    }
    load.shortHistory = dailyDistance(runs, totals, QDate(1, 1, 1), chronicStart.addDays(-1)).isEmpty();
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
