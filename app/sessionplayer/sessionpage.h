#pragma once

#include "app/sessionplayer/sessionrunview.h"
#include "core/model/records.h"
#include "core/session/sessiontypes.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QStackedWidget;

namespace patella {

struct AppContext;
class CuePlayer;
class RoutineList;
class SessionPlayer;
class SessionSummary;

// The Session page: the routine list when idle, the guided session while one runs, the summary after.
//
// It plays a SessionPlayer on context.clock: a precise single-shot timer sleeps exactly until the
// player's next event (msUntilNextEvent) and a 10 Hz repaint moves the ring only while a timed phase runs
// on screen. The keyboard drives everything (Space, arrows, +, Esc, Enter, 0-9, T for 10), so the runner
// can stay on the floor. The session is saved once, in one transaction, when it ends, is stopped, or the app closes
// (finishOrInterrupt); the "knee now" score after it is saved as a PainEntry tied to it.
class SessionPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPage)

public:
    enum class View
    {
        Routines,
        Running,
        Summary,
    };

    // cues: the app's player, which Settings' test buttons play too; without one the page makes its own.
    SessionPage(AppContext& context, QWidget* parent = nullptr, CuePlayer* cues = nullptr);
    ~SessionPage() override;

    // Starts a session of these items (tests and benchmarks build their own). False while one runs, or
    // when the items are not playable (the routine list then says why).
    bool startPlanned(const QString& routineId, const QString& title, QList<PlannedItem> items);
    // Lead-in lengths for the next session; the defaults are the app's.
    void setTiming(const SessionTiming& timing) { m_timing = timing; }

    // For the main window's closeEvent: ends a running session as Interrupted and saves it (never
    // twice). Returns false only when the journal refused the write.
    bool finishOrInterrupt();

    // Catches up with the clock now, as the timer does; tests call it after moving a FixedClock.
    void processClock();

    View view() const;
    bool isRunning() const;
    const SessionPlayer* player() const { return m_player.get(); }
    std::optional<RecordId> savedSessionId() const { return m_savedId; }
    std::optional<RecordId> kneeNowEntryId() const { return m_kneeEntryId; }
    int msUntilTimer() const; // -1 when the precise timer is idle
    bool isAnimating() const { return m_frameTimer.isActive(); }
    CuePlayer& cuePlayer() const { return *m_cues; }
    SessionRunView* runView() const { return m_run; }
    SessionSummary* summary() const { return m_summary; }
    RoutineList* routineList() const { return m_routines; }

public slots:
    bool startRoutine(const QString& routineId);
    bool startExercise(const QString& exerciseId);
    void showRoutines(); // leaves the summary (a running session keeps running)
    void rebuildRoutineList(); // after the catalog changed (a routine of yours added or deleted)

signals:
    void sessionStarted(const QString& routineId);
    void sessionSaved(patella::RecordId id);
    void runningChanged(bool running);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void onCue(const SessionCue& cue);
    void onRunAction(SessionRunView::Action action);
    void requestStop();
    void cancelStop();
    void confirmStop();
    void afterChange(); // refresh the view, save when finished, re-arm the timers
    void refreshView();
    void onFrame();
    void schedule();
    void saveFinished();
    void saveRecord();
    void saveKneeNow(int score);
    void refreshRoutineList();
    QString illustrationFor(const SessionSnapshot& snapshot) const;
    void speakFor(const SessionCue& cue);

    AppContext& m_context;
    QStackedWidget* m_stack = nullptr;
    RoutineList* m_routines = nullptr;
    SessionRunView* m_run = nullptr;
    SessionSummary* m_summary = nullptr;
    CuePlayer* m_cues = nullptr;

    SessionTiming m_timing;
    std::unique_ptr<SessionPlayer> m_player;
    QString m_title;
    QString m_cueText;
    QTimer m_eventTimer; // precise, single shot: the player's next event
    QTimer m_frameTimer; // 10 Hz, only while a timed phase is on screen
    bool m_pausedForConfirm = false;
    std::optional<SessionRecord> m_unsaved; // taken from the player, not yet in the journal
    std::optional<RecordId> m_savedId;
    std::optional<RecordId> m_kneeEntryId;
};

} // namespace patella
