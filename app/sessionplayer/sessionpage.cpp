#include "app/sessionplayer/sessionpage.h"

#include "app/presentation/sessiondoses.h"
#include "app/sessionplayer/cueplayer.h"
#include "app/sessionplayer/routinelist.h"
#include "app/sessionplayer/sessionillustration.h"
#include "app/sessionplayer/sessionsummary.h"
#include "app/ui/appcontext.h"
#include "core/catalog/catalog.h"
#include "core/model/clock.h"
#include "core/session/sessioncuetext.h"
#include "core/session/sessionplayer.h"
#include "core/store/journalstore.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <limits>

namespace patella {
namespace {

constexpr int kFrameMs = 100; // the ring's animation; digits change on the precise timer anyway
constexpr qint64 kStaleCueMs = 1500; // cues caught up after a stall are shown, not played

} // namespace

SessionPage::SessionPage(AppContext& context, QWidget* parent, CuePlayer* cues)
    : QWidget(parent)
    , m_context(context)
    , m_cues(cues ? cues : new CuePlayer(context.preferences, this))
{
    setObjectName(QStringLiteral("sessionPage"));
    setFocusPolicy(Qt::StrongFocus);

    m_stack = new QStackedWidget(this);
    m_routines = new RoutineList(context.catalog, m_stack);
    m_run = new SessionRunView(m_stack);
    m_summary = new SessionSummary(m_stack);
    m_stack->addWidget(m_routines);
    m_stack->addWidget(m_run);
    m_stack->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_routines, &RoutineList::startRequested, this, &SessionPage::startRoutine);
    connect(m_run, &SessionRunView::action, this, &SessionPage::onRunAction);
    connect(m_run, &SessionRunView::painScore, this, [this](int score) {
        if (m_player && m_player->reportPain(score, m_run->painKind()))
            afterChange();
    });
    connect(m_run, &SessionRunView::painChoice, this, [this](PainStopChoice choice) {
        if (m_player && m_player->choose(choice))
            afterChange();
    });
    connect(m_summary, &SessionSummary::kneeNowChosen, this, &SessionPage::saveKneeNow);
    connect(m_summary, &SessionSummary::retrySave, this, &SessionPage::saveRecord);
    connect(m_summary, &SessionSummary::closeRequested, this, &SessionPage::showRoutines);

    m_eventTimer.setSingleShot(true);
    m_eventTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_eventTimer, &QTimer::timeout, this, &SessionPage::processClock);
    m_frameTimer.setInterval(kFrameMs);
    m_frameTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &SessionPage::onFrame);

    // A last chance when the app quits without the window asking (a session is saved only once anyway).
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, [this] { finishOrInterrupt(); });
    refreshRoutineList();
}

SessionPage::~SessionPage() = default;

SessionPage::View SessionPage::view() const
{
    if (m_stack->currentWidget() == m_run)
        return View::Running;
    if (m_stack->currentWidget() == m_summary)
        return View::Summary;
    return View::Routines;
}

bool SessionPage::isRunning() const
{
    return m_player && m_player->isStarted() && !m_player->isFinished();
}

int SessionPage::msUntilTimer() const
{
    return m_eventTimer.isActive() ? m_eventTimer.remainingTime() : -1;
}

bool SessionPage::startRoutine(const QString& routineId)
{
    if (isRunning())
        return false;
    const Routine* routine = m_context.catalog.routine(routineId);
    Result<SessionDoses> doses = SessionDoses::load(m_context.store, m_context.clock.today());
    if (!doses) {
        m_routines->setMessage(tr("The journal could not be read: %1").arg(doses.error().text()));
        return false;
    }
    Result<QList<PlannedItem>> items = doses->routineItems(m_context.catalog, routineId);
    if (!items) {
        m_routines->setMessage(items.error().text());
        return false;
    }
    return startPlanned(routineId, routine->name, std::move(items).value());
}

bool SessionPage::startExercise(const QString& exerciseId)
{
    if (isRunning())
        return false;
    Result<SessionDoses> doses = SessionDoses::load(m_context.store, m_context.clock.today());
    if (!doses) {
        m_routines->setMessage(tr("The journal could not be read: %1").arg(doses.error().text()));
        return false;
    }
    Result<QList<PlannedItem>> items = doses->exerciseItems(m_context.catalog, exerciseId);
    if (!items) {
        m_routines->setMessage(items.error().text());
        return false;
    }
    const QString name = items->first().exercise.name;
    // Exercise and routine ids share one namespace, so the exercise's id names a one-exercise session.
    return startPlanned(exerciseId, name, std::move(items).value());
}

