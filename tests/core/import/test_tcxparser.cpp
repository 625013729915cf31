// TCX parsing on files the test writes itself.
#include "core/import/tcxparser.h"

#include <QTime>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace patella;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray tcx(const QByteArray& activities, const QByteArray& rest = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase "
           "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\" "
           "xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">\n<Activities>\n"
        + activities + "</Activities>\n" + rest
        + "<Author><Name>Test Exporter</Name></Author>\n</TrainingCenterDatabase>\n";
}

QByteArray time(QDate day, QTime t)
{
    return QDateTime(day, t, QTimeZone::utc()).toString(Qt::ISODate).toLatin1();
}

// n trackpoints 10 s apart from start, each 25 m further, with heart rate and (optionally) a position.
QByteArray trackpoints(QDate day, QTime start, int n, double startDistance, bool positions, int runCadence)
{
    QByteArray out = "<Track>\n";
    for (int i = 0; i < n; ++i) {
        out += "<Trackpoint><Time>" + time(day, start.addSecs(i * 10)) + "</Time>";
        if (positions)
            out += "<Position><LatitudeDegrees>" + QByteArray::number(35.9 + i * 0.0002, 'f', 6)
                + "</LatitudeDegrees><LongitudeDegrees>-79.09</LongitudeDegrees></Position>";
        out += "<DistanceMeters>" + QByteArray::number(startDistance + i * 25.0)
            + "</DistanceMeters><HeartRateBpm><Value>" + QByteArray::number(140 + i % 3) + "</Value></HeartRateBpm>";
        if (runCadence > 0)
            out += "<Extensions><ns3:TPX><ns3:RunCadence>" + QByteArray::number(runCadence)
                + "</ns3:RunCadence></ns3:TPX></Extensions>";
        out += "</Trackpoint>\n";
    }
    return out + "</Track>\n";
}

QByteArray lap(QDate day, QTime start, double seconds, double metres, const QByteArray& track)
{
    return "<Lap StartTime=\"" + time(day, start) + "\"><TotalTimeSeconds>" + QByteArray::number(seconds)
        + "</TotalTimeSeconds><DistanceMeters>" + QByteArray::number(metres)
        + "</DistanceMeters><AverageHeartRateBpm><Value>141</Value></AverageHeartRateBpm>" + track + "</Lap>\n";
}

QByteArray activity(const QByteArray& sport, QDate day, const QByteArray& laps, const QByteArray& creator = {})
{
    return "<Activity Sport=\"" + sport + "\"><Id>" + time(day, QTime(12, 0)) + "</Id>" + laps + creator
        + "</Activity>\n";
}

const QDate kDay(2026, 3, 10);

Result<ParsedFile> parse(const QByteArray& data)
{
    return TcxParser::parse(data, u"/runs/lunch.tcx"_s);
}

} // namespace

TEST(TcxParser, LapsGiveTimerTimeAndDeviceDistance)
{
    // Two laps of 400 s and 390 s (timer), 1000 m and 980 m; the second starts after a 60 s pause.
    const QByteArray laps = lap(kDay, QTime(12, 0), 400, 1000, trackpoints(kDay, QTime(12, 0), 41, 0, true, 84))
        + lap(kDay, QTime(12, 7, 40), 390, 980, trackpoints(kDay, QTime(12, 7, 40), 40, 1000, true, 86));
    const QByteArray creator = "<Creator><Name>Forerunner 410</Name><UnitId>3854007508</UnitId></Creator>";
    const auto file = parse(tcx(activity("Running", kDay, laps, creator)));
    ASSERT_TRUE(file.ok()) << file.error().text().toStdString();
    ASSERT_EQ(file->activities.size(), 1);
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.sport, ActivitySport::Running);
    EXPECT_EQ(a.sportName, u"Running"_s);
    EXPECT_EQ(a.start, QDateTime(kDay, QTime(12, 0), QTimeZone::utc()));
    EXPECT_EQ(a.movingSeconds, 790);
    EXPECT_EQ(a.elapsedSeconds, 7 * 60 + 40 + 390);
    EXPECT_DOUBLE_EQ(a.distanceMetres, 1980.0);
    EXPECT_EQ(a.distanceSource, DistanceSource::DeviceTotal);
    EXPECT_EQ(a.points, 81);
    ASSERT_TRUE(a.cadenceSpm);
    EXPECT_NEAR(*a.cadenceSpm, (41 * 84 + 40 * 86) * 2.0 / 81, 1e-9);
    ASSERT_TRUE(a.heartRateBpm);
    EXPECT_NEAR(*a.heartRateBpm, 141.0, 1.0);
    EXPECT_EQ(a.device, u"Forerunner 410"_s);
    EXPECT_TRUE(a.externalId.contains(u"3854007508"_s));
}

