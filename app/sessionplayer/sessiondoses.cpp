#include "sessionplayer/sessiondoses.h"

#include "catalog/catalog.h"
#include "catalog/programme.h"
#include "store/journalstore.h"

#include <QCoreApplication>

namespace patella {

Result<SessionDoses> SessionDoses::load(JournalStore& store, QDate today)
{
    Result<QList<SessionRecord>> sessions = store.list<SessionRecord>(DateRange {today.addDays(-kRecentDays), today});
    if (!sessions)
        return sessions.error();
    return fromSessions(sessions.value());
}

SessionDoses SessionDoses::fromSessions(const QList<SessionRecord>& sessions)
{
    SessionDoses doses;
    doses.m_sessions = sessions;
    return doses;
}

QList<int> SessionDoses::recentPain(const QString& exerciseId) const
{
    return painReportsFor(m_sessions, exerciseId);
}

PlannedDose SessionDoses::doseFor(const Exercise& exercise) const
{
    return plannedDose(exercise, recentPain(exercise.id));
}

Result<QList<PlannedItem>> SessionDoses::routineItems(const Catalog& catalog, const QString& routineId) const
{
    const Routine* routine = catalog.routine(routineId);
    if (!routine)
        return Error {QStringLiteral("routine"),
                      QCoreApplication::translate("SessionDoses", "There is no routine called \"%1\".").arg(routineId)};
    QList<PlannedItem> items;
    for (const RoutineItem& entry : routine->items) {
        const Exercise* exercise = catalog.exercise(entry.exerciseId);
        if (!exercise)
            return Error {routineId + QStringLiteral(".items"),
                          QCoreApplication::translate("SessionDoses", "The routine names an unknown exercise, \"%1\".")
                              .arg(entry.exerciseId)};
        items.append(PlannedItem {*exercise, entry.dose ? *entry.dose : doseFor(*exercise)});
    }
    return items;
}

Result<QList<PlannedItem>> SessionDoses::exerciseItems(const Catalog& catalog, const QString& exerciseId) const
{
    const Exercise* exercise = catalog.exercise(exerciseId);
    if (!exercise)
        return Error {
            QStringLiteral("exercise"),
            QCoreApplication::translate("SessionDoses", "There is no exercise called \"%1\".").arg(exerciseId)};
    return QList<PlannedItem> {PlannedItem {*exercise, doseFor(*exercise)}};
}

} // namespace patella