bool SessionPage::startPlanned(const QString& routineId, const QString& title, QList<PlannedItem> items)
{
    if (isRunning())
        return false;
    if (m_unsaved) {
        saveRecord(); // the last session's failed write: once more, never dropped
        if (m_unsaved)
            return false;
    }
    auto player = std::make_unique<SessionPlayer>(m_context.clock, routineId, std::move(items), m_timing);
    connect(player.get(), &SessionPlayer::cue, this, &SessionPage::onCue);
    std::swap(m_player, player); // start() already cues, and onCue reads m_player
    m_cueText.clear();
    if (Result<void> started = m_player->start(); !started) {
        std::swap(m_player, player);
        m_routines->setMessage(tr("This session cannot start: %1").arg(started.error().text()));
        m_stack->setCurrentWidget(m_routines);
        return false;
    }
    m_title = title;
    m_savedId.reset();
    m_kneeEntryId.reset();
    m_pausedForConfirm = false;
    m_routines->setMessage({});
    m_run->setConfirmingStop(false);
    m_stack->setCurrentWidget(m_run);
    setFocus(Qt::OtherFocusReason);
    emit sessionStarted(routineId);
    emit runningChanged(true);
    afterChange();
    return true;
}

void SessionPage::processClock()
{
    if (!m_player)
        return;
    m_player->update();
    afterChange();
}

void SessionPage::onCue(const SessionCue& cue)
{
    if (cue.kind != CueKind::Countdown && cue.kind != CueKind::Halfway && cue.kind != CueKind::NextUp)
        m_cueText = cueText(cue);
    if (m_player && m_player->sessionMs() - cue.atMs > kStaleCueMs)
        return; // a late catch-up (the machine slept): show where we are, do not play a burst of sounds
    switch (cue.kind) {
    case CueKind::Countdown:
        m_cues->play(CuePlayer::Tone::Countdown);
        break;
    case CueKind::SwitchSides:
        m_cues->play(CuePlayer::Tone::Switch);
        break;
    case CueKind::GetReady:
    case CueKind::Hold:
    case CueKind::Reps:
    case CueKind::Rest:
    case CueKind::PainCheck:
        m_cues->play(CuePlayer::Tone::Phase);
        break;
    case CueKind::Done:
        m_cues->play(CuePlayer::Tone::Done);
        break;
    case CueKind::NextUp:
    case CueKind::Halfway:
    case CueKind::PainStop:
    case CueKind::SeePhysio:
        break;
    }
    speakFor(cue);
}

void SessionPage::speakFor(const SessionCue& cue)
{
    switch (cue.kind) {
    case CueKind::NextUp: // the next exercise's name
    case CueKind::SwitchSides:
    case CueKind::Rest:
    case CueKind::PainCheck:
    case CueKind::SeePhysio:
        m_cues->say(cueText(cue));
        break;
    case CueKind::GetReady:
        if (cue.step == 0) // later exercises were announced by NextUp
            m_cues->say(cueText(cue));
        break;
    case CueKind::Hold:
        if (!cue.partName.isEmpty())
            m_cues->say(cue.partName);
        break;
    case CueKind::Done:
        m_cues->say(tr("Session done."));
        break;
    case CueKind::Reps:
    case CueKind::Countdown:
    case CueKind::Halfway:
    case CueKind::PainStop:
        break;
    }
}

void SessionPage::onRunAction(SessionRunView::Action action)
{
    if (!isRunning())
        return;
    bool changed = false;
    switch (action) {
    case SessionRunView::Action::Back:
        changed = m_player->back();
        break;
    case SessionRunView::Action::PauseResume:
        changed = m_player->isPaused() ? m_player->resume() : m_player->pause();
        m_pausedForConfirm = false;
        break;
    case SessionRunView::Action::AddTime:
        changed = m_player->addTime(std::chrono::seconds(10));
        break;
    case SessionRunView::Action::Skip:
        changed = m_player->skip();
        break;
    case SessionRunView::Action::Stop:
        requestStop();
        return;
    case SessionRunView::Action::ConfirmStop:
        confirmStop();
        return;
    case SessionRunView::Action::CancelStop:
        cancelStop();
        return;
    case SessionRunView::Action::RepsDone:
        if (m_player->phase() == SessionPhase::Reps)
            changed = m_player->completeReps(m_player->snapshot().targetReps);
        break;
    }
    if (changed)
        afterChange();
}

void SessionPage::requestStop()
{
    if (!isRunning() || m_run->isConfirmingStop())
        return;
    // The clock stops while the runner decides.
    m_pausedForConfirm = m_player->pause();
    m_run->setConfirmingStop(true);
    afterChange();
}

