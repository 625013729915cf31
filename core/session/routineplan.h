#pragma once

#include "core/catalog/exercise.h"
#include "core/model/result.h"
#include "core/session/sessiontypes.h"

#include <QList>

#include <functional>

// From a routine (built-in or custom) to the items the session player plays: the catalog's exercise,
// today's dose and what the routine sets per item (sides, parts, pauses). One rule for every caller:
// the Session page, Today's minutes and the routine editor's live total.
namespace patella {

class Catalog;

// The dose an item plays given the exercise's recent pain reports (painReportsFor), oldest first:
// - a built-in routine's fixed dose, as it is;
// - a custom routine's fixed dose is a prescription: prescribedProgression steps it back after sharp pain;
// - no fixed dose: the programme's ladder for the exercise (progressionFor).
PlannedDose itemDose(const Routine& routine, const RoutineItem& item, const Exercise& exercise,
                     const QList<int>& recentPain);

// Recent pain reports of one exercise; empty: none (a newcomer's starting dose).
using PainHistory = std::function<QList<int>(const QString& exerciseId)>;

// Fails, naming the item, when an item names an exercise the catalog does not know. A built-in routine leaves
// out the hardest strength exercise while its gate (hardestStrengthGate) is shut; a custom routine is the
// runner's or physiotherapist's own prescription and keeps it.
Result<QList<PlannedItem>> plannedItemsOf(const Routine& routine, const Catalog& catalog, const PainHistory& pain = {},
                                          bool hardestStrengthOpen = true);

} // namespace patella
