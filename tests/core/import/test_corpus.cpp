// The importer's parsers over real files from watches and apps (../shared/corpus/activities), when that
// folder is there; PATELLA_CORPUS_DIR names another. Skipped, never failed, when absent: the files are
// not the project's to ship.
#include "core/import/activityfile.h"
#include "core/import/importer.h"
#include "core/import/sport.h"
#include "core/store/journalstore.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <optional>

using namespace patella;
using namespace Qt::Literals::StringLiterals;

namespace {

QString corpusDir()
{
    const QByteArray env = qgetenv("PATELLA_CORPUS_DIR");
    return env.isEmpty() ? QStringLiteral(PATELLA_DEFAULT_CORPUS) : QString::fromLocal8Bit(env);
}

class Corpus : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QFileInfo(corpusDir()).isDir())
            GTEST_SKIP() << "no corpus at " << corpusDir().toStdString();
    }
    // Reads one corpus file; a file missing from another corpus skips the test.
    std::optional<ParsedFile> read(const char* name)
    {
        const QString path = QDir(corpusDir()).filePath(QString::fromLatin1(name));
        if (!QFileInfo::exists(path))
            return std::nullopt;
        auto file = ActivityFile::read(path);
        EXPECT_TRUE(file.ok()) << name << ": " << (file.ok() ? "" : file.error().text().toStdString());
        if (!file.ok())
            return std::nullopt;
        return std::move(file).value();
    }
    Error rejection(const char* name)
    {
        auto file = ActivityFile::read(QDir(corpusDir()).filePath(QString::fromLatin1(name)));
        EXPECT_FALSE(file.ok()) << name << " was read";
        return file.ok() ? Error {} : file.error();
    }
};

} // namespace

QDateTime utc(int y, int mo, int d, int h, int mi, int sec, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, sec, ms), QTimeZone::utc());
}

// Distances checked by hand against gpxpy 1.5 (length_2d) and gpsbabel 1.8: Patella's sphere is 0.11%
// smaller than gpxpy's, so the figures agree within 0.2%; these assertions allow 1%.
#define EXPECT_WITHIN_PERCENT(value, expected, percent) EXPECT_NEAR((value), (expected), (expected) * (percent) / 100.0)

TEST_F(Corpus, SuuntoExportWithMilliseconds)
{
    auto file = read("gc__Move_2014_01_16_19_48_44.gpx");
    if (!file)
        GTEST_SKIP();
    ASSERT_EQ(file->activities.size(), 1);
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.start, utc(2014, 1, 16, 18, 48, 44, 340));
    EXPECT_EQ(a.elapsedSeconds, 1656); // 1656.45 s
    EXPECT_NEAR(a.movingSeconds, 1656, 1); // gpxpy: 1655.64 s at the same 1.8 km/h threshold
    EXPECT_WITHIN_PERCENT(a.distanceMetres, 8550.8, 1.0);
    EXPECT_EQ(a.distanceSource, DistanceSource::PointSum);
    EXPECT_TRUE(isRun(a.sport)); // no sport in the file; 18.6 km/h is a run by its pace
    EXPECT_TRUE(a.sportFromPace);
    EXPECT_TRUE(a.device.startsWith(u"Movescount"_s));
}

TEST_F(Corpus, StravaRunWithHeartRateAndCadence)
{
    auto file = read("ra__strava-export.gpx");
    if (!file)
        GTEST_SKIP();
    ASSERT_EQ(file->activities.size(), 1);
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.start, utc(2015, 12, 1, 20, 11, 32));
    EXPECT_EQ(a.elapsedSeconds, 1156);
    EXPECT_NEAR(a.movingSeconds, 1012, 1); // gpxpy 1012 s
    EXPECT_WITHIN_PERCENT(a.distanceMetres, 3695.3, 1.0);
    EXPECT_EQ(a.sport, ActivitySport::Running);
    ASSERT_TRUE(a.cadenceSpm); // the file's ~88 strides per minute, as steps
    EXPECT_GT(*a.cadenceSpm, 160.0);
    EXPECT_LT(*a.cadenceSpm, 190.0);
    ASSERT_TRUE(a.heartRateBpm);
    EXPECT_GT(*a.heartRateBpm, 100.0);
    EXPECT_LT(*a.heartRateBpm, 200.0);
}

