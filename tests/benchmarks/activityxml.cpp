#include "tests/benchmarks/activityxml.h"

#include <QDateTime>
#include <QTimeZone>

namespace patella::bench {

QByteArray generatedXml(bool tcx, int points)
{
    QByteArray out;
    out.reserve(points * (tcx ? 420 : 300));
    if (tcx)
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase "
               "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\" "
               "xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">\n <Activities>\n"
               "  <Activity Sport=\"Running\">\n   <Id>2024-11-09T07:00:00Z</Id>\n"
               "   <Lap StartTime=\"2024-11-09T07:00:00Z\">\n    <TotalTimeSeconds>"
            + QByteArray::number(points) + "</TotalTimeSeconds>\n    <DistanceMeters>"
            + QByteArray::number(points * 2.8) + "</DistanceMeters>\n    <Track>\n";
    else
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"Patella bench\" "
               "xmlns=\"http://www.topografix.com/GPX/1/1\" "
               "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n <trk>\n"
               "  <type>running</type>\n  <trkseg>\n";
    const QDateTime start(QDate(2024, 11, 9), QTime(7, 0), QTimeZone::utc());
    for (int i = 0; i < points; ++i) {
        const QByteArray time = start.addSecs(i).toString(Qt::ISODate).toLatin1();
        const QByteArray lat = QByteArray::number(47.0 + i * 2.5e-5, 'f', 7);
        const QByteArray lon = QByteArray::number(8.5 + (i % 600) * 1e-5, 'f', 7);
        const QByteArray alt = QByteArray::number(400.0 + (i % 50) * 0.2, 'f', 1);
        const QByteArray hr = QByteArray::number(140 + i % 20);
        const QByteArray cad = QByteArray::number(80 + i % 7);
        if (tcx)
            out += "     <Trackpoint>\n      <Time>" + time + "</Time>\n      <Position>\n       <LatitudeDegrees>"
                + lat + "</LatitudeDegrees>\n       <LongitudeDegrees>" + lon
                + "</LongitudeDegrees>\n      </Position>\n      <AltitudeMeters>" + alt
                + "</AltitudeMeters>\n      <DistanceMeters>" + QByteArray::number(i * 2.8, 'f', 2)
                + "</DistanceMeters>\n      <HeartRateBpm>\n       <Value>" + hr
                + "</Value>\n      </HeartRateBpm>\n      <Extensions>\n       <ns3:TPX>\n        <ns3:Speed>2.8"
                  "</ns3:Speed>\n        <ns3:RunCadence>"
                + cad + "</ns3:RunCadence>\n       </ns3:TPX>\n      </Extensions>\n     </Trackpoint>\n";
        else
            out += "   <trkpt lat=\"" + lat + "\" lon=\"" + lon + "\">\n    <ele>" + alt + "</ele>\n    <time>" + time
                + "</time>\n    <extensions>\n     <gpxtpx:TrackPointExtension>\n      <gpxtpx:hr>" + hr
                + "</gpxtpx:hr>\n      <gpxtpx:cad>" + cad
                + "</gpxtpx:cad>\n     </gpxtpx:TrackPointExtension>\n    </extensions>\n   </trkpt>\n";
    }
    out += tcx ? "    </Track>\n   </Lap>\n  </Activity>\n </Activities>\n</TrainingCenterDatabase>\n"
               : "  </trkseg>\n </trk>\n</gpx>\n";
    return out;
}

} // namespace patella::bench
