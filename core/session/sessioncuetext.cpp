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
    case CueKind::SharpPain:
        return QCoreApplication::translate(
            "SessionCue",
            "That is more than the knee should feel. Go on with a smaller range, skip the rest of this "
            "exercise, or end for today.");
    case CueKind::SeePhysio:
        return QCoreApplication::translate(
            "SessionCue", "That is the second sharp pain today. Stop here, and ask a physio to look at the knee.");
    case CueKind::Done:
        return QCoreApplication::translate("SessionCue", "That is the session done.");
    }
    return {};
}

} // namespace patella
