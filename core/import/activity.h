#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the activity-file parsers (GPX, TCX, FIT) hand to the importer: one entry per activity found in a
// file, with the figures the journal needs. Parsers never touch the journal; the importer decides what
// becomes a run. Distances are metres, durations seconds, instants UTC.
namespace patella {

enum class ActivitySport
{
    Running,
    TrailRunning,
    TreadmillRunning,
    Cycling,
    Swimming,
    Walking,
    Hiking,
    Other,
};

// Where the distance figure came from, so the preview and --json can say which.
enum class DistanceSource
{
    DeviceTotal, // the device's own total (FIT session, TCX laps)
    PointSum, // geodesic sum of the track points
    None, // no distance at all (e.g. an untimed, unpositioned file)
};

struct Activity
{
    ActivitySport sport = ActivitySport::Other;
    QString sportName; // the file's own word for the sport ("running", "Biking", "trail_running"), for messages
    bool sportFromPace = false; // the file names no known sport: sport was judged from the pace (sport.h)
    QDateTime start; // UTC
    std::optional<int> utcOffsetSeconds; // the runner's local time minus UTC at the start, when the file says
    int elapsedSeconds = 0; // first to last point / total elapsed time
    int movingSeconds = 0; // timer time where the file records it; else from the points with the pause rule
    double distanceMetres = 0.0;
    DistanceSource distanceSource = DistanceSource::None;
    int points = 0; // track points (records) used
    int skippedPoints = 0; // points without time or coordinates, skipped with a count
    std::optional<double> cadenceSpm; // steps per minute (normalised from strides per minute)
    std::optional<double> heartRateBpm;
    QString device; // the device or app that wrote it ("Garmin Forerunner 245", "Strava"), may be empty
    QString externalId; // stable id for re-import detection (format + start + device serial or content hash)
};

struct ParsedFile
{
    QString path;
    QList<Activity> activities;
    QStringList notes; // what the file holds besides activities, in words (a course, waypoints, an untimed track)
};

} // namespace patella
