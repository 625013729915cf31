#include "core/insights/shoes.h"

#include "core/insights/format.h"

#include <QCoreApplication>

namespace patella {

QList<ShoeWear> shoeWear(const QList<Shoe>& shoes, const QList<Run>& runs, QDate reference, double nearAt)
{
    QList<ShoeWear> out;
    for (const Shoe& shoe : shoes) {
        ShoeWear wear;
        wear.shoe = shoe;
        for (const Run& run : runs) {
            if (run.shoeId && *run.shoeId == shoe.id && run.localDate.isValid() && run.localDate <= reference) {
                wear.metres += run.distanceMetres;
                wear.runs += 1;
            }
        }
        if (shoe.limitMetres > 0.0) {
            wear.fraction = wear.metres / shoe.limitMetres;
            wear.nearLimit = wear.fraction >= nearAt - 1e-12;
            wear.pastLimit = wear.fraction >= 1.0 - 1e-12;
        }
        out.append(wear);
    }
    return out;
}

QString describeShoeWear(const ShoeWear& wear, DistanceUnit unit)
{
    const QString name
        = wear.shoe.name.isEmpty() ? QCoreApplication::translate("Insights", "Unnamed shoes") : wear.shoe.name;
    if (wear.shoe.limitMetres <= 0.0)
        return QCoreApplication::translate("Insights", "%1: %2, no limit set.")
            .arg(name, insightformat::distance(wear.metres, unit));
    return QCoreApplication::translate("Insights", "%1: %2 of your %3 limit (%4).")
        .arg(name, insightformat::distance(wear.metres, unit), insightformat::distance(wear.shoe.limitMetres, unit),
             insightformat::percent(wear.fraction * 100.0));
}

std::optional<Insight> shoeNearLimitAlert(const QList<Shoe>& shoes, const QList<Run>& runs, QDate reference,
                                          DistanceUnit unit, double nearAt)
{
    Insight insight;
    insight.kind = InsightKind::ShoeNearLimit;
    insight.severity = Severity::Info;
    insight.date = reference;
    bool any = false;
    for (const ShoeWear& wear : shoeWear(shoes, runs, reference, nearAt)) {
        const bool inUse = !wear.shoe.retired || *wear.shoe.retired > reference;
        if (!inUse || !wear.nearLimit)
            continue;
        any = true;
        if (wear.pastLimit)
            insight.severity = Severity::Caution;
        insight.reasons.append(describeShoeWear(wear, unit));
    }
    if (!any)
        return std::nullopt;
    insight.reasons.append(QCoreApplication::translate(
        "Insights",
        "Have a look at the midsole: deep creases, a flattened feel or uneven wear say more than the distance."));
    insight.title = QCoreApplication::translate("Insights", "Shoes near their limit");
    insight.help = helpText(InsightKind::ShoeNearLimit);
    return insight;
}

} // namespace patella
