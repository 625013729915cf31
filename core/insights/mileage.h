#pragma once

#include "core/insights/insight.h"
#include "core/model/records.h"
#include "core/model/units.h"
#include "core/model/weekdistance.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

// Weekly distance by ISO week and the guide's 10% guideline. Weeks come from weeklyDistances() (runs logged
// that week win over the runner's weekly total).
namespace patella {

constexpr double kWeeklyRiseLimit = 0.10; // the guide's 10% rule
constexpr double kSteepWeeklyRise = 0.30; // Nielsen et al., JOSPT 2014

struct WeekMileage
{
    QDate weekStart; // Monday of the ISO week
    int isoYear = 0;
    int isoWeek = 0;
    double metres = 0.0;
    int runs = 0;
    bool fromWeeklyTotal = false; // no runs that week: the runner's weekly total is used
};

// Every ISO week from the first one with data up to the week holding reference, gaps included as 0 km.
// Data after the reference week is ignored. Empty when there is no data up to reference.
QList<WeekMileage> weeklyMileage(const QList<Run>& runs, const QList<WeeklyTotal>& totals, QDate reference);

// Distance per local day in [from, to]. A weekly total (for a week without runs) is spread evenly over its
// seven days, since its runs' days are not known. Days without distance are left out.
QMap<QDate, double> dailyDistance(const QList<Run>& runs, const QList<WeeklyTotal>& totals, QDate from, QDate to);

// True when metres is more than 10% above previousMetres. Exactly 10% is within the rule. There is nothing
// to compare with after a week of 0 km, so that is never a rise by this rule.
bool risesMoreThanTenPercent(double previousMetres, double metres);

struct WeekChange
{
    WeekMileage previous;
    WeekMileage current;
    bool comparable = false; // false when the week before had no distance (first week or a gap week)
    double percent = 0.0; // change against the week before; 0 when not comparable
    bool flagged = false; // more than 10% up
    bool steep = false; // more than 30% up
};

// The week starting at weekStart (any day of it) against the week before; nullopt when the week is not in
// the list. The first week of the list has no week before it and is not comparable.
std::optional<WeekChange> weekChange(const QList<WeekMileage>& weeks, QDate weekStart);

struct WeekAllowance
{
    QDate weekStart; // the week the allowance is for
    double baseMetres = 0.0; // the week before it
    double allowedMetres = 0.0; // base + 10%
    double doneMetres = 0.0; // already run in that week
    double remainingMetres = 0.0; // allowed - done, never below 0
};

// True once the week starting at weekStart is over on reference (reference is its Sunday or later).
bool weekComplete(QDate weekStart, QDate reference);

// How far the week holding date can go while keeping to the 10% rule, from the week before it. For the
// week after the last one in the list, the base is that last week, but only once it is complete on
// reference: half a week is no base for the next one. Nullopt when the week before has no distance.
std::optional<WeekAllowance> weekAllowance(const QList<WeekMileage>& weeks, QDate date, QDate reference);

// One sentence: "Last week 32 km, this week 38 km: +19%". The wording follows where the weeks sit
// relative to reference (this week, last week, or dated weeks further back). A week still under way on
// reference gets no percentage (part of a week against a whole one says nothing): it is told as distance
// so far against the 10% allowance instead.
QString describeWeekChange(const WeekChange& change, QDate reference, DistanceUnit unit);
QString describeAllowance(const WeekAllowance& allowance, QDate reference, DistanceUnit unit);

// The Today alert: this week so far, or else last week, up more than 10% on the week before. Info,
// or Caution above 30%. Its reasons also show this week's allowance when there is one.
std::optional<Insight> mileageRiseAlert(const QList<WeekMileage>& weeks, QDate reference, DistanceUnit unit);

} // namespace patella
