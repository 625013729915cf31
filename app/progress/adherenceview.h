#pragma once

#include "app/presentation/progressdata.h"
#include "app/ui/deferredredraw.h"

#include <QWidget>

#include <utility>

class QCategoryAxis;
class QChart;
class QChartView;
class QValueAxis;
class QLabel;

namespace patella {

class SessionHeatMap;

// Adherence: completed sessions per week as bars against the weekly target, and below them the calendar
// of the last twelve weeks, day by day.
class AdherenceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdherenceView)

public:
    explicit AdherenceView(QWidget* parent = nullptr);
    void setData(const AdherenceChartData& data);

    QChartView* chartView() const { return m_view; }
    SessionHeatMap* heatMap() const { return m_heatMap; }

private:
    void rebuild();
    std::pair<QCategoryAxis*, QValueAxis*> setUpAxes(QChart* chart, const QPalette& pal) const;
    void addSessionBars(QChart* chart, QCategoryAxis* x, QValueAxis* y, const QPalette& pal) const;
    void addTargetLine(QChart* chart, QCategoryAxis* x, QValueAxis* y, const QPalette& pal) const;

    AdherenceChartData m_data;
    // Charts on hidden tabs are drawn when they are shown: a range switch only pays for the visible one.
    DeferredRedraw* m_redraw = new DeferredRedraw(this, [this] { rebuild(); });
    QChartView* m_view;
    QLabel* m_heatTitle;
    SessionHeatMap* m_heatMap;
};

} // namespace patella