TEST_F(Corpus, FourTracksOneEmptyOneUntimed)
{
    auto file = read("gpxpy__korita-zbevnica.gpx");
    if (!file)
        GTEST_SKIP();
    ASSERT_EQ(file->activities.size(), 2); // the two timed tracks
    EXPECT_EQ(file->activities.at(0).start, utc(2010, 10, 3, 9, 36, 30));
    EXPECT_EQ(file->activities.at(0).elapsedSeconds, 4552);
    EXPECT_WITHIN_PERCENT(file->activities.at(0).distanceMetres, 2284.6, 1.0);
    EXPECT_EQ(file->activities.at(1).start, utc(2010, 10, 3, 10, 57, 10));
    EXPECT_EQ(file->activities.at(1).elapsedSeconds, 8541);
    EXPECT_WITHIN_PERCENT(file->activities.at(1).distanceMetres, 3984.0, 1.0);
    const QString notes = file->notes.join(u'\n');
    EXPECT_TRUE(notes.contains(u"358 point"_s)) << notes.toStdString(); // the untimed track
}

TEST_F(Corpus, RideWithEmptySegmentAndPause)
{
    auto file = read("gc__UrbanBiker2019-04-18_16-12.gpx");
    if (!file)
        GTEST_SKIP();
    ASSERT_EQ(file->activities.size(), 1);
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.start, utc(2019, 4, 18, 14, 12, 19));
    EXPECT_EQ(a.elapsedSeconds, 3851);
    EXPECT_NEAR(a.movingSeconds, 3613, 1); // gpxpy 3612.9 s: the pause between segments is left out
    EXPECT_WITHIN_PERCENT(a.distanceMetres, 21140.0, 1.0);
    EXPECT_FALSE(isRun(a.sport)); // 21 km/h: a ride, never counted as running
    EXPECT_FALSE(a.cadenceSpm); // pedal revolutions are not steps
}

TEST_F(Corpus, SixTracksYearsApart)
{
    auto file = read("gb__mtk_logger_m241_multiple_tracks.gpx");
    if (!file)
        GTEST_SKIP();
    ASSERT_EQ(file->activities.size(), 6);
    const double gpxpy[] = {8028.2, 38148.6, 72.1, 15736.4, 19236.2, 85850.9};
    const int moving[] = {3738, 16880, 21, 3195, 7035, 13725}; // gpxpy, 2D, 1.8 km/h
    for (int i = 0; i < 6; ++i) {
        const Activity& a = file->activities.at(i);
        EXPECT_LT(a.elapsedSeconds, 24 * 3600) << i;
        EXPECT_WITHIN_PERCENT(a.distanceMetres, gpxpy[i], 1.0);
        EXPECT_NEAR(a.movingSeconds, moving[i], 1) << i;
        if (i > 0) {
            EXPECT_GT(a.start, file->activities.at(i - 1).start);
        }
    }
    EXPECT_EQ(file->activities.at(0).start.date(), QDate(2012, 11, 7));
    EXPECT_EQ(file->activities.at(5).start.date(), QDate(2015, 4, 7));
}

TEST_F(Corpus, RouteDrawnOnAMapIsNoActivity)
{
    auto file = read("gc__A_ride_mapped_on_11_22_2011.gpx");
    if (!file)
        GTEST_SKIP();
    EXPECT_TRUE(file->activities.isEmpty());
    ASSERT_FALSE(file->notes.isEmpty());
    EXPECT_TRUE(file->notes.at(0).contains(u"9722"_s)) << file->notes.at(0).toStdString();
}

TEST_F(Corpus, PointWithoutCoordinatesIsSkipped)
{
    auto file = read("ra__standard.gpx");
    if (!file)
        GTEST_SKIP();
    ASSERT_EQ(file->activities.size(), 1);
    EXPECT_EQ(file->activities.at(0).skippedPoints, 1);
    EXPECT_EQ(file->activities.at(0).start, utc(2013, 2, 4, 20, 38, 11)); // the skipped point was at 20:38:00
    EXPECT_EQ(file->activities.at(0).device, u"eTrex 30"_s);
}

TEST_F(Corpus, OffsetTimesAndStatedSport)
{
    auto file = read("ot__legacy_gpx_trackpointextensions_incorrect.gpx");
    if (!file)
        GTEST_SKIP();
    ASSERT_EQ(file->activities.size(), 1);
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.start, utc(2020, 2, 2, 2, 2, 3)); // 03:02:03+01:00
    EXPECT_EQ(a.elapsedSeconds, 107);
    EXPECT_EQ(a.sport, ActivitySport::Cycling); // "mountain biking"
    EXPECT_EQ(a.points, 5);
}

TEST_F(Corpus, WaypointsOnly)
{
    auto file = read("gpxpy__unicode.gpx");
    if (!file)
        GTEST_SKIP();
    EXPECT_TRUE(file->activities.isEmpty());
    EXPECT_TRUE(file->notes.join(u' ').contains(u"waypoint"_s));
}

