#pragma once

#include "app/progress/progressdata.h"

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

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // Charts on hidden tabs are drawn when they are shown: a range switch only pays for the visible one.
    void requestRebuild();
    void rebuild();

    PainMileageData m_data;
    bool m_dirty = false;
    DistanceUnit m_unit = DistanceUnit::Kilometres;
};

} // namespace patella
