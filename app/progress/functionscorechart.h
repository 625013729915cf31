#pragma once

#include "app/presentation/progressdata.h"
#include "core/insights/psfs.h"

#include <QChartView>

namespace patella {

// The function score (PSFS) over time: the average of each round as a bold line, each activity as a thin
// line, and a dashed line 2 points above the first average (the change usually taken as meaningful).
class FunctionScoreChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunctionScoreChart)

public:
    explicit FunctionScoreChart(QWidget* parent = nullptr);
    void setData(const PsfsSummary& summary, const RangeSpan& span);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void requestRebuild();
    void rebuild();

    PsfsSummary m_summary;
    RangeSpan m_span;
    bool m_dirty = false;
};

} // namespace patella
