#include "core/import/fitdecoder.h"
#include "core/import/geodesy.h"
#include "tests/core/import/fitwriter.h"
#include "tests/support/testsupport.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace patella;
using namespace patella::test;

namespace {

const QString kPath = QStringLiteral("/media/watch/GARMIN/Activity/run.fit");

QDateTime runStart()
{
    return QDateTime(referenceDate().addDays(-2), QTime(7, 0), QTimeZone::utc());
}

std::uint32_t t0()
{
    return fitTime(runStart());
}

// Records every 5 s along a meridian, 10 m apart, with the device's distance.
std::vector<RecordSpec> straightRecords(std::uint32_t start, int count, bool withDistance = true,
                                        bool withPosition = true)
{
    std::vector<RecordSpec> records;
    for (int i = 0; i < count; ++i) {
        RecordSpec record;
        record.time = start + static_cast<std::uint32_t>(5 * i);
        if (withPosition) {
            record.latitude = 47.0 + i * 10.0 / 111195.0;
            record.longitude = 8.5;
        }
        if (withDistance)
            record.distanceMetres = 10.0 * i;
        record.cadence = 80 + (i % 3);
        record.heartRate = 140 + (i % 5);
        records.push_back(record);
    }
    return records;
}

SessionSpec fullSession()
{
    SessionSpec session;
    session.start = t0();
    session.end = t0() + 2700;
    session.sport = 1;
    session.elapsedSeconds = 2700.4;
    session.timerSeconds = 2580.6;
    session.distanceMetres = 8123.45;
    session.cadence = 84;
    session.fractionalCadence = 64; // +0.5 stride per minute
    session.heartRate = 148;
    return session;
}

QByteArray simpleRun(Endian endian)
{
    FitWriter writer;
    writeFileId(writer, 0, 1, 3076, 3999999999u, endian);
    writeRecords(writer, 1, straightRecords(t0(), 10), endian);
    writeSession(writer, 2, fullSession(), endian);
    writeActivity(writer, 3, t0() + 2710, 3600);
    return writer.file();
}

ParsedFile decodeOk(const QByteArray& data)
{
    Result<ParsedFile> result = decodeFit(data, kPath);
    if (!result) {
        ADD_FAILURE() << result.error().text().toStdString();
        return {};
    }
    return std::move(result).value();
}

QString decodeError(const QByteArray& data)
{
    Result<ParsedFile> result = decodeFit(data, kPath);
    if (result) {
        ADD_FAILURE() << "decoded a damaged file into " << result->activities.size() << " activities";
        return {};
    }
    EXPECT_EQ(result.error().field, kPath);
    return result.error().text();
}

} // namespace

TEST(FitDecoder, ReadsSessionTotalsDeviceAndCadenceInSteps)
{
    const ParsedFile parsed = decodeOk(simpleRun(Endian::Little));
    EXPECT_EQ(parsed.path, kPath);
    ASSERT_EQ(parsed.activities.size(), 1);
    const Activity& run = parsed.activities.front();
    EXPECT_EQ(run.sport, ActivitySport::Running);
    EXPECT_EQ(run.sportName, QStringLiteral("running"));
    EXPECT_EQ(run.start, runStart());
    EXPECT_EQ(run.start.timeSpec(), Qt::UTC);
    EXPECT_EQ(run.utcOffsetSeconds, 3600);
    EXPECT_EQ(run.elapsedSeconds, 2700);
    EXPECT_EQ(run.movingSeconds, 2581);
    EXPECT_NEAR(run.distanceMetres, 8123.45, 1e-6);
    EXPECT_EQ(run.distanceSource, DistanceSource::DeviceTotal);
    EXPECT_EQ(run.points, 10);
    EXPECT_EQ(run.skippedPoints, 0);
    ASSERT_TRUE(run.cadenceSpm.has_value());
    EXPECT_DOUBLE_EQ(*run.cadenceSpm, 169.0); // (84 + 64/128) strides per minute, two steps each
    ASSERT_TRUE(run.heartRateBpm.has_value());
    EXPECT_DOUBLE_EQ(*run.heartRateBpm, 148.0);
    EXPECT_EQ(run.device, QStringLiteral("Garmin Forerunner 245"));
    EXPECT_EQ(run.externalId, QStringLiteral("fit:3999999999:2026-03-14T07:00:00Z"));
}

