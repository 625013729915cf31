#include "app/progress/cadencechart.h"

#include "app/progress/chartstyle.h"
#include "app/ui/theme.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace patella {
namespace {

QString steps(double stepsPerMinute)
{
    return QLocale().toString(static_cast<qlonglong>(std::llround(stepsPerMinute)));
}

} // namespace

CadenceChart::CadenceChart(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("cadenceChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 320);
}

void CadenceChart::setData(const CadenceChartData& values)
{
    m_data = values;
    m_redraw->request();
}

void CadenceChart::attach(QAbstractSeries* series, QDateTimeAxis* x, QValueAxis* y)
{
    chart()->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

void CadenceChart::rebuild()
{
    QChart* chart = this->chart();
    chartstyle::clear(chart);
    const QPalette pal = palette();
    chartstyle::apply(chart, pal);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (m_data.isEmpty())
        return;

    // The y range holds every run and the band, with a margin, in whole tens.
    double low = m_data.summary.runs.constFirst().stepsPerMinute;
    double high = low;
    for (const CadenceRun& run : std::as_const(m_data.summary.runs)) {
        low = std::min(low, run.stepsPerMinute);
        high = std::max(high, run.stepsPerMinute);
    }
    if (const auto& baseline = m_data.summary.baseline) {
        low = std::min(low, baseline->stepsPerMinute);
        high = std::max(high, baseline->bandHigh());
    }
    auto* x = chartstyle::axis<QDateTimeAxis>(chart, Qt::AlignBottom);
    chartstyle::setDates(x, m_data.span.from, m_data.span.to, m_data.span.bucket, pal);
    auto* y = chartstyle::axis<QValueAxis>(chart, Qt::AlignLeft);
    y->setRange(std::floor((low - 5.0) / 10.0) * 10.0, std::ceil((high + 5.0) / 10.0) * 10.0);
    y->setTickInterval(10.0);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0.0);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("steps per minute"));
    chartstyle::styleAxis(y, pal);

    if (m_data.summary.baseline)
        addBand(x, y, pal);
    addMean(x, y, pal);
    addRuns(x, y, pal);
}

// The usual rate as a dashed line and the 5-10% higher band as a shaded strip, across the whole range.
void CadenceChart::addBand(QDateTimeAxis* x, QValueAxis* y, const QPalette& pal)
{
    const CadenceBaseline& baseline = *m_data.summary.baseline;
    const qreal from = chartstyle::dateX(m_data.span.from);
    const qreal to = chartstyle::dateX(m_data.span.to);
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    upper->append({{from, baseline.bandHigh()}, {to, baseline.bandHigh()}});
    lower->append({{from, baseline.bandLow()}, {to, baseline.bandLow()}});
    auto* band = new QAreaSeries(upper, lower);
    band->setObjectName(QStringLiteral("cadenceBand"));
    band->setName(tr("5-10% above your usual rate"));
    QColor colour = chartstyle::secondLine(pal);
    colour.setAlphaF(0.16f);
    band->setBrush(colour);
    band->setPen(Qt::NoPen);
    attach(band, x, y);

    auto* usual = new QLineSeries;
    usual->setObjectName(QStringLiteral("cadenceBaseline"));
    usual->setName(tr("Your usual rate (%1)").arg(steps(baseline.stepsPerMinute)));
    QPen dashed(chartstyle::muted(pal));
    dashed.setWidthF(1.5);
    dashed.setStyle(Qt::DashLine);
    usual->setPen(dashed);
    usual->append({{from, baseline.stepsPerMinute}, {to, baseline.stepsPerMinute}});
    const QString tip = tr("Your usual rate: %1 steps per minute").arg(steps(baseline.stepsPerMinute));
    chartstyle::setTips(usual, {tip, tip});
    attach(usual, x, y);
}

void CadenceChart::addMean(QDateTimeAxis* x, QValueAxis* y, const QPalette& pal)
{
    auto* line = new QLineSeries;
    line->setObjectName(QStringLiteral("cadenceMean"));
    const bool weekly = m_data.meanBucket == SeriesBucket::Week;
    line->setName(weekly ? tr("Weekly mean") : tr("Monthly mean"));
    QPen pen(theme::accent(pal));
    pen.setWidthF(2.5);
    line->setPen(pen);
    line->setPointsVisible(m_data.runs.isEmpty()); // without the dots, the line's own points show the buckets
    QStringList tips;
    for (const SeriesPoint& point : std::as_const(m_data.mean)) {
        // A week's point sits in its middle, a month's at its start, as the dots of its runs do.
        const QDate at = weekly ? point.date.addDays(3) : point.date;
        line->append(chartstyle::dateX(at), point.value);
        tips.append(tr("%1: %2 steps per minute (%n run(s))", nullptr, point.count)
                        .arg(chartstyle::bucketLabel(point.date, m_data.meanBucket), steps(point.value)));
    }
    chartstyle::setTips(line, tips);
    attach(line, x, y);
}

void CadenceChart::addRuns(QDateTimeAxis* x, QValueAxis* y, const QPalette& pal)
{
    if (m_data.runs.isEmpty())
        return;
    auto* dots = new QScatterSeries;
    dots->setObjectName(QStringLiteral("cadenceRuns"));
    dots->setName(tr("Runs"));
    dots->setMarkerSize(9.0);
    dots->setColor(theme::accent(pal));
    dots->setBorderColor(chartstyle::text(pal));
    QStringList tips;
    for (const SeriesPoint& point : std::as_const(m_data.runs)) {
        dots->append(chartstyle::dateX(point.date), point.value);
        tips.append(tr("%1: %2 steps per minute")
                        .arg(chartstyle::bucketLabel(point.date, SeriesBucket::Day), steps(point.value)));
    }
    chartstyle::setTips(dots, tips);
    attach(dots, x, y);
}

} // namespace patella
