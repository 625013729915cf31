#include "core/insights/adherence.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

namespace patella {
namespace {

QSet<QDate> daysWithSessions(const QList<SessionRecord>& sessions, QDate reference)
{
    QSet<QDate> days;
    for (const SessionRecord& session : sessions) {
        if (session.outcome == SessionOutcome::Completed && session.localDate.isValid()
            && session.localDate <= reference)
            days.insert(session.localDate);
    }
    return days;
}

// Completed sessions per ISO week (by its Monday), up to reference: one pass over the sessions, so the
// weekly figures of ten years cost one scan, not one scan per week.
QHash<QDate, int> completedPerWeek(const QList<SessionRecord>& sessions, QDate reference)
{
    QHash<QDate, int> perWeek;
    for (const SessionRecord& session : sessions) {
        if (session.outcome == SessionOutcome::Completed && session.localDate.isValid()
            && session.localDate <= reference)
            ++perWeek[isoWeekStart(session.localDate)];
    }
    return perWeek;
}

WeekAdherence weekOf(const QHash<QDate, int>& perWeek, QDate weekStart, int target)
{
    WeekAdherence week;
    week.weekStart = weekStart;
    week.completed = perWeek.value(weekStart);
    week.target = target;
    week.onTarget = week.completed >= target;
    return week;
}

} // namespace

QList<WeekAdherence> weeklyAdherence(const QList<SessionRecord>& sessions, QDate reference, int target, int weeks)
{
    QList<WeekAdherence> out;
    const QHash<QDate, int> perWeek = completedPerWeek(sessions, reference);
    const QDate thisWeek = isoWeekStart(reference);
    for (int i = weeks - 1; i >= 0; --i)
        out.append(weekOf(perWeek, thisWeek.addDays(-7 * i), target));
    return out;
}

int currentStreak(const QList<SessionRecord>& sessions, QDate reference)
{
    const QSet<QDate> days = daysWithSessions(sessions, reference);
    QDate day = days.contains(reference) ? reference : reference.addDays(-1);
    int streak = 0;
    while (days.contains(day)) {
        ++streak;
        day = day.addDays(-1);
    }
    return streak;
}

int consistentWeeks(const QList<SessionRecord>& sessions, QDate reference, int target)
{
    const QDate thisWeek = isoWeekStart(reference);
    QDate earliest = thisWeek;
    for (const SessionRecord& session : sessions) {
        if (session.localDate.isValid() && session.localDate < earliest)
            earliest = session.localDate;
    }
    const QHash<QDate, int> perWeek = completedPerWeek(sessions, reference);
    int weeks = 0;
    // Weeks before the first session are not "on target", even with a target of 0.
    for (QDate week = thisWeek.addDays(-7); week >= isoWeekStart(earliest); week = week.addDays(-7)) {
        if (!weekOf(perWeek, week, target).onTarget)
            break;
        ++weeks;
    }
    if (weekOf(perWeek, thisWeek, target).onTarget && perWeek.value(thisWeek) > 0)
        ++weeks;
    return weeks;
}

Adherence adherence(const QList<SessionRecord>& sessions, QDate reference, int target, int weeks)
{
    Adherence out;
    out.target = target;
    out.weeks = weeklyAdherence(sessions, reference, target, weeks);
    out.streakDays = currentStreak(sessions, reference);
    out.consistentWeeks = consistentWeeks(sessions, reference, target);
    return out;
}

QString describeWeek(const WeekAdherence& week)
{
    return QCoreApplication::translate("Insights", "Sessions this week: %1 of %2.")
        .arg(week.completed)
        .arg(week.target);
}

QString describeStreak(int days)
{
    if (days <= 0)
        return QCoreApplication::translate("Insights", "No streak yet: one session today starts it.");
    return QCoreApplication::translate("Insights", "Days in a row with a session: %1.").arg(days);
}

QString describeExpectation(int weeks)
{
    if (weeks <= 0)
        return QCoreApplication::translate(
            "Insights",
            "Stride comfort usually picks up after 2-3 weeks of stretching on target; the first such week "
            "starts the count.");
    if (weeks < 2)
        return QCoreApplication::translate(
            "Insights", "One week on target so far. Stride comfort usually picks up after 2-3 weeks like it.");
    if (weeks < 3)
        return QCoreApplication::translate(
            "Insights",
            "Two weeks on target: the 2-3 weeks after which stride comfort usually picks up are here or one "
            "week away.");
    return QCoreApplication::translate(
               "Insights", "Weeks on target in a row: %1, beyond the usual 2-3 weeks before stride comfort picks up.")
        .arg(weeks);
}

Insight adherenceInsight(const Adherence& adherence, QDate reference)
{
    Insight insight;
    insight.kind = InsightKind::Adherence;
    insight.severity = Severity::Info;
    insight.date = reference;
    insight.title = QCoreApplication::translate("Insights", "Your exercise routine");
    if (!adherence.weeks.isEmpty())
        insight.reasons.append(describeWeek(adherence.weeks.constLast()));
    insight.reasons.append(describeStreak(adherence.streakDays));
    insight.reasons.append(describeExpectation(adherence.consistentWeeks));
    insight.help = helpText(InsightKind::Adherence);
    return insight;
}

} // namespace patella
