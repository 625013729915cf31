// The importer against a real journal file: what becomes a run, duplicates, merges, the default shoe,
// one transaction, undo.
#include "core/import/gpxparser.h"
#include "core/import/importer.h"
#include "core/import/sport.h"
#include "core/model/preferences.h"
#include "core/store/journalstore.h"
#include "tests/support/testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace patella;
using namespace patella::test;
using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T> std::string why(const Result<T>& result)
{
    return result.ok() ? std::string() : result.error().text().toStdString();
}

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

Activity activity(ActivitySport sport, QDateTime start, double metres, int moving, const QString& id)
{
    Activity a;
    a.sport = sport;
    a.sportName = sportId(sport);
    a.start = start;
    a.distanceMetres = metres;
    a.distanceSource = DistanceSource::DeviceTotal;
    a.movingSeconds = moving;
    a.elapsedSeconds = moving + 60;
    a.points = 100;
    a.cadenceSpm = 172.0;
    a.heartRateBpm = 150.0;
    a.device = u"Forerunner 245"_s;
    a.externalId = id;
    return a;
}

// 2026-03-14 07:00 in Berlin is 06:00 UTC; 23:30 on the 14th is 22:30 UTC.
QDateTime berlin(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), kBerlin).toUTC();
}

Result<ParsedFile> fileWith(const QString& path, QList<Activity> activities)
{
    ParsedFile file;
    file.path = path;
    file.activities = std::move(activities);
    return file;
}

class ImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(store.open(dir.filePath(u"journal.sqlite"_s)).ok());
        Shoe road;
        road.name = u"Road"_s;
        road.firstUse = QDate(2025, 10, 1);
        Shoe trail;
        trail.name = u"Trail"_s;
        trail.firstUse = QDate(2025, 11, 1);
        auto ids = store.addAll<Shoe>({road, trail});
        ASSERT_TRUE(ids.ok()) << why(ids);
        roadId = ids->at(0);
        trailId = ids->at(1);
    }

    patella::Run manualRun(QDate day, double metres)
    {
        patella::Run run;
        run.start = QDateTime(day, QTime(17, 0), kBerlin).toUTC();
        run.localDate = day;
        run.distanceMetres = metres;
        run.durationSeconds = 1800;
        run.effort = 6;
        run.painDuring = 3;
        run.painAfter = 2;
        run.note = u"knee fine on the hills"_s;
        return run;
    }

    TempDir dir;
    FixedClock clock {referenceNow()};
    JournalStore store {clock};
    Importer importer {store, kBerlin};
    RecordId roadId = NoId;
    RecordId trailId = NoId;
};

} // namespace

TEST_F(ImporterTest, RunsAreNewAndOtherSportsSkippedWithReason)
{
    auto plan = importer.classify(
        {fileWith(u"a.tcx"_s,
                  {activity(ActivitySport::Running, berlin(14, 7), 8000, 2700, u"a1"_s),
                   activity(ActivitySport::Cycling, berlin(15, 9), 30000, 3600, u"a2"_s),
                   activity(ActivitySport::TreadmillRunning, berlin(15, 18), 5000, 1500, u"a3"_s)})},
        roadId);
    ASSERT_TRUE(plan.ok()) << why(plan);
    ASSERT_EQ(plan->size(), 3);
    EXPECT_EQ(plan->at(0).status, ImportStatus::New);
    EXPECT_TRUE(plan->at(0).ticked);
    EXPECT_EQ(plan->at(0).localDate, QDate(2026, 3, 14));
    EXPECT_EQ(plan->at(0).shoeId, roadId);
    EXPECT_EQ(plan->at(1).status, ImportStatus::Skipped);
    EXPECT_FALSE(plan->at(1).ticked);
    EXPECT_TRUE(plan->at(1).tickable);
    // The sport in the runner's words, not the file's ("Biking") or FIT's ("cycling", "2").
    EXPECT_TRUE(plan->at(1).reason.startsWith(u"Cycling is not running"_s)) << plan->at(1).reason.toStdString();
    EXPECT_EQ(plan->at(2).status, ImportStatus::New);

    auto receipt = importer.commit(plan.value());
    ASSERT_TRUE(receipt.ok()) << why(receipt);
    EXPECT_EQ(receipt->runs(), 2);
    EXPECT_DOUBLE_EQ(receipt->metres, 13000.0);
    auto runs = store.list<patella::Run>();
    ASSERT_EQ(runs->size(), 2);
    const patella::Run& first = runs->at(0);
    EXPECT_EQ(first.source, RunSource::Import);
    EXPECT_EQ(first.externalId, u"a1"_s);
    EXPECT_EQ(first.localDate, QDate(2026, 3, 14));
    EXPECT_DOUBLE_EQ(first.distanceMetres, 8000.0);
    EXPECT_EQ(first.durationSeconds, 2700);
    EXPECT_EQ(first.movingSeconds, 2700);
    EXPECT_EQ(first.elapsedSeconds, 2760);
    EXPECT_EQ(first.cadenceSpm, 172.0);
    EXPECT_EQ(first.heartRateBpm, 150.0);
    EXPECT_EQ(first.sport, u"running"_s);
    EXPECT_EQ(first.device, u"Forerunner 245"_s);
    EXPECT_EQ(first.distanceSource, u"device"_s);
    EXPECT_EQ(first.shoeId, roadId);
    EXPECT_EQ(runs->at(1).sport, u"treadmill_running"_s);
}

