#include "tests/benchmarks/rawsqlite.h"

#include <memory>
#include <sqlite3.h>

namespace patella::bench {
namespace {

struct Statement
{
    sqlite3_stmt* stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

class Writer
{
public:
    explicit Writer(sqlite3* db)
        : m_db(db)
    {
    }

    bool exec(const char* sql) { return ok(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr)); }
    bool prepare(Statement& s, const char* sql)
    {
        return ok(sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s.stmt, nullptr));
    }
    bool step(Statement& s)
    {
        const int rc = sqlite3_step(s.stmt);
        sqlite3_reset(s.stmt);
        sqlite3_clear_bindings(s.stmt);
        return rc == SQLITE_DONE || ok(rc);
    }
    QString error() const { return m_error; }

private:
    bool ok(int rc)
    {
        if (rc == SQLITE_OK || rc == SQLITE_DONE)
            return true;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    sqlite3* m_db;
    QString m_error;
};

void text(sqlite3_stmt* s, int i, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void date(sqlite3_stmt* s, int i, QDate value)
{
    text(s, i, value.toString(Qt::ISODate));
}

void optionalInt(sqlite3_stmt* s, int i, const std::optional<int>& value)
{
    if (value)
        sqlite3_bind_int(s, i, *value);
    else
        sqlite3_bind_null(s, i);
}

QString writeAll(Writer& w, const JournalBatch& batch)
{
    Statement session, item, pain, flex, run, checkIn, morning;
    if (!w.prepare(session,
                   "INSERT INTO sessions (routine_id, start_ms, end_ms, local_date, outcome, week_start)"
                   " VALUES (?,?,?,?,?,?)")
        || !w.prepare(item,
                      "INSERT INTO session_items (session_id, position, exercise_id, side, set_no, part,"
                      " planned_s, actual_s, planned_reps, actual_reps, skipped, pain)"
                      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
        || !w.prepare(pain,
                      "INSERT INTO pain_entries (at_ms, local_date, score, situation, side, note, session_id)"
                      " VALUES (?,?,?,?,?,?,?)")
        || !w.prepare(flex,
                      "INSERT INTO flex_checks (at_ms, local_date, test, side, value, unit)"
                      " VALUES (?,?,?,?,?,?)")
        || !w.prepare(run,
                      "INSERT INTO runs (start_ms, local_date, distance_m, duration_s, effort, shoe_id,"
                      " pain_during, pain_after, note, week_start, source, external_id)"
                      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
        || !w.prepare(checkIn,
                      "INSERT INTO checkins (week_start, notes, worst_pain, usual_pain, knee_worse_morning)"
                      " VALUES (?,?,?,?,?)")
        || !w.prepare(morning, "INSERT INTO morning_checks (local_date, worse) VALUES (?,?)"))
        return w.error();

    for (const SessionRecord& s : batch.sessions) {
        text(session.stmt, 1, s.routineId);
        sqlite3_bind_int64(session.stmt, 2, s.start.toMSecsSinceEpoch());
        sqlite3_bind_int64(session.stmt, 3, s.end.toMSecsSinceEpoch());
        date(session.stmt, 4, s.localDate);
        text(session.stmt, 5, toId(s.outcome));
        date(session.stmt, 6, isoWeekStart(s.localDate));
        if (!w.step(session))
            return w.error();
        const sqlite3_int64 sessionId = sqlite3_last_insert_rowid(sqlite3_db_handle(session.stmt));
        int position = 0;
        for (const SessionItem& i : s.items) {
            sqlite3_bind_int64(item.stmt, 1, sessionId);
            sqlite3_bind_int(item.stmt, 2, position++);
            text(item.stmt, 3, i.exerciseId);
            text(item.stmt, 4, toId(i.side));
            sqlite3_bind_int(item.stmt, 5, i.set);
            sqlite3_bind_int(item.stmt, 6, i.part);
            sqlite3_bind_int(item.stmt, 7, i.plannedSeconds);
            sqlite3_bind_int(item.stmt, 8, i.actualSeconds);
            sqlite3_bind_int(item.stmt, 9, i.plannedReps);
            sqlite3_bind_int(item.stmt, 10, i.actualReps);
            sqlite3_bind_int(item.stmt, 11, i.skipped ? 1 : 0);
            optionalInt(item.stmt, 12, i.pain);
            if (!w.step(item))
                return w.error();
        }
    }
    for (const PainEntry& p : batch.painEntries) {
        sqlite3_bind_int64(pain.stmt, 1, p.at.toMSecsSinceEpoch());
        date(pain.stmt, 2, p.localDate);
        sqlite3_bind_int(pain.stmt, 3, p.score);
        text(pain.stmt, 4, toId(p.situation));
        text(pain.stmt, 5, toId(p.side));
        text(pain.stmt, 6, p.note);
        sqlite3_bind_null(pain.stmt, 7);
        if (!w.step(pain))
            return w.error();
    }
    for (const FlexCheck& f : batch.flexChecks) {
        sqlite3_bind_int64(flex.stmt, 1, f.at.toMSecsSinceEpoch());
        date(flex.stmt, 2, f.localDate);
        text(flex.stmt, 3, toId(f.test));
        text(flex.stmt, 4, toId(f.side));
        sqlite3_bind_double(flex.stmt, 5, f.value);
        text(flex.stmt, 6, toId(f.unit));
        if (!w.step(flex))
            return w.error();
    }
    for (const Run& r : batch.runs) {
        sqlite3_bind_int64(run.stmt, 1, r.start.toMSecsSinceEpoch());
        date(run.stmt, 2, r.localDate);
        sqlite3_bind_double(run.stmt, 3, r.distanceMetres);
        sqlite3_bind_int(run.stmt, 4, r.durationSeconds);
        sqlite3_bind_int(run.stmt, 5, r.effort);
        if (r.shoeId)
            sqlite3_bind_int64(run.stmt, 6, *r.shoeId);
        else
            sqlite3_bind_null(run.stmt, 6);
        optionalInt(run.stmt, 7, r.painDuring);
        optionalInt(run.stmt, 8, r.painAfter);
        text(run.stmt, 9, r.note);
        date(run.stmt, 10, isoWeekStart(r.localDate));
        text(run.stmt, 11, toId(r.source));
        if (r.externalId.isEmpty())
            sqlite3_bind_null(run.stmt, 12);
        else
            text(run.stmt, 12, r.externalId);
        if (!w.step(run))
            return w.error();
    }
    for (const CheckIn& c : batch.checkIns) {
        date(checkIn.stmt, 1, c.weekStart);
        text(checkIn.stmt, 2, c.notes);
        optionalInt(checkIn.stmt, 3, c.worstPain);
        optionalInt(checkIn.stmt, 4, c.usualPain);
        optionalInt(checkIn.stmt, 5,
                    c.kneeWorseMorning ? std::optional<int>(*c.kneeWorseMorning ? 1 : 0) : std::nullopt);
        if (!w.step(checkIn))
            return w.error();
    }
    for (const MorningCheck& m : batch.morningChecks) {
        date(morning.stmt, 1, m.date);
        sqlite3_bind_int(morning.stmt, 2, m.worse ? 1 : 0);
        if (!w.step(morning))
            return w.error();
    }
    return {};
}

} // namespace

QString writeRaw(const QString& path, const JournalBatch& batch)
{
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(raw));
        sqlite3_close(raw);
        return error;
    }
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close);
    Writer w(raw);
    if (!w.exec("PRAGMA journal_mode=WAL") || !w.exec("PRAGMA synchronous=FULL") || !w.exec("PRAGMA foreign_keys=ON")
        || !w.exec("BEGIN IMMEDIATE"))
        return w.error();
    if (const QString error = writeAll(w, batch); !error.isEmpty()) {
        w.exec("ROLLBACK");
        return error;
    }
    return w.exec("COMMIT") ? QString() : w.error();
}

} // namespace patella::bench
