#include "core/insights/mileage.h"

#include "core/insights/format.h"

#include <QCoreApplication>

#include <algorithm>

namespace patella {
namespace {

WeekMileage emptyWeek(QDate weekStart)
{
    WeekMileage week;
    week.weekStart = weekStart;
    week.isoWeek = weekStart.weekNumber(&week.isoYear);
    return week;
}

int indexOfWeek(const QList<WeekMileage>& weeks, QDate weekStart)
{
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        if (weeks.at(i).weekStart == weekStart)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

QList<WeekMileage> weeklyMileage(const QList<Run>& runs, const QList<WeeklyTotal>& totals, QDate reference)
{
    const QDate lastWeek = isoWeekStart(reference);
    const QMap<QDate, WeeklyDistance> byWeek = weeklyDistances(runs, totals, reference);
    QList<WeekMileage> weeks;
    if (byWeek.isEmpty())
        return weeks;
    for (QDate start = byWeek.firstKey(); start <= lastWeek; start = start.addDays(7)) {
        WeekMileage week = emptyWeek(start);
        if (const auto it = byWeek.constFind(start); it != byWeek.cend()) {
            week.metres = it->distanceMetres;
            week.runs = it->runs;
            week.fromWeeklyTotal = it->fromWeeklyTotal;
        }
        weeks.append(week);
    }
    return weeks;
}

QMap<QDate, double> dailyDistance(const QList<Run>& runs, const QList<WeeklyTotal>& totals, QDate from, QDate to)
{
    QMap<QDate, double> days;
    for (const Run& run : runs) {
        if (run.localDate.isValid() && run.localDate >= from && run.localDate <= to)
            days[run.localDate] += run.distanceMetres;
    }
    // The weeks a total speaks for, by the one rule; its runs' days are not known, so it is spread evenly.
    for (const WeeklyDistance& week : weeklyDistances(runs, totals)) {
        if (!week.fromWeeklyTotal)
            continue;
        for (int d = 0; d < 7; ++d) {
            const QDate day = week.weekStart.addDays(d);
            if (day >= from && day <= to)
                days[day] += week.distanceMetres / 7.0;
        }
    }
    return days;
}

bool risesMoreThanTenPercent(double previousMetres, double metres)
{
    if (previousMetres <= 0.0)
        return false;
    // A relative tolerance keeps "exactly 10%" exact despite 1.1 having no exact binary form.
    return metres > previousMetres * (1.0 + kWeeklyRiseLimit) + previousMetres * 1e-9;
}

std::optional<WeekChange> weekChange(const QList<WeekMileage>& weeks, QDate weekStart)
{
    const int i = indexOfWeek(weeks, isoWeekStart(weekStart));
    if (i < 0)
        return std::nullopt;
    WeekChange change;
    change.current = weeks.at(i);
    change.previous = i > 0 ? weeks.at(i - 1) : emptyWeek(change.current.weekStart.addDays(-7));
    change.comparable = change.previous.metres > 0.0;
    if (change.comparable) {
        change.percent = (change.current.metres - change.previous.metres) / change.previous.metres * 100.0;
        change.flagged = risesMoreThanTenPercent(change.previous.metres, change.current.metres);
        change.steep
            = change.current.metres > change.previous.metres * (1.0 + kSteepWeeklyRise) + change.previous.metres * 1e-9;
    }
    return change;
}

bool weekComplete(QDate weekStart, QDate reference)
{
    return reference.isValid() && reference >= isoWeekStart(weekStart).addDays(6);
}

std::optional<WeekAllowance> weekAllowance(const QList<WeekMileage>& weeks, QDate date, QDate reference)
{
    const QDate start = isoWeekStart(date);
    const int i = indexOfWeek(weeks, start);
    WeekAllowance allowance;
    allowance.weekStart = start;
    if (i > 0) {
        allowance.baseMetres = weeks.at(i - 1).metres;
        allowance.doneMetres = weeks.at(i).metres;
    } else if (i < 0 && !weeks.isEmpty() && weeks.constLast().weekStart == start.addDays(-7)
               && weekComplete(weeks.constLast().weekStart, reference)) {
        allowance.baseMetres = weeks.constLast().metres; // next week, ahead of time
    } else {
        return std::nullopt;
    }
    if (allowance.baseMetres <= 0.0)
        return std::nullopt;
    allowance.allowedMetres = allowance.baseMetres * (1.0 + kWeeklyRiseLimit);
    allowance.remainingMetres = std::max(0.0, allowance.allowedMetres - allowance.doneMetres);
    return allowance;
}

QString describeWeekChange(const WeekChange& change, QDate reference, DistanceUnit unit)
{
    const QDate thisWeek = isoWeekStart(reference);
    const QString before = insightformat::distance(change.previous.metres, unit);
    const QString now = insightformat::distance(change.current.metres, unit);
    if (!change.comparable) {
        if (change.current.weekStart == thisWeek)
            return QCoreApplication::translate("Insights",
                                               "This week so far %1: no distance the week before to "
                                               "compare with.")
                .arg(now);
        return QCoreApplication::translate("Insights",
                                           "Week %1 of %2: %3, with no distance the week before to "
                                           "compare with.")
            .arg(change.current.isoWeek)
            .arg(change.current.isoYear)
            .arg(now);
    }
    if (change.current.weekStart == thisWeek && !weekComplete(thisWeek, reference)) {
        const QString allowed = insightformat::distance(change.previous.metres * (1.0 + kWeeklyRiseLimit), unit);
        if (change.flagged)
            return QCoreApplication::translate("Insights",
                                               "This week so far %1, already past %2, the guide's 10% guideline "
                                               "over last week's %3.")
                .arg(now, allowed, before);
        return QCoreApplication::translate("Insights",
                                           "This week so far %1; the guide's 10% guideline over last week's %3 "
                                           "is %2.")
            .arg(now, allowed, before);
    }
    const QString delta = insightformat::signedPercent(change.percent);
    if (change.current.weekStart == thisWeek)
        return QCoreApplication::translate("Insights", "Last week %1, this week so far %2: %3.")
            .arg(before, now, delta);
    if (change.current.weekStart == thisWeek.addDays(-7))
        return QCoreApplication::translate("Insights", "The week before %1, last week %2: %3.").arg(before, now, delta);
    return QCoreApplication::translate("Insights", "Week %1 of %2: %3; week %4 of %5: %6 (%7).")
        .arg(change.previous.isoWeek)
        .arg(change.previous.isoYear)
        .arg(before)
        .arg(change.current.isoWeek)
        .arg(change.current.isoYear)
        .arg(now, delta);
}

QString describeAllowance(const WeekAllowance& allowance, QDate reference, DistanceUnit unit)
{
    const QString allowed = insightformat::distance(allowance.allowedMetres, unit);
    const QString base = insightformat::distance(allowance.baseMetres, unit);
    const QDate thisWeek = isoWeekStart(reference);
    if (allowance.weekStart == thisWeek)
        return QCoreApplication::translate("Insights",
                                           "This week so far %1; the guide's 10% guideline over last week's %3 "
                                           "is %2 (%4 more).")
            .arg(insightformat::distance(allowance.doneMetres, unit), allowed, base,
                 insightformat::distance(allowance.remainingMetres, unit));
    if (allowance.weekStart == thisWeek.addDays(7))
        return QCoreApplication::translate("Insights",
                                           "Next week, the guide's 10% guideline over this week's %2 is %1.")
            .arg(allowed, base);
    int isoYear = 0;
    const int isoWeek = allowance.weekStart.weekNumber(&isoYear);
    return QCoreApplication::translate("Insights",
                                       "Week %1 of %2: the guide's 10% guideline over the week before (%4) is %3.")
        .arg(isoWeek)
        .arg(isoYear)
        .arg(allowed, base);
}

std::optional<Insight> mileageRiseAlert(const QList<WeekMileage>& weeks, QDate reference, DistanceUnit unit)
{
    const QDate thisWeek = isoWeekStart(reference);
    std::optional<WeekChange> change = weekChange(weeks, thisWeek);
    if (!change || !change->flagged)
        change = weekChange(weeks, thisWeek.addDays(-7));
    if (!change || !change->flagged)
        return std::nullopt;

    Insight insight;
    insight.kind = InsightKind::MileageRise;
    insight.severity = change->steep ? Severity::Caution : Severity::Info;
    insight.date = std::min(reference, change->current.weekStart.addDays(6));
    insight.title = QCoreApplication::translate("Insights", "Weekly distance up more than the guide's 10%");
    insight.reasons.append(describeWeekChange(*change, reference, unit));
    if (change->steep)
        insight.reasons.append(QCoreApplication::translate(
            "Insights",
            "Nielsen et al. (JOSPT 2014) linked rises of more than 30% over two weeks to more running injuries."));
    // A part week's change already reads against its allowance; say it once.
    const bool partWeek = change->current.weekStart == thisWeek && !weekComplete(thisWeek, reference);
    if (!partWeek)
        if (const auto allowance = weekAllowance(weeks, thisWeek, reference))
            insight.reasons.append(describeAllowance(*allowance, reference, unit));
    insight.help = helpText(InsightKind::MileageRise);
    return insight;
}

} // namespace patella
