#pragma once

#include "core/session/sessiontypes.h"

#include <QString>

// The words for a cue, shown and spoken by the app; translated in the "SessionCue" context.
namespace patella {

QString cueText(const SessionCue& cue);
QString sideName(StepSide side); // "left side", "right side", empty for None

} // namespace patella
