#include "tests/support/activityfiles.h"

#include <QFile>

#include <gtest/gtest.h>

namespace patella::test {

QByteArray runGpx(int day)
{
    QByteArray points;
    for (int i = 0; i <= 10; ++i)
        points += "<trkpt lat=\"" + QByteArray::number(48.0 + i * 0.0018, 'f', 4) + "\" lon=\"9\"><time>2026-03-"
            + QByteArray::number(day).rightJustified(2, '0') + "T07:" + QByteArray::number(i).rightJustified(2, '0')
            + ":00Z</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>86</gpxtpx:cad>"
              "</gpxtpx:TrackPointExtension></extensions></trkpt>";
    return "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"Test Watch\" "
           "xmlns=\"http://www.topografix.com/GPX/1/1\" "
           "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\"><trk><type>running</type><trkseg>"
        + points + "</trkseg></trk></gpx>";
}

QByteArray runTcx(int day, int metres, int seconds, int hour)
{
    const QByteArray start = "2026-03-" + QByteArray::number(day).rightJustified(2, '0') + "T"
        + QByteArray::number(hour).rightJustified(2, '0') + ":00:00Z";
    return "<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/"
           "TrainingCenterDatabase/v2\"><Activities><Activity Sport=\"Running\"><Id>"
        + start + "</Id><Lap StartTime=\"" + start + "\"><TotalTimeSeconds>" + QByteArray::number(seconds)
        + "</TotalTimeSeconds><DistanceMeters>" + QByteArray::number(metres)
        + "</DistanceMeters></Lap></Activity></Activities></TrainingCenterDatabase>";
}

QByteArray rideTcx()
{
    return "<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/"
           "TrainingCenterDatabase/v2\"><Activities><Activity Sport=\"Biking\"><Id>2026-03-15T09:00:00Z</Id>"
           "<Lap StartTime=\"2026-03-15T09:00:00Z\"><TotalTimeSeconds>3600</TotalTimeSeconds><DistanceMeters>30000"
           "</DistanceMeters></Lap></Activity></Activities></TrainingCenterDatabase>";
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    ASSERT_EQ(file.write(data), data.size()) << path.toStdString();
}

} // namespace patella::test
