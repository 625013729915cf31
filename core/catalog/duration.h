#pragma once

#include "core/catalog/exercise.h"

#include <functional>

namespace patella {

class Catalog;

// Time estimates shown before a session starts. The session player counts the same pauses.
constexpr int kGetReadySeconds = 5; // before each exercise
constexpr int kSwitchSeconds = 5; // between sides, and between the parts of a two-part hold

// The low end of every range: where the programme starts a newcomer.
PlannedDose startingDose(const Dose& dose);

// get-ready + sets x (sides x parts x work + the switches between them) + rests between sets,
// where work is the hold, or reps x tempo.
int estimatedSeconds(const Exercise& exercise, const PlannedDose& dose);

// The same for one routine item as it will play: its sides and parts, its get-ready time, and the rest
// before the next exercise unless it is the last.
int estimatedSeconds(const Exercise& exercise, const RoutineItem& item, const PlannedDose& dose, bool last);

// Picks the dose of an item that has no fixed one (the programme's choice); by default the starting dose.
using DoseChooser = std::function<PlannedDose(const Exercise&)>;

// The sum over the routine's items; items naming an unknown exercise count nothing.
int estimatedSeconds(const Routine& routine, const Catalog& catalog, const DoseChooser& choose = {});

} // namespace patella
