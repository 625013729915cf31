// GPX parsing on files the test writes itself.
#include "core/import/gpxparser.h"
#include "core/import/sport.h"
#include "core/import/trackstats.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace patella;
using namespace Qt::Literals::StringLiterals;

namespace {

// 0.001 degrees of latitude, in metres, on the haversine sphere.
constexpr double kMilliDegree = 6371008.8 * 3.14159265358979323846 / 180.0 / 1000.0;

QByteArray gpx11(const QByteArray& body, const QByteArray& creator = "Test Watch 1")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"" + creator
        + "\" xmlns=\"http://www.topografix.com/GPX/1/1\""
          " xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n"
        + body + "</gpx>\n";
}

QByteArray point(double lat, double lon, const QByteArray& time, const QByteArray& inner = {})
{
    QByteArray out
        = "<trkpt lat=\"" + QByteArray::number(lat, 'f', 6) + "\" lon=\"" + QByteArray::number(lon, 'f', 6) + "\">";
    if (!time.isEmpty())
        out += "<time>" + time + "</time>";
    return out + inner + "</trkpt>\n";
}

QByteArray tpx(int hr, int cad)
{
    return "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>" + QByteArray::number(hr) + "</gpxtpx:hr><gpxtpx:cad>"
        + QByteArray::number(cad) + "</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>";
}

// n points 0.001 degrees of latitude apart, step seconds apart, from start (HH:MM:SS on 2026-03-14).
QByteArray northwards(int n, int stepSeconds, QTime start = QTime(7, 0), double lat0 = 48.0)
{
    QByteArray out;
    for (int i = 0; i < n; ++i) {
        const QTime t = start.addSecs(i * stepSeconds);
        out += point(lat0 + i * 0.001, 9.0, "2026-03-14T" + t.toString(u"HH:mm:ss"_s).toLatin1() + "Z", tpx(150, 85));
    }
    return out;
}

Result<ParsedFile> parse(const QByteArray& data)
{
    return GpxParser::parse(data, u"/runs/morning.gpx"_s);
}

} // namespace

TEST(IsoTime, ZuluOffsetsAndFractions)
{
    const qint64 base = QDateTime(QDate(2020, 2, 2), QTime(2, 2, 3), QTimeZone::utc()).toMSecsSinceEpoch();
    EXPECT_EQ(parseIsoTimeMs(u"2020-02-02T02:02:03Z"), base);
    EXPECT_EQ(parseIsoTimeMs(u"2020-02-02T03:02:03+01:00"), base);
    EXPECT_EQ(parseIsoTimeMs(u"2020-02-01T21:02:03-0500"), base);
    EXPECT_EQ(parseIsoTimeMs(u"2020-02-02T02:02:03"), base); // no zone: UTC, as GPX says
    EXPECT_EQ(parseIsoTimeMs(u"2020-02-02T02:02:03.340Z"), base + 340);
    EXPECT_EQ(parseIsoTimeMs(u"2020-02-02T02:02:03.1234567Z"), base + 123);
    EXPECT_EQ(parseIsoTimeMs(u"  2020-02-02T02:02:03.5+00:00 "), base + 500);
    EXPECT_FALSE(parseIsoTimeMs(u"2020-02-30T02:02:03Z"));
    EXPECT_FALSE(parseIsoTimeMs(u"2020-02-02 02:02"));
    EXPECT_FALSE(parseIsoTimeMs(u"2020-02-02T02:02:03Q"));
    EXPECT_FALSE(parseIsoTimeMs(u"2020-02-02T02:02:03+1"));
    EXPECT_FALSE(parseIsoTimeMs(u"2020-02-02T02:02:03."));
    EXPECT_FALSE(parseIsoTimeMs(u""));
}

