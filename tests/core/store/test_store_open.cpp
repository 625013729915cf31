#include "core/store/schema.h"
#include "tests/core/store/storetesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <chrono>
#include <sys/stat.h>

using namespace patella;
using namespace patella::test;
using namespace std::chrono_literals;

namespace {

QString copyFixture(const TempDir& dir, const QString& name = QStringLiteral("journal.sqlite"))
{
    const QString target = dir.filePath(name);
    EXPECT_TRUE(QFile::copy(fixturePath(QStringLiteral("journal-v1.sqlite")), target));
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    return target;
}

TEST(StoreOpen, NewJournalIsCurrentVersionWithWalAndPrivateFiles)
{
    TempDir dir;
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    const QString folder = dir.filePath(QStringLiteral("nested/patella"));
    const QString path = folder + QStringLiteral("/journal.sqlite");
    auto opened = store.open(path);
    ASSERT_TRUE(opened.ok()) << why(opened);
    EXPECT_EQ(store.openFailure(), OpenFailure::None);
    EXPECT_EQ(store.schemaVersion().value(), JournalStore::currentSchemaVersion());
    EXPECT_GE(JournalStore::currentSchemaVersion(), 2);
    ASSERT_TRUE(store.add(samplePain()).ok());

    EXPECT_EQ(modeOf(folder), kPrivateFolder);
    EXPECT_EQ(modeOf(path), kPrivateFile);
    ASSERT_TRUE(QFileInfo::exists(path + QStringLiteral("-wal")));
    EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), kPrivateFile);
    EXPECT_EQ(modeOf(path + QStringLiteral("-shm")), kPrivateFile);
    EXPECT_EQ(rawValue(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));

    auto backup = store.backupNow();
    ASSERT_TRUE(backup.ok()) << why(backup);
    EXPECT_EQ(modeOf(store.backupFolder()), kPrivateFolder);
    EXPECT_EQ(modeOf(backup.value()), kPrivateFile);
    EXPECT_TRUE(store.checkIntegrity().ok());
}

TEST(StoreOpen, TightensPermissionsOfAnExistingJournal)
{
    TempDir dir;
    FixedClock clock(referenceNow());
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        JournalStore store(clock);
        ASSERT_TRUE(store.open(path).ok());
    }
    ASSERT_TRUE(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_EQ(modeOf(path), 0644u);
    JournalStore store(clock);
    ASSERT_TRUE(store.open(path).ok());
    EXPECT_EQ(modeOf(path), kPrivateFile);
}

