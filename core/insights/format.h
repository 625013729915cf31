#pragma once

#include "core/model/units.h"

#include <QString>

// How insights write numbers into their reasons, in the runner's unit and locale.
namespace patella::insightformat {

// "32 km", "32.5 km", "19.9 mi": one decimal at most, none when it is zero.
QString distance(double metres, DistanceUnit unit);

// A signed change in percent: "+19%", "-4%". Near the 10% thresholds it keeps one decimal ("+10.1%") so a
// flagged rise never reads as "+10%".
QString signedPercent(double value);

// An unsigned percentage, rounded like signedPercent: "92%", "10.1%".
QString percent(double value);

// A 0-10 pain score or mean: "3", "3.4".
QString score(double value);

// Any other measured value, one decimal at most.
QString number(double value);

} // namespace patella::insightformat
