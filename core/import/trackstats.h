#pragma once

#include "core/import/activity.h"

#include <QStringView>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <optional>

// What GPX and TCX share: reading their timestamps, and summing a track's points into the figures of
// an Activity (elapsed and moving time, distance, average heart rate and cadence).
namespace patella {

// An ISO 8601 / XML Schema dateTime as the files write it: "2014-01-16T18:48:44.340Z", with a zone
// offset ("+01:00", "-0500"), any number of fraction digits, or no zone at all (taken as UTC, as GPX
// and TCX specify). Returns milliseconds since the epoch, or nothing when the text is not one.
std::optional<qint64> parseIsoTimeMs(QStringView text);

// The pause rule, for files that do not record a timer time: a step between two consecutive points
// of one segment counts as moving when the runner covered it at 0.5 m/s (1.8 km/h) or more, well below
// a walk; slower steps are standing at a light or an auto-pause. A step whose distance cannot be told
// (no positions, no device distance) counts as moving. The gap between two segments (GPX <trkseg>,
// TCX <Track>) never counts, and no distance is added across it.
constexpr double kMovingAtLeastMetresPerSecond = 0.5;

// More than two hours without a point ends an activity: the next point starts a new one (a logger
// left on between two outings), so no activity spans days.
constexpr qint64 kNewActivityAfterGapMs = 2 * 3600 * 1000;

// Heart rates outside 20-250 bpm are sensor placeholders (Garmin writes 255 when no strap is worn).
constexpr double kMinHeartRate = 20.0;
constexpr double kMaxHeartRate = 250.0;
// Cadence samples of 1,000 or more are damage, not a rhythm.
constexpr double kMaxCadence = 1000.0;

struct TrackPoint
{
    qint64 timeMs = 0;
    bool hasPosition = false;
    double lat = 0.0;
    double lon = 0.0;
    double deviceDistance = NAN; // cumulative metres as the device wrote them (TCX), NaN if absent
    double heartRate = NAN;
    double cadence = NAN; // as written (strides or steps per minute, or rpm), NaN if absent
};

// Accumulates the timed points of one activity in order; keeps no point list, so a 10 MB file costs
// only its figures.
class TrackStats final
{
public:
    // The next point follows a pause: the gap before it is neither moving time nor distance.
    void beginSegment()
    {
        m_segmentOpen = false;
        m_prevHasPosition = false;
        m_prevDevice = NAN;
    }
    void add(const TrackPoint& point);

    bool isEmpty() const { return m_points == 0; }
    int points() const { return m_points; }
    qint64 firstTimeMs() const { return m_firstMs; }
    qint64 lastTimeMs() const { return m_lastMs; }
    int elapsedSeconds() const;
    // Never more than the elapsed time, even when the points go back in time.
    int movingSeconds() const { return std::min(elapsedSeconds(), int(std::llround(double(m_movingMs) / 1000.0))); }
    bool hasPositions() const { return m_positioned > 0; }
    double pointDistance() const { return m_pointDistance; } // great-circle sum (geodesy.h) of positioned steps
    bool hasDeviceDistance() const { return m_hasDeviceDistance; }
    double deviceDistance() const { return m_deviceDistance; } // summed per segment, last minus first
    std::optional<double> averageHeartRate() const;
    std::optional<double> averageCadence() const; // mean of the non-zero samples, as written
    double cadenceShareFrom120() const; // share of the non-zero samples at 120 or more (sport.h)
    // Cadence in steps per minute for sport, by the rule in sport.h.
    std::optional<double> stepsPerMinute(ActivitySport sport) const;

private:
    int m_points = 0;
    int m_positioned = 0;
    bool m_segmentOpen = false;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    qint64 m_movingMs = 0;
    double m_pointDistance = 0.0;
    bool m_hasDeviceDistance = false;
    double m_deviceDistance = 0.0;
    // The previous point of the open segment.
    qint64 m_prevMs = 0;
    bool m_prevHasPosition = false;
    double m_prevLat = 0.0;
    double m_prevLon = 0.0;
    double m_prevDevice = NAN;
    double m_heartSum = 0.0;
    int m_heartCount = 0;
    double m_cadenceSum = 0.0;
    int m_cadenceCount = 0;
    int m_cadenceFrom120 = 0;
};

} // namespace patella