TEST(FitDecoder, BigEndianFileGivesTheSameActivity)
{
    const QByteArray little = simpleRun(Endian::Little);
    const QByteArray big = simpleRun(Endian::Big);
    ASSERT_NE(little, big);
    const ParsedFile a = decodeOk(little);
    const ParsedFile b = decodeOk(big);
    ASSERT_EQ(a.activities.size(), 1);
    ASSERT_EQ(b.activities.size(), 1);
    const Activity& x = a.activities.front();
    const Activity& y = b.activities.front();
    EXPECT_EQ(x.start, y.start);
    EXPECT_EQ(x.elapsedSeconds, y.elapsedSeconds);
    EXPECT_EQ(x.movingSeconds, y.movingSeconds);
    EXPECT_DOUBLE_EQ(x.distanceMetres, y.distanceMetres);
    EXPECT_EQ(x.cadenceSpm, y.cadenceSpm);
    EXPECT_EQ(x.heartRateBpm, y.heartRateBpm);
    EXPECT_EQ(x.points, y.points);
    EXPECT_EQ(x.device, y.device);
    EXPECT_EQ(x.externalId, y.externalId);
}

TEST(FitDecoder, TwelveByteHeaderAndUncomputedHeaderCrcAreAccepted)
{
    FitWriter writer;
    writeFileId(writer, 0, 1, 1967, 42u);
    writeSession(writer, 1, fullSession());
    for (const FitWriter::HeaderOptions options :
         {FitWriter::HeaderOptions {12, false, 0x10}, FitWriter::HeaderOptions {14, false, 0x20}}) {
        const ParsedFile parsed = decodeOk(writer.file(options));
        ASSERT_EQ(parsed.activities.size(), 1) << options.size;
        EXPECT_EQ(parsed.activities.front().device, QStringLiteral("Garmin fenix 2"));
        EXPECT_NEAR(parsed.activities.front().distanceMetres, 8123.45, 1e-6);
    }
}

TEST(FitDecoder, CompressedTimestampsFollowTheLastFullOneAndRollOver)
{
    FitWriter writer;
    writeFileId(writer, 0, 1, 3076, 7u);
    // A full timestamp whose low five bits are 30, then compressed ones: 31, then 1 (rolled over), then 20.
    const std::uint32_t base = (t0() & ~0x1Fu) + 30;
    writer.define(1, 20, {{253, fitbase::UInt32}, {5, fitbase::UInt32}, {4, fitbase::UInt8}});
    writer.data(1, {base, 0, 85});
    writer.define(2, 20, {{5, fitbase::UInt32}, {4, fitbase::UInt8}});
    writer.compressed(2, 31, {1000, 86}); // base + 1
    writer.compressed(2, 1, {2000, 87}); // base + 3 (crossed a 32 s boundary)
    writer.compressed(2, 20, {5000, 88}); // base + 22
    SessionSpec session;
    session.start = base;
    session.sport = 1;
    writeSession(writer, 3, session); // no totals: everything from the records
    const ParsedFile parsed = decodeOk(writer.file());
    ASSERT_EQ(parsed.activities.size(), 1);
    const Activity& run = parsed.activities.front();
    EXPECT_EQ(run.points, 4);
    EXPECT_EQ(run.elapsedSeconds, 22);
    EXPECT_EQ(run.movingSeconds, 22);
    EXPECT_NEAR(run.distanceMetres, 50.0, 1e-9);
    EXPECT_EQ(run.distanceSource, DistanceSource::DeviceTotal);
    ASSERT_TRUE(run.cadenceSpm.has_value());
    EXPECT_DOUBLE_EQ(*run.cadenceSpm, 2.0 * (85 + 86 + 87 + 88) / 4.0);
}

