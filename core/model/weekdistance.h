#pragma once

#include "core/model/records.h"

#include <QDate>
#include <QList>
#include <QMap>

// A week's running distance, and the one rule for where it comes from: the runs logged that week speak for
// it; the runner's weekly total counts only for a week without a single run logged. The store's weekly
// query, the insights and the check-in all call this.
namespace patella {

// Distance of one ISO week (weekStart is its Monday). fromWeeklyTotal: no runs were logged that week, the
// figure is the runner's weekly total.
struct WeeklyDistance
{
    QDate weekStart;
    double distanceMetres = 0.0;
    int runs = 0;
    int durationSeconds = 0;
    bool fromWeeklyTotal = false;
};

// Adds the weekly totals to weeks summed from runs (keyed by Monday): a total fills only a week that has no
// runs. Totals whose week is invalid or outside [from, to] (weeks by their Monday; an invalid bound is open)
// are left out.
void addWeeklyTotals(QMap<QDate, WeeklyDistance>& weeksFromRuns, const QList<WeeklyTotal>& totals, QDate from = {},
                     QDate to = {});

// The runs of each ISO week summed, then the weekly totals added by the rule above. Runs dated after `to`
// (when valid) are left out, and so are totals of weeks starting after it.
QMap<QDate, WeeklyDistance> weeklyDistances(const QList<Run>& runs, const QList<WeeklyTotal>& totals, QDate to = {});

} // namespace patella
