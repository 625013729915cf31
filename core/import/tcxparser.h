#pragma once

#include "core/import/activity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace patella {

// Garmin Training Center XML (TrainingCenterDatabase v2), read with QXmlStreamReader.
//
// Each <Activity>, alone or inside a <MultiSportSession>, is its own activity; a <Course> is a plan,
// not an activity, and is said in ParsedFile::notes. The sport is the Sport attribute ("Running",
// "Biking", "Other"; Other is judged from the pace, sport.h); a run none of whose points has a
// position is a treadmill run. Moving time is the sum of the laps' <TotalTimeSeconds> (the watch's
// timer time) when the laps have it, else the pause rule over the points (trackstats.h, each <Track>
// a segment). Distance is the device's own: the sum of the laps' <DistanceMeters>, else the
// trackpoints' cumulative <DistanceMeters>; only without either the haversine sum of the positions.
// Cadence is the points' RunCadence (ActivityExtension v2) or <Cadence>, else the laps' averages,
// normalised to steps per minute (sport.h). A trackpoint without <Time> is skipped and counted; one
// without <Position> is kept (treadmill runs have none). The device is the activity's <Creator>, else
// the file's <Author>.
class TcxParser final
{
    Q_DECLARE_TR_FUNCTIONS(patella::TcxParser)

public:
    static Result<ParsedFile> parse(const QByteArray& data, const QString& path);
};

} // namespace patella
