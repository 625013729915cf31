#pragma once

#include "core/model/records.h"

#include <QDateTime>
#include <QString>

// The words a person reads for the journal's units, outcomes and times (situations, sides and tests are named by
// core/model/recordnames.h).
namespace patella::journaltext {

QString flexUnit(FlexUnit unit); // "cm", "°", "/10"
QString flexValue(double value, FlexUnit unit); // "9.5 cm", "40°", "6/10"
QString outcome(SessionOutcome outcome);
QString yesNo(bool value);

// The locale's short time format without seconds ("HH:mm" where the locale's short form is "HH:mm:ss").
QString timeFormat();
QString time(const QDateTime& utc); // local time of day, hours and minutes

} // namespace patella::journaltext
