#include "core/insights/flexibility.h"

#include "core/insights/format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace patella {
namespace {

struct DayValues
{
    double sum = 0.0;
    int count = 0;
    QDateTime latestAt;
    FlexUnit unit = FlexUnit::Centimetres;
};

FlexSeries seriesOf(const QList<FlexCheck>& checks, FlexTest test, Side side, QDate reference)
{
    QMap<QDate, DayValues> days;
    for (const FlexCheck& check : checks) {
        if (check.test != test || check.side != side || !check.localDate.isValid() || check.localDate > reference)
            continue;
        DayValues& day = days[check.localDate];
        day.sum += check.value;
        day.count += 1;
        if (!day.latestAt.isValid() || check.at >= day.latestAt) {
            day.latestAt = check.at;
            day.unit = check.unit;
        }
    }
    FlexSeries series;
    series.test = test;
    series.side = side;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        series.points.append({it.key(), it->sum / it->count});
        series.unit = it->unit;
    }
    if (series.points.size() >= 2)
        series.changeSinceFirst = series.points.constLast().value - series.points.constFirst().value;
    return series;
}

} // namespace

double asymmetryPercent(double left, double right)
{
    const double larger = std::max(std::abs(left), std::abs(right));
    if (larger <= 0.0)
        return 0.0;
    return std::abs(left - right) / larger * 100.0;
}

QList<FlexSeries> flexibilitySeries(const QList<FlexCheck>& checks, QDate reference)
{
    QList<FlexSeries> out;
    for (FlexTest test : allFlexTests()) {
        for (Side side : {Side::Left, Side::Right, Side::Both}) {
            FlexSeries series = seriesOf(checks, test, side, reference);
            if (!series.points.isEmpty())
                out.append(std::move(series));
        }
    }
    return out;
}

QList<FlexAsymmetry> flexibilityAsymmetries(const QList<FlexCheck>& checks, QDate reference)
{
    QList<FlexAsymmetry> out;
    for (FlexTest test : allFlexTests()) {
        const FlexSeries left = seriesOf(checks, test, Side::Left, reference);
        const FlexSeries right = seriesOf(checks, test, Side::Right, reference);
        if (left.points.isEmpty() || right.points.isEmpty())
            continue;
        FlexAsymmetry a;
        a.test = test;
        a.unit = right.points.constLast().date > left.points.constLast().date ? right.unit : left.unit;
        a.leftDate = left.points.constLast().date;
        a.rightDate = right.points.constLast().date;
        a.left = left.points.constLast().value;
        a.right = right.points.constLast().value;
        a.difference = a.left - a.right;
        a.percent = asymmetryPercent(a.left, a.right);
        out.append(a);
    }
    return out;
}

QString flexValue(double value, FlexUnit unit)
{
    const QString number = insightformat::number(value);
    switch (unit) {
    case FlexUnit::Centimetres:
        return QCoreApplication::translate("Insights", "%1 cm").arg(number);
    case FlexUnit::Degrees:
        return QCoreApplication::translate("Insights", "%1°").arg(number);
    case FlexUnit::Tightness:
        return QCoreApplication::translate("Insights", "%1/10").arg(number);
    }
    return number;
}

QString describeAsymmetry(const FlexAsymmetry& a)
{
    if (std::abs(a.difference) < 1e-9)
        return QCoreApplication::translate("Insights", "%1: left and right both %2.")
            .arg(flexTestName(a.test), flexValue(a.left, a.unit));
    // Sit-and-reach is measured from the toes, so values sit near or below 0 and a percentage says nothing.
    if (a.test == FlexTest::SitAndReach)
        return QCoreApplication::translate("Insights", "%1: left %2, right %3, a difference of %4.")
            .arg(flexTestName(a.test), flexValue(a.left, a.unit), flexValue(a.right, a.unit),
                 flexValue(std::abs(a.difference), a.unit));
    return QCoreApplication::translate("Insights", "%1: left %2, right %3, a difference of %4 (%5).")
        .arg(flexTestName(a.test), flexValue(a.left, a.unit), flexValue(a.right, a.unit),
             flexValue(std::abs(a.difference), a.unit), insightformat::percent(a.percent));
}

QString describeSeries(const FlexSeries& series)
{
    QString side;
    switch (series.side) {
    case Side::Left:
        side = QCoreApplication::translate("Insights", "left");
        break;
    case Side::Right:
        side = QCoreApplication::translate("Insights", "right");
        break;
    case Side::Both:
        side = QCoreApplication::translate("Insights", "both sides");
        break;
    }
    const FlexPoint& last = series.points.constLast();
    if (!series.changeSinceFirst)
        return QCoreApplication::translate("Insights", "%1, %2: %3, the first check.")
            .arg(flexTestName(series.test), side, flexValue(last.value, series.unit));
    const FlexPoint& first = series.points.constFirst();
    const double change = *series.changeSinceFirst;
    const QString delta = (change > 0 ? QStringLiteral("+") : QString()) + flexValue(change, series.unit);
    return QCoreApplication::translate("Insights", "%1, %2: %3 on %4, %5 now (%6).")
        .arg(flexTestName(series.test), side, flexValue(first.value, series.unit),
             QLocale().toString(first.date, QLocale::ShortFormat), flexValue(last.value, series.unit), delta);
}

std::optional<Insight> flexibilityInsight(const QList<FlexCheck>& checks, QDate reference)
{
    QList<FlexAsymmetry> asymmetries = flexibilityAsymmetries(checks, reference);
    if (asymmetries.isEmpty())
        return std::nullopt;
    std::stable_sort(asymmetries.begin(), asymmetries.end(),
                     [](const FlexAsymmetry& a, const FlexAsymmetry& b) { return a.percent > b.percent; });
    Insight insight;
    insight.kind = InsightKind::FlexibilityAsymmetry;
    insight.severity = Severity::Info;
    insight.date = std::max(asymmetries.constFirst().leftDate, asymmetries.constFirst().rightDate);
    insight.title = QCoreApplication::translate("Insights", "Left and right side");
    for (const FlexAsymmetry& a : asymmetries)
        insight.reasons.append(describeAsymmetry(a));
    insight.help = helpText(InsightKind::FlexibilityAsymmetry);
    return insight;
}

} // namespace patella
