#pragma once

#include "core/session/sessionplayer.h"
#include "tests/support/testsupport.h"

#include <QObject>
#include <QStringList>

#include <gtest/gtest.h>

#include <string>
#include <vector>

// Exercises with the doses of the catalog (runner's knee guide and clinical notes), built here so the
// session tests do not depend on the catalog loader; and a harness that plays a session on a
// FixedClock and keeps every cue.
namespace patella::test {

inline Exercise holdExercise(const char* id, const char* name, ExerciseKind kind, bool perSide, IntRange hold,
                             IntRange sets, int restSeconds, QList<DosePart> parts = {})
{
    Exercise e;
    e.id = QString::fromLatin1(id);
    e.name = QString::fromLatin1(name);
    e.kind = kind;
    e.perSide = perSide;
    e.dose.type = DoseType::Hold;
    e.dose.holdSeconds = hold;
    e.dose.sets = sets;
    e.dose.restSeconds = restSeconds;
    e.dose.parts = std::move(parts);
    return e;
}

inline Exercise standingQuadStretch()
{
    return holdExercise("standing-quad-stretch", "Standing quad stretch", ExerciseKind::Stretch, true, {20, 30}, {2, 2},
                        15);
}
inline Exercise supineHamstringStretch()
{
    return holdExercise("supine-hamstring-stretch", "Supine hamstring stretch", ExerciseKind::Stretch, true, {20, 30},
                        {2, 2}, 15);
}
inline Exercise figureFourGluteStretch()
{
    return holdExercise("figure-four-glute-stretch", "Figure-4 glute stretch", ExerciseKind::Stretch, true, {20, 30},
                        {2, 2}, 15);
}
inline Exercise sideLyingItBand()
{
    return holdExercise("side-lying-it-band", "Side-lying IT band release", ExerciseKind::Stretch, true, {15, 20},
                        {2, 2}, 15);
}
inline Exercise halfKneelingHipFlexor()
{
    return holdExercise("half-kneeling-hip-flexor", "Half-kneeling hip flexor stretch", ExerciseKind::Stretch, true,
                        {20, 30}, {2, 2}, 15);
}
inline Exercise calfWallStretch()
{
    return holdExercise("calf-wall-stretch", "Calf wall stretch", ExerciseKind::Stretch, true, {20, 20}, {1, 2}, 15,
                        {{QStringLiteral("straight-knee"), QStringLiteral("Straight knee"), QString()},
                         {QStringLiteral("bent-knee"), QStringLiteral("Bent knee"), QString()}});
}
inline Exercise wallSit()
{
    return holdExercise("wall-sit", "Wall sit", ExerciseKind::Strength, false, {20, 45}, {2, 3}, 45);
}
inline Exercise gluteBridge()
{
    Exercise e;
    e.id = QStringLiteral("glute-bridge");
    e.name = QStringLiteral("Glute bridge");
    e.kind = ExerciseKind::Strength;
    e.dose.type = DoseType::Reps;
    e.dose.reps = {10, 15};
    e.dose.tempoSeconds = 3;
    e.dose.sets = {2, 3};
    e.dose.restSeconds = 45;
    return e;
}

// The programme's low end: shortest hold, fewest sets.
inline PlannedItem lowEnd(const Exercise& e)
{
    PlannedDose dose;
    dose.holdSeconds = e.dose.type == DoseType::Hold ? e.dose.holdSeconds.low : 0;
    dose.reps = e.dose.type == DoseType::Reps ? e.dose.reps.low : 0;
    dose.sets = e.dose.sets.low;
    dose.restSeconds = e.dose.restSeconds;
    return {e, dose};
}

inline PlannedItem planned(const Exercise& e, int holdSeconds, int reps, int sets, int restSeconds)
{
    return {e, PlannedDose {holdSeconds, reps, sets, restSeconds}};
}

// The six stretches of the daily knee-mobility routine at the low end of their doses.
inline QList<PlannedItem> dailyMobility()
{
    return {lowEnd(standingQuadStretch()), lowEnd(supineHamstringStretch()), lowEnd(figureFourGluteStretch()),
            lowEnd(sideLyingItBand()),     lowEnd(halfKneelingHipFlexor()),  lowEnd(calfWallStretch())};
}

inline const char* phaseName(SessionPhase phase)
{
    switch (phase) {
    case SessionPhase::NotStarted:
        return "NotStarted";
    case SessionPhase::GetReady:
        return "GetReady";
    case SessionPhase::Hold:
        return "Hold";
    case SessionPhase::Reps:
        return "Reps";
    case SessionPhase::Switch:
        return "Switch";
    case SessionPhase::Rest:
        return "Rest";
    case SessionPhase::PainCheck:
        return "PainCheck";
    case SessionPhase::PainChoice:
        return "PainChoice";
    case SessionPhase::Done:
        return "Done";
    }
    return "?";
}

inline const char* cueName(CueKind kind)
{
    switch (kind) {
    case CueKind::GetReady:
        return "GetReady";
    case CueKind::NextUp:
        return "NextUp";
    case CueKind::Hold:
        return "Hold";
    case CueKind::Reps:
        return "Reps";
    case CueKind::Countdown:
        return "Countdown";
    case CueKind::Halfway:
        return "Halfway";
    case CueKind::SwitchSides:
        return "SwitchSides";
    case CueKind::Rest:
        return "Rest";
    case CueKind::PainCheck:
        return "PainCheck";
    case CueKind::PainStop:
        return "PainStop";
    case CueKind::SeePhysio:
        return "SeePhysio";
    case CueKind::Done:
        return "Done";
    }
    return "?";
}

inline char sideLetter(StepSide side)
{
    return side == StepSide::Left ? 'L' : side == StepSide::Right ? 'R' : '-';
}

// "Countdown3@22000", "Hold@5000": kind, seconds left for the countdown, session time.
inline std::string describe(const SessionCue& cue)
{
    std::string s = cueName(cue.kind);
    if (cue.kind == CueKind::Countdown)
        s += std::to_string(cue.secondsLeft);
    return s + '@' + std::to_string(cue.atMs);
}

inline std::vector<std::string> describe(const QList<SessionCue>& cues)
{
    std::vector<std::string> out;
    for (const SessionCue& c : cues)
        out.push_back(describe(c));
    return out;
}

// The last n cues (all of them when there are fewer), described.
inline std::vector<std::string> lastCues(const QList<SessionCue>& cues, std::size_t n)
{
    std::vector<std::string> all = describe(cues);
    if (all.size() > n)
        all.erase(all.begin(), all.end() - std::ptrdiff_t(n));
    return all;
}

// A session on a FixedClock that keeps every cue the player emits.
class Harness
{
public:
    explicit Harness(QList<PlannedItem> items, SessionTiming timing = {})
        : clock(referenceNow())
        , player(clock, QStringLiteral("test-routine"), std::move(items), timing)
    {
        QObject::connect(&player, &SessionPlayer::cue, &player, [this](const SessionCue& c) { cues.append(c); });
    }

