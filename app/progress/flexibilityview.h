#pragma once

#include "app/presentation/progressdata.h"
#include "app/ui/deferredredraw.h"

#include <QList>
#include <QWidget>

class QChartView;

namespace patella {

// Flexibility: a small chart per self-test, the left and right sides as two lines, so a side that lags
// behind shows at a glance.
class FlexibilityView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlexibilityView)

public:
    explicit FlexibilityView(QWidget* parent = nullptr);
    void setData(const FlexChartData& data);

    // The chart of a test ("flexChart_<test id>"); hidden when the range holds no check of it.
    QChartView* chartView(FlexTest test) const;
    // "higher = more flexible" or "lower = more flexible", shown under each chart's title.
    static QString betterDirection(FlexTest test, FlexUnit unit);

private:
    void rebuild();
    void draw(QChartView* view, const FlexTestSeries& test);

    FlexChartData m_data;
    // Charts on hidden tabs are drawn when they are shown: a range switch only pays for the visible one.
    DeferredRedraw* m_redraw = new DeferredRedraw(this, [this] { rebuild(); });
    QList<QChartView*> m_views; // in allFlexTests() order
};

} // namespace patella
