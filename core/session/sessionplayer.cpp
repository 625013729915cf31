#include "core/session/sessionplayer.h"

#include <algorithm>

namespace patella {

SessionPlayer::SessionPlayer(const Clock& clock, QString routineId, QList<PlannedItem> items, SessionTiming timing,
                             QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_routineId(std::move(routineId))
    , m_items(std::move(items))
    , m_timing(timing)
    , m_steps(buildSessionSteps(m_items, m_timing))
{
    m_plannedAfter.resize(m_steps.size());
    qint64 after = 0;
    for (qsizetype i = m_steps.size() - 1; i >= 0; --i) {
        m_plannedAfter[i] = after;
        after += m_steps.at(i).durationMs;
    }
    m_plannedTotalMs = after;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).isWork())
            m_workSteps.append(int(i));
    }
    m_work.resize(m_workSteps.size());
}

SessionPlayer::~SessionPlayer() = default;

qint64 SessionPlayer::clockMs() const
{
    return m_clock.elapsed().count();
}

qint64 SessionPlayer::sessionMs() const
{
    if (!m_started)
        return 0;
    if (isFinished())
        return m_endMs;
    return (m_paused ? m_pausedSince : clockMs()) - m_origin - m_pausedTotal;
}

SessionPhase SessionPlayer::phase() const
{
    if (!m_started)
        return SessionPhase::NotStarted;
    if (isFinished())
        return SessionPhase::Done;
    if (m_awaitingChoice)
        return SessionPhase::PainChoice;
    return current().kind;
}

Result<void> SessionPlayer::start()
{
    if (m_started)
        return Error {QStringLiteral("session"), tr("The session has already started.")};
    if (Result<void> valid = validatePlannedItems(m_items); !valid)
        return valid;
    m_started = true;
    m_origin = clockMs();
    m_startedAt = m_clock.now().toUTC();
    enter(0, 0);
    return {};
}

QList<SessionCue> SessionPlayer::update()
{
    QList<SessionCue> cues;
    m_batch = &cues;
    catchUp();
    m_batch = nullptr;
    return cues;
}

void SessionPlayer::catchUp()
{
    if (isActive())
        advanceTo(sessionMs());
}

void SessionPlayer::advanceTo(qint64 now)
{
    while (isActive() && current().isTimed()) {
        fireMarks(std::min(now, m_deadline));
        if (now < m_deadline)
            break;
        const qint64 end = m_deadline;
        if (current().isWork())
            finishWork(end, WorkStatus::Done);
        enter(m_index + 1, end);
    }
}

QList<SessionPlayer::Mark> SessionPlayer::marks() const
{
    QList<Mark> result;
    const SessionStep& step = current();
    if (!step.isTimed())
        return result;
    const qint64 total = m_deadline - m_phaseStart;
    // Halfway only where it cannot collide with the countdown.
    if (step.kind == SessionPhase::Hold && !m_halfwayFired && total > 2000 * qint64(m_timing.countdownFrom))
        result.append({m_phaseStart + total / 2, CueKind::Halfway, 0});
    for (int k = m_timing.countdownFrom; k >= 1; --k) {
        const qint64 at = m_deadline - 1000 * qint64(k);
        if (at > m_phaseStart)
            result.append({at, CueKind::Countdown, k});
    }
    std::stable_sort(result.begin(), result.end(), [](const Mark& a, const Mark& b) { return a.at < b.at; });
    return result;
}

void SessionPlayer::fireMarks(qint64 upTo)
{
    for (const Mark& mark : marks()) {
        if (mark.at <= m_processedTo || mark.at > upTo)
            continue;
        if (mark.kind == CueKind::Halfway)
            m_halfwayFired = true;
        emitCue(mark.kind, mark.at, mark.secondsLeft);
    }
    m_processedTo = std::max(m_processedTo, upTo);
}

std::optional<std::chrono::milliseconds> SessionPlayer::msUntilNextEvent() const
{
    if (!isActive() || m_paused || !current().isTimed())
        return std::nullopt;
    qint64 next = m_deadline;
    for (const Mark& mark : marks()) {
        if (mark.at > m_processedTo) {
            next = std::min(next, mark.at);
            break; // sorted
        }
    }
    return std::chrono::milliseconds(std::max<qint64>(0, next - sessionMs()));
}

