#pragma once

#include "app/presentation/progressdata.h"
#include "app/ui/deferredredraw.h"

#include <QChartView>

namespace patella {

// Pain against mileage: one dot per whole week, its distance across and its mean pain up; the last four
// weeks stand out, so a runner sees where they are now against where they were.
class PainMileageChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PainMileageChart)

public:
    explicit PainMileageChart(QWidget* parent = nullptr);
    void setData(const PainMileageData& data, DistanceUnit unit);

private:
    void rebuild();

    PainMileageData m_data;
    // Charts on hidden tabs are drawn when they are shown: a range switch only pays for the visible one.
    DeferredRedraw* m_redraw = new DeferredRedraw(this, [this] { rebuild(); });
    DistanceUnit m_unit = DistanceUnit::Kilometres;
};

} // namespace patella
