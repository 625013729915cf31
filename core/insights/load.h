#pragma once

#include "core/insights/insight.h"
#include "core/model/records.h"
#include "core/model/units.h"

#include <QDate>
#include <QList>

#include <optional>
#include <vector>

// Acute:chronic workload ratio: the last 7 days against the average week of the last 28 days (both
// ending on the reference day). Shown as information only: the ratio is disputed.
namespace patella {

enum class LoadBand
{
    Low, // below 0.8
    Steady, // 0.8-1.3
    Rising, // above 1.3, up to 1.5
    High, // above 1.5
};

QString toId(LoadBand band);
LoadBand loadBandFor(double ratio);

struct LoadRatio
{
    QDate reference;
    double acuteMetres = 0.0; // days reference-6 .. reference
    double chronicWeeklyMetres = 0.0; // days reference-27 .. reference, divided by 4
    std::optional<double> ratio; // nullopt when the 28 days hold no distance
    LoadBand band = LoadBand::Steady;
    bool shortHistory = false; // nothing logged before the 28-day window: the average week is too low
};

LoadRatio loadRatio(const QList<Run>& runs, const QList<WeeklyTotal>& totals, QDate reference);

// The load ratio of any day up to a reference, each in constant time: the daily distance is summed once into
// running totals, so a chart of ten years of weeks asks for hundreds of ratios without reading the runs again.
class LoadSeries final
{
public:
    LoadSeries(const QList<Run>& runs, const QList<WeeklyTotal>& totals, QDate reference);

    // As loadRatio(runs, totals, day) for any day up to the reference (later days are read as the reference).
    LoadRatio on(QDate day) const;

private:
    double metresBetween(QDate from, QDate to) const; // both included

    QDate m_reference;
    QDate m_firstDay; // the first day with distance; invalid when there is none
    std::vector<double> m_cumulative; // m_cumulative[i]: metres on the days before m_firstDay + i
};

// "Last 7 days 38 km against an average week of 30 km over 28 days: ratio 1.27 (steady)."
QString describeLoadRatio(const LoadRatio& load, DistanceUnit unit);

// Always Info; nullopt when there is no ratio.
std::optional<Insight> loadRatioInsight(const LoadRatio& load, DistanceUnit unit);

} // namespace patella
