#include "core/store/schema.h"
#include "tests/core/store/customtesting.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

// A journal from before custom content (schema version 2, tests/fixtures/make-journal-v2.sh) climbs every
// step to the current version, keeps every record it held, and then takes the runner's own exercises and
// routines.
namespace patella::test {
namespace {

QVariant valueOf(const QString& path, const QString& statement)
{
    static int counter = 0;
    const QString name = QStringLiteral("v2-raw-%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// Every table, index and column as sqlite_master holds them, in name order.
QString schemaOf(const QString& path)
{
    return valueOf(path,
                   QStringLiteral("SELECT group_concat(type || ':' || name || ':' || sql, char(10)) FROM "
                                  "(SELECT type, name, sql FROM sqlite_master ORDER BY name)"))
        .toString();
}

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
}

QString copyOfTheFixture(const TempDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    EXPECT_TRUE(QFile::copy(fixturePath(QStringLiteral("journal-v2.sqlite")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void expectTheVersionTwoRecords(JournalStore& store)
{
    const auto shoes = store.list<Shoe>();
    ASSERT_TRUE(shoes.ok()) << why(shoes);
    ASSERT_EQ(shoes->size(), 2);
    // Listed by first use: the trail shoes came first.
    EXPECT_EQ(shoes->at(0).name, QStringLiteral("Trail shoes"));
    EXPECT_EQ(shoes->at(0).retired, QDate(2026, 2, 6));
    EXPECT_EQ(shoes->at(1).name, QStringLiteral("Daily trainers"));
    EXPECT_DOUBLE_EQ(shoes->at(1).limitMetres, 800000.0);
    EXPECT_FALSE(shoes->at(1).retired.has_value());

    const auto runs = store.list<patella::Run>();
    ASSERT_TRUE(runs.ok()) << why(runs);
    ASSERT_EQ(runs->size(), 3);
    EXPECT_EQ(runs->at(0).start, utc(2, 2, 7, 0));
    EXPECT_DOUBLE_EQ(runs->at(0).distanceMetres, 6200.0); // already metres in version 2: not multiplied again
    EXPECT_EQ(runs->at(0).durationSeconds, 2100);
    EXPECT_EQ(runs->at(0).painDuring, 2);
    EXPECT_EQ(runs->at(0).note, QStringLiteral("easy"));
    EXPECT_EQ(runs->at(1).painDuring, std::nullopt);
    EXPECT_EQ(runs->at(1).painAfter, 2);
    const patella::Run& imported = runs->at(2);
    EXPECT_DOUBLE_EQ(imported.distanceMetres, 12345.6);
    EXPECT_EQ(imported.source, RunSource::Import);
    EXPECT_EQ(imported.externalId, QStringLiteral("gpx:2026-02-07T08:15:00Z"));
    EXPECT_EQ(imported.shoeId, 2);
    EXPECT_EQ(imported.sport, QStringLiteral("running")); // version 5's default
    EXPECT_FALSE(imported.movingSeconds.has_value());

    const auto sessions = store.list<SessionRecord>();
    ASSERT_TRUE(sessions.ok()) << why(sessions);
    ASSERT_EQ(sessions->size(), 2);
    EXPECT_EQ(sessions->at(0).routineId, QStringLiteral("daily-knee-mobility"));
    EXPECT_EQ(sessions->at(0).outcome, SessionOutcome::Completed);
    EXPECT_EQ(sessions->at(0).end, utc(2, 3, 19, 12));
    ASSERT_EQ(sessions->at(0).items.size(), 4);
    EXPECT_EQ(sessions->at(0).items.at(1).pain, 1);
    EXPECT_EQ(sessions->at(0).items.at(3).set, 2);
    EXPECT_EQ(sessions->at(0).items.at(3).actualReps, 10);
    EXPECT_EQ(sessions->at(0).items.at(3).painKind, PainKind::Ordinary); // version 6's default
    EXPECT_EQ(sessions->at(1).outcome, SessionOutcome::Interrupted);
    ASSERT_EQ(sessions->at(1).items.size(), 2);
    EXPECT_EQ(sessions->at(1).items.at(1).part, 2);
    EXPECT_TRUE(sessions->at(1).items.at(1).skipped);
    EXPECT_FALSE(sessions->at(1).settled.has_value());

    const auto pain = store.list<PainEntry>();
    ASSERT_TRUE(pain.ok()) << why(pain);
    ASSERT_EQ(pain->size(), 4);
    EXPECT_EQ(pain->at(1).sessionId, sessions->at(0).id);
    EXPECT_EQ(pain->at(1).situation, PainSituation::AfterSession);
    EXPECT_EQ(pain->at(2).score, 4);
    EXPECT_EQ(pain->at(2).note, QStringLiteral("going down"));
    EXPECT_EQ(pain->at(3).situation, PainSituation::AfterRun);

    const auto flex = store.list<FlexCheck>();
    ASSERT_TRUE(flex.ok()) << why(flex);
    ASSERT_EQ(flex->size(), 2);
    EXPECT_DOUBLE_EQ(flex->at(1).value, 72.5);
    EXPECT_EQ(flex->at(1).unit, FlexUnit::Degrees);

    const auto totals = store.list<WeeklyTotal>();
    ASSERT_TRUE(totals.ok()) << why(totals);
    ASSERT_EQ(totals->size(), 1);
    EXPECT_EQ(totals->at(0).weekStart, QDate(2026, 1, 19));
    EXPECT_DOUBLE_EQ(totals->at(0).distanceMetres, 18500.0);

    const auto checkIns = store.list<CheckIn>();
    ASSERT_TRUE(checkIns.ok()) << why(checkIns);
    ASSERT_EQ(checkIns->size(), 2);
    EXPECT_EQ(checkIns->at(0).worstPain, 4);
    EXPECT_EQ(checkIns->at(0).usualPain, 2);
    EXPECT_EQ(checkIns->at(0).kneeWorseMorning, false);
    EXPECT_EQ(checkIns->at(1).kneeWorseMorning, true);
    EXPECT_FALSE(checkIns->at(1).warningSigns.has_value());

    const auto mornings = store.list<MorningCheck>();
    ASSERT_TRUE(mornings.ok()) << why(mornings);
    ASSERT_EQ(mornings->size(), 2);
    EXPECT_EQ(mornings->at(1).date, QDate(2026, 2, 6));
    EXPECT_TRUE(mornings->at(1).worse);
    EXPECT_FALSE(mornings->at(1).sessionId.has_value());

    // Week buckets written by version 2 are read as they are: one week of 2026-02-02 with the three runs.
    const auto weeks = store.weeklyMileage({});
    ASSERT_TRUE(weeks.ok()) << why(weeks);
    ASSERT_EQ(weeks->size(), 2);
    EXPECT_EQ(weeks->at(1).weekStart, QDate(2026, 2, 2));
    EXPECT_NEAR(weeks->at(1).distanceMetres, 26545.6, 1e-6);
}

TEST(JournalVersionTwo, TheFixtureIsAVersionTwoJournalWithoutCustomContent)
{
    const QString fixture = fixturePath(QStringLiteral("journal-v2.sqlite"));
    EXPECT_EQ(valueOf(fixture, QStringLiteral("PRAGMA user_version")).toInt(), 2);
    EXPECT_EQ(
        valueOf(fixture, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'custom_routines'")).toInt(),
        0);
    EXPECT_EQ(valueOf(fixture, QStringLiteral("SELECT count(*) FROM morning_checks")).toInt(), 2);
}

TEST(JournalVersionTwo, ClimbsEveryStepKeepsEveryRecordAndThenSavesCustomRoutines)
{
    TempDir dir;
    const QString path = copyOfTheFixture(dir);
    FixedClock clock(referenceNow());
    const Catalog catalog = loadCatalog();
    QString routineId;
    {
        JournalStore store(clock);
        const Result<void> opened = store.open(path);
        ASSERT_TRUE(opened.ok()) << why(opened);
        EXPECT_EQ(store.schemaVersion().value(), schema::kCurrentVersion);
        EXPECT_TRUE(store.checkIntegrity().ok());

        // The backup before the steps is the version-2 file as it was.
        const QList<BackupInfo> backups = store.listBackups();
        ASSERT_EQ(backups.size(), 1);
        EXPECT_EQ(backups.at(0).kind, BackupKind::PreMigration);
        EXPECT_EQ(valueOf(backups.at(0).path, QStringLiteral("PRAGMA user_version")).toInt(), 2);
        EXPECT_EQ(valueOf(backups.at(0).path, QStringLiteral("SELECT count(*) FROM runs")).toInt(), 3);
        EXPECT_EQ(valueOf(backups.at(0).path,
                          QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'custom_routines'"))
                      .toInt(),
                  0);

        expectTheVersionTwoRecords(store);

        // Version 3's tables are there and empty; the runner's own exercise and routine can be saved.
        CustomCatalog custom(catalog, store);
        ASSERT_TRUE(custom.reload().ok());
        const Result<CustomContent> before = store.customContent();
        ASSERT_TRUE(before.ok()) << why(before);
        EXPECT_TRUE(before->exercises.isEmpty());
        EXPECT_TRUE(before->routines.isEmpty());
        const Result<QString> exercise = custom.saveExercise(wallSlide());
        ASSERT_TRUE(exercise.ok()) << why(exercise);
        const Result<QString> routine = custom.saveRoutine(eveningRoutine(exercise.value()));
        ASSERT_TRUE(routine.ok()) << why(routine);
        routineId = routine.value();
    }

    // Opened again: no step runs twice, the old records and the new routine are all read back.
    JournalStore store(clock);
    ASSERT_TRUE(store.open(path).ok());
    EXPECT_EQ(store.listBackups().size(), 1);
    expectTheVersionTwoRecords(store);
    const Result<CustomContent> content = store.customContent();
    ASSERT_TRUE(content.ok()) << why(content);
    ASSERT_EQ(content->exercises.size(), 1);
    ASSERT_EQ(content->routines.size(), 1);
    EXPECT_EQ(content->routines.at(0).id, routineId);
    EXPECT_EQ(content->routines.at(0).name, QStringLiteral("My evening"));
    ASSERT_EQ(content->routines.at(0).items.size(), 2);
    EXPECT_EQ(content->routines.at(0).items.at(1).exerciseId, content->exercises.at(0).id);
    EXPECT_EQ(content->routines.at(0).planUse, PlanUse::InPlace);
}

// The upgraded fixture ends with exactly the schema of a journal made today, so the fixture is the code's
// version 2 (a new journal is version 1 plus every step).
TEST(JournalVersionTwo, TheUpgradedFixtureHasTheSchemaOfANewJournal)
{
    TempDir dir;
    const QString upgraded = copyOfTheFixture(dir);
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    FixedClock clock(referenceNow());
    for (const QString& path : {upgraded, fresh}) {
        JournalStore store(clock);
        const Result<void> opened = store.open(path);
        ASSERT_TRUE(opened.ok()) << why(opened);
    }
    const QString expected = schemaOf(fresh);
    EXPECT_FALSE(expected.isEmpty());
    EXPECT_EQ(schemaOf(upgraded).toStdString(), expected.toStdString());
}

} // namespace
} // namespace patella::test
