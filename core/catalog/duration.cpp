#include "core/catalog/duration.h"

#include "core/catalog/catalog.h"

#include <algorithm>

namespace patella {

PlannedDose startingDose(const Dose& dose)
{
    PlannedDose planned;
    planned.holdSeconds = dose.type == DoseType::Hold ? dose.holdSeconds.low : 0;
    planned.reps = dose.type == DoseType::Reps ? dose.reps.low : 0;
    planned.sets = std::max(1, dose.sets.low);
    planned.restSeconds = dose.restSeconds;
    return planned;
}

int estimatedSeconds(const Exercise& exercise, const PlannedDose& dose)
{
    const int sides = exercise.perSide ? 2 : 1;
    const int parts = std::max<int>(1, static_cast<int>(exercise.dose.parts.size()));
    const int stretches = sides * parts; // holds or rep blocks in one set
    const int work = exercise.dose.type == DoseType::Hold ? dose.holdSeconds : dose.reps * exercise.dose.tempoSeconds;
    const int sets = std::max(1, dose.sets);
    const int perSet = stretches * work + (stretches - 1) * kSwitchSeconds;
    return kGetReadySeconds + sets * perSet + (sets - 1) * dose.restSeconds;
}

int estimatedSeconds(const Exercise& exercise, const RoutineItem& item, const PlannedDose& dose, bool last)
{
    const ItemSides sides = item.sides.value_or(defaultSides(exercise));
    const int sideCount = sides == ItemSides::LeftThenRight ? 2 : 1;
    const int parts = item.useParts ? std::max<int>(1, static_cast<int>(exercise.dose.parts.size())) : 1;
    const int stretches = sideCount * parts;
    const int work = exercise.dose.type == DoseType::Hold ? dose.holdSeconds : dose.reps * exercise.dose.tempoSeconds;
    const int sets = std::max(1, dose.sets);
    const int perSet = stretches * work + (stretches - 1) * kSwitchSeconds;
    const int getReady = item.getReadySeconds.value_or(kGetReadySeconds);
    return getReady + sets * perSet + (sets - 1) * dose.restSeconds + (last ? 0 : item.restAfterSeconds);
}

int estimatedSeconds(const Routine& routine, const Catalog& catalog, const DoseChooser& choose)
{
    int total = 0;
    for (qsizetype i = 0; i < routine.items.size(); ++i) {
        const RoutineItem& item = routine.items.at(i);
        const Exercise* exercise = catalog.exercise(item.exerciseId);
        if (!exercise)
            continue;
        const PlannedDose dose = item.dose ? *item.dose : choose ? choose(*exercise) : startingDose(exercise->dose);
        total += estimatedSeconds(*exercise, item, dose, i + 1 == routine.items.size());
    }
    return total;
}

} // namespace patella
