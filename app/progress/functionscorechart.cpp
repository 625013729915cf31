#include "app/progress/functionscorechart.h"

#include "app/progress/chartstyle.h"
#include "core/insights/format.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace patella {

FunctionScoreChart::FunctionScoreChart(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("functionScoreChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 320);
}

void FunctionScoreChart::setData(const PsfsSummary& summary, const RangeSpan& span)
{
    m_summary = summary;
    m_span = span;
    requestRebuild();
}

void FunctionScoreChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        requestRebuild();
}

void FunctionScoreChart::showEvent(QShowEvent* event)
{
    QChartView::showEvent(event);
    if (m_dirty)
        rebuild();
}

void FunctionScoreChart::requestRebuild()
{
    if (isVisible())
        rebuild();
    else
        m_dirty = true;
}

void FunctionScoreChart::rebuild()
{
    m_dirty = false;
    QChart* chart = this->chart();
    chart->removeAllSeries();
    chartstyle::clear(chart);
    const QPalette pal = palette();
    chartstyle::apply(chart, pal);
    chart->legend()->setAlignment(Qt::AlignRight);
    if (!m_span.from.isValid() || m_summary.isEmpty())
        return;

    auto* x = chartstyle::axis<QDateTimeAxis>(chart, Qt::AlignBottom);
    chartstyle::setDates(x, m_span.from, m_span.to, SeriesBucket::Day, pal);
    auto* y = chartstyle::axis<QValueAxis>(chart, Qt::AlignLeft);
    y->setRange(0.0, 10.4);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("function (0-10, higher is better)"));
    chartstyle::styleAxis(y, pal);
    const auto attach = [chart, x, y](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };

    int index = 0;
    for (const PsfsActivityTrend& trend : std::as_const(m_summary.activities)) {
        auto* line = new QLineSeries;
        line->setName(trend.activity.name);
        QPen pen(chartstyle::situationColour(index++, pal));
        pen.setWidthF(1.6);
        line->setPen(pen);
        line->setPointsVisible(true);
        QStringList tips;
        for (const PsfsPoint& point : trend.scores) {
            line->append(chartstyle::dateX(point.date), point.value);
            tips.append(tr("%1, %2: %3/10")
                            .arg(trend.activity.name, chartstyle::bucketLabel(point.date, SeriesBucket::Day),
                                 insightformat::score(point.value)));
        }
        chartstyle::setTips(line, tips);
        attach(line);
    }

    auto* average = new QLineSeries;
    average->setObjectName(QStringLiteral("psfsAverage"));
    average->setName(tr("Average"));
    QPen bold(chartstyle::text(pal));
    bold.setWidthF(3.0);
    average->setPen(bold);
    average->setPointsVisible(true);
    QStringList tips;
    for (const PsfsRoundAverage& round : std::as_const(m_summary.rounds)) {
        average->append(chartstyle::dateX(round.date), round.average);
        tips.append(
            tr("%1: average %2 of %n activities", nullptr, round.activities)
                .arg(chartstyle::bucketLabel(round.date, SeriesBucket::Day), insightformat::score(round.average)));
    }
    chartstyle::setTips(average, tips);
    attach(average);

    // The bar for a meaningful gain, drawn from the first round in the range.
    const double bar = std::min(10.0, *m_summary.firstAverage + kPsfsMeaningfulAverageChange);
    auto* meaningful = new QLineSeries;
    meaningful->setObjectName(QStringLiteral("psfsMeaningfulLine"));
    meaningful->setName(tr("First average + 2 (meaningful)"));
    QPen dashed(chartstyle::muted(pal));
    dashed.setWidthF(1.5);
    dashed.setStyle(Qt::DashLine);
    meaningful->setPen(dashed);
    meaningful->append(chartstyle::dateX(m_summary.rounds.constFirst().date), bar);
    meaningful->append(chartstyle::dateX(m_span.to), bar);
    chartstyle::setTips(meaningful,
                        {tr("%1: 2 points above the first average").arg(insightformat::score(bar)),
                         tr("%1: 2 points above the first average").arg(insightformat::score(bar))});
    attach(meaningful);
}

} // namespace patella
