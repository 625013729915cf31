#include "app/progress/mileagechart.h"

#include "app/progress/chartstyle.h"
#include "app/ui/formatting.h"
#include "app/ui/theme.h"
#include "core/insights/format.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace patella {
namespace {

// Adds the series to the chart on both axes; a series after the first of its kind keeps out of the legend.
void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y, bool inLegend = true)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    if (!inLegend)
        for (QLegendMarker* marker : chart->legend()->markers(series))
            marker->setVisible(false);
}

QString ratioText(double ratio)
{
    return QLocale().toString(ratio, 'f', 2);
}

} // namespace

MileageChart::MileageChart(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("mileageChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 320);
}

void MileageChart::setData(const MileageChartData& values, DistanceUnit unit)
{
    m_data = values;
    m_unit = unit;
    m_redraw->request();
}

QString MileageChart::barTip(const MileageBar& bar) const
{
    const SeriesBucket bucket = m_data.bucket;
    QString text
        = tr("%1: %2").arg(chartstyle::bucketLabel(bar.start, bucket), insightformat::distance(bar.metres, m_unit));
    if (bucket == SeriesBucket::Week) {
        if (bar.fromWeeklyTotal)
            text += tr(" (weekly total)");
        else if (bar.runs > 0)
            text += tr(" in %n run(s)", nullptr, bar.runs);
        if (bar.changePercent)
            text += tr(", %1 on the week before").arg(insightformat::signedPercent(*bar.changePercent));
        if (bar.allowedMetres)
            text += tr(" (the guide's 10%: %1)").arg(insightformat::distance(*bar.allowedMetres, m_unit));
    } else if (bar.weeksOverLimit > 0) {
        text += tr(", %n week(s) more than 10% up", nullptr, bar.weeksOverLimit);
    }
    for (const LongRunCheck& check : bar.longRuns)
        text += QLatin1Char('\n') + describeLongRun(check, m_unit);
    if (bar.ratio)
        text += tr("; load ratio %1").arg(ratioText(*bar.ratio));
    return text;
}

void MileageChart::rebuild()
{
    QChart* chart = this->chart();
    chartstyle::clear(chart);
    const QPalette pal = palette();
    chartstyle::apply(chart, pal);
    if (m_data.bars.isEmpty())
        return;
    const Axes axes = setUpAxes(chart, pal);
    addRatioBand(chart, axes, pal);
    addDistanceBars(chart, axes, pal);
    if (m_data.bucket == SeriesBucket::Week)
        addTenPercentSteps(chart, axes, pal);
    addLongRunMarks(chart, axes, pal);
    addRatioLine(chart, axes, pal);
}

// The single-run rule, which has the stronger evidence: a mark above each bar that holds a run more than 10%
// longer than the longest of the 30 days before it.
void MileageChart::addLongRunMarks(QChart* chart, const Axes& axes, const QPalette& pal) const
{
    const QList<MileageBar>& bars = m_data.bars;
    const double lift = axes.distance->max() * 0.04;
    auto* marks = new QScatterSeries;
    marks->setObjectName(QStringLiteral("longRunMarks"));
    marks->setName(tr("Run over 10% longer than the 30 days' longest"));
    marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    marks->setMarkerSize(11.0);
    marks->setColor(theme::danger(pal));
    marks->setBorderColor(theme::danger(pal));
    QStringList tips;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        if (bars.at(i).longRuns.isEmpty())
            continue;
        marks->append(qreal(i), toUnit(bars.at(i).metres, m_unit) + lift);
        QStringList lines;
        for (const LongRunCheck& check : bars.at(i).longRuns)
            lines.append(describeLongRun(check, m_unit));
        tips.append(lines.join(QLatin1Char('\n')));
    }
    if (marks->count() == 0) {
        delete marks;
        return;
    }
    chartstyle::setTips(marks, tips);
    attach(chart, marks, axes.x, axes.distance);
}