TEST_F(Corpus, InterruptedCopyIsRejectedWithItsPlace)
{
    if (!QFileInfo::exists(QDir(corpusDir()).filePath(u"gc__Move_2014_01_17_09_33_11.TRUNCATED.gpx"_s)))
        GTEST_SKIP();
    const Error error = rejection("gc__Move_2014_01_17_09_33_11.TRUNCATED.gpx");
    EXPECT_TRUE(error.field.endsWith(u"TRUNCATED.gpx"_s));
    EXPECT_TRUE(error.message.contains(u"line 5894"_s)) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(u"finished copying"_s));
}

TEST_F(Corpus, ForerunnerRun)
{
    auto file = read("tcxp__test.tcx");
    if (!file)
        GTEST_SKIP();
    ASSERT_EQ(file->activities.size(), 1);
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.sport, ActivitySport::Running);
    EXPECT_EQ(a.start, utc(2012, 12, 26, 21, 29, 53));
    EXPECT_EQ(a.distanceSource, DistanceSource::DeviceTotal);
    EXPECT_WITHIN_PERCENT(a.distanceMetres, 4693.3, 1.0); // gpsbabel + gpxpy: 4693.3 m over the positions
    EXPECT_NEAR(a.elapsedSeconds, 1991, 2); // gpsbabel drops the last point, which has no position
    EXPECT_LE(a.movingSeconds, a.elapsedSeconds);
    EXPECT_TRUE(a.device.startsWith(u"Forerunner 410"_s));
}

TEST_F(Corpus, FourteenLaps)
{
    auto file = read("gb__gtrnctr-lap_s.tcx");
    if (!file)
        GTEST_SKIP();
    ASSERT_EQ(file->activities.size(), 1);
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.sport, ActivitySport::Running);
    EXPECT_EQ(a.start, utc(2013, 9, 6, 14, 27, 17));
    EXPECT_WITHIN_PERCENT(a.distanceMetres, 10773.4, 1.0); // gpsbabel + gpxpy
    EXPECT_NEAR(a.movingSeconds, 3923, 1); // the 14 laps' TotalTimeSeconds
    EXPECT_FALSE(a.heartRateBpm); // 255 throughout: no strap was worn
    EXPECT_EQ(a.device, u"Garmin Forerunner 110"_s);
}

TEST_F(Corpus, MultisportSessionOnFourDays)
{
    auto file = read("gc__activity_165850259_multi-session.tcx");
    if (!file)
        GTEST_SKIP();
    ASSERT_EQ(file->activities.size(), 4);
    const QDate days[] = {QDate(2011, 11, 29), QDate(2011, 12, 1), QDate(2011, 12, 4), QDate(2011, 12, 7)};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(file->activities.at(i).start.date(), days[i]);
        EXPECT_EQ(isRun(file->activities.at(i).sport), i % 2 == 0) << i;
        EXPECT_LT(file->activities.at(i).elapsedSeconds, 2 * 3600);
    }
    EXPECT_WITHIN_PERCENT(file->activities.at(0).distanceMetres, 7651.03, 0.01);
}

TEST_F(Corpus, LargeRide)
{
    auto file = read("gb__gtrnctr_power.tcx");
    if (!file)
        GTEST_SKIP();
    ASSERT_EQ(file->activities.size(), 1);
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.sport, ActivitySport::Cycling);
    EXPECT_WITHIN_PERCENT(a.distanceMetres, 39734.7, 1.0); // gpsbabel + gpxpy
    EXPECT_NEAR(a.elapsedSeconds, 5108, 1);
    EXPECT_EQ(a.points, 5109);
}

TEST_F(Corpus, CourseIsAPlan)
{
    auto file = read("gb__course.tcx");
    if (!file)
        GTEST_SKIP();
    EXPECT_TRUE(file->activities.isEmpty());
    EXPECT_TRUE(file->notes.join(u' ').contains(u"course"_s));
}

TEST_F(Corpus, TreadmillWithStepCadence)
{
    auto file = read("ra__Treadmill-doubled-cadence.tcx");
    if (!file)
        GTEST_SKIP();
    ASSERT_EQ(file->activities.size(), 1);
    const Activity& a = file->activities.at(0);
    EXPECT_EQ(a.sport, ActivitySport::TreadmillRunning);
    EXPECT_DOUBLE_EQ(a.distanceMetres, 498.0);
    EXPECT_EQ(a.movingSeconds, 261);
    ASSERT_TRUE(a.cadenceSpm); // written as steps (86 walking, 176 running): not doubled again
    EXPECT_GT(*a.cadenceSpm, 120.0);
    EXPECT_LT(*a.cadenceSpm, 180.0);
}

TEST_F(Corpus, FitFilesGoThroughTheSameDoor)
{
    auto file = read("fp__activity-small-fenix2-run.fit");
    if (!file)
        GTEST_SKIP();
    ASSERT_EQ(file->activities.size(), 1);
    EXPECT_TRUE(isRun(file->activities.at(0).sport));
}