TEST(GpxParser, OneTrackGivesItsFigures)
{
    const auto file
        = parse(gpx11("<trk><name>Easy</name><type>running</type><trkseg>" + northwards(11, 5) + "</trkseg></trk>"));
    ASSERT_TRUE(file.ok()) << file.error().text().toStdString();
    ASSERT_EQ(file->activities.size(), 1);
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.sport, ActivitySport::Running);
    EXPECT_FALSE(a.sportFromPace);
    EXPECT_EQ(a.start, QDateTime(QDate(2026, 3, 14), QTime(7, 0), QTimeZone::utc()));
    EXPECT_EQ(a.elapsedSeconds, 50);
    EXPECT_EQ(a.movingSeconds, 50);
    EXPECT_NEAR(a.distanceMetres, 10 * kMilliDegree, 0.01);
    EXPECT_EQ(a.distanceSource, DistanceSource::PointSum);
    EXPECT_EQ(a.points, 11);
    EXPECT_EQ(a.skippedPoints, 0);
    ASSERT_TRUE(a.cadenceSpm);
    EXPECT_DOUBLE_EQ(*a.cadenceSpm, 170.0); // 85 strides per minute are 170 steps
    ASSERT_TRUE(a.heartRateBpm);
    EXPECT_DOUBLE_EQ(*a.heartRateBpm, 150.0);
    EXPECT_EQ(a.device, u"Test Watch 1"_s);
    EXPECT_FALSE(a.externalId.isEmpty());
}

TEST(GpxParser, Gpx10AndOffsetTimes)
{
    const QByteArray data = "<?xml version=\"1.0\"?><gpx version=\"1.0\" creator=\"Logger\" "
                            "xmlns=\"http://www.topografix.com/GPX/1/0\"><trk><trkseg>"
        + point(45.0, 14.0, "2010-10-03T10:00:00+02:00") + point(45.001, 14.0, "2010-10-03T08:00:30.500Z")
        + "</trkseg></trk></gpx>";
    const auto file = parse(data);
    ASSERT_TRUE(file.ok()) << file.error().text().toStdString();
    ASSERT_EQ(file->activities.size(), 1);
    EXPECT_EQ(file->activities.at(0).start, QDateTime(QDate(2010, 10, 3), QTime(8, 0), QTimeZone::utc()));
    EXPECT_EQ(file->activities.at(0).elapsedSeconds, 31); // 30.5 s, rounded
    EXPECT_FALSE(file->activities.at(0).cadenceSpm);
}

TEST(GpxParser, SeveralTracksAreSeveralActivitiesAndLongGapsSplit)
{
    // Track one, then a second track the next day; the third track has a five-hour gap inside.
    const QByteArray body = "<trk><trkseg>" + northwards(5, 10) + "</trkseg></trk>" + "<trk><trkseg>"
        + northwards(5, 10).replace("2026-03-14", "2026-03-15") + "</trkseg></trk>" + "<trk><trkseg>"
        + northwards(4, 10, QTime(6, 0)).replace("2026-03-14", "2026-03-16")
        + northwards(4, 10, QTime(11, 0)).replace("2026-03-14", "2026-03-16") + "</trkseg></trk>";
    const auto file = parse(gpx11(body));
    ASSERT_TRUE(file.ok()) << file.error().text().toStdString();
    ASSERT_EQ(file->activities.size(), 4);
    EXPECT_EQ(file->activities.at(0).start.date(), QDate(2026, 3, 14));
    EXPECT_EQ(file->activities.at(1).start.date(), QDate(2026, 3, 15));
    EXPECT_EQ(file->activities.at(2).start, QDateTime(QDate(2026, 3, 16), QTime(6, 0), QTimeZone::utc()));
    EXPECT_EQ(file->activities.at(3).start, QDateTime(QDate(2026, 3, 16), QTime(11, 0), QTimeZone::utc()));
    for (const Activity& a : file->activities)
        EXPECT_LT(a.elapsedSeconds, 3600);
    EXPECT_NE(file->activities.at(2).externalId, file->activities.at(3).externalId);
}