TEST_F(ImporterTest, SkipReasonsNameTheSportInTheRunnersWordsNeverTheFilesCode)
{
    Activity swim = activity(ActivitySport::Swimming, berlin(14, 7), 1500, 2400, u"s1"_s);
    swim.sportName = u"swimming/lap_swimming"_s; // a FIT sport and sub-sport enum name
    Activity rowing = activity(ActivitySport::Other, berlin(14, 9), 5000, 1800, u"s2"_s);
    rowing.sportName = u"53"_s; // a FIT sport number the profile does not name
    Activity walk = activity(ActivitySport::Walking, berlin(14, 11), 4000, 3600, u"s3"_s);
    walk.sportName.clear();
    walk.sportFromPace = true; // a GPX without a <type>
    Activity ride = activity(ActivitySport::Cycling, berlin(14, 13), 30000, 3600, u"s4"_s);
    ride.sportName = u"Biking"_s;
    ride.sportFromPace = true;
    auto plan = importer.classify({fileWith(u"a.fit"_s, {swim, rowing, walk, ride})}, std::nullopt);
    ASSERT_TRUE(plan.ok()) << why(plan);
    ASSERT_EQ(plan->size(), 4);
    for (const ImportCandidate& c : plan.value()) {
        EXPECT_EQ(c.status, ImportStatus::Skipped);
        for (const QString& raw : {u"_"_s, u"53"_s, u"swimming"_s, u"Biking"_s, u"walking"_s, u"cycling"_s})
            EXPECT_FALSE(c.reason.contains(raw)) << c.reason.toStdString();
    }
    EXPECT_TRUE(plan->at(0).reason.startsWith(u"Swimming is not running"_s)) << plan->at(0).reason.toStdString();
    EXPECT_TRUE(plan->at(1).reason.startsWith(u"The file names a sport other than running"_s))
        << plan->at(1).reason.toStdString();
    EXPECT_TRUE(plan->at(2).reason.contains(u"at 4.0 km/h it looks like a walk"_s)) << plan->at(2).reason.toStdString();
    EXPECT_TRUE(plan->at(3).reason.contains(u"at 30.0 km/h it looks like a ride"_s))
        << plan->at(3).reason.toStdString();
    EXPECT_EQ(sportDisplayName(ActivitySport::TrailRunning), u"Trail run"_s);
    EXPECT_EQ(sportDisplayName(ActivitySport::Other), u"Other sport"_s);
}

TEST_F(ImporterTest, ReimportIsANoOpAndOtherFormatsOfTheSameOutingToo)
{
    const Activity run = activity(ActivitySport::Running, berlin(14, 7), 8000, 2700, u"gpx:1"_s);
    auto plan = importer.classify({fileWith(u"a.gpx"_s, {run})}, std::nullopt);
    ASSERT_TRUE(importer.commit(plan.value()).ok());

    Activity fromFit = run;
    fromFit.externalId = u"fit:99"_s;
    fromFit.start = fromFit.start.addSecs(2);
    auto again = importer.classify({fileWith(u"a.gpx"_s, {run}), fileWith(u"a.fit"_s, {fromFit})}, std::nullopt);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->size(), 2);
    for (const ImportCandidate& c : again.value()) {
        EXPECT_EQ(c.status, ImportStatus::AlreadyInJournal);
        EXPECT_FALSE(c.tickable);
    }
    auto receipt = importer.commit(again.value());
    ASSERT_TRUE(receipt.ok());
    EXPECT_EQ(receipt->runs(), 0);
    EXPECT_EQ(store.list<patella::Run>()->size(), 1);
}

