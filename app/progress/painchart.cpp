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
    auto* y = chartstyle::axis<QCategoryAxis>(chart, Qt::AlignLeft);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const bool worseRow = !m_data.worseMornings.isEmpty();
    const double bottom = worseRow ? -2.1 : -1.2;
    y->setStartValue(bottom);
    if (worseRow)
        y->append(tr("worse AM"), kWorseMorningRow);
    y->append(tr("sessions"), kSessionRow);
    for (int score = 0; score <= 10; score += 2)
        y->append(QString::number(score), score);
    y->setRange(bottom, 10.4);
    y->setTitleText(tr("pain (0-10)"));
    chartstyle::styleAxis(y, pal);

    const auto attach = [chart, x, y](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };

    for (const PainSituationSeries& situation : m_data.situations) {
        auto* series = new QScatterSeries;
        series->setName(situationName(situation.situation));
        series->setMarkerSize(span.bucket == SeriesBucket::Day ? 8.0 : 10.0);
        const QColor c = chartstyle::situationColour(int(situation.situation), pal);
        series->setMarkerShape(chartstyle::situationMarker(int(situation.situation)));
        series->setColor(c);
        series->setBorderColor(c.darker(125));
        QStringList tips;
        for (const SeriesPoint& point : situation.points) {
            series->append(chartstyle::dateX(point.date), point.value);
            tips.append(tr("%1, %2: %3")
                            .arg(situationName(situation.situation), chartstyle::bucketLabel(point.date, span.bucket),
                                 reportsText(point, span.bucket)));
        }
        chartstyle::setTips(series, tips);
        attach(series);
    }

    if (!m_data.mean.isEmpty()) {
        auto* mean = new QLineSeries;
        mean->setName(span.bucket == SeriesBucket::Day        ? tr("7-day mean")
                          : span.bucket == SeriesBucket::Week ? tr("Weekly mean")
                                                              : tr("Monthly mean"));
        QPen pen(chartstyle::text(pal));
        pen.setWidthF(3.0);
        mean->setPen(pen);
        QStringList tips;
        for (const SeriesPoint& point : m_data.mean) {
            mean->append(chartstyle::dateX(point.date), point.value);
            tips.append(tr("%1: %2 (%3)")
                            .arg(chartstyle::bucketLabel(point.date, span.bucket), insightformat::score(point.value),
                                 mean->name()));
        }
        chartstyle::setTips(mean, tips);
        attach(mean);
    }

    if (!m_data.sessions.isEmpty()) {
        auto* sessions = new QScatterSeries;
        sessions->setName(tr("Session day"));
        sessions->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        sessions->setMarkerSize(span.bucket == SeriesBucket::Day ? 7.0 : 6.0);
        sessions->setColor(theme::accent(pal));
        sessions->setBorderColor(theme::accent(pal));
        QStringList tips;
        for (const SeriesPoint& point : m_data.sessions) {
            sessions->append(chartstyle::dateX(point.date), kSessionRow);
            tips.append(chartstyle::sessionsDone(chartstyle::bucketLabel(point.date, span.bucket), int(point.value)));
        }
        chartstyle::setTips(sessions, tips);
        attach(sessions);
    }

    if (!m_data.worseMornings.isEmpty()) {
        auto* worse = new QScatterSeries;
        worse->setObjectName(QStringLiteral("worseMornings"));
        worse->setName(tr("Worse next morning"));
        worse->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        worse->setMarkerSize(span.bucket == SeriesBucket::Day ? 9.0 : 8.0);
        worse->setColor(theme::danger(pal));
        worse->setBorderColor(theme::danger(pal));
        QStringList tips;
        for (const SeriesPoint& point : m_data.worseMornings) {
            worse->append(chartstyle::dateX(point.date), kWorseMorningRow);
            tips.append(tr("%1: the knee was worse than the morning before (%n time(s)); the programme stepped "
                           "back.",
                           nullptr, int(point.value))
                            .arg(chartstyle::bucketLabel(point.date, span.bucket)));
        }
        chartstyle::setTips(worse, tips);
        attach(worse);
    }
}

} // namespace patella
