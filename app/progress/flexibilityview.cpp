#include "app/progress/flexibilityview.h"

#include "app/progress/chartstyle.h"
#include "app/ui/theme.h"
#include "core/model/recordnames.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace patella {
namespace {

QString unitName(FlexUnit unit)
{
    switch (unit) {
    case FlexUnit::Centimetres:
        return QCoreApplication::translate("ProgressCharts", "cm");
    case FlexUnit::Degrees:
        return QCoreApplication::translate("ProgressCharts", "degrees");
    case FlexUnit::Tightness:
        return QCoreApplication::translate("ProgressCharts", "tightness 0-10");
    }
    return {};
}

} // namespace

QString FlexibilityView::betterDirection(FlexTest test, FlexUnit unit)
{
    // A tightness score and the heel-to-buttock gap shrink as the muscle loosens; the rest grow.
    if (unit == FlexUnit::Tightness || test == FlexTest::HeelToButtock)
        return tr("lower = more flexible");
    return tr("higher = more flexible");
}

FlexibilityView::FlexibilityView(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    const QList<FlexTest> tests = allFlexTests();
    for (qsizetype i = 0; i < tests.size(); ++i) {
        auto* view = new QChartView(new QChart, this);
        view->setObjectName(QStringLiteral("flexChart_") + toId(tests.at(i)));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(200, 170);
        grid->addWidget(view, int(i / 3), int(i % 3));
        m_views.append(view);
    }
}

QChartView* FlexibilityView::chartView(FlexTest test) const
{
    const qsizetype index = allFlexTests().indexOf(test);
    return index >= 0 ? m_views.at(index) : nullptr;
}

void FlexibilityView::setData(const FlexChartData& values)
{
    m_data = values;
    m_redraw->request();
}

void FlexibilityView::rebuild()
{
    const QList<FlexTest> tests = allFlexTests();
    for (qsizetype i = 0; i < tests.size(); ++i) {
        QChartView* view = m_views.at(i);
        const auto found = std::find_if(m_data.tests.cbegin(), m_data.tests.cend(),
                                        [&](const FlexTestSeries& series) { return series.test == tests.at(i); });
        view->setVisible(found != m_data.tests.cend());
        if (found != m_data.tests.cend())
            draw(view, *found);
        else
            chartstyle::clear(view->chart());
    }
}

void FlexibilityView::draw(QChartView* view, const FlexTestSeries& test)
{
    QChart* chart = view->chart();
    chartstyle::clear(chart);
    const QPalette pal = palette();
    chartstyle::apply(chart, pal);
    // Chart titles take HTML: the test's name, then which way is better on a smaller second line.
    chart->setTitle(QStringLiteral("%1<br><span style=\"font-weight:normal; font-size:small\">%2</span>")
                        .arg(flexTestName(test.test).toHtmlEscaped(), betterDirection(test.test, test.unit)));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    const RangeSpan& span = m_data.span;

    auto* x = chartstyle::axis<QDateTimeAxis>(chart, Qt::AlignBottom);
    chartstyle::setDates(x, span.from, span.to, span.bucket, pal);
    x->setTickCount(std::min(x->tickCount(), 3)); // a small chart: "30 Oct" needs the room
    auto* y = chartstyle::axis<QValueAxis>(chart, Qt::AlignLeft);
    y->setTitleText(unitName(test.unit));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chartstyle::styleAxis(y, pal);

    double low = 0.0;
    double high = 0.0;
    bool first = true;
    const auto add = [&](const QList<SeriesPoint>& points, Side side, const QColor& colour) {
        if (points.isEmpty())
            return;
        auto* line = new QLineSeries;
        line->setObjectName(QStringLiteral("side_") + toId(side));
        line->setName(sideName(side));
        QPen pen(colour);
        pen.setWidthF(2.2);
        line->setPen(pen);
        line->setPointsVisible(points.size() <= 30); // dots help a few checks read; on many they only cost
        QStringList tips;
        for (const SeriesPoint& point : points) {
            line->append(chartstyle::dateX(point.date), point.value);
            tips.append(tr("%1, %2, %3: %4")
                            .arg(flexTestName(test.test), sideName(side),
                                 chartstyle::bucketLabel(point.date, span.bucket), flexValue(point.value, test.unit)));
            low = first ? point.value : std::min(low, point.value);
            high = first ? point.value : std::max(high, point.value);
            first = false;
        }
        chartstyle::setTips(line, tips);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    };
    add(test.left, Side::Left, theme::accent(pal));
    add(test.right, Side::Right, chartstyle::secondLine(pal));
    add(test.both, Side::Both, chartstyle::muted(pal));
    const double pad = std::max(1.0, (high - low) * 0.15);
    y->setRange(std::floor(low - pad), std::ceil(high + pad));
    y->applyNiceNumbers();
}

} // namespace patella
