#pragma once

#include "core/insights/adherence.h"
#include "core/insights/flexibility.h"
#include "core/insights/insight.h"
#include "core/insights/load.h"
#include "core/insights/mileage.h"
#include "core/insights/pain.h"
#include "core/insights/shoes.h"
#include "core/model/records.h"
#include "core/model/units.h"

#include <QDate>
#include <QList>

#include <optional>

// The facade the pages use: the journal's record lists, a reference date (the caller's clock, never
// "today" read here), the runner's unit and weekly session target in; alerts and trends out.
namespace patella {

struct InsightInputs
{
    QList<Run> runs;
    QList<WeeklyTotal> weeklyTotals;
    QList<PainEntry> pain;
    QList<SessionRecord> sessions;
    QList<FlexCheck> flexChecks;
    QList<Shoe> shoes;
    QList<CheckIn> checkIns;
    QList<MorningCheck> mornings;
};

class Insights final
{
public:
    Insights(InsightInputs inputs, QDate reference, DistanceUnit unit, int weeklySessionTarget);

    QDate reference() const { return m_reference; }
    DistanceUnit unit() const { return m_unit; }

    // The Today page's alerts: weekly distance over the guide's 10%, long-run spike, pain spike, lingering
    // pain, pain rising week to week, worse mornings, warning signs and shoes near their limit; most severe
    // first, then newest.
    QList<Insight> currentAlerts() const;

    // Informational insights that are not alerts: load ratio, adherence, flexibility asymmetry.
    QList<Insight> information() const;

    QList<WeekMileage> weeklyMileage() const;
    std::optional<WeekAllowance> allowanceThisWeek() const;
    std::optional<WeekAllowance> allowanceNextWeek() const; // nullopt until this week is complete
    LoadRatio loadRatio() const;
    QList<PainTrend> painTrends() const;
    Adherence adherence(int weeks = 8) const;
    QList<FlexSeries> flexibilitySeries() const;
    QList<FlexAsymmetry> flexibilityAsymmetries() const;
    QList<ShoeWear> shoeWear() const;

private:
    InsightInputs m_in;
    QDate m_reference;
    DistanceUnit m_unit;
    int m_target;
};

} // namespace patella
