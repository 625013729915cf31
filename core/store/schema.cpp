#include "core/store/schema.h"

#include "core/store/sqlutil.h"

#include <QCoreApplication>

#include <array>
#include <functional>

namespace patella::schema {
namespace {

// Version 1, as the first Patella wrote it. Never edit: files out there were made with it.
// (tests/fixtures/make-journal-v1.sh holds the same statements.)
constexpr const char* kVersion1[] = {
    "CREATE TABLE shoes (id INTEGER PRIMARY KEY, name TEXT NOT NULL, first_use TEXT NOT NULL, retired TEXT,"
    " limit_m REAL NOT NULL CHECK (limit_m > 0))",
    "CREATE TABLE sessions (id INTEGER PRIMARY KEY, routine_id TEXT NOT NULL, start_ms INTEGER NOT NULL,"
    " end_ms INTEGER NOT NULL, local_date TEXT NOT NULL, outcome TEXT NOT NULL)",
    "CREATE TABLE session_items (id INTEGER PRIMARY KEY,"
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
    " exercise_id TEXT NOT NULL, side TEXT NOT NULL, set_no INTEGER NOT NULL, part INTEGER NOT NULL DEFAULT 0,"
    " planned_s INTEGER NOT NULL DEFAULT 0, actual_s INTEGER NOT NULL DEFAULT 0,"
    " planned_reps INTEGER NOT NULL DEFAULT 0, actual_reps INTEGER NOT NULL DEFAULT 0,"
    " skipped INTEGER NOT NULL DEFAULT 0, pain INTEGER CHECK (pain BETWEEN 0 AND 10))",
    "CREATE TABLE pain_entries (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, local_date TEXT NOT NULL,"
    " score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10), situation TEXT NOT NULL, side TEXT NOT NULL,"
    " note TEXT NOT NULL DEFAULT '', session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL)",
    "CREATE TABLE flex_checks (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, local_date TEXT NOT NULL,"
    " test TEXT NOT NULL, side TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL)",
    "CREATE TABLE runs (id INTEGER PRIMARY KEY, start_ms INTEGER NOT NULL, local_date TEXT NOT NULL,"
    " distance_km REAL NOT NULL CHECK (distance_km >= 0), duration_s INTEGER NOT NULL CHECK (duration_s > 0),"
    " effort INTEGER NOT NULL DEFAULT 0, shoe_id INTEGER REFERENCES shoes(id) ON DELETE SET NULL,"
    " pain_during INTEGER, pain_after INTEGER, note TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE weekly_totals (id INTEGER PRIMARY KEY, week_start TEXT NOT NULL UNIQUE,"
    " distance_m REAL NOT NULL CHECK (distance_m >= 0), runs INTEGER NOT NULL DEFAULT 0,"
    " note TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE checkins (id INTEGER PRIMARY KEY, week_start TEXT NOT NULL UNIQUE,"
    " notes TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX pain_by_date ON pain_entries (local_date)",
    "CREATE INDEX runs_by_date ON runs (local_date)",
    "CREATE INDEX sessions_by_date ON sessions (local_date)",
    "CREATE INDEX items_by_session ON session_items (session_id, position)",
    "PRAGMA user_version = 1",
};

// Version 2: distances in metres everywhere (version 1 kept runs in kilometres), ISO-week buckets
// stored beside each run and session (Monday of the week the runner lived it), imported runs with a
// unique external id, the check-in's pain questions, morning checks, and the indexes the views use.
constexpr const char* kVersion2[] = {
    "ALTER TABLE runs RENAME COLUMN distance_km TO distance_m",
    "UPDATE runs SET distance_m = distance_m * 1000.0",
    "ALTER TABLE runs ADD COLUMN week_start TEXT NOT NULL DEFAULT ''",
    "UPDATE runs SET week_start = date(local_date, '-6 days', 'weekday 1')",
    "ALTER TABLE runs ADD COLUMN source TEXT NOT NULL DEFAULT 'manual'",
    "ALTER TABLE runs ADD COLUMN external_id TEXT",
    "CREATE UNIQUE INDEX runs_by_external_id ON runs (external_id) WHERE external_id IS NOT NULL",
    "CREATE INDEX runs_by_week ON runs (week_start, distance_m, duration_s)",
    "CREATE INDEX runs_by_shoe ON runs (shoe_id, distance_m)",
    "ALTER TABLE sessions ADD COLUMN week_start TEXT NOT NULL DEFAULT ''",
    "UPDATE sessions SET week_start = date(local_date, '-6 days', 'weekday 1')",
    "DROP INDEX sessions_by_date",
    "CREATE INDEX sessions_by_date ON sessions (local_date, outcome)",
    "CREATE INDEX sessions_by_week ON sessions (week_start, outcome)",
    "DROP INDEX pain_by_date",
    "CREATE INDEX pain_by_date ON pain_entries (local_date, situation, score)",
    "CREATE INDEX pain_by_session ON pain_entries (session_id)",
    "CREATE INDEX flex_by_test ON flex_checks (test, side, local_date)",
    "CREATE INDEX flex_by_date ON flex_checks (local_date)",
    "ALTER TABLE checkins ADD COLUMN worst_pain INTEGER CHECK (worst_pain BETWEEN 0 AND 10)",
    "ALTER TABLE checkins ADD COLUMN usual_pain INTEGER CHECK (usual_pain BETWEEN 0 AND 10)",
    "ALTER TABLE checkins ADD COLUMN knee_worse_morning INTEGER",
    "CREATE TABLE morning_checks (id INTEGER PRIMARY KEY, local_date TEXT NOT NULL UNIQUE,"
    " worse INTEGER NOT NULL)",
    "PRAGMA user_version = 2",
};

// Version 4: the Patient-Specific Functional Scale, the runner's own activities (kept, retired with the
// date, never deleted by a retirement) and one 0-10 score per activity and round date.
constexpr const char* kVersion4[] = {
    "CREATE TABLE psfs_activities (id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
    " added TEXT NOT NULL, retired TEXT)",
    "CREATE TABLE psfs_scores (id INTEGER PRIMARY KEY,"
    " activity_id INTEGER NOT NULL REFERENCES psfs_activities(id) ON DELETE CASCADE, local_date TEXT NOT NULL,"
    " score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10), UNIQUE (activity_id, local_date))",
    "CREATE INDEX psfs_scores_by_date ON psfs_scores (local_date)",
    "PRAGMA user_version = 4",
};

// Version 5: what imported runs carry beside distance and duration: moving and elapsed time, average
// cadence (steps per minute) and heart rate, the sport (running, trail_running, treadmill_running, or
// another sport the runner ticked), the device or app that wrote the file, and where the distance came
// from ('device' total, 'points' sum, '' for runs typed by hand).
constexpr const char* kVersion5[] = {
    "ALTER TABLE runs ADD COLUMN moving_s INTEGER CHECK (moving_s >= 0)",
    "ALTER TABLE runs ADD COLUMN elapsed_s INTEGER CHECK (elapsed_s >= 0)",
    "ALTER TABLE runs ADD COLUMN cadence_spm REAL CHECK (cadence_spm > 0)",
    "ALTER TABLE runs ADD COLUMN avg_hr REAL CHECK (avg_hr > 0)",
    "ALTER TABLE runs ADD COLUMN sport TEXT NOT NULL DEFAULT 'running'",
    "ALTER TABLE runs ADD COLUMN device TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE runs ADD COLUMN distance_source TEXT NOT NULL DEFAULT ''",
    "PRAGMA user_version = 5",
};

// Version 6: the pain-monitoring model's questions. The kind of pain at each session pain check (sharp,
// stabbing or catching stops at any score), the answer to "Has it settled?" an hour after a session, the
// warning signs of the weekly check-in (ids, comma separated; NULL when not asked), and the session or run a
// morning's "worse?" answer is about.
constexpr const char* kVersion6[] = {
    "ALTER TABLE session_items ADD COLUMN pain_kind TEXT NOT NULL DEFAULT 'ordinary'",
    "ALTER TABLE sessions ADD COLUMN settled INTEGER",
    "ALTER TABLE checkins ADD COLUMN warning_signs TEXT",
    "ALTER TABLE morning_checks ADD COLUMN session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL",
    "ALTER TABLE morning_checks ADD COLUMN run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL",
    "PRAGMA user_version = 6",
};

template <std::size_t N> QStringList toList(const char* const (&statements)[N])
{
    QStringList out;
    out.reserve(int(N));
    for (const char* s : statements)
        out.append(QString::fromLatin1(s));
    return out;
}

Result<void> runStep(QSqlDatabase& db, const QStringList& statements)
{
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto done = sql::runAll(db, statements); !done)
        return done;
    return transaction.commit();
}

} // namespace

