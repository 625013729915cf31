#pragma once

#include "app/presentation/progressdata.h"
#include "app/ui/deferredredraw.h"

#include <QChartView>

class QCategoryAxis;
class QValueAxis;

namespace patella {

// Weekly distance as bars, weeks more than 10% up on the week before in the warning colour, the 10% rule's
// allowance as a stepped line over them (with next week's at the end), and on a second axis the
// acute:chronic load ratio with its 0.8-1.3 band, labelled informational. Long ranges show months.
class MileageChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MileageChart)

public:
    explicit MileageChart(QWidget* parent = nullptr);
    void setData(const MileageChartData& data, DistanceUnit unit);

private:
    struct Axes
    {
        QCategoryAxis* x;
        QValueAxis* distance;
        QValueAxis* ratio;
    };

    void rebuild();
    Axes setUpAxes(QChart* chart, const QPalette& pal) const;
    void addRatioBand(QChart* chart, const Axes& axes, const QPalette& pal) const;
    void addDistanceBars(QChart* chart, const Axes& axes, const QPalette& pal) const;
    void addTenPercentSteps(QChart* chart, const Axes& axes, const QPalette& pal) const;
    void addRatioLine(QChart* chart, const Axes& axes, const QPalette& pal) const;
    void addLongRunMarks(QChart* chart, const Axes& axes, const QPalette& pal) const;
    qsizetype slotCount() const; // the bars, and next week's slot when it is shown
    bool hasNextWeekSlot() const;
    QString barTip(const MileageBar& bar) const;

    MileageChartData m_data;
    // Charts on hidden tabs are drawn when they are shown: a range switch only pays for the visible one.
    DeferredRedraw* m_redraw = new DeferredRedraw(this, [this] { rebuild(); });
    DistanceUnit m_unit = DistanceUnit::Kilometres;
};

} // namespace patella
