#pragma once

#include "core/model/result.h"
#include "core/session/sessiontypes.h"

#include <QList>

// The flat list of phases a routine plays, built once from the planned items. The player walks it;
// plannedDurationMs() sums it. Pure functions, no clock.
namespace patella {

struct SessionStep
{
    SessionPhase kind = SessionPhase::GetReady;
    int itemIndex = 0;
    StepSide side = StepSide::None;
    int set = 1; // 1-based
    int part = 0; // 0-based
    qint64 durationMs = 0; // timed phases; for Reps the estimate (reps x tempo)
    int reps = 0; // Reps: the target
    int tempoSeconds = 0; // Reps
    int workIndex = -1; // Hold and Reps: index among the work steps (one SessionItem each)
    int painWorkIndex = -1; // PainCheck: the work step whose side it asks about

    bool isWork() const { return kind == SessionPhase::Hold || kind == SessionPhase::Reps; }
    bool isTimed() const
    {
        return kind == SessionPhase::GetReady || kind == SessionPhase::Hold || kind == SessionPhase::Switch
            || kind == SessionPhase::Rest;
    }
};

// Checks what the player needs: an id, at least one set, a hold or a rep count, no negative rest.
// The error names the field, e.g. "items[2].dose.holdSeconds".
Result<void> validatePlannedItems(const QList<PlannedItem>& items);

// Order per exercise: get ready; then for each set, each side (left first), each part, the hold or
// the reps; a switch pause between sides; rest between sets; after the last set of each side a
// pain check.
QList<SessionStep> buildSessionSteps(const QList<PlannedItem>& items, const SessionTiming& timing = {});

// Planned time of the whole routine played without pauses or +10 s: every timed phase plus
// reps x tempo for counted sets. Pain checks count as zero (they wait for a tap).
qint64 plannedDurationMs(const QList<PlannedItem>& items, const SessionTiming& timing = {});
qint64 plannedDurationMs(const QList<SessionStep>& steps);

} // namespace patella
