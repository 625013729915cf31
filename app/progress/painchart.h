#pragma once

#include "app/presentation/progressdata.h"
#include "app/ui/deferredredraw.h"

#include <QChartView>
#include <QStringList>

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

private:
    void rebuild();
    QStringList layoutKey() const;
    bool updateInPlace(); // false when there is nothing drawn to update

    PainChartData m_data;
    QStringList m_drawnKey; // layoutKey() of what is drawn
    // Charts on hidden tabs are drawn when they are shown: a range switch only pays for the visible one.
    DeferredRedraw* m_redraw = new DeferredRedraw(this, [this] { rebuild(); });
};

} // namespace patella
