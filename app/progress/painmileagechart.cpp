#include "app/progress/painmileagechart.h"

#include "app/progress/chartstyle.h"
#include "app/ui/formatting.h"
#include "app/ui/theme.h"
#include "core/insights/format.h"

#include <QChart>
#include <QScatterSeries>
#include <QValueAxis>

namespace patella {

PainMileageChart::PainMileageChart(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("painMileageChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 320);
}

void PainMileageChart::setData(const PainMileageData& values, DistanceUnit unit)
{
    m_data = values;
    m_unit = unit;
    m_redraw->request();
}

void PainMileageChart::rebuild()
{
    QChart* chart = this->chart();
    chartstyle::clear(chart);
    const QPalette pal = palette();
    chartstyle::apply(chart, pal);
    if (m_data.weeks.isEmpty())
        return;

    double top = 0.0;
    for (const PainMileageWeek& week : m_data.weeks)
        top = std::max(top, toUnit(week.metres, m_unit));
    auto* x = chartstyle::axis<QValueAxis>(chart, Qt::AlignBottom);
    x->setRange(0.0, std::max(5.0, top * 1.1));
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("distance that week (%1)").arg(fmt::unitSuffix(m_unit)));
    chartstyle::styleAxis(x, pal);
    auto* y = chartstyle::axis<QValueAxis>(chart, Qt::AlignLeft);
    y->setRange(0.0, 10.0);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("mean pain that week (0-10)"));
    chartstyle::styleAxis(y, pal);

    const auto series = [&](bool recent) {
        auto* dots = new QScatterSeries;
        dots->setObjectName(recent ? QStringLiteral("recentWeeks") : QStringLiteral("earlierWeeks"));
        dots->setName(recent ? tr("Last four weeks") : tr("Earlier weeks"));
        dots->setMarkerSize(recent ? 13.0 : 10.0);
        QColor colour = recent ? theme::accent(pal) : chartstyle::muted(pal);
        dots->setColor(colour);
        dots->setBorderColor(recent ? chartstyle::text(pal) : colour);
        QStringList tips;
        for (const PainMileageWeek& week : m_data.weeks) {
            if (week.recent != recent)
                continue;
            dots->append(toUnit(week.metres, m_unit), week.meanPain);
            tips.append(tr("%1: %2, mean pain %3 (%n report(s))", nullptr, week.reports)
                            .arg(chartstyle::bucketLabel(week.weekStart, SeriesBucket::Week),
                                 insightformat::distance(week.metres, m_unit), insightformat::score(week.meanPain)));
        }
        chartstyle::setTips(dots, tips);
        if (dots->count() == 0) {
            delete dots;
            return;
        }
        chart->addSeries(dots);
        dots->attachAxis(x);
        dots->attachAxis(y);
    };
    series(false);
    series(true);
}

} // namespace patella
