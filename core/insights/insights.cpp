#include "core/insights/insights.h"

#include "core/insights/longrun.h"
#include "core/insights/painalerts.h"
#include "core/insights/referrals.h"

namespace patella {

Insights::Insights(InsightInputs inputs, QDate reference, DistanceUnit unit, int weeklySessionTarget)
    : m_in(std::move(inputs))
    , m_reference(reference)
    , m_unit(unit)
    , m_target(weeklySessionTarget)
{
}

QList<Insight> Insights::currentAlerts() const
{
    QList<Insight> alerts;
    const auto add = [&alerts](std::optional<Insight> insight) {
        if (insight)
            alerts.append(std::move(*insight));
    };
    add(mileageRiseAlert(weeklyMileage(), m_reference, m_unit));
    add(longRunSpikeAlert(m_in.runs, m_reference, m_unit));
    add(painSpikeAlert(m_in.pain, m_in.sessions, m_in.runs, m_in.checkIns, m_reference, m_in.mornings));
    add(lingeringPainAlert(m_in.pain, m_in.runs, m_in.sessions, m_in.checkIns, m_reference, m_target));
    add(risingPainAlert(m_in.pain, m_in.checkIns, m_reference));
    add(worseMorningsAlert(m_in.mornings, m_in.sessions, m_reference));
    add(warningSignsAlert(m_in.checkIns, m_reference));
    add(shoeNearLimitAlert(m_in.shoes, m_in.runs, m_reference, m_unit));
    sortBySeverityThenDate(alerts);
    return alerts;
}

QList<Insight> Insights::information() const
{
    QList<Insight> out;
    if (auto load = loadRatioInsight(loadRatio(), m_unit))
        out.append(std::move(*load));
    if (m_target > 0)
        out.append(adherenceInsight(adherence(), m_reference));
    if (auto flex = flexibilityInsight(m_in.flexChecks, m_reference))
        out.append(std::move(*flex));
    return out;
}

QList<WeekMileage> Insights::weeklyMileage() const
{
    return patella::weeklyMileage(m_in.runs, m_in.weeklyTotals, m_reference);
}

std::optional<WeekAllowance> Insights::allowanceThisWeek() const
{
    return weekAllowance(weeklyMileage(), m_reference, m_reference);
}

std::optional<WeekAllowance> Insights::allowanceNextWeek() const
{
    return weekAllowance(weeklyMileage(), m_reference.addDays(7), m_reference);
}

LoadRatio Insights::loadRatio() const
{
    return patella::loadRatio(m_in.runs, m_in.weeklyTotals, m_reference);
}

QList<PainTrend> Insights::painTrends() const
{
    return patella::painTrends(m_in.pain, m_reference);
}

Adherence Insights::adherence(int weeks) const
{
    return patella::adherence(m_in.sessions, m_reference, m_target, weeks);
}

QList<FlexSeries> Insights::flexibilitySeries() const
{
    return patella::flexibilitySeries(m_in.flexChecks, m_reference);
}

QList<FlexAsymmetry> Insights::flexibilityAsymmetries() const
{
    return patella::flexibilityAsymmetries(m_in.flexChecks, m_reference);
}

QList<ShoeWear> Insights::shoeWear() const
{
    return patella::shoeWear(m_in.shoes, m_in.runs, m_reference);
}

} // namespace patella
