// What the player shows and keeps: the view's snapshot and the session record.
#include "core/session/sessionplayer.h"

#include <algorithm>

namespace patella {
namespace {

Side recordSide(StepSide side)
{
    switch (side) {
    case StepSide::Left:
        return Side::Left;
    case StepSide::Right:
        return Side::Right;
    case StepSide::None:
        break;
    }
    return Side::Both;
}

int roundedSeconds(qint64 ms)
{
    return int((ms + 500) / 1000);
}

} // namespace

SessionSnapshot SessionPlayer::snapshot() const
{
    SessionSnapshot s;
    s.phase = phase();
    s.paused = m_paused;
    s.itemCount = int(m_items.size());
    s.end = m_end;
    s.seePhysio = seePhysio();
    if (!m_started) {
        s.timeLeftMs = m_plannedTotalMs;
        return s;
    }
    if (isFinished() || m_index < 0 || m_index >= m_steps.size()) {
        s.progress = 1.0;
        return s;
    }

    const SessionStep& step = current();
    const PlannedItem& item = m_items.at(step.itemIndex);
    s.step = m_index;
    s.itemIndex = step.itemIndex;
    s.exerciseId = item.exercise.id;
    s.exerciseName = item.exercise.name;
    s.side = step.side;
    s.set = step.set;
    s.sets = std::max(1, item.dose.sets);
    s.part = step.part;
    s.parts = int(std::max<qsizetype>(1, item.exercise.dose.parts.size()));
    if (step.part < item.exercise.dose.parts.size())
        s.partName = item.exercise.dose.parts.at(step.part).name;
    s.targetReps = step.reps;
    s.tempoSeconds = step.tempoSeconds;
    if (step.itemIndex + 1 < m_items.size())
        s.nextExerciseName = m_items.at(step.itemIndex + 1).exercise.name;
    s.nextUpText = nextUpText();

    const qint64 now = sessionMs();
    qint64 left = 0;
    if (step.isTimed()) {
        s.totalMs = m_deadline - m_phaseStart;
        s.remainingMs = std::clamp<qint64>(m_deadline - now, 0, s.totalMs);
        left = s.remainingMs;
    } else if (step.kind == SessionPhase::Reps) {
        left = std::max<qint64>(0, step.durationMs - (now - m_phaseStart));
    }
    s.timeLeftMs = left + m_plannedAfter.at(m_index);
    s.progress
        = m_plannedTotalMs > 0 ? std::clamp(1.0 - double(s.timeLeftMs) / double(m_plannedTotalMs), 0.0, 1.0) : 0.0;
    return s;
}

QString SessionPlayer::nextUpText() const
{
    // What comes after the phase on screen. During a hold or a pain check that is the next piece of work; during
    // a get-ready, a side switch or a rest it is the hold (or set) that the lead-in prepares for.
    const SessionStep& step = current();
    int from = m_index;
    int to = -1;
    if (step.kind == SessionPhase::PainCheck) {
        from = m_workSteps.at(step.painWorkIndex);
        to = nextWorkStep(from);
    } else if (step.isWork()) {
        to = nextWorkStep(m_index);
    } else {
        to = nextWorkStep(m_index);
        from = previousWorkStep(m_index);
    }
    if (to < 0)
        return step.isWork() || step.kind == SessionPhase::PainCheck ? tr("Last one") : QString();
    const SessionStep& next = m_steps.at(to);
    const PlannedItem& item = m_items.at(next.itemIndex);
    const QString side = next.side == StepSide::Left ? tr("Next: left side")
        : next.side == StepSide::Right               ? tr("Next: right side")
                                                     : QString();
    if (from < 0 || m_steps.at(from).itemIndex != next.itemIndex) {
        if (step.kind == SessionPhase::GetReady) {
            // Getting ready for this exercise's first hold.
            if (!side.isEmpty())
                return side;
            if (next.part < item.exercise.dose.parts.size() && item.exercise.dose.parts.size() > 1)
                return tr("Next: %1").arg(item.exercise.dose.parts.at(next.part).name);
            return next.kind == SessionPhase::Reps ? tr("Next: %n rep(s)", nullptr, next.reps) : tr("Next: the hold");
        }
        return tr("Next up: %1").arg(item.exercise.name);
    }
    const SessionStep& before = m_steps.at(from);
    if (next.set != before.set)
        return tr("Next: set %1 of %2").arg(next.set).arg(std::max(1, item.dose.sets));
    if (next.side != before.side)
        return side;
    if (next.part != before.part && next.part < item.exercise.dose.parts.size())
        return tr("Next: %1").arg(item.exercise.dose.parts.at(next.part).name);
    return {};
}

SessionRecord SessionPlayer::record() const
{
    SessionRecord r;
    r.routineId = m_routineId;
    r.start = m_startedAt;
    r.localDate = m_startedAt.isValid() ? m_startedAt.toLocalTime().date() : QDate();
    r.end = isFinished() ? m_endedAt : m_clock.now().toUTC();
    r.outcome = m_end == SessionEnd::Completed ? SessionOutcome::Completed : SessionOutcome::Interrupted;
    if (!m_started)
        return r;

    const qint64 now = sessionMs();
    for (int workIndex = 0; workIndex < m_workSteps.size(); ++workIndex) {
        const SessionStep& step = m_steps.at(m_workSteps.at(workIndex));
        const WorkState& work = m_work.at(workIndex);
        SessionItem item;
        item.exerciseId = m_items.at(step.itemIndex).exercise.id;
        item.side = recordSide(step.side);
        item.set = step.set;
        item.part = step.part;
        if (step.kind == SessionPhase::Hold) {
            item.plannedSeconds = roundedSeconds(step.durationMs);
        } else {
            item.plannedReps = step.reps;
            item.plannedSeconds = roundedSeconds(step.durationMs);
        }
        item.pain = work.pain;
        item.painKind = work.painKind;
        qint64 actualMs = work.actualMs;
        switch (work.status) {
        case WorkStatus::Done:
            item.actualReps = work.actualReps;
            break;
        case WorkStatus::InProgress:
            // Still running (the app closed mid-hold): what was held so far, not finished.
            actualMs
                = std::max<qint64>(0, std::min(now, step.kind == SessionPhase::Hold ? m_deadline : now) - m_phaseStart);
            item.skipped = true;
            break;
        case WorkStatus::NotReached:
        case WorkStatus::Skipped:
            item.skipped = true;
            break;
        }
        item.actualSeconds = roundedSeconds(actualMs);
        r.items.append(item);
    }
    return r;
}

std::optional<SessionRecord> SessionPlayer::takeRecord()
{
    if (!m_started || m_recorded)
        return std::nullopt;
    stop(); // a no-op once finished
    m_recorded = true;
    return record();
}

} // namespace patella
