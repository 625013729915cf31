#pragma once

#include "app/progress/progressdata.h"

#include <QChartView>

namespace patella {

// Pain over time: a dot per report day and situation, the rolling mean of all of them as a line, and a row
// of marks along the bottom for the days with a completed session.
class PainChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PainChart)

public:
    explicit PainChart(QWidget* parent = nullptr);
    void setData(const PainChartData& data);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // Charts on hidden tabs are drawn when they are shown: a range switch only pays for the visible one.
    void requestRebuild();
    void rebuild();

    PainChartData m_data;
    bool m_dirty = false;
};

} // namespace patella
