#pragma once

#include "core/import/activity.h"

#include <cmath>
#include <cstdlib>

// What every parser's result must satisfy, whatever the input. The fuzzers abort when it does not, so a
// nonsense activity is a finding like a crash; the regression tests replay the saved inputs through it.
namespace patella::fuzz {

// The first broken promise, or nullptr when the result keeps them all.
inline const char* violation(const Result<ParsedFile>& result)
{
    if (!result)
        return result.error().message.isEmpty() ? "an error without a message" : nullptr;
    for (const Activity& activity : result->activities) {
        if (!activity.start.isValid())
            return "an activity without a valid start";
        if (activity.elapsedSeconds < 0 || activity.movingSeconds < 0)
            return "a negative duration";
        if (activity.movingSeconds > activity.elapsedSeconds)
            return "moving time longer than elapsed time";
        if (!std::isfinite(activity.distanceMetres) || activity.distanceMetres < 0.0)
            return "a negative or infinite distance";
        if (activity.distanceSource == DistanceSource::None && activity.distanceMetres != 0.0)
            return "a distance without a source";
        if (activity.points < 0 || activity.skippedPoints < 0)
            return "a negative point count";
        if (activity.cadenceSpm && !(std::isfinite(*activity.cadenceSpm) && *activity.cadenceSpm > 0.0))
            return "a cadence that is not a positive number";
        if (activity.heartRateBpm && !(std::isfinite(*activity.heartRateBpm) && *activity.heartRateBpm > 0.0))
            return "a heart rate that is not a positive number";
    }
    return nullptr;
}

inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace patella::fuzz
