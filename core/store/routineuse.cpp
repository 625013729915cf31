#include "core/store/routineuse.h"

#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace patella {
namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct RoutineUseText
{
    Q_DECLARE_TR_FUNCTIONS(routineuse)
};

bool inRange(QDate date, DateRange range)
{
    return (!range.from.isValid() || date >= range.from) && (!range.to.isValid() || date <= range.to);
}

} // namespace

QList<RoutineInUse> routinesInUse(const Catalog& catalog, const QList<ProgrammeInfo>& programmes,
                                  const QList<SessionRecord>& sessions, DateRange range)
{
    QList<RoutineInUse> used;
    const auto entryFor = [&](const Routine& routine) -> RoutineInUse& {
        for (RoutineInUse& entry : used) {
            if (entry.routineId == routine.id)
                return entry;
        }
        RoutineInUse entry;
        entry.routineId = routine.id;
        entry.name = routine.name;
        entry.origin = routine.origin;
        entry.standsFor = routine.standsFor;
        entry.planUse = routine.planUse;
        entry.items = routine.items;
        for (const ProgrammeInfo& info : programmes) {
            if (routine.origin == Origin::Programme && info.id == routine.programmeId)
                entry.programme = info;
        }
        used.append(entry);
        return used.last();
    };

    for (const SessionRecord& session : sessions) {
        if (!inRange(session.localDate, range))
            continue;
        const Routine* routine = catalog.routine(session.routineId);
        if (!routine)
            continue;
        RoutineInUse& entry = entryFor(*routine);
        ++entry.sessions;
        if (session.outcome == SessionOutcome::Completed)
            ++entry.completed;
        if (!entry.lastDone || session.localDate > *entry.lastDone)
            entry.lastDone = session.localDate;
    }
    for (const Routine& routine : catalog.routines()) {
        if (routine.isCustom() && !routine.retired && routine.planUse != PlanUse::NotInPlan)
            entryFor(routine);
    }
    std::stable_sort(used.begin(), used.end(),
                     [](const RoutineInUse& a, const RoutineInUse& b) { return a.sessions > b.sessions; });
    return used;
}

QString madeByText(const RoutineInUse& routine)
{
    switch (routine.origin) {
    case Origin::BuiltIn:
        return RoutineUseText::tr("Patella");
    case Origin::Runner:
        return RoutineUseText::tr("You");
    case Origin::Programme:
        break;
    }
    if (!routine.programme)
        return RoutineUseText::tr("An imported programme");
    const ProgrammeInfo& info = *routine.programme;
    const QLocale locale;
    const QString imported = locale.toString(info.imported.toLocalTime().date(), QLocale::ShortFormat);
    QString text = info.author.isEmpty()
        ? RoutineUseText::tr("Programme imported %1").arg(imported)
        : RoutineUseText::tr("Programme by %1, imported %2").arg(info.author, imported);
    if (info.reviewDate)
        text += QLatin1Char(' ')
            + RoutineUseText::tr("(review %1)").arg(locale.toString(*info.reviewDate, QLocale::ShortFormat));
    return text;
}

} // namespace patella
