#pragma once

#include "core/catalog/exercise.h"

namespace patella {

// Doses in words, translated in the "catalog" context, for lists, detail panes and the player.

// "20-30 s, 2 sets, each side"; "20 s straight knee + 20 s bent knee, 1-2 sets, each side";
// "10-15 reps, 2-3 sets".
QString describeDose(const Exercise& exercise);

// One chosen point: "25 s, 2 sets, each side".
QString describePlannedDose(const Exercise& exercise, const PlannedDose& dose);

// "45 s rest between sets", or empty when there is no rest or a single set.
QString describeRest(const Exercise& exercise);

// "30 s", "5 min", "1 min 30 s".
QString describeSeconds(int seconds);

// "About 10 min": estimates are rounded to whole minutes, never below one.
QString describeEstimate(int seconds);

} // namespace patella