qsizetype MileageChart::slotCount() const
{
    return m_data.bars.size() + (hasNextWeekSlot() ? 1 : 0);
}

bool MileageChart::hasNextWeekSlot() const
{
    return m_data.bucket == SeriesBucket::Week && m_data.nextWeek.has_value();
}

MileageChart::Axes MileageChart::setUpAxes(QChart* chart, const QPalette& pal) const
{
    const QList<MileageBar>& bars = m_data.bars;
    const bool weekly = m_data.bucket == SeriesBucket::Week;
    const qsizetype slotTotal = slotCount();

    auto* x = chartstyle::axis<QCategoryAxis>(chart, Qt::AlignBottom);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    const qsizetype step = std::max<qsizetype>(1, (slotTotal + 11) / 12);
    for (qsizetype i = 0; i < bars.size(); i += step)
        x->append(chartstyle::shortLabel(bars.at(i).start, m_data.bucket), qreal(i));
    if (hasNextWeekSlot())
        x->append(tr("next week"), qreal(bars.size()));
    x->setRange(-0.5, qreal(slotTotal) - 0.5);
    x->setGridLineVisible(false);
    chartstyle::styleAxis(x, pal);

    double top = 0.0;
    double topRatio = 2.0;
    for (const MileageBar& bar : bars) {
        top = std::max({top, bar.metres, bar.allowedMetres.value_or(0.0)});
        topRatio = std::max(topRatio, bar.ratio.value_or(0.0) * 1.1);
    }
    if (hasNextWeekSlot())
        top = std::max(top, m_data.nextWeek->allowedMetres);
    auto* y = chartstyle::axis<QValueAxis>(chart, Qt::AlignLeft);
    y->setRange(0.0, std::max(1.0, toUnit(top, m_unit) * 1.1));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(weekly ? tr("%1 per week").arg(fmt::unitSuffix(m_unit))
                           : tr("%1 per month").arg(fmt::unitSuffix(m_unit)));
    chartstyle::styleAxis(y, pal);
    auto* ratioAxis = chartstyle::axis<QValueAxis>(chart, Qt::AlignRight);
    ratioAxis->setRange(0.0, std::ceil(topRatio * 2.0) / 2.0);
    ratioAxis->setTickCount(int(std::ceil(topRatio * 2.0)) + 1);
    ratioAxis->setLabelFormat(QStringLiteral("%.1f"));
    ratioAxis->setTitleText(tr("load ratio (informational)"));
    ratioAxis->setGridLineVisible(false);
    chartstyle::styleAxis(ratioAxis, pal);
    return Axes {x, y, ratioAxis};
}

// The ratio's usual band, behind everything.
void MileageChart::addRatioBand(QChart* chart, const Axes& axes, const QPalette& pal) const
{
    const qreal end = qreal(slotCount()) - 0.5;
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    upper->append({{-0.5, 1.3}, {end, 1.3}});
    lower->append({{-0.5, 0.8}, {end, 0.8}});
    auto* band = new QAreaSeries(upper, lower);
    band->setName(tr("Ratio 0.8-1.3"));
    QColor bandColour = chartstyle::secondLine(pal);
    bandColour.setAlphaF(0.13f);
    band->setBrush(bandColour);
    band->setPen(Qt::NoPen);
    attach(chart, band, axes.x, axes.ratio);
}

