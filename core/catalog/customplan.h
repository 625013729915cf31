#pragma once

#include "core/catalog/planner.h"

// The runner's own routines in the day's plan ("use in my plan"): a custom routine made from, or for, a
// built-in one (its standsFor) is offered beside it, or in its place. The planner itself only knows the
// built-in routines; these two functions translate in and out of it.
namespace patella {

class Catalog;

// Sessions of custom routines count as the built-in routine they stand for (a session of "My evening
// stretches" made from the daily mobility routine is the day's stretching), so the planner's rules
// (twice a day, strength on non-consecutive days) hold whichever routine was played.
QList<SessionRecord> asPlannerSessions(const QList<SessionRecord>& sessions, const Catalog& catalog);

// Replaces or joins each planned built-in routine with the custom routines that are to be used in the
// plan: the first "instead" one (oldest first) takes the built-in's place, the others follow it,
// optional, with the same reason.
DayPlan withCustomRoutines(const DayPlan& plan, const Catalog& catalog);

} // namespace patella
