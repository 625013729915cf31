#pragma once

#include "model/records.h"

#include <QString>

// The words a person reads for the journal's stable ids (situations, sides, tests, outcomes).
namespace patella::journaltext {

QString situation(PainSituation situation);
QString side(Side side);
QString flexTest(FlexTest test);
QString flexUnit(FlexUnit unit); // "cm", "°", "/10"
QString flexValue(double value, FlexUnit unit); // "9.5 cm", "40°", "6/10"
QString outcome(SessionOutcome outcome);
QString yesNo(bool value);

} // namespace patella::journaltext