TEST(GpxParser, SegmentBreakIsAPauseWithoutDistance)
{
    // Two segments with ten minutes and 5 km (0.045 degrees) between them.
    const QByteArray body = "<trk><type>running</type><trkseg>" + northwards(7, 10) + "</trkseg><trkseg>"
        + northwards(7, 10, QTime(7, 11), 48.051) + "</trkseg></trk>";
    const auto file = parse(gpx11(body));
    ASSERT_TRUE(file.ok());
    ASSERT_EQ(file->activities.size(), 1);
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.elapsedSeconds, 11 * 60 + 60);
    EXPECT_EQ(a.movingSeconds, 120);
    EXPECT_NEAR(a.distanceMetres, 12 * kMilliDegree, 0.01);
}

TEST(GpxParser, PauseRuleLeavesOutStanding)
{
    // 60 s standing still (the same position) in the middle of the run: not moving time.
    const QByteArray body = "<trk><type>running</type><trkseg>" + point(48.0, 9.0, "2026-03-14T07:00:00Z")
        + point(48.001, 9.0, "2026-03-14T07:00:30Z") + point(48.001, 9.0, "2026-03-14T07:01:30Z")
        + point(48.002, 9.0, "2026-03-14T07:02:00Z") + "</trkseg></trk>";
    const auto file = parse(gpx11(body));
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file->activities.at(0).elapsedSeconds, 120);
    EXPECT_EQ(file->activities.at(0).movingSeconds, 60);
}

TEST(GpxParser, PointsWithoutTimeOrPositionAreSkippedAndCounted)
{
    const QByteArray body = "<trk><type>running</type><trkseg><trkpt><time>2026-03-14T06:59:00Z</time></trkpt>"
        + northwards(3, 10) + point(48.5, 9.0, {}) + "</trkseg></trk>";
    const auto file = parse(gpx11(body));
    ASSERT_TRUE(file.ok());
    ASSERT_EQ(file->activities.size(), 1);
    EXPECT_EQ(file->activities.at(0).points, 3);
    EXPECT_EQ(file->activities.at(0).skippedPoints, 2);
    EXPECT_EQ(file->activities.at(0).start, QDateTime(QDate(2026, 3, 14), QTime(7, 0), QTimeZone::utc()));
}

TEST(GpxParser, UntimedEmptyAndWaypointOnlyTracksAreNoActivities)
{
    QByteArray untimed;
    for (int i = 0; i < 4; ++i)
        untimed += point(45.0 + i * 0.001, 14.0, {});
    const QByteArray body
        = "<wpt lat=\"45\" lon=\"14\"><name>Start</name></wpt><rte><rtept lat=\"45\" lon=\"14\"/></rte>"
          "<trk><name>Empty</name><trkseg></trkseg></trk><trk><name>Drawn</name><trkseg>"
        + untimed + "</trkseg></trk>";
    const auto file = parse(gpx11(body));
    ASSERT_TRUE(file.ok());
    EXPECT_TRUE(file->activities.isEmpty());
    const QString notes = file->notes.join(u'\n');
    EXPECT_TRUE(notes.contains(u"Drawn"_s)) << notes.toStdString();
    EXPECT_TRUE(notes.contains(u"4 point"_s)) << notes.toStdString();
    EXPECT_TRUE(notes.contains(u"waypoint"_s)) << notes.toStdString();
    EXPECT_TRUE(notes.contains(u"route"_s)) << notes.toStdString();
}

TEST(GpxParser, TrackStatsExtensionIsTheDeviceTotal)
{
    const QByteArray body = "<trk><type>trail running</type><extensions><gpxtrkx:TrackStatsExtension "
                            "xmlns:gpxtrkx=\"http://www.garmin.com/xmlschemas/TrackStatsExtension/v1\">"
                            "<gpxtrkx:Distance>1234.5</gpxtrkx:Distance><gpxtrkx:TimerTime>44</gpxtrkx:TimerTime>"
                            "</gpxtrkx:TrackStatsExtension></extensions><trkseg>"
        + northwards(6, 10) + "</trkseg></trk>";
    const auto file = parse(gpx11(body));
    ASSERT_TRUE(file.ok());
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.sport, ActivitySport::TrailRunning);
    EXPECT_DOUBLE_EQ(a.distanceMetres, 1234.5);
    EXPECT_EQ(a.distanceSource, DistanceSource::DeviceTotal);
    EXPECT_EQ(a.movingSeconds, 44);
    EXPECT_EQ(a.elapsedSeconds, 50);
}

