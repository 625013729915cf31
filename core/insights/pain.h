#pragma once

#include "core/model/recordnames.h"
#include "core/model/records.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

// Pain trends per situation on the 0-10 scale: daily values, a 7-day rolling mean, and the change
// against three weeks before. A drop of more than 1.16 points is the smallest change that matters for
// patellofemoral pain (Piva et al., Journal of Rehabilitation Medicine 2009), so only that counts as a
// real improvement.
namespace patella {

constexpr double kPainMinimalImportantChange = 1.16; // Piva et al. 2009
constexpr int kPainRollingDays = 7;
constexpr int kPainCompareDays = 21;

// True when the pain fell by more than 1.16 points from before to after. Exactly 1.16 is not enough.
bool isRealImprovement(double before, double after);

// The worst report of each day in one situation, so a bad moment is not averaged away (the store's
// painSummaryPerDay() gives the mean beside it).
QMap<QDate, double> worstPerDay(const QList<PainEntry>& entries, PainSituation situation, QDate to);

// Mean of the daily values in [day - (days - 1), day], counting only days that have a value.
std::optional<double> rollingMean(const QMap<QDate, double>& daily, QDate day, int days = kPainRollingDays);

struct PainDay
{
    QDate date;
    double value = 0.0;
    double rollingMean = 0.0; // of the 7 days ending on date
};

struct PainTrend
{
    PainSituation situation = PainSituation::AtRest;
    QList<PainDay> days; // days with a report, oldest first, up to reference
    std::optional<double> currentMean; // 7-day mean ending on reference
    std::optional<double> earlierMean; // 7-day mean ending 21 days before reference
    std::optional<double> change; // currentMean - earlierMean; negative is better
    bool realImprovement = false;
};

PainTrend painTrend(const QList<PainEntry>& entries, PainSituation situation, QDate reference);

// One trend per situation that has reports up to reference, in allSituations() order.
QList<PainTrend> painTrends(const QList<PainEntry>& entries, QDate reference);

// Brings trends (painTrends() of the entries as they were, on the same reference) up to date after the entries
// changed on `from` or later only: the days before `from` are kept, the later ones and both means worked out
// again, with the same sums in the same order as painTrends(), so the figures are identical to it.
void updatePainTrends(QList<PainTrend>& trends, const QList<PainEntry>& entries, QDate from, QDate reference);

// "Stairs: 5 three weeks ago, 3.4 now (-1.6): a real improvement." Empty when there is nothing to compare.
QString describePainChange(const PainTrend& trend);

} // namespace patella