TEST(FitDecoder, CompressedTimestampBeforeAnyFullOneIsAnUntimedPoint)
{
    FitWriter writer;
    writer.define(0, 20, {{5, fitbase::UInt32}});
    writer.compressed(0, 3, {100});
    writeRecords(writer, 1, straightRecords(t0(), 3));
    const ParsedFile parsed = decodeOk(writer.file());
    ASSERT_EQ(parsed.activities.size(), 1);
    EXPECT_EQ(parsed.activities.front().points, 3);
    EXPECT_EQ(parsed.activities.front().skippedPoints, 1);
}

TEST(FitDecoder, DeveloperFieldsAreSkippedByTheirDeclaredSize)
{
    FitWriter writer;
    writeFileId(writer, 0, 1, 3076, 7u);
    // Records with three developer fields (1, 3 and 7 bytes) after the regular ones.
    writer.define(1, 20, {{253, fitbase::UInt32}, {5, fitbase::UInt32}, {3, fitbase::UInt8}}, Endian::Little,
                  {{0, 1, 0}, {1, 3, 0}, {2, 7, 1}});
    for (int i = 0; i < 5; ++i)
        writer.data(1, {t0() + 10 * i, 2500 * i, 150}, QByteArray(11, static_cast<char>(0x40 + i)));
    // A field with a size that is not a multiple of its base type, and an unknown base type: both skipped.
    writer.define(
        2, 18,
        {{2, fitbase::UInt32}, {5, fitbase::Enum}, {9, fitbase::UInt32, 3}, {200, 0x1F, 5}, {16, fitbase::UInt8}},
        Endian::Big, {{9, 2, 0}});
    writer.data(2, {t0(), 1, 123456, 0, 151}, QByteArray("\x01\x02", 2));
    const ParsedFile parsed = decodeOk(writer.file());
    ASSERT_EQ(parsed.activities.size(), 1);
    const Activity& run = parsed.activities.front();
    EXPECT_EQ(run.points, 5);
    EXPECT_NEAR(run.distanceMetres, 100.0, 1e-9); // from the records: the session's odd-sized distance was skipped
    EXPECT_EQ(run.elapsedSeconds, 40);
    EXPECT_EQ(run.heartRateBpm, 151.0);
}

TEST(FitDecoder, ChainedFilesEachGiveTheirActivities)
{
    FitWriter first;
    writeFileId(first, 0, 1, 3076, 11u);
    writeSession(first, 1, fullSession());
    // The second file redefines local type 0 in the other byte order: definitions do not carry over.
    FitWriter second;
    writeFileId(second, 0, 294, 0, 22u, Endian::Big);
    SessionSpec later = fullSession();
    later.start = t0() + 86400;
    later.distanceMetres = 5000.0;
    writeSession(second, 0, later, Endian::Big);
    const ParsedFile parsed = decodeOk(first.file() + second.file(FitWriter::HeaderOptions {12, false, 0x10}));
    ASSERT_EQ(parsed.activities.size(), 2);
    EXPECT_EQ(parsed.activities[0].device, QStringLiteral("Garmin Forerunner 245"));
    EXPECT_EQ(parsed.activities[1].device, QStringLiteral("COROS"));
    EXPECT_EQ(parsed.activities[1].start, runStart().addDays(1));
    EXPECT_NEAR(parsed.activities[1].distanceMetres, 5000.0, 1e-9);
    EXPECT_NE(parsed.activities[0].externalId, parsed.activities[1].externalId);
}