TEST(GpxParser, SportFromTypeOrElseFromPace)
{
    // 111 m every 5 s is 80 km/h: a ride whatever the file says nothing about.
    auto ride = parse(gpx11("<trk><trkseg>" + northwards(5, 5) + "</trkseg></trk>"));
    ASSERT_TRUE(ride.ok());
    EXPECT_EQ(ride->activities.at(0).sport, ActivitySport::Cycling);
    EXPECT_TRUE(ride->activities.at(0).sportFromPace);
    EXPECT_FALSE(ride->activities.at(0).cadenceSpm); // pedal revolutions are not steps
    // 111 m every 30 s is 13 km/h: a run.
    auto run = parse(gpx11("<trk><type>jkljkl</type><trkseg>" + northwards(5, 30) + "</trkseg></trk>"));
    ASSERT_TRUE(run.ok());
    EXPECT_EQ(run->activities.at(0).sport, ActivitySport::Running);
    EXPECT_TRUE(run->activities.at(0).sportFromPace);
    EXPECT_EQ(run->activities.at(0).sportName, u"jkljkl"_s);
    auto bike = parse(gpx11("<trk><type>mountain biking</type><trkseg>" + northwards(5, 30) + "</trkseg></trk>"));
    ASSERT_TRUE(bike.ok());
    EXPECT_EQ(bike->activities.at(0).sport, ActivitySport::Cycling);
    EXPECT_FALSE(bike->activities.at(0).sportFromPace);
}

TEST(GpxParser, CluetrustExtensionsAndStepsAlreadyPerMinute)
{
    const QByteArray ext
        = "<extensions><gpxdata:hr xmlns:gpxdata=\"http://www.cluetrust.com/XML/GPXDATA/1/0\">"
          "140</gpxdata:hr><gpxdata:cadence xmlns:gpxdata=\"http://www.cluetrust.com/XML/GPXDATA/1/0\">"
          "172</gpxdata:cadence></extensions>";
    const QByteArray body = "<trk><type>running</type><trkseg>" + point(48.0, 9.0, "2026-03-14T07:00:00Z", ext)
        + point(48.001, 9.0, "2026-03-14T07:00:30Z", ext) + "</trkseg></trk>";
    const auto file = parse(gpx11(body));
    ASSERT_TRUE(file.ok());
    EXPECT_DOUBLE_EQ(file->activities.at(0).cadenceSpm.value_or(0), 172.0);
    EXPECT_DOUBLE_EQ(file->activities.at(0).heartRateBpm.value_or(0), 140.0);
}

TEST(GpxParser, TruncatedFileNamesFileLineAndProblem)
{
    QByteArray data = gpx11("<trk><trkseg>\n" + northwards(20, 5) + "</trkseg></trk>");
    data.truncate(data.indexOf("<time>2026-03-14T07:00:45") + 12);
    const auto file = parse(data);
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.error().field, u"/runs/morning.gpx"_s);
    EXPECT_TRUE(file.error().message.contains(u"line 13"_s)) << file.error().message.toStdString();
    EXPECT_TRUE(file.error().message.contains(u"ends in the middle"_s)) << file.error().message.toStdString();
}

// A byte that is not UTF-8 far into the file (a damaged copy): rejected as damaged, never as a file that ends in
// the middle, at a line near it (the reader decodes the file 8 KB at a time and names the start of that part).
TEST(GpxParser, ABadByteInsideIsDamageNearItsLine)
{
    const QByteArray whole = gpx11("<trk><trkseg>\n" + northwards(400, 5) + "</trkseg></trk>");
    ASSERT_GT(whole.size(), 60000);
    for (int i = 1; i <= 30; ++i) {
        QByteArray data = whole;
        const qsizetype at = data.size() * i / 31;
        data[at] = '\xff';
        const auto file = parse(data);
        ASSERT_FALSE(file.ok()) << at;
        const QString message = file.error().message;
        EXPECT_TRUE(message.contains(u"damaged"_s)) << at << ": " << message.toStdString();
        const int line = message.section(u' ', 1, 1).chopped(1).toInt();
        const int badLine = int(data.left(at).count('\n')) + 1;
        EXPECT_LE(line, badLine) << message.toStdString();
        EXPECT_GE(line, badLine - 8192 / 100) << message.toStdString(); // within 8 KB of lines of at least 100 bytes
    }
}