TEST_F(ImporterTest, TheSameOutingTwiceInOneBatchIsCountedOnce)
{
    const Activity run = activity(ActivitySport::Running, berlin(14, 7), 8000, 2700, u"gpx:1"_s);
    Activity copy = run;
    copy.externalId = u"tcx:1"_s;
    auto plan = importer.classify({fileWith(u"a.gpx"_s, {run}), fileWith(u"a.tcx"_s, {copy})}, std::nullopt);
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->at(0).status, ImportStatus::New);
    EXPECT_EQ(plan->at(1).status, ImportStatus::AlreadyInJournal);
    EXPECT_TRUE(plan->at(1).reason.contains(u"a.gpx"_s));
}

TEST_F(ImporterTest, SessionsOfOneFileSecondsApartAreDistinctActivities)
{
    // A multisport watch file: a 4-second transition, then the run 5 seconds later.
    Activity transition = activity(ActivitySport::Other, berlin(14, 7), 3, 4, u"fit:1/3"_s);
    Activity run = activity(ActivitySport::Running, berlin(14, 7).addSecs(5), 12740, 6764, u"fit:1/4"_s);
    auto plan = importer.classify({fileWith(u"multi.fit"_s, {transition, run})}, std::nullopt);
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->size(), 2);
    EXPECT_EQ(plan->at(0).status, ImportStatus::Skipped);
    EXPECT_EQ(plan->at(1).status, ImportStatus::New) << plan->at(1).reason.toStdString();
    EXPECT_TRUE(plan->at(1).ticked);

    // The same run from another format is still the same outing, but a short outing a minute apart is not.
    ASSERT_TRUE(importer.commit(plan.value()).ok());
    Activity gpx = run;
    gpx.externalId = u"gpx:x"_s;
    gpx.distanceMetres = 12900; // the points' sum, 1.3% longer
    Activity other = activity(ActivitySport::Running, run.start.addSecs(30), 2000, 700, u"gpx:y"_s);
    auto again = importer.classify({fileWith(u"a.gpx"_s, {gpx, other})}, std::nullopt);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->at(0).status, ImportStatus::AlreadyInJournal);
    EXPECT_EQ(again->at(1).status, ImportStatus::New);
}

TEST_F(ImporterTest, AWatchStartedByMistakeIsSkippedButTickable)
{
    Activity blip = activity(ActivitySport::Running, berlin(14, 7), 70, 21, u"b"_s);
    Activity brief = activity(ActivitySport::Running, berlin(14, 8), 400, 45, u"c"_s);
    auto plan = importer.classify({fileWith(u"a.gpx"_s, {blip, brief})}, std::nullopt);
    ASSERT_TRUE(plan.ok());
    for (const ImportCandidate& c : plan.value()) {
        EXPECT_EQ(c.status, ImportStatus::Skipped);
        EXPECT_TRUE(c.tickable);
        EXPECT_FALSE(c.ticked);
        EXPECT_TRUE(c.reason.contains(u"too short"_s)) << c.reason.toStdString();
    }
    EXPECT_TRUE(plan->at(0).reason.contains(u"70 m in 21 s"_s)) << plan->at(0).reason.toStdString();
}

TEST_F(ImporterTest, ManualRunTheSameDayWithinTenPercentIsALikelyDuplicate)
{
    auto manualId = store.add(manualRun(QDate(2026, 3, 14), 8500)); // 8000 is 5.9% below
    ASSERT_TRUE(manualId.ok());
    ASSERT_TRUE(store.add(manualRun(QDate(2026, 3, 15), 10000)).ok()); // 8000 is 20% below: not one
    auto plan = importer.classify({fileWith(u"a.gpx"_s,
                                            {activity(ActivitySport::Running, berlin(14, 23, 30), 8000, 2700, u"x"_s),
                                             activity(ActivitySport::Running, berlin(15, 7), 8000, 2700, u"y"_s)})},
                                  roadId);
    ASSERT_TRUE(plan.ok());
    // 23:30 in Berlin is still the 14th, though it is 22:30 UTC.
    EXPECT_EQ(plan->at(0).status, ImportStatus::LikelyDuplicate);
    EXPECT_EQ(plan->at(0).duplicateOf, manualId.value());
    EXPECT_FALSE(plan->at(0).ticked);
    EXPECT_TRUE(plan->at(0).reason.contains(u"8.50"_s)) << plan->at(0).reason.toStdString();
    EXPECT_EQ(plan->at(1).status, ImportStatus::New);
}

