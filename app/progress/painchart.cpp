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

QScatterSeries* situationSeries(const PainSituationSeries& situation, SeriesBucket bucket, const QPalette& pal)
{
    auto* series = new QScatterSeries;
    series->setName(situationName(situation.situation));
    series->setMarkerSize(bucket == SeriesBucket::Day ? 8.0 : 10.0);
    const QColor c = chartstyle::situationColour(int(situation.situation), pal);
    series->setMarkerShape(chartstyle::situationMarker(int(situation.situation)));
    series->setColor(c);
    series->setBorderColor(c.darker(125));
    QStringList tips;
    for (const SeriesPoint& point : situation.points) {
        series->append(chartstyle::dateX(point.date), point.value);
        tips.append(PainChart::tr("%1, %2: %3")
                        .arg(situationName(situation.situation), chartstyle::bucketLabel(point.date, bucket),
                             reportsText(point, bucket)));
    }
    chartstyle::setTips(series, tips);
    return series;
}

QLineSeries* meanSeries(const QList<SeriesPoint>& points, SeriesBucket bucket, const QPalette& pal)
{
    auto* mean = new QLineSeries;
    mean->setName(bucket == SeriesBucket::Day        ? PainChart::tr("7-day mean")
                      : bucket == SeriesBucket::Week ? PainChart::tr("Weekly mean")
                                                     : PainChart::tr("Monthly mean"));
    QPen pen(chartstyle::text(pal));
    pen.setWidthF(3.0);
    mean->setPen(pen);
    QStringList tips;
    for (const SeriesPoint& point : points) {
        mean->append(chartstyle::dateX(point.date), point.value);
        tips.append(
            PainChart::tr("%1: %2 (%3)")
                .arg(chartstyle::bucketLabel(point.date, bucket), insightformat::score(point.value), mean->name()));
    }
    chartstyle::setTips(mean, tips);
    return mean;
}

// A row of square marks under the scale, one per day (or bucket) in points, each with its tip.
QScatterSeries* markRow(const QString& name, double row, const QColor& colour, double size,
                        const QList<SeriesPoint>& points, const std::function<QString(const SeriesPoint&)>& tip)
{
    auto* marks = new QScatterSeries;
    marks->setName(name);
    marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    marks->setMarkerSize(size);
    marks->setColor(colour);
    marks->setBorderColor(colour);
    QStringList tips;
    for (const SeriesPoint& point : points) {
        marks->append(chartstyle::dateX(point.date), row);
        tips.append(tip(point));
    }
    chartstyle::setTips(marks, tips);
    return marks;
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

void PainChart::rebuild()
{
    QChart* chart = this->chart();
    chart->removeAllSeries();
    chartstyle::clear(chart);
    const QPalette pal = palette();
    chartstyle::apply(chart, pal);
    // Nine entries do not fit in a row under the plot; a column beside it keeps every name whole.
    chart->legend()->setAlignment(Qt::AlignRight);
    const RangeSpan& span = m_data.span;
    if (!span.from.isValid())
        return;

    auto* x = chartstyle::axis<QDateTimeAxis>(chart, Qt::AlignBottom);
    chartstyle::setDates(x, span.from, span.to, span.bucket, pal);
    QCategoryAxis* y = painAxis(chart, !m_data.worseMornings.isEmpty(), pal);
    const auto attach = [chart, x, y](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };

    for (const PainSituationSeries& situation : m_data.situations)
        attach(situationSeries(situation, span.bucket, pal));
    if (!m_data.mean.isEmpty())
        attach(meanSeries(m_data.mean, span.bucket, pal));
    const bool days = span.bucket == SeriesBucket::Day;
    const auto label
        = [bucket = span.bucket](const SeriesPoint& point) { return chartstyle::bucketLabel(point.date, bucket); };
    if (!m_data.sessions.isEmpty())
        attach(markRow(
            tr("Session day"), kSessionRow, theme::accent(pal), days ? 7.0 : 6.0, m_data.sessions,
            [&label](const SeriesPoint& point) { return chartstyle::sessionsDone(label(point), int(point.value)); }));
    if (!m_data.worseMornings.isEmpty()) {
        QScatterSeries* worse = markRow(
            tr("Worse next morning"), kWorseMorningRow, theme::danger(pal), days ? 9.0 : 8.0, m_data.worseMornings,
            [&label](const SeriesPoint& point) {
                return tr("%1: the knee was worse than the morning before (%n time(s)); the programme stepped "
                          "back.",
                          nullptr, int(point.value))
                    .arg(label(point));
            });
        worse->setObjectName(QStringLiteral("worseMornings"));
        attach(worse);
    }
}

} // namespace patella
