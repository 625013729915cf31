#pragma once

#include "core/model/records.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Step rate (cadence) from the runs that recorded one, against the runner's own usual rate. Gait studies
// found that a step rate 5-10% higher than one's own (or a shorter stride) lowers the load on the kneecap
// joint (Willson et al. 2014; Esculier et al. 2023, clinical notes): the band is relative to the runner, never
// a number every runner should reach. Information, not a verdict: Patella never asks for a higher rate.
namespace patella {

constexpr double kStepRateRiseLow = 0.05; // the band's floor: 5% above the usual rate, also a meaningful rise
constexpr double kStepRateRiseHigh = 0.10; // its ceiling: the 10% the studies tried
constexpr int kCadenceBaselineRuns = 5; // the usual rate: the median of the first five runs with cadence
constexpr int kCadenceMinimumBaselineRuns = 3; // with fewer, no usual rate is given
constexpr int kCadenceRecentRuns = 5; // the recent rate: the median of the last five after the baseline

// Whether a run's cadence counts: a run (running, trail, treadmill) that recorded one. A walk or ride the
// runner chose to keep has a different step rate and would bend the baseline.
bool countsForCadence(const Run& run);

struct CadenceRun
{
    QDate date;
    double stepsPerMinute = 0.0;
    double metres = 0.0;
};

struct CadenceBaseline
{
    double stepsPerMinute = 0.0; // the median of the runs below
    int runs = 0;
    QDate from; // the first and last of those runs
    QDate to;
    // The 5-10% higher band.
    double bandLow() const { return stepsPerMinute * (1.0 + kStepRateRiseLow); }
    double bandHigh() const { return stepsPerMinute * (1.0 + kStepRateRiseHigh); }
};

enum class CadenceStatus
{
    NoBaseline, // fewer than three runs with cadence up to the range's end
    BaselineOnly, // no run with cadence after the baseline's, within the range
    Lower, // the recent rate 5% or more below the usual one
    Steady, // less than 5% either way: no meaningful change
    InBand, // 5-10% above the usual rate
    AboveBand, // more than 10% above
};

// What changed in the range. The baseline comes from the runner's first runs with cadence in the whole
// journal (up to the range's end), so every range is compared with the same start.
struct CadenceSummary
{
    QList<CadenceRun> runs; // in the range, with cadence, oldest first
    int runsWithout = 0; // runs in the range without a cadence (typed by hand, or a file without one)
    std::optional<CadenceBaseline> baseline;
    std::optional<double> recent; // the median of the last (up to) five runs after the baseline, in the range
    int recentRuns = 0;
    QDate recentFrom;
    QDate recentTo;
    std::optional<double> changePercent; // recent against the baseline
    CadenceStatus status = CadenceStatus::NoBaseline;
    bool isEmpty() const { return runs.isEmpty(); }
};

// The runs between from and to (inclusive local dates); runs is the journal's, oldest first.
CadenceSummary summarizeCadence(const QList<Run>& runs, QDate from, QDate to);

// Where a change in percent falls: Lower, Steady, InBand or AboveBand.
CadenceStatus cadenceStatusFor(double changePercent);

// The summary in words: the usual rate and its band, the recent rate and what that means, and the runs left
// out for want of a cadence. Empty when no run in the range has a cadence.
QStringList describeCadence(const CadenceSummary& summary);

// What step rate is, what the studies found and how the band is set, with the sources.
QString cadenceHelpText();

} // namespace patella
