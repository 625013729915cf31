#pragma once

#include "core/import/activity.h"

#include <QString>

#include <optional>

// Sports as the activity files name them, and the rules that follow from the sport. One home for each:
// the parsers, the importer, the preview and the command line all ask here.
namespace patella {

// Stable ids for the journal and --json ("running", "trail_running", "treadmill_running", "cycling",
// "swimming", "walking", "hiking", "other"); never translated.
QString sportId(ActivitySport sport);
std::optional<ActivitySport> sportFromId(const QString& id);

// The sport as the runner reads it, translated: "Run", "Trail run", "Cycling", "Other sport". Never a file's own
// word or a FIT enum name or number.
QString sportDisplayName(ActivitySport sport);

// The file's own word: TCX's Sport attribute ("Running", "Biking"), a GPX <type> ("running",
// "mountain biking", Strava's "9"), a FIT sport name ("trail_running"). Unknown words give Other.
ActivitySport sportFromName(const QString& name);

// Running, trail running and treadmill running become runs; everything else is listed and skipped.
bool isRun(ActivitySport sport);

// A file that does not say its sport (most GPX files) is judged by its average moving speed:
// below 5 km/h (12:00 min/km) a walk, above 20 km/h (3:00 min/km) a ride, in between a run. Without
// a distance or a moving time nothing can be told and the answer is Other.
constexpr double kWalkingBelowMetresPerSecond = 5.0 / 3.6;
constexpr double kCyclingAboveMetresPerSecond = 20.0 / 3.6;
ActivitySport sportFromPace(double distanceMetres, int movingSeconds);

// Watches store running cadence as strides per minute (one foot), which is half the step rate;
// some apps write steps per minute into the same fields. Nobody runs at 120 strides per minute or
// more, so when at least a tenth of an activity's samples reach 120 the file writes steps and the
// average is kept; otherwise it is strides and doubled. (A lap average alone counts as one sample.)
// Cycling cadence (pedal revolutions) and swimming strokes are not steps: no value.
constexpr double kStepsFrom = 120.0;
constexpr double kStepSampleShare = 0.1;
std::optional<double> stepsPerMinute(ActivitySport sport, std::optional<double> averageCadence, double shareFrom120);

} // namespace patella
