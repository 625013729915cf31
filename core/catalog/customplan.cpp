#include "core/catalog/customplan.h"

#include "core/catalog/catalog.h"

namespace patella {

QList<SessionRecord> asPlannerSessions(const QList<SessionRecord>& sessions, const Catalog& catalog)
{
    QList<SessionRecord> mapped = sessions;
    for (SessionRecord& session : mapped) {
        const Routine* routine = catalog.routine(session.routineId);
        if (routine && routine->isCustom() && !routine->standsFor.isEmpty())
            session.routineId = routine->standsFor;
    }
    return mapped;
}

DayPlan withCustomRoutines(const DayPlan& plan, const Catalog& catalog)
{
    DayPlan out = plan;
    out.items.clear();
    for (const PlanItem& item : plan.items) {
        const Routine* replacement = nullptr;
        QList<const Routine*> beside;
        for (const Routine& routine : catalog.routines()) {
            if (!routine.isCustom() || routine.retired || routine.standsFor != item.routineId)
                continue;
            if (routine.planUse == PlanUse::InPlace && !replacement)
                replacement = &routine;
            else if (routine.planUse != PlanUse::NotInPlan)
                beside.append(&routine);
        }
        PlanItem first = item;
        if (replacement)
            first.routineId = replacement->id;
        out.items.append(first);
        for (const Routine* routine : std::as_const(beside))
            out.items.append(PlanItem {routine->id, item.reason, true});
    }
    return out;
}

} // namespace patella
