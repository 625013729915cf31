#pragma once

#include "core/import/activity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace patella {

// GPX 1.0 and 1.1 (https://www.topografix.com/GPX/1/1/), read with QXmlStreamReader.
//
// Each <trk> is its own activity, and a track is cut in two where more than kNewActivityAfterGapMs
// pass between two points, so no activity spans days. A point needs a time and a position; points
// without either are skipped and counted (Activity::skippedPoints). A track with no usable point is
// no activity and is said in ParsedFile::notes, as are waypoints and routes (plans, not recordings).
// <trkseg> breaks are pauses (trackstats.h). Heart rate and cadence come from Garmin's
// TrackPointExtension (hr, cad) or Cluetrust's gpxdata (hr, cadence), wherever they sit in a point's
// <extensions>. The sport is the track's <type>; without a known one it is judged from the pace
// (sport.h). Distance and moving time are Garmin's TrackStatsExtension totals when the track has them
// (DistanceSource::DeviceTotal), else the haversine sum and the pause rule (DistanceSource::PointSum).
// The device is the <gpx creator> attribute.
class GpxParser final
{
    Q_DECLARE_TR_FUNCTIONS(patella::GpxParser)

public:
    // path names the file in errors and in the result; data is the whole (uncompressed) file.
    static Result<ParsedFile> parse(const QByteArray& data, const QString& path);
};

} // namespace patella
