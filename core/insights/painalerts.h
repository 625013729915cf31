#pragma once

#include "core/insights/insight.h"
#include "core/model/painband.h"
#include "core/model/records.h"

#include <QDate>
#include <QList>

#include <optional>

// Pain spikes and lingering pain. A spike asks for caution; lingering pain says a physiotherapist should
// look at it, with the reasons listed.
namespace patella {

constexpr double kPainSpikeAboveMean = 2.0; // points above the 7-day mean
constexpr int kLingeringPainScore = 4; // "4 or more"
constexpr int kLingeringDaysPerWeek = 4; // "most days" of a week
constexpr int kNoImprovementWeeks = 6; // "no improvement after 6-8 weeks of consistent work"

enum class PainSpikeCause
{
    AboveWeekMean, // a day 2 or more points above the mean of the 7 days before it (same situation)
    DuringSession, // above 5 in a guided session (an item's pain, or a pain report tied to the session)
    DuringRun, // above 5 during a run
    WorseNextMorning, // a morning the knee was worse than the one before (or the check-in says so for its week)
};

struct PainSpike
{
    QDate date;
    PainSpikeCause cause = PainSpikeCause::AboveWeekMean;
    double value = 0.0; // the pain score (for WorseNextMorning: 0)
    double baseline = 0.0; // the 7-day mean (AboveWeekMean only)
    PainSituation situation = PainSituation::AtRest; // AboveWeekMean only
    std::optional<RecordId> sessionId; // DuringSession only
    QString exerciseId; // DuringSession, when an item reported it
    bool fromCheckIn = false; // WorseNextMorning: the week's check-in said so, not a dated morning
};

// Spikes dated in [from, to], newest first.
QList<PainSpike> painSpikes(const QList<PainEntry>& pain, const QList<SessionRecord>& sessions, const QList<Run>& runs,
                            const QList<CheckIn>& checkIns, QDate from, QDate to,
                            const QList<MorningCheck>& mornings = {});

QString describePainSpike(const PainSpike& spike);

// The Today alert (Caution): spikes of the last 7 days up to reference.
std::optional<Insight> painSpikeAlert(const QList<PainEntry>& pain, const QList<SessionRecord>& sessions,
                                      const QList<Run>& runs, const QList<CheckIn>& checkIns, QDate reference,
                                      const QList<MorningCheck>& mornings = {});

// The worst pain of each day in [from, to] from every source: pain reports, runs (during and after) and
// session items.
QMap<QDate, int> worstOfAllSourcesPerDay(const QList<PainEntry>& pain, const QList<Run>& runs,
                                         const QList<SessionRecord>& sessions, QDate from, QDate to);

// The See-a-physio alert, when either holds:
// - pain of 4 or more on most days (4 of 7) in each of the two weeks ending on reference, or the weekly
//   check-in's usual pain at 4 or more for that week;
// - six weeks on the session target (kNoImprovementWeeks), and a situation that still hurts (its 7-day mean
//   above 1.16) has not improved by more than 1.16 points against six weeks before; each situation on its own.
std::optional<Insight> lingeringPainAlert(const QList<PainEntry>& pain, const QList<Run>& runs,
                                          const QList<SessionRecord>& sessions, const QList<CheckIn>& checkIns,
                                          QDate reference, int weeklyTarget);

} // namespace patella