    void start()
    {
        const Result<void> started = player.start();
        if (!started)
            ADD_FAILURE() << started.error().text().toStdString();
    }

    // Moves the clock on and lets the player catch up; returns the cues of that update.
    QList<SessionCue> advance(qint64 ms)
    {
        clock.advance(std::chrono::milliseconds(ms));
        return player.update();
    }

    qint64 remaining() const { return player.snapshot().remainingMs; }

    FixedClock clock;
    SessionPlayer player;
    QList<SessionCue> cues;
};

// Plays a whole session without pauses: timed phases to their end, reps at target, pain 0. Returns
// one line per phase: "Hold L s1 p0 20000 @5000" (kind, side, set, part, length, start time).
inline std::vector<std::string> playThrough(Harness& h, int painScore = 0)
{
    std::vector<std::string> trace;
    for (int guard = 0; guard < 1000 && !h.player.isFinished(); ++guard) {
        const SessionSnapshot s = h.player.snapshot();
        std::string line = phaseName(s.phase);
        line += ' ';
        line += sideLetter(s.side);
        line += " s" + std::to_string(s.set);
        if (s.phase == SessionPhase::Hold || s.phase == SessionPhase::Reps)
            line += " p" + std::to_string(s.part);
        if (s.phase == SessionPhase::Reps)
            line += " x" + std::to_string(s.targetReps);
        if (s.totalMs > 0)
            line += ' ' + std::to_string(s.totalMs);
        line += " @" + std::to_string(h.player.sessionMs());
        trace.push_back(line);
        if (s.phase == SessionPhase::Reps)
            h.player.completeReps(s.targetReps);
        else if (s.phase == SessionPhase::PainCheck)
            h.player.reportPain(painScore);
        else
            h.advance(s.remainingMs);
    }
    trace.push_back("Done @" + std::to_string(h.player.sessionMs()));
    return trace;
}

} // namespace patella::test
