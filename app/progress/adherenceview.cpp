#include "app/progress/adherenceview.h"

#include "app/progress/chartstyle.h"
#include "app/progress/heatmap.h"
#include "app/ui/theme.h"
#include "core/insights/format.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace patella {

AdherenceView::AdherenceView(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
    , m_heatTitle(new QLabel(tr("Day by day, the last twelve weeks"), this))
    , m_heatMap(new SessionHeatMap(this))
{
    m_view->setObjectName(QStringLiteral("adherenceChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(420, 220);
    QFont font = m_heatTitle->font();
    font.setWeight(QFont::DemiBold);
    m_heatTitle->setFont(font);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_view, 3);
    column->addWidget(m_heatTitle);
    column->addWidget(m_heatMap, 2);
}

void AdherenceView::setData(const AdherenceChartData& values)
{
    m_data = values;
    m_redraw->request();
}

void AdherenceView::rebuild()
{
    m_heatMap->setData(m_data.heatDays, m_data.heatFrom, m_data.heatTo);
    QChart* chart = m_view->chart();
    chartstyle::clear(chart);
    const QPalette pal = palette();
    chartstyle::apply(chart, pal);
    const QList<SeriesPoint>& weeks = m_data.perWeek;
    if (weeks.isEmpty())
        return;
    const auto [x, y] = setUpAxes(chart, pal);
    addSessionBars(chart, x, y, pal);
    if (m_data.target > 0)
        addTargetLine(chart, x, y, pal);
}

std::pair<QCategoryAxis*, QValueAxis*> AdherenceView::setUpAxes(QChart* chart, const QPalette& pal) const
{
    const QList<SeriesPoint>& weeks = m_data.perWeek;
    const bool weekly = m_data.bucket == SeriesBucket::Week;
    auto* x = chartstyle::axis<QCategoryAxis>(chart, Qt::AlignBottom);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    // At most six labels: "14 Sep" no longer fits under every bar of twelve.
    const qsizetype step = std::max<qsizetype>(1, (weeks.size() + 5) / 6);
    for (qsizetype i = 0; i < weeks.size(); i += step)
        x->append(chartstyle::shortLabel(weeks.at(i).date, m_data.bucket), qreal(i));
    x->setRange(-0.5, qreal(weeks.size()) - 0.5);
    x->setGridLineVisible(false);
    chartstyle::styleAxis(x, pal);

    double top = m_data.target;
    for (const SeriesPoint& week : weeks)
        top = std::max(top, week.value);
    auto* y = chartstyle::axis<QValueAxis>(chart, Qt::AlignLeft);
    y->setRange(0.0, std::max(4.0, std::ceil(top * 1.15)));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(weekly ? tr("sessions per week") : tr("sessions per week (month's mean)"));
    chartstyle::styleAxis(y, pal);
    return {x, y};
}

void AdherenceView::addSessionBars(QChart* chart, QCategoryAxis* x, QValueAxis* y, const QPalette& pal) const
{
    const bool weekly = m_data.bucket == SeriesBucket::Week;
    auto* met = new QBarSet(tr("Target met"));
    auto* below = new QBarSet(tr("Below target"));
    met->setColor(theme::accent(pal));
    met->setBorderColor(theme::accent(pal));
    QColor belowColour = chartstyle::muted(pal);
    below->setColor(belowColour);
    below->setBorderColor(belowColour);
    QStringList tips;
    for (const SeriesPoint& week : m_data.perWeek) {
        const bool onTarget = week.value >= m_data.target;
        met->append(onTarget ? week.value : 0.0);
        below->append(onTarget ? 0.0 : week.value);
        tips.append(
            weekly ? chartstyle::sessionsDone(chartstyle::bucketLabel(week.date, m_data.bucket), int(week.value))
                   : tr("%1: %2 sessions a week on average")
                         .arg(chartstyle::bucketLabel(week.date, m_data.bucket), insightformat::number(week.value)));
    }
    chartstyle::setTips(met, tips);
    chartstyle::setTips(below, tips);
    auto* bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("sessionBars"));
    bars->setBarWidth(0.7);
    bars->append(met);
    bars->append(below);
    chart->addSeries(bars);
    bars->attachAxis(x);
    bars->attachAxis(y);
}

// The weekly target as a dashed line across the chart.
void AdherenceView::addTargetLine(QChart* chart, QCategoryAxis* x, QValueAxis* y, const QPalette& pal) const
{
    auto* target = new QLineSeries;
    target->setObjectName(QStringLiteral("targetLine"));
    target->setName(tr("Target: %1 a week").arg(m_data.target));
    QPen pen(chartstyle::text(pal));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    target->setPen(pen);
    target->append({{-0.5, qreal(m_data.target)}, {qreal(m_data.perWeek.size()) - 0.5, qreal(m_data.target)}});
    chartstyle::setTips(target, {target->name(), target->name()});
    chart->addSeries(target);
    target->attachAxis(x);
    target->attachAxis(y);
}

} // namespace patella