TEST(GpxParser, BadValuesAreNamed)
{
    auto badTime = parse(gpx11("<trk><trkseg>\n<trkpt lat=\"48\" lon=\"9\"><time>yesterday</time></trkpt>"
                               "</trkseg></trk>"));
    ASSERT_FALSE(badTime.ok());
    EXPECT_TRUE(badTime.error().message.contains(u"line 4"_s)) << badTime.error().message.toStdString();
    EXPECT_TRUE(badTime.error().message.contains(u"\"yesterday\" is not a date and time"_s));
    auto badLat = parse(gpx11("<trk><trkseg><trkpt lat=\"north\" lon=\"9\"/></trkseg></trk>"));
    ASSERT_FALSE(badLat.ok());
    EXPECT_TRUE(badLat.error().message.contains(u"latitude \"north\""_s)) << badLat.error().message.toStdString();
    auto offEarth = parse(gpx11("<trk><trkseg><trkpt lat=\"91\" lon=\"9\"/></trkseg></trk>"));
    ASSERT_FALSE(offEarth.ok());
    EXPECT_TRUE(offEarth.error().message.contains(u"not on Earth"_s));
    auto broken = parse(gpx11("<trk><trkseg></trk>"));
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(u"damaged"_s)) << broken.error().message.toStdString();
}

TEST(GpxParser, NotAGpxFile)
{
    auto other = parse("<?xml version=\"1.0\"?><kml><Document/></kml>");
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().message.contains(u"<kml>"_s));
    auto empty = parse("");
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(u"empty"_s)) << empty.error().message.toStdString();
}

TEST(Sport, NamesAndCadence)
{
    EXPECT_EQ(sportFromName(u"Running"_s), ActivitySport::Running);
    EXPECT_EQ(sportFromName(u"trail_running"_s), ActivitySport::TrailRunning);
    EXPECT_EQ(sportFromName(u"Treadmill"_s), ActivitySport::TreadmillRunning);
    EXPECT_EQ(sportFromName(u"Biking"_s), ActivitySport::Cycling);
    EXPECT_EQ(sportFromName(u"9"_s), ActivitySport::Running);
    EXPECT_EQ(sportFromName(u"hiking"_s), ActivitySport::Hiking);
    EXPECT_EQ(sportFromName(u"Other"_s), ActivitySport::Other);
    EXPECT_TRUE(isRun(ActivitySport::TreadmillRunning));
    EXPECT_FALSE(isRun(ActivitySport::Walking));
    for (ActivitySport s : {ActivitySport::Running, ActivitySport::Cycling, ActivitySport::Other})
        EXPECT_EQ(sportFromId(sportId(s)), s);
    EXPECT_EQ(stepsPerMinute(ActivitySport::Running, 88.0, 0.0), 176.0);
    EXPECT_EQ(stepsPerMinute(ActivitySport::Running, 134.0, 0.5), 134.0); // steps: walk breaks lower the mean
    EXPECT_EQ(stepsPerMinute(ActivitySport::Running, 90.0, 0.05), 180.0); // a few spikes are no proof
    EXPECT_FALSE(stepsPerMinute(ActivitySport::Cycling, 90.0, 0.0));
    EXPECT_FALSE(stepsPerMinute(ActivitySport::Running, std::nullopt, 0.0));
    EXPECT_EQ(sportFromPace(10000, 3000), ActivitySport::Running); // 12 km/h
    EXPECT_EQ(sportFromPace(10000, 9000), ActivitySport::Walking); // 4 km/h
    EXPECT_EQ(sportFromPace(30000, 3600), ActivitySport::Cycling); // 30 km/h
    EXPECT_EQ(sportFromPace(0, 3600), ActivitySport::Other);
}
