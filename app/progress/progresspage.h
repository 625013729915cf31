#pragma once

#include "app/presentation/progressdata.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QTabWidget;

namespace patella {

struct AppContext;
class AdherenceView;
class CadenceChart;
class ChartCard;
class FlexibilityView;
class FunctionScoreChart;
class MileageChart;
class PainChart;
class PainMileageChart;
class ProgressSource;
class ReportDialog;

// The Progress page: how pain, running distance and load, sessions and flexibility have gone, over a range
// the runner picks, a tab per chart with its insight in words beside it. Follows the journal as it changes
// and the runner's unit as it is switched.
class ProgressPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPage)

public:
    ProgressPage(AppContext& context, QWidget* parent = nullptr);
    ~ProgressPage() override;

    ProgressRange range() const { return m_range; }
    void setRange(ProgressRange range);
    RangeSpan span() const;

    // The chart cards, for tests and screenshots: "pain", "mileage", "adherence", "flexibility", "painMileage",
    // "function", "cadence".
    ChartCard* card(const QString& id) const { return m_cards.value(id); }

    // Progress > "Report for your physiotherapist…": the period and name dialog, then the preview.
    ReportDialog* openReport();

    // Redraws from what the journal holds now (the store's changes arrive here on their own).
    void refresh();

private:
    QWidget* buildRangeSelector();
    void addCard(const QString& id, const QString& title, QWidget* content, const QString& help);
    void redraw();
    void drawPain(const RangeSpan& span, bool anything);
    void drawMileage(const RangeSpan& span, bool anything);
    void drawAdherence(const RangeSpan& span, bool anything);
    void drawFlexibility(const RangeSpan& span, bool anything);
    void drawPainMileage(const RangeSpan& span, bool anything);
    void drawFunction(const RangeSpan& span);
    void drawCadence(const RangeSpan& span, bool anything);
    QString emptyText(bool inRange, bool anything, const QString& nothingYet) const;

    AppContext& m_context;
    ProgressSource* m_source;
    std::unique_ptr<ProgressData> m_data;
    ProgressRange m_range = ProgressRange::TwelveWeeks;
    // What the charts show now was worked out for: a chart whose records and frame did not change is kept.
    struct DrawnFor
    {
        RangeSpan span;
        DistanceUnit unit = DistanceUnit::Kilometres;
        QDate reference;
        int target = 0;
        bool anything = false;
        ProgressRevisions revisions;
    };
    std::optional<DrawnFor> m_drawn;

    QButtonGroup* m_rangeButtons = nullptr;
    QLabel* m_spanLabel = nullptr;
    QLabel* m_hint = nullptr;
    QTabWidget* m_tabs = nullptr;
    QHash<QString, ChartCard*> m_cards;
    PainChart* m_pain = nullptr;
    MileageChart* m_mileage = nullptr;
    AdherenceView* m_adherence = nullptr;
    FlexibilityView* m_flexibility = nullptr;
    PainMileageChart* m_painMileage = nullptr;
    FunctionScoreChart* m_function = nullptr;
    CadenceChart* m_cadence = nullptr;
};

} // namespace patella