void SessionPage::cancelStop()
{
    m_run->setConfirmingStop(false);
    if (m_pausedForConfirm && m_player)
        m_player->resume();
    m_pausedForConfirm = false;
    afterChange();
}

void SessionPage::confirmStop()
{
    m_run->setConfirmingStop(false);
    m_pausedForConfirm = false;
    if (m_player)
        m_player->stop();
    afterChange();
}

bool SessionPage::finishOrInterrupt()
{
    if (!m_player)
        return true;
    if (isRunning()) {
        m_player->stop();
        afterChange();
    }
    return !m_unsaved.has_value();
}

void SessionPage::afterChange()
{
    if (m_player && m_player->isFinished() && !m_player->isRecorded()) {
        saveFinished();
        return;
    }
    refreshView();
    schedule();
}

void SessionPage::refreshView()
{
    if (!isRunning())
        return;
    const SessionSnapshot snapshot = m_player->snapshot();
    if (snapshot.phase == SessionPhase::PainChoice) {
        // Is there an exercise after the one pain stopped, and did the kind of pain stop it?
        const QList<SessionStep>& steps = m_player->steps();
        bool exerciseAfter = false;
        for (int i = m_player->currentStep() + 1; i < steps.size(); ++i)
            exerciseAfter = exerciseAfter || (steps.at(i).isWork() && steps.at(i).itemIndex != snapshot.itemIndex);
        const QList<PainReport>& reports = m_player->painReports();
        const bool byKind = !reports.isEmpty() && reports.constLast().kind == PainKind::SharpStabbingOrCatching
            && reports.constLast().band != PainBand::TooMuch;
        m_run->setStopChoices(exerciseAfter, byKind);
    }
    const bool item = snapshot.itemIndex >= 0 && snapshot.itemIndex < m_player->items().size();
    m_run->setMirrorForRight(!item || m_player->items().at(snapshot.itemIndex).exercise.mirrored);
    m_run->display(snapshot, illustrationFor(snapshot), m_cueText);
}

void SessionPage::onFrame()
{
    if (!isRunning())
        return;
    m_run->displayTime(m_player->snapshot());
}

void SessionPage::schedule()
{
    const std::optional<std::chrono::milliseconds> next
        = isRunning() ? m_player->msUntilNextEvent() : std::optional<std::chrono::milliseconds>();
    if (next)
        m_eventTimer.start(int(std::min<qint64>(next->count(), std::numeric_limits<int>::max())));
    else
        m_eventTimer.stop();
    const bool animate = next && isVisible() && view() == View::Running;
    if (animate && !m_frameTimer.isActive())
        m_frameTimer.start();
    else if (!animate)
        m_frameTimer.stop();
}

QString SessionPage::illustrationFor(const SessionSnapshot& snapshot) const
{
    if (!m_player || snapshot.itemIndex < 0 || snapshot.itemIndex >= m_player->items().size())
        return {};
    const Exercise& exercise = m_player->items().at(snapshot.itemIndex).exercise;
    if (!exercise.imagePath.isEmpty())
        return exercise.imagePath;
    const QString part
        = snapshot.part < exercise.dose.parts.size() ? exercise.dose.parts.at(snapshot.part).id : QString();
    return SessionIllustration::illustrationFor(exercise.illustration, part);
}

void SessionPage::saveFinished()
{
    m_eventTimer.stop();
    m_frameTimer.stop();
    std::optional<SessionRecord> record = m_player->takeRecord();
    if (!record)
        return;
    m_unsaved = std::move(record);

    SessionSummary::Facts facts;
    facts.routineName = m_title;
    facts.end = m_player->end();
    facts.record = *m_unsaved;
    facts.pain = m_player->painReports();
    for (const PlannedItem& item : m_player->items())
        facts.exerciseNames.append(item.exercise.name);
    m_summary->showFacts(facts);
    m_stack->setCurrentWidget(m_summary);
    saveRecord();
    emit runningChanged(false);
}

void SessionPage::saveRecord()
{
    if (!m_unsaved)
        return;
    const Result<RecordId> added = m_context.store.add<SessionRecord>(*m_unsaved);
    if (!added) {
        m_summary->setSaveStatus(tr("The session could not be saved: %1").arg(added.error().text()), true);
        return;
    }
    m_savedId = added.value();
    m_unsaved.reset();
    m_summary->setSaveStatus(tr("Saved in your journal."), false);
    refreshRoutineList(); // today's doses may have changed with the new pain reports
    emit sessionSaved(*m_savedId);
}