TEST(FitDecoder, SeveralSessionsGiveSeveralActivitiesWithTheirOwnRecords)
{
    FitWriter writer;
    writeFileId(writer, 0, 1, 2158, 5u);
    std::vector<RecordSpec> records = straightRecords(t0(), 20); // 0..95 s: the run
    for (RecordSpec record : straightRecords(t0() + 200, 30)) { // 200..345 s: the ride
        record.cadence = 90;
        records.push_back(record);
    }
    writeRecords(writer, 1, records);
    SessionSpec run;
    run.start = t0();
    run.sport = 1;
    run.subSport = 3;
    run.elapsedSeconds = 95;
    run.timerSeconds = 95;
    SessionSpec transition;
    transition.start = t0() + 100;
    transition.sport = 3;
    transition.elapsedSeconds = 50;
    SessionSpec ride;
    ride.start = t0() + 200;
    ride.sport = 2;
    ride.elapsedSeconds = 145;
    ride.distanceMetres = 290;
    writeSession(writer, 2, run);
    writeSession(writer, 2, transition);
    writeSession(writer, 2, ride);
    const ParsedFile parsed = decodeOk(writer.file());
    ASSERT_EQ(parsed.activities.size(), 3);
    const Activity& a = parsed.activities[0];
    EXPECT_EQ(a.sport, ActivitySport::TrailRunning);
    EXPECT_EQ(a.sportName, QStringLiteral("running/trail"));
    EXPECT_EQ(a.points, 20);
    EXPECT_NEAR(a.distanceMetres, 190.0, 1e-9);
    ASSERT_TRUE(a.cadenceSpm.has_value());
    EXPECT_NEAR(*a.cadenceSpm, 2.0 * (80 * 7 + 81 * 7 + 82 * 6) / 20.0, 1e-9);
    const Activity& b = parsed.activities[1];
    EXPECT_EQ(b.sport, ActivitySport::Other);
    EXPECT_EQ(b.points, 0);
    EXPECT_EQ(b.distanceSource, DistanceSource::None);
    const Activity& c = parsed.activities[2];
    EXPECT_EQ(c.sport, ActivitySport::Cycling);
    EXPECT_EQ(c.points, 30);
    EXPECT_NEAR(c.distanceMetres, 290.0, 1e-9);
    EXPECT_FALSE(c.cadenceSpm.has_value()); // pedal revolutions are not steps
    EXPECT_EQ(c.start, runStart().addSecs(200));
}

TEST(FitDecoder, MissingSessionTotalsComeFromTimerEventsAndRecords)
{
    FitWriter writer;
    writeFileId(writer, 0, 1, 3076, 7u);
    writeTimerEvent(writer, 3, t0(), true);
    std::vector<RecordSpec> records = straightRecords(t0(), 13); // 0..60 s
    writeTimerEvent(writer, 3, t0() + 60, false); // a 120 s stop at the lights
    writeTimerEvent(writer, 3, t0() + 180, true);
    for (RecordSpec record : straightRecords(t0() + 180, 13)) {
        record.distanceMetres = *record.distanceMetres + 120.0;
        records.push_back(record);
    }
    writeRecords(writer, 1, records);
    writeTimerEvent(writer, 3, t0() + 240, false);
    SessionSpec session;
    session.start = t0();
    session.end = t0() + 240;
    session.sport = 1;
    writeSession(writer, 2, session);
    const ParsedFile parsed = decodeOk(writer.file());
    ASSERT_EQ(parsed.activities.size(), 1);
    const Activity& run = parsed.activities.front();
    EXPECT_EQ(run.elapsedSeconds, 240);
    EXPECT_EQ(run.movingSeconds, 120);
    EXPECT_NEAR(run.distanceMetres, 240.0, 1e-9);
    EXPECT_EQ(run.distanceSource, DistanceSource::DeviceTotal);
    EXPECT_EQ(run.points, 26);
    ASSERT_TRUE(run.heartRateBpm.has_value());
    EXPECT_NEAR(*run.heartRateBpm, (2 * (140 * 3 + 141 * 3 + 142 * 3 + 143 * 2 + 144 * 2)) / 26.0, 1e-9);
}

