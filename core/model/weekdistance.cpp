#include "core/model/weekdistance.h"

namespace patella {

void addWeeklyTotals(QMap<QDate, WeeklyDistance>& weeksFromRuns, const QList<WeeklyTotal>& totals, QDate from, QDate to)
{
    for (const WeeklyTotal& total : totals) {
        if (!total.weekStart.isValid())
            continue;
        const QDate start = isoWeekStart(total.weekStart);
        if ((from.isValid() && start < isoWeekStart(from)) || (to.isValid() && start > to))
            continue;
        auto it = weeksFromRuns.find(start);
        if (it != weeksFromRuns.end() && !it->fromWeeklyTotal)
            continue; // runs logged that week speak for it
        if (it == weeksFromRuns.end())
            it = weeksFromRuns.insert(start, WeeklyDistance {start, 0.0, 0, 0, true});
        it->distanceMetres += total.distanceMetres;
        it->runs += total.runs;
    }
}

QMap<QDate, WeeklyDistance> weeklyDistances(const QList<Run>& runs, const QList<WeeklyTotal>& totals, QDate to)
{
    QMap<QDate, WeeklyDistance> weeks;
    for (const Run& run : runs) {
        if (!run.localDate.isValid() || (to.isValid() && run.localDate > to))
            continue;
        const QDate start = isoWeekStart(run.localDate);
        auto it = weeks.find(start);
        if (it == weeks.end())
            it = weeks.insert(start, WeeklyDistance {start});
        it->distanceMetres += run.distanceMetres;
        it->runs += 1;
        it->durationSeconds += run.durationSeconds;
    }
    addWeeklyTotals(weeks, totals, {}, to.isValid() ? isoWeekStart(to) : QDate());
    return weeks;
}

} // namespace patella
