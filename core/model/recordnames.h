#pragma once

#include "core/model/records.h"

#include <QString>

// The names people read for the journal's situations, sides and flexibility tests: one table each, so the
// Today log, the journal, the charts, the insights and the report all say the same thing.
namespace patella {

// "During runs", "Stairs", "After sessions": short enough for a chart legend, translated.
QString situationName(PainSituation situation);
// "Left", "Right", "Both": for a column or a list of choices.
QString sideName(Side side);
// "Left knee", "Right knee", "Both knees": where the side stands alone.
QString kneeName(Side side);
// "Knee-to-wall", "Sit-and-reach", ...
QString flexTestName(FlexTest test);
// "Swelling of the knee", "The knee locks or catches", ...: the check-in's questions and the alert's words.
QString warningSignName(WarningSign sign);

} // namespace patella
