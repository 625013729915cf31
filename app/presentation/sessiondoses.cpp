#include "app/presentation/sessiondoses.h"

#include "core/catalog/catalog.h"
#include "core/catalog/dosehistory.h"
#include "core/catalog/programme.h"
#include "core/session/routineplan.h"
#include "core/store/journalstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace patella {

Result<SessionDoses> SessionDoses::load(JournalStore& store, QDate today)
{
    const DateRange recent {today.addDays(-kRecentDays), today};
    Result<QList<SessionRecord>> sessions = store.list<SessionRecord>(recent);
    if (!sessions)
        return sessions.error();
    Result<QList<MorningCheck>> mornings = store.list<MorningCheck>(recent);
    if (!mornings)
        return mornings.error();
    QList<QDate> worse;
    for (const MorningCheck& m : mornings.value()) {
        if (m.worse)
            worse.append(m.date);
    }
    return fromSessions(sessions.value(), worse, today);
}

SessionDoses SessionDoses::fromSessions(const QList<SessionRecord>& sessions, const QList<QDate>& worseMornings,
                                        QDate today)
{
    SessionDoses doses;
    doses.m_sessions = sessions;
    std::sort(doses.m_sessions.begin(), doses.m_sessions.end(), [](const SessionRecord& a, const SessionRecord& b) {
        return a.localDate != b.localDate ? a.localDate < b.localDate : a.start < b.start;
    });
    doses.m_worseMornings = worseMornings;
    std::sort(doses.m_worseMornings.begin(), doses.m_worseMornings.end());
    doses.m_today = today.isValid()  ? today
        : doses.m_sessions.isEmpty() ? QDate()
                                     : doses.m_sessions.constLast().localDate;
    return doses;
}

ExerciseGate SessionDoses::hardestStrengthGate(const Catalog& catalog) const
{
    const Exercise* groundwork = catalog.exercise(kGroundworkId);
    if (!groundwork)
        return ExerciseGate {true, 0, {}};
    return patella::hardestStrengthGate(*groundwork, m_sessions, m_today);
}

QList<int> SessionDoses::recentPain(const QString& exerciseId) const
{
    return doseScores(doseReports(m_sessions, m_worseMornings, exerciseId));
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
    return plannedItemsOf(
        *routine, catalog, [this](const QString& exerciseId) { return recentPain(exerciseId); },
        hardestStrengthGate(catalog).open);
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