// Every file of the corpus through the importer into a real journal, as `patella --import` does: what a
// runner would expect of each (runs in, rides and walks listed but skipped, damaged files refused with
// their place, courses and waypoints no activity, each session of a multisport file on its own).
TEST_F(Corpus, ImporterOverEveryFile)
{
    const QMap<QString, QStringList> expected {
        {u"gb__mtk_logger_m241_multiple_tracks.gpx"_s,
         {u"new"_s, u"new"_s, u"skipped"_s, u"new"_s, u"new"_s, u"skipped"_s}},
        {u"gc__A_ride_mapped_on_11_22_2011.gpx"_s, {u"skipped"_s}},
        {u"gc__Move_2014_01_16_19_48_44.gpx"_s, {u"new"_s}},
        {u"gc__Move_2014_01_17_09_33_11.TRUNCATED.gpx"_s, {u"rejected"_s}},
        {u"gc__UrbanBiker2019-04-18_16-12.gpx"_s, {u"skipped"_s}},
        {u"gpxpy__korita-zbevnica.gpx"_s, {u"skipped"_s, u"skipped"_s}},
        {u"gpxpy__unicode.gpx"_s, {u"skipped"_s}},
        {u"ot__legacy_gpx_trackpointextensions_incorrect.gpx"_s, {u"skipped"_s}},
        {u"ra__standard.gpx"_s, {u"new"_s}},
        {u"ra__strava-export.gpx"_s, {u"new"_s}},
        {u"gb__course.tcx"_s, {u"skipped"_s}},
        {u"gb__gtrnctr-lap_s.tcx"_s, {u"new"_s}},
        {u"gb__gtrnctr_power.tcx"_s, {u"skipped"_s}},
        {u"gc__activity_165850259_multi-session.tcx"_s, {u"new"_s, u"skipped"_s, u"new"_s, u"skipped"_s}},
        {u"ra__Treadmill-doubled-cadence.tcx"_s, {u"new"_s}},
        {u"tcxp__test.tcx"_s, {u"new"_s}},
        {u"fp__activity-large-fenxi2-multisport.fit"_s,
         {u"skipped"_s, u"skipped"_s, u"new"_s, u"skipped"_s, u"new"_s, u"skipped"_s, u"skipped"_s}},
        {u"fp__activity-settings-corruptheader.fit"_s, {u"rejected"_s}},
        {u"fp__activity-small-fenix2-run.fit"_s, {u"new"_s}},
        {u"fp__activity-unexpected-eof.fit"_s, {u"rejected"_s}},
        {u"fp__strava-android-app-201.10-b1218918.fit"_s, {u"rejected"_s}},
        {u"ra__Fenix-2-pauses.fit"_s, {u"new"_s}},
    };
    QList<Result<ParsedFile>> files;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString path = QDir(corpusDir()).filePath(it.key());
        if (!QFileInfo::exists(path))
            GTEST_SKIP() << "another corpus: " << it.key().toStdString() << " is missing";
        files.append(ActivityFile::read(path));
    }
    test::TempDir dir;
    FixedClock clock {test::referenceNow()};
    JournalStore store {clock};
    ASSERT_TRUE(store.open(dir.filePath(u"journal.sqlite"_s)).ok());
    Importer importer {store, QTimeZone::utc()};
    auto plan = importer.classify(files, std::nullopt);
    ASSERT_TRUE(plan.ok()) << plan.error().text().toStdString();

    QMap<QString, QStringList> found;
    int runs = 0;
    for (const ImportCandidate& c : plan.value()) {
        found[QFileInfo(c.file).fileName()].append(statusId(c.status));
        if (c.status == ImportStatus::Rejected || c.status == ImportStatus::Skipped) {
            EXPECT_FALSE(c.reason.isEmpty()) << c.file.toStdString();
        }
        if (c.status == ImportStatus::Rejected) {
            EXPECT_TRUE(c.reason.contains(u"line "_s) || c.reason.contains(u"byte "_s)) << c.reason.toStdString();
        }
        runs += c.ticked ? 1 : 0;
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        EXPECT_EQ(found.value(it.key()), it.value()) << it.key().toStdString();

    auto receipt = importer.commit(plan.value());
    ASSERT_TRUE(receipt.ok()) << receipt.error().text().toStdString();
    EXPECT_EQ(receipt->runs(), runs);
    EXPECT_EQ(store.list<patella::Run>()->size(), runs);
    // A second import of the same files adds nothing.
    auto again = importer.classify(files, std::nullopt);
    ASSERT_TRUE(again.ok());
    for (const ImportCandidate& c : again.value())
        EXPECT_FALSE(c.ticked) << c.file.toStdString();
}