TEST(TcxParser, TreadmillRunWithoutPositionsAndStepCadence)
{
    // No positions at all; the app wrote steps per minute into RunCadence: 86 walking, then 176 running.
    const QByteArray laps = lap(kDay, QTime(12, 0), 261, 498,
                                trackpoints(kDay, QTime(12, 0), 14, 0, false, 86)
                                    + trackpoints(kDay, QTime(12, 2, 20), 13, 350, false, 176));
    const auto file = parse(tcx(activity("Running", kDay, laps)));
    ASSERT_TRUE(file.ok());
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.sport, ActivitySport::TreadmillRunning);
    EXPECT_DOUBLE_EQ(a.distanceMetres, 498.0);
    EXPECT_EQ(a.distanceSource, DistanceSource::DeviceTotal);
    EXPECT_EQ(a.movingSeconds, 261);
    EXPECT_NEAR(a.cadenceSpm.value_or(0), (14 * 86 + 13 * 176) / 27.0, 1e-9);
    EXPECT_EQ(a.device, u"Test Exporter"_s); // no Creator: the file's Author
}

TEST(TcxParser, WithoutLapTotalsThePointsCount)
{
    // Laps without TotalTimeSeconds or DistanceMeters: the trackpoints' cumulative distance, the pause rule.
    const QByteArray laps = "<Lap StartTime=\"" + time(kDay, QTime(12, 0)) + "\">"
        + trackpoints(kDay, QTime(12, 0), 31, 0, true, 0) + "</Lap>";
    const auto file = parse(tcx(activity("Running", kDay, laps)));
    ASSERT_TRUE(file.ok());
    const Activity& a = file->activities.at(0);
    EXPECT_DOUBLE_EQ(a.distanceMetres, 750.0);
    EXPECT_EQ(a.distanceSource, DistanceSource::DeviceTotal);
    EXPECT_EQ(a.movingSeconds, 300);
    EXPECT_EQ(a.elapsedSeconds, 300);
    EXPECT_FALSE(a.cadenceSpm);
}

TEST(TcxParser, NoDistanceAnywhereIsNone)
{
    // A ride on a trainer: laps and points say 0 m, and no point has a position.
    QByteArray laps = lap(kDay, QTime(12, 0), 600, 0, trackpoints(kDay, QTime(12, 0), 5, 0, false, 0));
    laps.replace("<DistanceMeters>25</DistanceMeters>", "<DistanceMeters>0</DistanceMeters>");
    laps.replace("<DistanceMeters>50</DistanceMeters>", "<DistanceMeters>0</DistanceMeters>");
    laps.replace("<DistanceMeters>75</DistanceMeters>", "<DistanceMeters>0</DistanceMeters>");
    laps.replace("<DistanceMeters>100</DistanceMeters>", "<DistanceMeters>0</DistanceMeters>");
    const auto file = parse(tcx(activity("Biking", kDay, laps)));
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file->activities.at(0).distanceSource, DistanceSource::None);
    EXPECT_DOUBLE_EQ(file->activities.at(0).distanceMetres, 0.0);
    EXPECT_EQ(file->activities.at(0).movingSeconds, 600);
}

TEST(TcxParser, PositionsOnlyGiveThePointSum)
{
    QByteArray track = "<Track>";
    for (int i = 0; i < 3; ++i)
        track += "<Trackpoint><Time>" + time(kDay, QTime(12, 0, i * 20)) + "</Time><Position><LatitudeDegrees>"
            + QByteArray::number(48.0 + i * 0.001) + "</LatitudeDegrees><LongitudeDegrees>9</LongitudeDegrees>"
            + "</Position></Trackpoint>";
    track += "<Trackpoint><AltitudeMeters>100</AltitudeMeters></Trackpoint></Track>";
    const auto file = parse(
        tcx(activity("Running", kDay, "<Lap StartTime=\"" + time(kDay, QTime(12, 0)) + "\">" + track + "</Lap>")));
    ASSERT_TRUE(file.ok());
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.distanceSource, DistanceSource::PointSum);
    EXPECT_NEAR(a.distanceMetres, 222.39, 0.01);
    EXPECT_EQ(a.points, 3);
    EXPECT_EQ(a.skippedPoints, 1);
}

