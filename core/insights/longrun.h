#pragma once

#include "core/insights/insight.h"
#include "core/model/records.h"
#include "core/model/units.h"

#include <QDate>
#include <QList>

#include <optional>

// The single-run signal: a run more than 10% longer than the longest run of the previous 30 days
// (British Journal of Sports Medicine 2025, 5,205 runners). Only logged runs count; weekly totals say
// nothing about single runs.
namespace patella {

constexpr int kLongRunWindowDays = 30;
constexpr double kLongRunRiseLimit = 0.10;

struct LongRunCheck
{
    Run run;
    double previousLongestMetres = 0.0; // longest run in the 30 days before the run's day
    double percentLonger = 0.0;
    double hazardRatio = 1.0; // from the 2025 study's bands: 1.64 (10-30%), 1.52 (30-100%), 2.28 (over 100%)
};

// The longest run with a local date in [day - 30, day - 1]; nullopt when there is none. Runs on the same
// day do not count as "previous".
std::optional<double> longestRunBefore(const QList<Run>& runs, QDate day);

// The hazard ratio the study gave for a run percentLonger than the 30-day longest; 1.0 when not above 10%.
double longRunHazardRatio(double percentLonger);

// Every run in [from, to] that was more than 10% longer than the longest of its previous 30 days, newest first.
QList<LongRunCheck> longRunSpikes(const QList<Run>& runs, QDate from, QDate to);

// "Your 14 km run on 15/03/2026 was 27% longer than your longest run of the previous 30 days (11 km)."
QString describeLongRun(const LongRunCheck& check, DistanceUnit unit);

// The Today alert (Caution): spikes among the runs of the last 7 days up to reference.
std::optional<Insight> longRunSpikeAlert(const QList<Run>& runs, QDate reference, DistanceUnit unit);

} // namespace patella
