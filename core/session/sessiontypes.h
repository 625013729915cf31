#pragma once

#include "core/catalog/exercise.h"
#include "core/model/painband.h"

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

// The vocabulary of a guided session: what goes in (planned items), what the player is doing
// (phases), what it tells the app (cues), what the runner reports (pain) and what the view reads
// (the snapshot). Times are session milliseconds: counted from start(), pauses left out.
namespace patella {

// One exercise of a routine with the dose the programme chose for today.
struct PlannedItem
{
    Exercise exercise;
    PlannedDose dose;
    // What a custom routine may set per item; the defaults play the exercise as the catalog has it.
    std::optional<ItemSides> sides {}; // nothing: defaultSides(exercise)
    bool useParts = true; // false: a two-part hold plays as one hold
    std::optional<int> getReadySeconds {}; // nothing: SessionTiming::getReady
    int restAfterSeconds = 0; // a rest after this exercise, before the next one
};

// Lead-in lengths and the countdown. The defaults are the ones the app uses; tests may shorten them.
struct SessionTiming
{
    std::chrono::milliseconds getReady {5000}; // before the first hold of each exercise
    std::chrono::milliseconds switchSides {5000}; // so the second side gets its full hold
    int countdownFrom = 3; // 3-2-1 before a timed phase ends
    std::chrono::milliseconds backRestartsAfter {3000}; // back() restarts the current hold past this
    std::chrono::milliseconds repFallback {3000}; // time estimate for one rep when no tempo is given
};

enum class SessionPhase
{
    NotStarted,
    GetReady, // timed: get into position
    Hold, // timed: hold the stretch or the strength position
    Reps, // waits for completeReps() or skip()
    Switch, // timed: change to the other side
    Rest, // timed: between sets
    PainCheck, // waits for reportPain() or skip()
    PainChoice, // after pain that stops the exercise: waits for choose()
    Done,
};

enum class StepSide
{
    None,
    Left,
    Right,
};

enum class CueKind
{
    GetReady, // a new exercise (or a redone one) is about to start
    NextUp, // before GetReady from the second exercise on: the exercise's name
    Hold, // a hold starts (with its part name for two-part holds)
    Reps, // a reps set starts: target and tempo
    Countdown, // secondsLeft = 3, 2, 1
    Halfway,
    SwitchSides,
    Rest,
    PainCheck, // ask for the 0-10 score
    PainStop, // too much pain, or sharp, stabbing or catching: this exercise stops; offer the choices
    SeePhysio, // pain stopped a second exercise: the session ends with this advice
    Done,
};

struct SessionCue
{
    CueKind kind = CueKind::Done;
    qint64 atMs = 0; // session time the cue was due, not when update() noticed it
    int step = -1; // index of the phase in the plan
    QString exerciseId;
    QString exerciseName; // for NextUp and GetReady: the exercise that is coming
    StepSide side = StepSide::None;
    int set = 0;
    QString partName;
    int secondsLeft = 0; // Countdown
    int targetReps = 0; // Reps
    int tempoSeconds = 0; // Reps
};

// What the runner chose once pain stopped an exercise. Carrying on with the same exercise is not offered: an
// easier variant or a smaller range is a choice for the next session.
enum class PainStopChoice
{
    NextExercise, // go on to the next exercise (or finish, after the last)
    EndSession,
};

struct PainReport
{
    int itemIndex = -1; // index into the planned items
    QString exerciseId;
    StepSide side = StepSide::None;
    int score = 0;
    PainBand band = PainBand::Safe;
    PainKind kind = PainKind::Ordinary;
    bool stopped = false; // this report stopped the exercise
    std::optional<PainStopChoice> choice; // set once chosen, for reports that stopped the exercise
    qint64 atMs = 0;
};

// Why the session is over.
enum class SessionEnd
{
    NotEnded,
    Completed, // every phase played (some may have been skipped)
    StoppedByRunner, // stop(), or the app closed
    StoppedForPain, // pain stopped an exercise, and the runner chose to end
    SecondPainStop, // pain stopped a second exercise: see a physio
};

// What a view shows. Read-only; take a fresh one after each update() or action.
struct SessionSnapshot
{
    SessionPhase phase = SessionPhase::NotStarted;
    bool paused = false;
    int step = -1;
    int itemIndex = -1;
    int itemCount = 0;
    QString exerciseId;
    QString exerciseName;
    StepSide side = StepSide::None;
    int set = 0;
    int sets = 0;
    int part = 0; // 0-based
    int parts = 0;
    QString partName; // empty for one-part exercises
    qint64 totalMs = 0; // of the current timed phase; 0 when waiting
    qint64 remainingMs = 0;
    int targetReps = 0;
    int tempoSeconds = 0;
    QString nextUpText; // e.g. "Next: right side", "Next up: Calf wall stretch"; translated
    QString nextExerciseName; // the exercise after this one, empty on the last
    double progress = 0.0; // 0..1 through the planned time of the whole routine
    qint64 timeLeftMs = 0; // planned time still ahead, this phase's remaining included
    bool seePhysio = false;
    SessionEnd end = SessionEnd::NotEnded;
};

} // namespace patella