void SessionPage::saveKneeNow(int score)
{
    if (!m_savedId) {
        m_summary->setSaveStatus(tr("Save the session first, then the knee score."), true);
        return;
    }
    PainEntry entry;
    entry.at = m_context.clock.now().toUTC();
    entry.localDate = m_context.clock.today();
    entry.score = score;
    entry.situation = PainSituation::AfterSession;
    entry.side = Side::Both;
    entry.sessionId = m_savedId;
    if (m_kneeEntryId) {
        entry.id = *m_kneeEntryId;
        if (const Result<void> updated = m_context.store.update<PainEntry>(entry); !updated) {
            m_summary->setSaveStatus(tr("The knee score could not be saved: %1").arg(updated.error().text()), true);
            return;
        }
    } else {
        const Result<RecordId> added = m_context.store.add<PainEntry>(entry);
        if (!added) {
            m_summary->setSaveStatus(tr("The knee score could not be saved: %1").arg(added.error().text()), true);
            return;
        }
        m_kneeEntryId = added.value();
    }
    m_summary->setKneeNow(score);
}

void SessionPage::showRoutines()
{
    if (isRunning()) {
        m_stack->setCurrentWidget(m_run);
        return;
    }
    refreshRoutineList();
    m_stack->setCurrentWidget(m_routines);
}

void SessionPage::rebuildRoutineList()
{
    auto* list = new RoutineList(m_context.catalog, m_stack);
    connect(list, &RoutineList::startRequested, this, &SessionPage::startRoutine);
    const bool shown = m_stack->currentWidget() == m_routines;
    m_stack->insertWidget(0, list);
    m_stack->removeWidget(m_routines);
    m_routines->deleteLater();
    m_routines = list;
    if (shown)
        m_stack->setCurrentWidget(m_routines);
    refreshRoutineList();
}

void SessionPage::refreshRoutineList()
{
    Result<SessionDoses> doses = SessionDoses::load(m_context.store, m_context.clock.today());
    m_routines->refresh(doses ? doses.value() : SessionDoses());
}

void SessionPage::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    // T gives 10: the number keys stop at 9.
    const int digit = key >= Qt::Key_0 && key <= Qt::Key_9 ? key - Qt::Key_0 : key == Qt::Key_T ? 10 : -1;

    if (view() == View::Summary) {
        if (digit >= 0)
            saveKneeNow(digit);
        else if (enter || key == Qt::Key_Escape)
            showRoutines();
        else
            return QWidget::keyPressEvent(event);
        return event->accept();
    }
    if (!isRunning())
        return QWidget::keyPressEvent(event);

    if (m_run->isConfirmingStop()) {
        if (key == Qt::Key_Escape)
            cancelStop();
        else if (enter)
            confirmStop();
        return event->accept(); // nothing else while the question is open
    }

    const SessionPhase phase = m_player->phase();
    if (key == Qt::Key_Space)
        onRunAction(SessionRunView::Action::PauseResume);
    else if (key == Qt::Key_Right)
        onRunAction(SessionRunView::Action::Skip);
    else if (key == Qt::Key_Left)
        onRunAction(SessionRunView::Action::Back);
    else if (key == Qt::Key_Plus || key == Qt::Key_Equal)
        onRunAction(SessionRunView::Action::AddTime);
    else if (key == Qt::Key_Escape)
        requestStop();
    else if (enter && phase == SessionPhase::Reps)
        onRunAction(SessionRunView::Action::RepsDone);
    else if (key == Qt::Key_S && phase == SessionPhase::PainCheck)
        m_run->togglePainKind();
    else if (digit >= 0 && phase == SessionPhase::PainCheck) {
        if (m_player->reportPain(digit, m_run->painKind()))
            afterChange();
    } else if (digit >= 1 && digit <= 2 && phase == SessionPhase::PainChoice) {
        const PainStopChoice choices[] = {PainStopChoice::NextExercise, PainStopChoice::EndSession};
        if (m_run->offers(choices[digit - 1]) && m_player->choose(choices[digit - 1]))
            afterChange();
    } else
        return QWidget::keyPressEvent(event);
    event->accept();
}

void SessionPage::closeEvent(QCloseEvent* event)
{
    finishOrInterrupt();
    QWidget::closeEvent(event);
}

void SessionPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (isRunning()) {
        processClock(); // catch up with what happened while another page was shown
        setFocus(Qt::OtherFocusReason);
    } else if (view() == View::Routines) {
        refreshRoutineList();
    }
}

void SessionPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_frameTimer.stop(); // the precise timer keeps the session (and its sounds) going
}

} // namespace patella