void SessionPlayer::enter(int index, qint64 at)
{
    m_awaitingChoice = false;
    m_phaseStart = at;
    m_processedTo = at;
    m_halfwayFired = false;
    if (index >= m_steps.size()) {
        m_index = int(m_steps.size());
        finish(SessionEnd::Completed, at);
        return;
    }
    m_index = index;
    const SessionStep& step = current();
    m_deadline = at + (step.isTimed() ? step.durationMs : 0);
    if (step.isWork())
        m_work[step.workIndex] = WorkState {WorkStatus::InProgress, 0, 0, m_work.at(step.workIndex).pain,
                                            m_work.at(step.workIndex).painKind};

    switch (step.kind) {
    case SessionPhase::GetReady:
        if (step.itemIndex > 0)
            emitCue(CueKind::NextUp, at);
        emitCue(CueKind::GetReady, at);
        break;
    case SessionPhase::Hold:
        emitCue(CueKind::Hold, at);
        break;
    case SessionPhase::Reps:
        emitCue(CueKind::Reps, at);
        break;
    case SessionPhase::Switch:
        emitCue(CueKind::SwitchSides, at);
        break;
    case SessionPhase::Rest:
        emitCue(CueKind::Rest, at);
        break;
    case SessionPhase::PainCheck:
        emitCue(CueKind::PainCheck, at);
        break;
    case SessionPhase::NotStarted:
    case SessionPhase::PainChoice:
    case SessionPhase::Done:
        break;
    }
    emit phaseChanged(step.kind);
}

void SessionPlayer::finishWork(qint64 at, WorkStatus status)
{
    WorkState& work = m_work[current().workIndex];
    work.status = status;
    work.actualMs = std::max<qint64>(0, at - m_phaseStart);
}

void SessionPlayer::finishEarly(SessionEnd end, qint64 at)
{
    if (m_index >= 0 && m_index < m_steps.size() && current().isWork()
        && m_work.at(current().workIndex).status == WorkStatus::InProgress)
        finishWork(at, WorkStatus::Skipped);
    m_index = int(m_steps.size());
    finish(end, at);
}

void SessionPlayer::finish(SessionEnd end, qint64 at)
{
    // Wall time of the end: the start plus the real time passed, pauses included.
    const qint64 real = m_paused ? clockMs() - m_origin : at + m_pausedTotal;
    m_end = end;
    m_endMs = at;
    m_endedAt = m_startedAt.addMSecs(real);
    m_awaitingChoice = false;
    if (m_paused) {
        m_paused = false;
        emit pausedChanged(false);
    }
    if (end == SessionEnd::SecondPainStop)
        emitCue(CueKind::SeePhysio, at);
    emitCue(CueKind::Done, at);
    emit phaseChanged(SessionPhase::Done);
    emit finished(end);
}

void SessionPlayer::emitCue(CueKind kind, qint64 at, int secondsLeft)
{
    SessionCue c;
    c.kind = kind;
    c.atMs = at;
    c.secondsLeft = secondsLeft;
    if (m_index >= 0 && m_index < m_steps.size()) {
        const SessionStep& step = current();
        const Exercise& exercise = m_items.at(step.itemIndex).exercise;
        c.step = m_index;
        c.exerciseId = exercise.id;
        c.exerciseName = exercise.name;
        c.side = step.side;
        c.set = step.set;
        if (step.part < exercise.dose.parts.size())
            c.partName = exercise.dose.parts.at(step.part).name;
        c.targetReps = step.reps;
        c.tempoSeconds = step.tempoSeconds;
    }
    if (m_batch)
        m_batch->append(c);
    emit cue(c);
}

bool SessionPlayer::pause()
{
    if (!isActive() || m_paused)
        return false;
    catchUp();
    if (!isActive())
        return false;
    m_pausedSince = clockMs();
    m_paused = true;
    emit pausedChanged(true);
    return true;
}

bool SessionPlayer::resume()
{
    if (!isActive() || !m_paused)
        return false;
    m_pausedTotal += clockMs() - m_pausedSince;
    m_paused = false;
    emit pausedChanged(false);
    return true;
}

bool SessionPlayer::skip()
{
    catchUp();
    if (!isActive() || m_awaitingChoice)
        return false;
    const qint64 now = sessionMs();
    if (current().isWork())
        finishWork(now, WorkStatus::Skipped);
    enter(m_index + 1, now);
    return true;
}

int SessionPlayer::previousWorkStep(int before) const
{
    for (int i = before - 1; i >= 0; --i) {
        if (m_steps.at(i).isWork())
            return i;
    }
    return -1;
}

int SessionPlayer::nextWorkStep(int after) const
{
    for (int i = after + 1; i < m_steps.size(); ++i) {
        if (m_steps.at(i).isWork())
            return i;
    }
    return -1;
}

