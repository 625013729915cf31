#pragma once

#include "app/presentation/cadencedata.h"
#include "app/ui/deferredredraw.h"

#include <QChartView>

class QAbstractSeries;
class QDateTimeAxis;
class QValueAxis;

namespace patella {

// Step rate over the range: each run's average as a dot (ranges drawn day by day), the weekly or monthly mean
// as a line, and the runner's usual rate with its 5-10% higher band behind them once there is one.
class CadenceChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CadenceChart)

public:
    explicit CadenceChart(QWidget* parent = nullptr);
    void setData(const CadenceChartData& values);

private:
    void rebuild();
    void addBand(QDateTimeAxis* x, QValueAxis* y, const QPalette& pal);
    void addRuns(QDateTimeAxis* x, QValueAxis* y, const QPalette& pal);
    void addMean(QDateTimeAxis* x, QValueAxis* y, const QPalette& pal);
    void attach(QAbstractSeries* series, QDateTimeAxis* x, QValueAxis* y);

    CadenceChartData m_data;
    // Drawn when shown, as the other charts: a range switch pays only for the tab on screen.
    DeferredRedraw* m_redraw = new DeferredRedraw(this, [this] { rebuild(); });
};

} // namespace patella