TEST(TcxParser, MultiSportSessionGivesEachSportItsActivity)
{
    const QDate nextDay = kDay.addDays(2);
    const QByteArray session = "<MultiSportSession><Id>" + time(kDay, QTime(12, 0)) + "</Id><FirstSport>"
        + activity("Running", kDay, lap(kDay, QTime(12, 0), 600, 2000, trackpoints(kDay, QTime(12, 0), 5, 0, true, 0)))
        + "</FirstSport><NextSport><Transition><TotalTimeSeconds>60</TotalTimeSeconds></Transition>"
        + activity("Biking", nextDay,
                   lap(nextDay, QTime(12, 0), 1800, 15000, trackpoints(nextDay, QTime(12, 0), 5, 0, true, 0)))
        + "</NextSport></MultiSportSession>";
    const auto file = parse(tcx(session));
    ASSERT_TRUE(file.ok()) << file.error().text().toStdString();
    ASSERT_EQ(file->activities.size(), 2);
    EXPECT_EQ(file->activities.at(0).sport, ActivitySport::Running);
    EXPECT_EQ(file->activities.at(1).sport, ActivitySport::Cycling);
    EXPECT_EQ(file->activities.at(1).start.date(), nextDay);
    EXPECT_DOUBLE_EQ(file->activities.at(1).distanceMetres, 15000.0);
    EXPECT_NE(file->activities.at(0).externalId, file->activities.at(1).externalId);
}

TEST(TcxParser, ACourseIsNoActivity)
{
    const QByteArray courses = "<Courses><Course><Name>ThursRide</Name><Lap><TotalTimeSeconds>6552</TotalTimeSeconds>"
                               "<DistanceMeters>56818</DistanceMeters></Lap><Track><Trackpoint><Time>"
        + time(kDay, QTime(13, 0)) + "</Time></Trackpoint></Track></Course></Courses>";
    const QByteArray data = "<?xml version=\"1.0\"?><TrainingCenterDatabase "
                            "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">"
        + courses + "</TrainingCenterDatabase>";
    const auto file = parse(data);
    ASSERT_TRUE(file.ok());
    EXPECT_TRUE(file->activities.isEmpty());
    ASSERT_EQ(file->notes.size(), 1);
    EXPECT_TRUE(file->notes.at(0).contains(u"course"_s));
}

TEST(TcxParser, OtherSportIsJudgedByPace)
{
    // 2000 m in 600 s is 12 km/h.
    const auto file = parse(tcx(
        activity("Other", kDay, lap(kDay, QTime(12, 0), 600, 2000, trackpoints(kDay, QTime(12, 0), 5, 0, true, 0)))));
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file->activities.at(0).sport, ActivitySport::Running);
    EXPECT_TRUE(file->activities.at(0).sportFromPace);
}

TEST(TcxParser, DamageIsNamedWithItsPlace)
{
    QByteArray data = tcx(
        activity("Running", kDay, lap(kDay, QTime(12, 0), 600, 2000, trackpoints(kDay, QTime(12, 0), 30, 0, true, 0))));
    const auto cut = parse(data.left(data.size() / 2));
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().field, u"/runs/lunch.tcx"_s);
    EXPECT_TRUE(cut.error().message.startsWith(u"line "_s)) << cut.error().message.toStdString();
    EXPECT_TRUE(cut.error().message.contains(u"ends in the middle"_s));

    QByteArray badDistance = data;
    badDistance.replace("<DistanceMeters>25</DistanceMeters>", "<DistanceMeters>lots</DistanceMeters>");
    const auto bad = parse(badDistance);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(u"<DistanceMeters> \"lots\" is not a number"_s))
        << bad.error().message.toStdString();

    const auto gpx = parse("<?xml version=\"1.0\"?><gpx version=\"1.1\"/>");
    ASSERT_FALSE(gpx.ok());
    EXPECT_TRUE(gpx.error().message.contains(u"not a TCX file"_s));
}