TEST(FitDecoder, WithoutTimerEventsAPauseIsAGapOverTheRule)
{
    FitWriter writer;
    std::vector<RecordSpec> records = straightRecords(t0(), 13); // 0..60 s
    for (const RecordSpec& record : straightRecords(t0() + 60 + kFitPauseGapSeconds + 1, 13))
        records.push_back(record);
    writeRecords(writer, 1, records);
    const ParsedFile parsed = decodeOk(writer.file());
    ASSERT_EQ(parsed.activities.size(), 1);
    const Activity& run = parsed.activities.front();
    EXPECT_EQ(run.elapsedSeconds, 120 + kFitPauseGapSeconds + 1);
    EXPECT_EQ(run.movingSeconds, 120);
    EXPECT_EQ(run.sport, ActivitySport::Other); // no session and no sport message: the sport is unknown
}

TEST(FitDecoder, PositionsWithoutDeviceDistanceGiveTheGeodesicSum)
{
    FitWriter writer;
    writer.define(5, 12, {{0, fitbase::Enum}, {1, fitbase::Enum}});
    writer.data(5, {1, 1}); // sport message: treadmill running... with positions, as some phones write
    std::vector<RecordSpec> records = straightRecords(t0(), 11, false);
    records[4].latitude.reset(); // a lost fix: bridged from the point before
    records[4].longitude.reset();
    writeRecords(writer, 1, records);
    const ParsedFile parsed = decodeOk(writer.file());
    ASSERT_EQ(parsed.activities.size(), 1);
    const Activity& run = parsed.activities.front();
    EXPECT_EQ(run.sport, ActivitySport::TreadmillRunning);
    EXPECT_EQ(run.distanceSource, DistanceSource::PointSum);
    const double expected = greatCircleMetres(*records[0].latitude, 8.5, *records[10].latitude, 8.5);
    EXPECT_NEAR(run.distanceMetres, expected, 0.02); // positions are stored to about 9 mm
    EXPECT_NEAR(run.distanceMetres, 100.0, 0.1);
}

TEST(FitDecoder, InvalidSentinelsAreAbsentValues)
{
    FitWriter writer;
    writeFileId(writer, 0, 1, 3076, std::nullopt);
    std::vector<RecordSpec> records = straightRecords(t0(), 5);
    for (RecordSpec& record : records) {
        record.cadence.reset(); // 0xFF
        record.heartRate.reset();
    }
    records[0].distanceMetres.reset(); // 0xFFFFFFFF
    records[2].latitude.reset(); // 0x7FFFFFFF
    writeRecords(writer, 1, records);
    SessionSpec session = fullSession();
    session.distanceMetres.reset();
    session.cadence.reset();
    session.fractionalCadence.reset();
    session.heartRate.reset();
    writeSession(writer, 2, session);
    const ParsedFile parsed = decodeOk(writer.file());
    ASSERT_EQ(parsed.activities.size(), 1);
    const Activity& run = parsed.activities.front();
    EXPECT_FALSE(run.cadenceSpm.has_value());
    EXPECT_FALSE(run.heartRateBpm.has_value());
    EXPECT_NEAR(run.distanceMetres, 30.0, 1e-9); // records 1..4 carry the device's distance
    EXPECT_EQ(run.externalId, QStringLiteral("fit:m1p3076:2026-03-14T07:00:00Z")); // no serial number
}

