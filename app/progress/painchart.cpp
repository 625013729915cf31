#include "app/progress/painchart.h"

#include "app/progress/chartstyle.h"
#include "app/ui/theme.h"
#include "core/insights/format.h"
#include "core/model/recordnames.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>

#include <functional>

namespace patella {
namespace {

constexpr double kSessionRow = -0.7; // where the session marks sit, under pain 0
constexpr double kWorseMorningRow = -1.6; // and the worse-morning marks under them

QString reportsText(const SeriesPoint& point, SeriesBucket bucket)
{
    if (bucket == SeriesBucket::Day)
        return insightformat::score(point.value) + QStringLiteral("/10");
    return QCoreApplication::translate("ProgressCharts", "mean %1/10 over %n report day(s)", nullptr, point.count)
        .arg(insightformat::score(point.value));
}

// The pain scale on the left, with a row for the session marks (and the worse-morning ones) under 0.
QCategoryAxis* painAxis(QChart* chart, bool worseRow, const QPalette& pal)
{
    auto* y = chartstyle::axis<QCategoryAxis>(chart, Qt::AlignLeft);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double bottom = worseRow ? -2.1 : -1.2;
    y->setStartValue(bottom);
    if (worseRow)
        y->append(PainChart::tr("worse AM"), kWorseMorningRow);
    y->append(PainChart::tr("sessions"), kSessionRow);
    for (int score = 0; score <= 10; score += 2)
        y->append(QString::number(score), score);
    y->setRange(bottom, 10.4);
    y->setTitleText(PainChart::tr("pain (0-10)"));
    chartstyle::styleAxis(y, pal);
    return y;
}

// The points and tips of one situation, a mean or a row of marks: set on a new series, or on the one drawn
// before when only the values changed.
void fillSituation(QXYSeries* series, const PainSituationSeries& situation, SeriesBucket bucket)
{
    QList<QPointF> points;
    QStringList tips;
    points.reserve(situation.points.size());
    tips.reserve(situation.points.size());
    for (const SeriesPoint& point : situation.points) {
        points.append(QPointF(chartstyle::dateX(point.date), point.value));
        tips.append(PainChart::tr("%1, %2: %3")
                        .arg(situationName(situation.situation), chartstyle::bucketLabel(point.date, bucket),
                             reportsText(point, bucket)));
    }
    series->replace(points);
    chartstyle::setTips(series, tips);
}

void fillMean(QXYSeries* mean, const QList<SeriesPoint>& values, SeriesBucket bucket)
{
    QList<QPointF> points;
    QStringList tips;
    points.reserve(values.size());
    tips.reserve(values.size());
    for (const SeriesPoint& point : values) {
        points.append(QPointF(chartstyle::dateX(point.date), point.value));
        tips.append(
            PainChart::tr("%1: %2 (%3)")
                .arg(chartstyle::bucketLabel(point.date, bucket), insightformat::score(point.value), mean->name()));
    }
    mean->replace(points);
    chartstyle::setTips(mean, tips);
}

using MarkTip = std::function<QString(const SeriesPoint&)>;

void fillMarks(QXYSeries* marks, double row, const QList<SeriesPoint>& values, const MarkTip& tip)
{
    QList<QPointF> points;
    QStringList tips;
    points.reserve(values.size());
    tips.reserve(values.size());
    for (const SeriesPoint& point : values) {
        points.append(QPointF(chartstyle::dateX(point.date), row));
        tips.append(tip(point));
    }
    marks->replace(points);
    chartstyle::setTips(marks, tips);
}

QScatterSeries* situationSeries(const PainSituationSeries& situation, SeriesBucket bucket, const QPalette& pal)
{
    auto* series = new QScatterSeries;
    series->setName(situationName(situation.situation));
    series->setMarkerSize(bucket == SeriesBucket::Day ? 8.0 : 10.0);
    const QColor c = chartstyle::situationColour(int(situation.situation), pal);
    series->setMarkerShape(chartstyle::situationMarker(int(situation.situation)));
    series->setColor(c);
    series->setBorderColor(c.darker(125));
    fillSituation(series, situation, bucket);
    return series;
}

QString meanName(SeriesBucket bucket)
{
    return bucket == SeriesBucket::Day ? PainChart::tr("7-day mean")
        : bucket == SeriesBucket::Week ? PainChart::tr("Weekly mean")
                                       : PainChart::tr("Monthly mean");
}

QLineSeries* meanSeries(const QList<SeriesPoint>& points, SeriesBucket bucket, const QPalette& pal)
{
    auto* mean = new QLineSeries;
    mean->setName(meanName(bucket));
    QPen pen(chartstyle::text(pal));
    pen.setWidthF(3.0);
    mean->setPen(pen);
    fillMean(mean, points, bucket);
    return mean;
}

// A row of square marks under the scale, one per day (or bucket) in points, each with its tip.
QScatterSeries* markRow(const QString& name, double row, const QColor& colour, double size,
                        const QList<SeriesPoint>& points, const MarkTip& tip)
{
    auto* marks = new QScatterSeries;
    marks->setName(name);
    marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    marks->setMarkerSize(size);
    marks->setColor(colour);
    marks->setBorderColor(colour);
    fillMarks(marks, row, points, tip);
    return marks;
}

QString sessionTip(const SeriesPoint& point, SeriesBucket bucket)
{
    return chartstyle::sessionsDone(chartstyle::bucketLabel(point.date, bucket), int(point.value));
}

QString worseMorningTip(const SeriesPoint& point, SeriesBucket bucket)
{
    return PainChart::tr("%1: the knee was worse than the morning before (%n time(s)); the programme stepped "
                         "back.",
                         nullptr, int(point.value))
        .arg(chartstyle::bucketLabel(point.date, bucket));
}

} // namespace

PainChart::PainChart(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("painChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 320);
}

void PainChart::setData(const PainChartData& values)
{
    m_data = values;
    m_redraw->request();
}

// What decides the chart's make-up: its series in order, the bucket and the palette. While it stays the same, a
// change of values (one pain entry) only replaces points and tips, and the chart keeps its series, legend
// markers and axes instead of making them again.
QStringList PainChart::layoutKey() const
{
    QStringList key {QString::number(int(m_data.span.bucket)), QString::number(palette().cacheKey())};
    for (const PainSituationSeries& situation : m_data.situations)
        key.append(situationName(situation.situation));
    key.append(m_data.mean.isEmpty() ? QString() : meanName(m_data.span.bucket));
    key.append(m_data.sessions.isEmpty() ? QString() : QStringLiteral("sessions"));
    key.append(m_data.worseMornings.isEmpty() ? QString() : QStringLiteral("worse"));
    return key;
}

bool PainChart::updateInPlace()
{
    QChart* chart = this->chart();
    const QList<QAbstractSeries*> drawn = chart->series();
    const QList<QAbstractAxis*> horizontal = chart->axes(Qt::Horizontal);
    auto* x = horizontal.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis*>(horizontal.constFirst());
    if (!x || drawn.isEmpty())
        return false;
    const SeriesBucket bucket = m_data.span.bucket;
    qsizetype next = 0;
    const auto nextSeries = [&drawn, &next] { return qobject_cast<QXYSeries*>(drawn.value(next++)); };
    for (const PainSituationSeries& situation : m_data.situations)
        fillSituation(nextSeries(), situation, bucket);
    if (!m_data.mean.isEmpty())
        fillMean(nextSeries(), m_data.mean, bucket);
    if (!m_data.sessions.isEmpty())
        fillMarks(nextSeries(), kSessionRow, m_data.sessions,
                  [bucket](const SeriesPoint& point) { return sessionTip(point, bucket); });
    if (!m_data.worseMornings.isEmpty())
        fillMarks(nextSeries(), kWorseMorningRow, m_data.worseMornings,
                  [bucket](const SeriesPoint& point) { return worseMorningTip(point, bucket); });
    chartstyle::setDates(x, m_data.span.from, m_data.span.to, bucket, palette());
    return true;
}

void PainChart::rebuild()
{
    const QStringList key = layoutKey();
    if (m_data.span.from.isValid() && key == m_drawnKey && updateInPlace())
        return;
    m_drawnKey = key;
    QChart* chart = this->chart();
    chart->removeAllSeries();
    chartstyle::clear(chart);
    const QPalette pal = palette();
    chartstyle::apply(chart, pal);
    // Nine entries do not fit in a row under the plot; a column beside it keeps every name whole.
    chart->legend()->setAlignment(Qt::AlignRight);
    const RangeSpan& span = m_data.span;
    if (!span.from.isValid()) {
        m_drawnKey.clear();
        return;
    }

    auto* x = chartstyle::axis<QDateTimeAxis>(chart, Qt::AlignBottom);
    chartstyle::setDates(x, span.from, span.to, span.bucket, pal);
    QCategoryAxis* y = painAxis(chart, !m_data.worseMornings.isEmpty(), pal);
    const auto attach = [chart, x, y](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };

    const SeriesBucket bucket = span.bucket;
    for (const PainSituationSeries& situation : m_data.situations)
        attach(situationSeries(situation, bucket, pal));
    if (!m_data.mean.isEmpty())
        attach(meanSeries(m_data.mean, bucket, pal));
    const bool days = bucket == SeriesBucket::Day;
    if (!m_data.sessions.isEmpty())
        attach(markRow(tr("Session day"), kSessionRow, theme::accent(pal), days ? 7.0 : 6.0, m_data.sessions,
                       [bucket](const SeriesPoint& point) { return sessionTip(point, bucket); }));
    if (!m_data.worseMornings.isEmpty()) {
        QScatterSeries* worse = markRow(tr("Worse next morning"), kWorseMorningRow, theme::danger(pal),
                                        days ? 9.0 : 8.0, m_data.worseMornings,
                                        [bucket](const SeriesPoint& point) { return worseMorningTip(point, bucket); });
        worse->setObjectName(QStringLiteral("worseMornings"));
        attach(worse);
    }
}

} // namespace patella