TEST(StoreOpen, MigratesTheVersionOneFixtureStepByStep)
{
    TempDir dir;
    const QString path = copyFixture(dir);
    ASSERT_EQ(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    const QByteArray before = bytesOf(path);

    FixedClock clock(referenceNow());
    JournalStore store(clock);
    auto opened = store.open(path);
    ASSERT_TRUE(opened.ok()) << why(opened);
    EXPECT_EQ(store.schemaVersion().value(), JournalStore::currentSchemaVersion());
    EXPECT_EQ(JournalStore::currentSchemaVersion(), 6);
    EXPECT_TRUE(store.checkIntegrity().ok());

    // The backup taken before the step is the version-1 file, as it was.
    const QList<BackupInfo> backups = store.listBackups();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.at(0).kind, BackupKind::PreMigration);
    EXPECT_EQ(rawValue(backups.at(0).path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EXPECT_DOUBLE_EQ(
        rawValue(backups.at(0).path, QStringLiteral("SELECT distance_km FROM runs WHERE id = 1")).toDouble(), 5.2);
    EXPECT_EQ(modeOf(backups.at(0).path), kPrivateFile);
    EXPECT_FALSE(before.isEmpty());

    // v1 -> v2: kilometres became metres, every record is still there.
    auto runs = store.list<patella::Run>();
    ASSERT_TRUE(runs.ok()) << why(runs);
    ASSERT_EQ(runs->size(), 3);
    EXPECT_DOUBLE_EQ(runs->at(0).distanceMetres, 5200.0);
    EXPECT_EQ(runs->at(0).source, RunSource::Manual);
    EXPECT_EQ(runs->at(0).shoeId, 1);
    EXPECT_EQ(runs->at(0).note, QStringLiteral("easy"));
    EXPECT_DOUBLE_EQ(runs->at(2).distanceMetres, 8000.0);
    // v4 -> v5: runs typed by hand carry none of an import's figures and count as running.
    for (const patella::Run& run : *runs) {
        EXPECT_EQ(run.sport, QStringLiteral("running"));
        EXPECT_FALSE(run.movingSeconds);
        EXPECT_FALSE(run.elapsedSeconds);
        EXPECT_FALSE(run.cadenceSpm);
        EXPECT_FALSE(run.heartRateBpm);
        EXPECT_TRUE(run.device.isEmpty());
        EXPECT_TRUE(run.distanceSource.isEmpty());
    }
    EXPECT_EQ(rawValue(path,
                       QStringLiteral("SELECT count(*) FROM pragma_table_info('runs') WHERE name IN "
                                      "('moving_s','elapsed_s','cadence_spm','avg_hr','sport','device',"
                                      "'distance_source')"))
                  .toInt(),
              7);
    auto sessions = store.list<SessionRecord>();
    ASSERT_TRUE(sessions.ok()) << why(sessions);
    ASSERT_EQ(sessions->size(), 2);
    EXPECT_EQ(sessions->at(0).items.size(), 3);
    EXPECT_EQ(sessions->at(1).outcome, SessionOutcome::Interrupted);
    EXPECT_TRUE(sessions->at(1).items.at(0).skipped);
    auto pain = store.list<PainEntry>();
    ASSERT_EQ(pain->size(), 3);
    EXPECT_EQ(pain->at(1).sessionId, 1);
    EXPECT_EQ(store.list<FlexCheck>()->at(1).unit, FlexUnit::Degrees);
    auto checkIns = store.list<CheckIn>();
    ASSERT_EQ(checkIns->size(), 1);
    EXPECT_EQ(checkIns->at(0).notes, QStringLiteral("first week back"));
    EXPECT_FALSE(checkIns->at(0).worstPain.has_value());
    EXPECT_EQ(store.list<Shoe>()->at(1).retired, QDate(2026, 1, 4));

    // The week buckets were filled in: the Sunday run belongs to ISO week 1 of 2026 (Monday 2025-12-29).
    auto weeks = store.weeklyMileage({});
    ASSERT_TRUE(weeks.ok()) << why(weeks);
    ASSERT_EQ(weeks->size(), 3);
    EXPECT_EQ(weeks->at(0).weekStart, QDate(2025, 12, 15));
    EXPECT_TRUE(weeks->at(0).fromWeeklyTotal);
    EXPECT_EQ(weeks->at(1).weekStart, QDate(2025, 12, 29));
    EXPECT_DOUBLE_EQ(weeks->at(1).distanceMetres, 15700.0);
    EXPECT_EQ(weeks->at(2).weekStart, QDate(2026, 1, 5));

    // What version 2 added works.
    ASSERT_TRUE(store.add(MorningCheck {NoId, referenceDate(), true}).ok());
    patella::Run imported = sampleRun();
    imported.source = RunSource::Import;
    imported.externalId = QStringLiteral("x-1");
    EXPECT_EQ(store.importRuns({imported, imported}).value(), 1);

    // What version 4 added works: a PSFS round of three new activities, then history on the same file.
    PsfsRound round;
    round.date = referenceDate().addDays(-7);
    for (const char* name : {"running 5 km", "going down stairs", "sitting through a film"})
        round.ratings.append(PsfsRating {NoId, QString::fromLatin1(name), 4});
    auto recorded = store.recordPsfsRound(round);
    ASSERT_TRUE(recorded.ok()) << why(recorded);
    EXPECT_EQ(store.list<PsfsScore>()->size(), 3);
    EXPECT_EQ(rawValue(path, QStringLiteral("SELECT count(*) FROM psfs_activities")).toInt(), 3);

    // v5 -> v6: the pain-monitoring answers. Old items read as an ordinary kind of pain, nothing settled or
    // tied, no warning signs asked; each new field round-trips.
    EXPECT_EQ(sessions->at(0).items.at(0).painKind, PainKind::Ordinary);
    EXPECT_FALSE(sessions->at(0).settled.has_value());
    EXPECT_FALSE(checkIns->at(0).warningSigns.has_value());
    SessionRecord answered = sessions->at(0);
    answered.settled = false;
    answered.items[0].pain = 2;
    answered.items[0].painKind = PainKind::SharpStabbingOrCatching;
    ASSERT_TRUE(store.update(answered).ok());
    const auto reread = store.get<SessionRecord>(answered.id);
    ASSERT_TRUE(reread.ok()) << why(reread);
    EXPECT_EQ(reread->settled, false);
    EXPECT_EQ(reread->items.at(0).painKind, PainKind::SharpStabbingOrCatching);
    CheckIn signs = checkIns->at(0);
    signs.warningSigns = QList<WarningSign> {WarningSign::Swelling, WarningSign::GivingWay};
    ASSERT_TRUE(store.update(signs).ok());
    EXPECT_EQ(store.list<CheckIn>()->at(0).warningSigns,
              (QList<WarningSign> {WarningSign::Swelling, WarningSign::GivingWay}));
    MorningCheck tied {NoId, referenceDate().addDays(-1), false, answered.id, std::nullopt};
    ASSERT_TRUE(store.add(tied).ok());
    const auto mornings
        = store.list<MorningCheck>(DateRange {referenceDate().addDays(-1), referenceDate().addDays(-1)});
    ASSERT_EQ(mornings->size(), 1);
    EXPECT_EQ(mornings->at(0).sessionId, answered.id);

    // Opening again runs no step and takes no new backup.
    store.close();
    ASSERT_TRUE(store.open(path).ok());
    EXPECT_EQ(store.listBackups().size(), 1);
}

// The fixture was made by tests/fixtures/make-journal-v1.sh; it must hold exactly the schema the code calls
// version 1, or the migration tests would prove nothing.
TEST(StoreOpen, FixtureHoldsTheVersionOneSchemaOfTheCode)
{
    TempDir dir;
    const QString fresh = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-fresh"));
        db.setDatabaseName(fresh);
        ASSERT_TRUE(db.open());
        auto created = schema::createVersion1(db);
        EXPECT_TRUE(created.ok()) << why(created);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1-fresh"));
    const QString statement = QStringLiteral("SELECT group_concat(type || ':' || name || ':' || sql, char(10)) FROM "
                                             "(SELECT type, name, sql FROM sqlite_master ORDER BY name)");
    const QString expected = rawValue(fresh, statement).toString();
    EXPECT_FALSE(expected.isEmpty());
    EXPECT_EQ(rawValue(fixturePath(QStringLiteral("journal-v1.sqlite")), statement).toString().toStdString(),
              expected.toStdString());
    EXPECT_EQ(rawValue(fresh, QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

TEST(StoreOpen, FailedStepRollsBackToTheVersionBefore)
{
    TempDir dir;
    const QString path = copyFixture(dir);
    // A v1 file that already has the table version 2 creates: the step fails half-way.
    rawValue(path, QStringLiteral("CREATE TABLE morning_checks (x)"), false);
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    auto opened = store.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(store.openFailure(), OpenFailure::MigrationFailed);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("from version 1 to 2"))) << why(opened);
    EXPECT_EQ(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EXPECT_DOUBLE_EQ(rawValue(path, QStringLiteral("SELECT distance_km FROM runs WHERE id = 1")).toDouble(), 5.2);
    EXPECT_EQ(store.listBackups().size(), 1);
}

TEST(StoreOpen, RefusesAJournalFromANewerPatellaAndNeverWritesIt)
{
    TempDir dir;
    const QString path = copyFixture(dir);
    rawValue(path, QStringLiteral("PRAGMA user_version = 7"), false);
    const QByteArray before = bytesOf(path);
    ASSERT_FALSE(before.isEmpty());

    FixedClock clock(referenceNow());
    JournalStore store(clock);
    auto opened = store.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(store.openFailure(), OpenFailure::NewerVersion);
    EXPECT_TRUE(opened.error().message.contains(QDir::toNativeSeparators(path))) << why(opened);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer Patella"))) << why(opened);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("version 7"))) << why(opened);
    EXPECT_FALSE(store.isOpen());
    EXPECT_FALSE(store.add(samplePain()).ok());
    EXPECT_EQ(bytesOf(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    EXPECT_TRUE(store.listBackups().isEmpty());
}

class CorruptFileTest : public ::testing::TestWithParam<const char*>
{
};

TEST_P(CorruptFileTest, IsReportedWithThePathAndLeftByteIdentical)
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    const std::string kind = GetParam();
    if (kind == "text") {
        writeBytes(path, QByteArrayLiteral("these are my running notes, not a database\n").repeated(40));
    } else if (kind == "damaged") {
        QByteArray bytes = bytesOf(fixturePath(QStringLiteral("journal-v1.sqlite")));
        ASSERT_GT(bytes.size(), 8192);
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char((i * 7919) & 0xff); // the schema page, scrambled
        writeBytes(path, bytes);
    } else if (kind == "truncated") {
        writeBytes(path, bytesOf(fixturePath(QStringLiteral("journal-v1.sqlite"))).left(60));
    } else {
        rawValue(path, QStringLiteral("CREATE TABLE somebody_else (x)"), false); // an SQLite file, not ours
    }
    const QByteArray before = bytesOf(path);
    ASSERT_FALSE(before.isEmpty());

    FixedClock clock(referenceNow());
    JournalStore store(clock);
    auto opened = store.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(store.openFailure(), OpenFailure::Corrupt) << why(opened);
    EXPECT_TRUE(opened.error().message.contains(QDir::toNativeSeparators(path))) << why(opened);
    EXPECT_EQ(bytesOf(path), before);
    EXPECT_EQ(store.path(), QFileInfo(path).absoluteFilePath());
}

INSTANTIATE_TEST_SUITE_P(Store, CorruptFileTest, ::testing::Values("text", "damaged", "truncated", "foreign"));

TEST(StoreBackups, DailyWhenDueAndOnlyTheLastSevenKept)
{
    TempDir dir;
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    ASSERT_TRUE(store.add(samplePain()).ok());

    auto first = store.backupIfDue();
    ASSERT_TRUE(first.ok()) << why(first);
    EXPECT_FALSE(first.value().isEmpty());
    auto again = store.backupIfDue();
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.value().isEmpty()); // one a day
    clock.advance(3h);
    EXPECT_TRUE(store.backupIfDue().value().isEmpty());

    for (int day = 1; day <= 9; ++day) {
        clock.setNow(referenceNow().addDays(day));
        auto made = store.backupIfDue();
        ASSERT_TRUE(made.ok()) << why(made);
        EXPECT_FALSE(made.value().isEmpty()) << day;
    }
    const QList<BackupInfo> backups = store.listBackups();
    ASSERT_EQ(backups.size(), JournalStore::kDailyBackupsKept);
    EXPECT_EQ(backups.first().created, referenceNow().addDays(9)); // newest first
    EXPECT_EQ(backups.last().created, referenceNow().addDays(3));
    for (const BackupInfo& backup : backups) {
        EXPECT_EQ(backup.kind, BackupKind::Daily);
        EXPECT_GT(backup.bytes, 0);
        EXPECT_EQ(rawValue(backup.path, QStringLiteral("SELECT count(*) FROM pain_entries")).toInt(), 1);
        EXPECT_EQ(rawValue(backup.path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
    // Two on the same instant do not overwrite each other.
    auto a = store.backupNow();
    auto b = store.backupNow();
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_NE(a.value(), b.value());
}

TEST(StoreBackups, RestoreReplacesADamagedJournalAndKeepsItAside)
{
    TempDir dir;
    FixedClock clock(referenceNow());
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    QString backupPath;
    {
        JournalStore store(clock);
        ASSERT_TRUE(store.open(path).ok());
        ASSERT_TRUE(store.add(samplePain()).ok());
        ASSERT_TRUE(store.add(sampleRun()).ok());
        auto backup = store.backupNow();
        ASSERT_TRUE(backup.ok()) << why(backup);
        backupPath = backup.value();
        ASSERT_TRUE(store.add(samplePain()).ok()); // after the backup: lost by the restore
    }
    const QByteArray damaged = QByteArrayLiteral("garbage").repeated(500);
    writeBytes(path, damaged);
    const QByteArray backupBytes = bytesOf(backupPath);

    clock.advance(1h);
    JournalStore store(clock);
    ASSERT_FALSE(store.open(path).ok());
    ASSERT_EQ(store.openFailure(), OpenFailure::Corrupt);
    const QList<BackupInfo> offered = store.listBackups();
    ASSERT_EQ(offered.size(), 1);
    EXPECT_EQ(offered.at(0).path, backupPath);

    QSignalSpy spy(&store, &JournalStore::changed);
    auto restored = store.restoreBackup(offered.at(0).path);
    ASSERT_TRUE(restored.ok()) << why(restored);
    EXPECT_TRUE(store.isOpen());
    EXPECT_EQ(store.list<PainEntry>()->size(), 1);
    EXPECT_EQ(store.list<patella::Run>()->size(), 1);
    EXPECT_EQ(modeOf(path), kPrivateFile);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<RecordKind>(), RecordKind::All);
    EXPECT_EQ(bytesOf(backupPath), backupBytes); // the backup itself untouched

    bool keptAside = false;
    for (const BackupInfo& backup : store.listBackups())
        keptAside = keptAside || (backup.kind == BackupKind::PreRestore && bytesOf(backup.path) == damaged);
    EXPECT_TRUE(keptAside);
}

TEST(StoreBackups, RestoreRefusesADamagedBackup)
{
    TempDir dir;
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    ASSERT_TRUE(store.add(samplePain()).ok());
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    writeBytes(bad, QByteArrayLiteral("nope").repeated(100));
    auto restored = store.restoreBackup(bad);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().field, QStringLiteral("backup"));
    EXPECT_TRUE(store.isOpen());
    EXPECT_EQ(store.list<PainEntry>()->size(), 1);
}

TEST(StoreBackups, RestoringAVersionOneBackupMigratesIt)
{
    TempDir dir;
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    const QString fixture = fixturePath(QStringLiteral("journal-v1.sqlite"));
    const QByteArray before = bytesOf(fixture);
    auto restored = store.restoreBackup(fixture);
    ASSERT_TRUE(restored.ok()) << why(restored);
    EXPECT_EQ(store.schemaVersion().value(), JournalStore::currentSchemaVersion());
    EXPECT_DOUBLE_EQ(store.list<patella::Run>()->at(0).distanceMetres, 5200.0);
    EXPECT_EQ(bytesOf(fixture), before); // the backup itself is never opened for writing
    // The restored copy was upgraded in place, after a pre-migration copy of it.
    bool preMigration = false;
    for (const BackupInfo& backup : store.listBackups())
        preMigration = preMigration || backup.kind == BackupKind::PreMigration;
    EXPECT_TRUE(preMigration);
}

} // namespace
