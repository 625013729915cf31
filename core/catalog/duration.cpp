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

int estimatedSeconds(const Routine& routine, const Catalog& catalog, const DoseChooser& choose)
{
    int total = 0;
    for (const RoutineItem& item : routine.items) {
        const Exercise* exercise = catalog.exercise(item.exerciseId);
        if (!exercise)
            continue;
        const PlannedDose dose = item.dose ? *item.dose : choose ? choose(*exercise) : startingDose(exercise->dose);
        total += estimatedSeconds(*exercise, dose);
    }
    return total;
}

} // namespace patella