void MileageChart::addDistanceBars(QChart* chart, const Axes& axes, const QPalette& pal) const
{
    const bool weekly = m_data.bucket == SeriesBucket::Week;
    auto* within = new QBarSet(weekly ? tr("Within the guide's 10%") : tr("Month"));
    auto* over = new QBarSet(weekly ? tr("Over the guide's 10%") : tr("Month with a week over 10%"));
    within->setColor(theme::accent(pal));
    within->setBorderColor(theme::accent(pal));
    over->setColor(theme::warning(pal));
    over->setBorderColor(theme::warning(pal));
    QStringList tips;
    for (const MileageBar& bar : m_data.bars) {
        const double value = toUnit(bar.metres, m_unit);
        within->append(bar.overLimit ? 0.0 : value);
        over->append(bar.overLimit ? value : 0.0);
        tips.append(barTip(bar));
    }
    if (hasNextWeekSlot()) {
        within->append(0.0);
        over->append(0.0);
        tips.append(describeAllowance(*m_data.nextWeek, m_data.span.to, m_unit));
    }
    chartstyle::setTips(within, tips);
    chartstyle::setTips(over, tips);
    auto* barSeries = new QStackedBarSeries;
    barSeries->setObjectName(QStringLiteral("mileageBars"));
    barSeries->setBarWidth(0.7);
    barSeries->append(within);
    barSeries->append(over);
    attach(chart, barSeries, axes.x, axes.distance);
}

// The guide's 10% guideline as steps: each week's allowance drawn across its bar; a gap where there is none.
void MileageChart::addTenPercentSteps(QChart* chart, const Axes& axes, const QPalette& pal) const
{
    const QList<MileageBar>& bars = m_data.bars;
    QPen pen(chartstyle::text(pal));
    pen.setWidthF(1.6);
    pen.setStyle(Qt::DashLine);
    QLineSeries* steps = nullptr;
    bool first = true;
    qsizetype previous = -2;
    const auto stepAt = [&](qsizetype i, double allowed, const QString& tip) {
        if (!steps || previous != i - 1) {
            if (steps)
                attach(chart, steps, axes.x, axes.distance, std::exchange(first, false));
            steps = new QLineSeries;
            steps->setObjectName(QStringLiteral("tenPercentLine"));
            steps->setName(tr("The guide's 10% guideline"));
            steps->setPen(pen);
        }
        const double value = toUnit(allowed, m_unit);
        steps->append(qreal(i) - 0.42, value);
        steps->append(qreal(i) + 0.42, value);
        QStringList stepTips = chartstyle::tips(steps);
        stepTips << tip << tip;
        chartstyle::setTips(steps, stepTips);
        previous = i;
    };
    for (qsizetype i = 0; i < bars.size(); ++i)
        if (bars.at(i).allowedMetres)
            stepAt(i, *bars.at(i).allowedMetres, barTip(bars.at(i)));
    if (hasNextWeekSlot())
        stepAt(bars.size(), m_data.nextWeek->allowedMetres,
               describeAllowance(*m_data.nextWeek, m_data.span.to, m_unit));
    if (steps)
        attach(chart, steps, axes.x, axes.distance, first);
}

// The load ratio, a line per stretch of buckets that have one.
void MileageChart::addRatioLine(QChart* chart, const Axes& axes, const QPalette& pal) const
{
    QPen ratioPen(chartstyle::secondLine(pal));
    ratioPen.setWidthF(2.0);
    QLineSeries* ratio = nullptr;
    bool firstRatio = true;
    for (qsizetype i = 0; i < m_data.bars.size(); ++i) {
        const MileageBar& bar = m_data.bars.at(i);
        if (!bar.ratio) {
            if (ratio)
                attach(chart, ratio, axes.x, axes.ratio, std::exchange(firstRatio, false));
            ratio = nullptr;
            continue;
        }
        if (!ratio) {
            ratio = new QLineSeries;
            ratio->setObjectName(QStringLiteral("loadRatio"));
            ratio->setName(tr("Load ratio (informational)"));
            ratio->setPen(ratioPen);
            ratio->setPointsVisible(true);
        }
        ratio->append(qreal(i), *bar.ratio);
        QStringList ratioTips = chartstyle::tips(ratio);
        ratioTips << tr("%1: load ratio %2 (informational: the ratio is disputed)")
                         .arg(chartstyle::bucketLabel(bar.start, m_data.bucket), ratioText(*bar.ratio));
        chartstyle::setTips(ratio, ratioTips);
    }
    if (ratio)
        attach(chart, ratio, axes.x, axes.ratio, firstRatio);
}

} // namespace patella