bool SessionPlayer::back()
{
    catchUp();
    if (!isActive())
        return false;
    const qint64 now = sessionMs();
    if (m_awaitingChoice) {
        // A mis-tap: take the report that stopped the exercise back and ask again.
        const PainReport taken = m_pain.takeLast();
        --m_stopCount;
        m_work[current().painWorkIndex].pain = latestPain(taken.itemIndex, taken.side);
        m_work[current().painWorkIndex].painKind = PainKind::Ordinary;
        enter(m_index, now);
        return true;
    }
    const SessionStep& step = current();
    int target = -1;
    if (step.isWork()) {
        const bool restart = now - m_phaseStart >= m_timing.backRestartsAfter.count();
        target = restart ? m_index : previousWorkStep(m_index);
        if (target < 0)
            target = m_index;
        m_work[step.workIndex].status = WorkStatus::NotReached;
        m_work[step.workIndex].actualMs = 0;
    } else {
        target = previousWorkStep(m_index);
        if (target < 0) {
            enter(m_index, now); // the first get-ready: start it again
            return true;
        }
    }
    if (target > 0) {
        const SessionPhase lead = m_steps.at(target - 1).kind;
        if (lead == SessionPhase::GetReady || lead == SessionPhase::Switch)
            --target;
    }
    enter(target, now);
    return true;
}

bool SessionPlayer::addTime(std::chrono::milliseconds extra)
{
    catchUp();
    if (!isActive() || m_awaitingChoice || !current().isTimed() || extra.count() <= 0)
        return false;
    m_deadline += extra.count();
    return true;
}

bool SessionPlayer::completeReps(int actual)
{
    catchUp();
    if (phase() != SessionPhase::Reps || actual < 0)
        return false;
    const qint64 now = sessionMs();
    m_work[current().workIndex].actualReps = actual;
    finishWork(now, WorkStatus::Done);
    enter(m_index + 1, now);
    return true;
}

bool SessionPlayer::reportPain(int score, PainKind kind)
{
    catchUp();
    if (phase() != SessionPhase::PainCheck || score < 0 || score > 10)
        return false;
    const qint64 now = sessionMs();
    const SessionStep& step = current();
    PainReport report;
    report.itemIndex = step.itemIndex;
    report.exerciseId = m_items.at(step.itemIndex).exercise.id;
    report.side = step.side;
    report.score = score;
    report.band = painBand(score);
    report.kind = kind;
    report.stopped = stopsTheExercise(score, kind);
    report.atMs = now;
    m_pain.append(report);
    m_work[step.painWorkIndex].pain = score;
    m_work[step.painWorkIndex].painKind = kind;

    if (!report.stopped) {
        enter(m_index + 1, now);
        return true;
    }
    if (++m_stopCount >= 2) {
        finishEarly(SessionEnd::SecondPainStop, now);
        return true;
    }
    m_awaitingChoice = true;
    emitCue(CueKind::PainStop, now);
    emit phaseChanged(SessionPhase::PainChoice);
    return true;
}

bool SessionPlayer::choose(PainStopChoice choice)
{
    if (!isActive() || !m_awaitingChoice)
        return false;
    const qint64 now = sessionMs();
    m_pain.last().choice = choice;
    m_awaitingChoice = false;
    switch (choice) {
    case PainStopChoice::NextExercise: {
        // The rest of this exercise is not done today, on either side.
        const int item = current().itemIndex;
        int next = m_index + 1;
        for (; next < m_steps.size() && m_steps.at(next).itemIndex == item; ++next) {
            const SessionStep& step = m_steps.at(next);
            if (step.isWork())
                m_work[step.workIndex] = WorkState {WorkStatus::Skipped, 0, 0, m_work.at(step.workIndex).pain,
                                                    m_work.at(step.workIndex).painKind};
        }
        enter(next, now);
        break;
    }
    case PainStopChoice::EndSession:
        finishEarly(SessionEnd::StoppedForPain, now);
        break;
    }
    return true;
}

bool SessionPlayer::stop()
{
    catchUp();
    if (!isActive())
        return false;
    finishEarly(SessionEnd::StoppedByRunner, sessionMs());
    return true;
}

std::optional<int> SessionPlayer::latestPain(int itemIndex, StepSide side) const
{
    for (qsizetype i = m_pain.size() - 1; i >= 0; --i) {
        if (m_pain.at(i).itemIndex == itemIndex && m_pain.at(i).side == side)
            return m_pain.at(i).score;
    }
    return std::nullopt;
}

} // namespace patella