QStringList version1Statements()
{
    return toList(kVersion1);
}

int readVersion(QSqlDatabase& db, bool* ok)
{
    auto query = sql::run(db, QStringLiteral("PRAGMA user_version"));
    *ok = query.ok() && query.value().next();
    return *ok ? query.value().value(0).toInt() : -1;
}

Result<void> createVersion1(QSqlDatabase& db)
{
    return runStep(db, version1Statements());
}

Result<void> migrate(QSqlDatabase& db, int fromVersion)
{
    // The ladder: steps[i] takes a file from version i + 1 to version i + 2.
    const std::array<QStringList, kCurrentVersion - 1> steps {toList(kVersion2), customContentStatements(3),
                                                              toList(kVersion4), toList(kVersion5), toList(kVersion6)};
    if (fromVersion < 1)
        return Error {QStringLiteral("journal"),
                      QCoreApplication::translate("JournalStore", "The journal has no schema version.")};
    // The whole ladder is one transaction: a crash or a failed step leaves the file at the version it had.
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (int version = fromVersion; version < kCurrentVersion; ++version) {
        if (auto done = sql::runAll(db, steps.at(std::size_t(version - 1))); !done)
            return Error {QStringLiteral("journal"),
                          QCoreApplication::translate("JournalStore",
                                                      "Upgrading the journal from version "
                                                      "%1 to %2 failed: %3")
                              .arg(version)
                              .arg(version + 1)
                              .arg(done.error().message)};
    }
    return transaction.commit();
}

} // namespace patella::schema