TEST_F(ImporterTest, MergeKeepsTheRunnersNotesAndTakesTheFilesNumbers)
{
    patella::Run manual = manualRun(QDate(2026, 3, 14), 8500);
    manual.shoeId = trailId;
    auto manualId = store.add(manual);
    ASSERT_TRUE(manualId.ok());
    auto plan = importer.classify(
        {fileWith(u"a.gpx"_s, {activity(ActivitySport::Running, berlin(14, 7), 8000, 2700, u"x"_s)})}, roadId);
    ASSERT_TRUE(plan.ok());
    QList<ImportCandidate> chosen = plan.value();
    chosen[0].ticked = true;
    chosen[0].choice = DuplicateChoice::Merge;
    auto receipt = importer.commit(chosen);
    ASSERT_TRUE(receipt.ok()) << why(receipt);
    auto runs = store.list<patella::Run>();
    ASSERT_EQ(runs->size(), 1);
    const patella::Run& merged = runs->at(0);
    EXPECT_EQ(merged.id, manualId.value());
    EXPECT_DOUBLE_EQ(merged.distanceMetres, 8000.0);
    EXPECT_EQ(merged.durationSeconds, 2700);
    EXPECT_EQ(merged.start, berlin(14, 7));
    EXPECT_EQ(merged.effort, 6);
    EXPECT_EQ(merged.painDuring, 3);
    EXPECT_EQ(merged.painAfter, 2);
    EXPECT_EQ(merged.note, u"knee fine on the hills"_s);
    EXPECT_EQ(merged.shoeId, trailId); // their own choice of shoe stays
    EXPECT_EQ(merged.source, RunSource::Import);
    EXPECT_EQ(merged.externalId, u"x"_s);

    // Undo brings the hand-typed run back as it was.
    ASSERT_TRUE(importer.undo(receipt.value()).ok());
    auto restored = store.list<patella::Run>();
    ASSERT_EQ(restored->size(), 1);
    EXPECT_DOUBLE_EQ(restored->at(0).distanceMetres, 8500.0);
    EXPECT_EQ(restored->at(0).source, RunSource::Manual);
    EXPECT_TRUE(restored->at(0).externalId.isEmpty());
    EXPECT_EQ(restored->at(0).note, u"knee fine on the hills"_s);
}

TEST_F(ImporterTest, KeepBothAddsTheFilesRun)
{
    ASSERT_TRUE(store.add(manualRun(QDate(2026, 3, 14), 8500)).ok());
    auto plan = importer.classify(
        {fileWith(u"a.gpx"_s, {activity(ActivitySport::Running, berlin(14, 7), 8000, 2700, u"x"_s)})}, roadId);
    QList<ImportCandidate> chosen = plan.value();
    chosen[0].ticked = true;
    chosen[0].choice = DuplicateChoice::KeepBoth;
    ASSERT_TRUE(importer.commit(chosen).ok());
    EXPECT_EQ(store.list<patella::Run>()->size(), 2);
}

TEST_F(ImporterTest, ATickedRideIsStoredWithItsSport)
{
    auto plan = importer.classify(
        {fileWith(u"a.gpx"_s, {activity(ActivitySport::Walking, berlin(14, 7), 4000, 2700, u"w"_s)})}, std::nullopt);
    QList<ImportCandidate> chosen = plan.value();
    ASSERT_EQ(chosen[0].status, ImportStatus::Skipped);
    EXPECT_EQ(importer.commit(chosen)->runs(), 0); // unticked: nothing stored
    EXPECT_TRUE(store.list<patella::Run>()->isEmpty());
    chosen[0].ticked = true;
    ASSERT_TRUE(importer.commit(chosen).ok());
    ASSERT_EQ(store.list<patella::Run>()->size(), 1);
    EXPECT_EQ(store.list<patella::Run>()->at(0).sport, u"walking"_s);
}

TEST_F(ImporterTest, ImplausibleAndUntimedActivitiesCannotBeTicked)
{
    Activity jump = activity(ActivitySport::Running, berlin(14, 7), 222125, 56, u"j"_s); // a GPS jump
    Activity huge = activity(ActivitySport::Running, berlin(14, 8), 400000, 20000, u"h"_s);
    Activity untimed = activity(ActivitySport::Running, berlin(14, 9), 5000, 0, u"u"_s);
    untimed.elapsedSeconds = 0;
    auto plan = importer.classify({fileWith(u"a.gpx"_s, {jump, huge, untimed})}, std::nullopt);
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->size(), 3);
    for (const ImportCandidate& c : plan.value()) {
        EXPECT_EQ(c.status, ImportStatus::Skipped);
        EXPECT_FALSE(c.tickable);
        EXPECT_FALSE(c.reason.isEmpty());
    }
}

