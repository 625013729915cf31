#include "core/session/sessioncuetext.h"

#include <QCoreApplication>

namespace patella {
QString sideName(StepSide side)
{
    switch (side) {
    case StepSide::Left:
        return QCoreApplication::translate("SessionCue", "left side");
    case StepSide::Right:
        return QCoreApplication::translate("SessionCue", "right side");
    case StepSide::None:
        break;
    }
    return {};
}

QString cueText(const SessionCue& cue)
{
    const QString side = sideName(cue.side);
    switch (cue.kind) {
    case CueKind::GetReady:
        return side.isEmpty()
            ? QCoreApplication::translate("SessionCue", "Get into position: %1.").arg(cue.exerciseName)
            : QCoreApplication::translate("SessionCue", "Get into position: %1, %2.").arg(cue.exerciseName, side);
    case CueKind::NextUp:
        return QCoreApplication::translate("SessionCue", "Next up: %1.").arg(cue.exerciseName);
    case CueKind::Hold:
        return cue.partName.isEmpty()
            ? QCoreApplication::translate("SessionCue", "Hold it, and keep breathing.")
            : QCoreApplication::translate("SessionCue", "%1. Hold it, and keep breathing.").arg(cue.partName);
    case CueKind::Reps:
        return cue.tempoSeconds > 0
            ? QCoreApplication::translate("SessionCue",
                                          "%n slow rep(s), about %1 seconds each. Tap done when you finish.", nullptr,
                                          cue.targetReps)
                  .arg(cue.tempoSeconds)
            : QCoreApplication::translate("SessionCue", "%n rep(s). Tap done when you finish.", nullptr,
                                          cue.targetReps);
    case CueKind::Countdown:
        return QString::number(cue.secondsLeft);
    case CueKind::Halfway:
        return QCoreApplication::translate("SessionCue", "Halfway.");
    case CueKind::SwitchSides:
        return QCoreApplication::translate("SessionCue", "Change over to the %1.").arg(side);
    case CueKind::Rest:
        return QCoreApplication::translate("SessionCue", "Rest. Set %1 comes next.").arg(cue.set);
    case CueKind::PainCheck:
        return QCoreApplication::translate("SessionCue", "How did the knee feel? Rate it from 0 to 10.");
    case CueKind::PainStop:
        return QCoreApplication::translate(
            "SessionCue",
            "That is more than the knee should have to take, so this exercise stops for today; its dose steps "
            "back next time. Go on to the next exercise, or end the session.");
    case CueKind::SeePhysio:
        return QCoreApplication::translate(
            "SessionCue",
            "Pain has stopped two exercises today. End here, rest the knee, and ask a physiotherapist to look "
            "at it.");
    case CueKind::Done:
        return QCoreApplication::translate("SessionCue", "That is the session done.");
    }
    return {};
}

} // namespace patella