TEST(FitDecoder, LapsFillWhatTheSessionLacks)
{
    FitWriter writer;
    writeFileId(writer, 0, 23, 0, 9u);
    SessionSpec lap;
    lap.start = t0();
    lap.elapsedSeconds = 300;
    lap.timerSeconds = 290;
    lap.distanceMetres = 1000;
    writeLap(writer, 1, lap);
    lap.start = t0() + 300;
    lap.elapsedSeconds = 320;
    lap.timerSeconds = 300;
    lap.distanceMetres = 1000;
    writeLap(writer, 1, lap);
    SessionSpec session;
    session.start = t0();
    session.sport = 11;
    session.cadence = 55;
    writeSession(writer, 2, session);
    const ParsedFile parsed = decodeOk(writer.file());
    ASSERT_EQ(parsed.activities.size(), 1);
    const Activity& walk = parsed.activities.front();
    EXPECT_EQ(walk.sport, ActivitySport::Walking);
    EXPECT_EQ(walk.device, QStringLiteral("Suunto"));
    EXPECT_EQ(walk.elapsedSeconds, 620);
    EXPECT_EQ(walk.movingSeconds, 590);
    EXPECT_NEAR(walk.distanceMetres, 2000.0, 1e-9);
    EXPECT_EQ(walk.distanceSource, DistanceSource::DeviceTotal);
    EXPECT_EQ(walk.cadenceSpm, 110.0);
}

TEST(FitDecoder, AFileWithoutActivityGivesNone)
{
    FitWriter writer;
    writeFileId(writer, 0, 1, 3076, 7u, Endian::Little, 2); // a settings file
    writer.define(1, 3, {{1, fitbase::UInt16}, {2, fitbase::String, 16}});
    writer.data(1, {1, "Runner"});
    const ParsedFile parsed = decodeOk(writer.file());
    EXPECT_TRUE(parsed.activities.isEmpty());
}

TEST(FitDecoder, WrongFileChecksumIsRejectedWithItsOffset)
{
    QByteArray data = simpleRun(Endian::Little);
    data[40] = static_cast<char>(data[40] ^ 0x01);
    const QString text = decodeError(data);
    EXPECT_TRUE(text.startsWith(kPath)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("at byte %1").arg(data.size() - 2))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("checksum does not match: it is damaged"))) << text.toStdString();
}

TEST(FitDecoder, WrongHeaderChecksumIsRejected)
{
    QByteArray data = simpleRun(Endian::Little);
    data[12] = static_cast<char>(data[12] ^ 0x10);
    const QString text = decodeError(data);
    EXPECT_TRUE(text.contains(QStringLiteral("at byte 12: the file's header checksum"))) << text.toStdString();
}

TEST(FitDecoder, TruncationAnywhereIsACleanErrorWithNothingDecoded)
{
    FitWriter writer;
    writeFileId(writer, 0, 1, 3076, 7u);
    writeRecords(writer, 1, straightRecords(t0(), 6));
    writeSession(writer, 2, fullSession());
    const QByteArray data = writer.file();
    // Every message boundary, and every byte in between.
    std::vector<qsizetype> cuts = writer.messageOffsets();
    for (qsizetype size = 1; size < data.size(); ++size)
        cuts.push_back(size);
    for (const qsizetype size : cuts) {
        const QString text = decodeError(data.left(size));
        EXPECT_TRUE(text.contains(
            QStringLiteral("at byte %1: the file ends in the middle: it may not have finished copying").arg(size)))
            << size << ": " << text.toStdString();
    }
}

TEST(FitDecoder, AChainCutInItsSecondFileIsRejectedWhole)
{
    const QByteArray first = simpleRun(Endian::Little);
    const QByteArray second = simpleRun(Endian::Big);
    for (const qsizetype size : {qsizetype(1), qsizetype(13), second.size() - 1}) {
        const QString text = decodeError(first + second.left(size));
        EXPECT_TRUE(text.contains(QStringLiteral("ends in the middle"))) << size << ": " << text.toStdString();
    }
    const QString text = decodeError(first + QByteArray("\r\n"));
    EXPECT_TRUE(text.contains(QStringLiteral("at byte %1: the data after the end").arg(first.size())))
        << text.toStdString();
}