TEST_F(ImporterTest, RejectedAndEmptyFilesAreListed)
{
    auto bad = GpxParser::parse("<gpx><trk><trkseg>", u"/x/cut.gpx"_s);
    ParsedFile course;
    course.path = u"/x/course.tcx"_s;
    course.notes = {u"1 planned course, not recorded activities."_s};
    auto plan = importer.classify({bad, course}, std::nullopt);
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->size(), 2);
    EXPECT_EQ(plan->at(0).status, ImportStatus::Rejected);
    EXPECT_EQ(plan->at(0).file, u"/x/cut.gpx"_s);
    EXPECT_TRUE(plan->at(0).reason.contains(u"ends in the middle"_s));
    EXPECT_EQ(plan->at(1).status, ImportStatus::Skipped);
    EXPECT_TRUE(plan->at(1).reason.contains(u"course"_s));
    EXPECT_FALSE(plan->at(1).activity);
}

TEST_F(ImporterTest, OneTransactionNothingWrittenWhenOneFails)
{
    // The second run starts beyond tomorrow (the fixed clock's 2026-03-16): the journal refuses it.
    auto plan
        = importer.classify({fileWith(u"a.gpx"_s,
                                      {activity(ActivitySport::Running, berlin(14, 7), 8000, 2700, u"ok"_s),
                                       activity(ActivitySport::Running, berlin(25, 7), 8000, 2700, u"future"_s)})},
                            std::nullopt);
    ASSERT_TRUE(plan.ok());
    auto receipt = importer.commit(plan.value());
    ASSERT_FALSE(receipt.ok());
    EXPECT_TRUE(store.list<patella::Run>()->isEmpty());
}

TEST_F(ImporterTest, UndoRemovesTheWholeImport)
{
    ASSERT_TRUE(store.add(manualRun(QDate(2026, 3, 1), 5000)).ok());
    auto plan = importer.classify({fileWith(u"a.gpx"_s,
                                            {activity(ActivitySport::Running, berlin(14, 7), 8000, 2700, u"1"_s),
                                             activity(ActivitySport::Running, berlin(15, 7), 9000, 2900, u"2"_s)})},
                                  std::nullopt);
    auto receipt = importer.commit(plan.value());
    ASSERT_TRUE(receipt.ok());
    EXPECT_EQ(store.list<patella::Run>()->size(), 3);
    ASSERT_TRUE(importer.undo(receipt.value()).ok());
    auto left = store.list<patella::Run>();
    ASSERT_EQ(left->size(), 1);
    EXPECT_EQ(left->at(0).source, RunSource::Manual);
}

TEST(DefaultShoe, PreferredInUseElseTheOnlyOne)
{
    Shoe a;
    a.id = 1;
    a.firstUse = QDate(2026, 1, 1);
    Shoe b;
    b.id = 2;
    b.firstUse = QDate(2026, 2, 1);
    b.retired = QDate(2026, 3, 1);
    const QDate day(2026, 3, 14);
    EXPECT_EQ(Importer::defaultShoe({a, b}, 1, day), 1);
    EXPECT_EQ(Importer::defaultShoe({a, b}, 2, day), 1); // retired before the run: the only one in use
    EXPECT_EQ(Importer::defaultShoe({a, b}, std::nullopt, QDate(2026, 2, 10)), std::nullopt); // two in use
    EXPECT_EQ(Importer::defaultShoe({a, b}, 2, QDate(2026, 2, 10)), 2);
    EXPECT_EQ(Importer::defaultShoe({}, 1, day), std::nullopt);
}

TEST(DefaultShoe, PreferenceIsKept)
{
    TempDir dir;
    Preferences prefs(dir.filePath(u"settings.ini"_s), referenceDate());
    EXPECT_FALSE(prefs.defaultShoeId());
    prefs.setDefaultShoeId(7);
    Preferences again(dir.filePath(u"settings.ini"_s), referenceDate());
    EXPECT_EQ(again.defaultShoeId(), 7);
    again.setDefaultShoeId(std::nullopt);
    EXPECT_FALSE(again.defaultShoeId());
}
