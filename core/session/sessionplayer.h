#pragma once

#include "core/model/clock.h"
#include "core/model/records.h"
#include "core/model/result.h"
#include "core/session/sessionplan.h"
#include "core/session/sessiontypes.h"

#include <QObject>

#include <chrono>
#include <optional>

namespace patella {

// The guided session: walks a routine's phases on an injected monotonic clock.
//
// Every phase has a deadline in session time (Clock::elapsed() since start(), pauses left out), so
// the timeline never drifts: update() may come late or rarely and still ends each phase at its
// deadline, lets the next one start there, and emits every cue that fell due, in order. Between
// updates the app's timer can sleep msUntilNextEvent(). Actions (skip, back, +10 s, reps done, pain)
// first catch up with the clock, then act at the current session time.
//
// Cues go out through the cue() signal; update() also returns the ones it produced.
class SessionPlayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPlayer)

public:
    SessionPlayer(const Clock& clock, QString routineId, QList<PlannedItem> items, SessionTiming timing = {},
                  QObject* parent = nullptr);
    ~SessionPlayer() override;

    // Checks the items and enters the first phase. Fails (and stays NotStarted) on a bad dose.
    Result<void> start();
    QList<SessionCue> update();
    // Time until the next cue or phase end; nothing when no timer is needed (waiting, paused, done).
    std::optional<std::chrono::milliseconds> msUntilNextEvent() const;

    // The runner's controls. Each returns false when it does not apply to the current phase.
    bool pause();
    bool resume();
    bool skip(); // ends the current phase now; a skipped hold or reps set is recorded as skipped
    bool back(); // restarts the current hold (past backRestartsAfter) or goes to the previous one
    bool addTime(std::chrono::milliseconds extra = std::chrono::seconds(10)); // timed phases only
    bool completeReps(int actual); // Reps phase: the runner tapped "done"
    bool reportPain(int score, PainKind kind = PainKind::Ordinary); // PainCheck phase: 0-10
    bool choose(PainStopChoice choice); // PainChoice phase
    bool stop(); // ends the session early (also what the app does when it closes)

    SessionPhase phase() const;
    bool isStarted() const { return m_started; }
    bool isPaused() const { return m_paused; }
    bool isFinished() const { return m_end != SessionEnd::NotEnded; }
    SessionEnd end() const { return m_end; }
    bool seePhysio() const { return m_end == SessionEnd::SecondPainStop; }
    qint64 sessionMs() const; // session time now: since start(), pauses left out
    int currentStep() const { return m_index; }
    const QList<SessionStep>& steps() const { return m_steps; }
    const QList<PlannedItem>& items() const { return m_items; }
    qint64 plannedTotalMs() const { return m_plannedTotalMs; }
    const QList<PainReport>& painReports() const { return m_pain; }
    SessionSnapshot snapshot() const;

    // The session as it happened, every planned hold or reps set one item; those never reached are
    // skipped. Interrupted unless every phase was played.
    SessionRecord record() const;
    bool isRecorded() const { return m_recorded; }
    void markRecorded() { m_recorded = true; }
    // Stops a running session, marks it recorded and returns its record; nothing on a second call
    // (or before start), so the app never saves a session twice.
    std::optional<SessionRecord> takeRecord();

signals:
    void cue(const patella::SessionCue& cue);
    void phaseChanged(patella::SessionPhase phase);
    void pausedChanged(bool paused);
    void finished(patella::SessionEnd end);

private:
    enum class WorkStatus
    {
        NotReached,
        InProgress,
        Done,
        Skipped,
    };
    struct WorkState
    {
        WorkStatus status = WorkStatus::NotReached;
        qint64 actualMs = 0;
        int actualReps = 0;
        std::optional<int> pain;
        PainKind painKind = PainKind::Ordinary;
    };
    struct Mark
    {
        qint64 at = 0;
        CueKind kind = CueKind::Countdown;
        int secondsLeft = 0;
    };

    qint64 clockMs() const;
    bool isActive() const { return m_started && !isFinished(); }
    const SessionStep& current() const { return m_steps.at(m_index); }
    void catchUp();
    void advanceTo(qint64 now);
    QList<Mark> marks() const;
    void fireMarks(qint64 upTo);
    void enter(int index, qint64 at);
    void finishWork(qint64 at, WorkStatus status);
    void finishEarly(SessionEnd end, qint64 at);
    void finish(SessionEnd end, qint64 at);
    void emitCue(CueKind kind, qint64 at, int secondsLeft = 0);
    int previousWorkStep(int before) const;
    int nextWorkStep(int after) const;
    QString nextUpText() const;
    std::optional<int> latestPain(int itemIndex, StepSide side) const;

    const Clock& m_clock;
    QString m_routineId;
    QList<PlannedItem> m_items;
    SessionTiming m_timing;
    QList<SessionStep> m_steps;
    QList<int> m_workSteps; // work index -> step index
    QList<qint64> m_plannedAfter; // planned time of the steps after each step
    qint64 m_plannedTotalMs = 0;

    QList<WorkState> m_work;
    QList<PainReport> m_pain;
    int m_stopCount = 0;

    bool m_started = false;
    bool m_paused = false;
    bool m_awaitingChoice = false;
    bool m_recorded = false;
    SessionEnd m_end = SessionEnd::NotEnded;
    int m_index = -1;

    qint64 m_origin = 0; // clock ms at start()
    qint64 m_pausedTotal = 0;
    qint64 m_pausedSince = 0; // clock ms
    qint64 m_endMs = 0; // session time the session ended
    qint64 m_phaseStart = 0;
    qint64 m_deadline = 0;
    qint64 m_processedTo = 0; // cues are emitted up to here
    bool m_halfwayFired = false;
    QDateTime m_startedAt;
    QDateTime m_endedAt;

    QList<SessionCue>* m_batch = nullptr; // collects the cues of one update()
};

} // namespace patella