TEST(FitDecoder, NotFitOrDamagedStructureIsNamed)
{
    EXPECT_TRUE(decodeError(QByteArray()).contains(QStringLiteral("at byte 0: the file is empty")));
    EXPECT_TRUE(decodeError(QByteArray("<?xml version=\"1.0\"?><gpx/>")).contains(QStringLiteral("not a FIT file")));
    QByteArray noMark = simpleRun(Endian::Little);
    noMark[9] = 'X';
    EXPECT_TRUE(decodeError(noMark).contains(QStringLiteral("at byte 8: this is not a FIT file")));

    FitWriter version3;
    writeSession(version3, 0, fullSession());
    EXPECT_TRUE(decodeError(version3.file(FitWriter::HeaderOptions {14, true, 0x30}))
                    .contains(QStringLiteral("at byte 1: the file uses FIT protocol version 3.0")));

    FitWriter undefined;
    writeFileId(undefined, 0, 1, 3076, 7u);
    undefined.raw(QByteArray(1, '\x05')); // data message for local type 5, never defined
    const qsizetype at = undefined.messageOffsets().back() + 10; // after file_id's data (1 + 1+2+2+4)
    EXPECT_TRUE(decodeError(undefined.file()).contains(QStringLiteral("at byte %1: a message uses a type").arg(at)));

    FitWriter architecture;
    architecture.raw(QByteArray("\x40\x00\x07\x00\x00\x00", 6)); // byte order 7
    EXPECT_TRUE(decodeError(architecture.file()).contains(QStringLiteral("at byte 16: a message definition names")));

    FitWriter overrun;
    overrun.define(0, 20, {{253, fitbase::UInt32}});
    overrun.raw(QByteArray("\x00\x01\x02", 3)); // a 4-byte timestamp with 3 bytes left
    EXPECT_TRUE(decodeError(overrun.file()).contains(QStringLiteral("runs past the end of the data")));
}

TEST(FitDecoder, UndatedSessionsAreNotActivities)
{
    FitWriter writer;
    SessionSpec relative = fullSession();
    relative.start = 1000; // seconds since power-up, not a date
    relative.end = 3700;
    writeSession(writer, 0, relative);
    EXPECT_TRUE(decodeOk(writer.file()).activities.isEmpty());
}

TEST(FitDecoder, LooksLikeFitChecksTheHeaderMark)
{
    EXPECT_TRUE(looksLikeFit(simpleRun(Endian::Little)));
    EXPECT_FALSE(looksLikeFit(QByteArray("<?xml version=\"1.0\"?>")));
    EXPECT_FALSE(looksLikeFit(simpleRun(Endian::Little).left(11)));
}

TEST(FitDecoder, ANegativeTimestampOfASignedFieldIsNoTime)
{
    // First fuzzer finding (tests/fixtures/fuzz/fuzz_fit/negative-timestamp): converting -112 to a time was
    // undefined behaviour.
    FitWriter writer;
    writer.define(0, 20, {{253, fitbase::SInt32}, {5, fitbase::UInt32}});
    writer.data(0, {-112, 100});
    writeRecords(writer, 1, straightRecords(t0(), 2));
    const ParsedFile parsed = decodeOk(writer.file());
    ASSERT_EQ(parsed.activities.size(), 1);
    EXPECT_EQ(parsed.activities.front().points, 2);
    EXPECT_EQ(parsed.activities.front().skippedPoints, 1);
}

TEST(FitDecoder, MoreMessagesThanAnyActivityIsDamage)
{
    FitWriter writer;
    writeRecords(writer, 0, straightRecords(t0(), 50));
    const QByteArray data = writer.file();
    EXPECT_EQ(decodeFit(data, kPath, 50)->activities.size(), 1);
    const Result<ParsedFile> result = decodeFit(data, kPath, 49);
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("more messages than any activity could")))
        << result.error().text().toStdString();
}
