#include "core/session/routineplan.h"

#include "core/catalog/catalog.h"
#include "core/catalog/programme.h"

#include <QCoreApplication>

namespace patella {

PlannedDose itemDose(const Routine& routine, const RoutineItem& item, const Exercise& exercise,
                     const QList<int>& recentPain)
{
    if (!item.dose)
        return plannedDose(exercise, recentPain);
    if (!routine.isCustom())
        return *item.dose;
    return prescribedProgression(exercise, *item.dose, recentPain).dose;
}

Result<QList<PlannedItem>> plannedItemsOf(const Routine& routine, const Catalog& catalog, const PainHistory& pain,
                                          bool hardestStrengthOpen)
{
    QList<PlannedItem> items;
    for (qsizetype i = 0; i < routine.items.size(); ++i) {
        const RoutineItem& entry = routine.items.at(i);
        if (!hardestStrengthOpen && !routine.isCustom() && entry.exerciseId == kHardestStrengthId)
            continue; // not yet: the plan says why
        const Exercise* exercise = catalog.exercise(entry.exerciseId);
        if (!exercise)
            return Error {routine.id + QStringLiteral(".items[%1]").arg(i),
                          QCoreApplication::translate("SessionDoses", "The routine names an unknown exercise, \"%1\".")
                              .arg(entry.exerciseId)};
        PlannedItem item;
        item.exercise = *exercise;
        item.dose = itemDose(routine, entry, *exercise, pain ? pain(exercise->id) : QList<int>());
        item.sides = entry.sides;
        item.useParts = entry.useParts;
        item.getReadySeconds = entry.getReadySeconds;
        item.restAfterSeconds = entry.restAfterSeconds;
        items.append(item);
    }
    return items;
}

} // namespace patella
