// The fault-injection tests' child process. It prints what it committed, one line each, flushed right after
// the store returned ("p <id>" a pain entry, "s <id>" a session with four items, "b <path>" a backup), and
// the parent kills it with SIGKILL at random moments, or it kills itself at a named step of the store.
//
//   store_crash_writer write JOURNAL             add entries in a loop
//   store_crash_writer backup JOURNAL [STEP]     add an entry, back up, again and again
//   store_crash_writer migrate JOURNAL [STEP]    open (an old journal is upgraded), print "opened", exit
//   store_crash_writer restore JOURNAL BACKUP [STEP]  restore BACKUP over JOURNAL, print "restored", exit
//   store_crash_writer lock JOURNAL              hold the journal locked (no reads either) until killed
//   store_crash_writer writelock JOURNAL         hold its write lock (reads go on) until killed
//   store_crash_writer fill JOURNAL              add entries until a write fails, print its message, exit 3
//
// STEP: a name the store passes to its step hook ("restore:staged", "backup:written", ...): the child sends
// itself SIGKILL there.
#include "core/store/journalstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <csignal>
#include <cstdio>
#include <cstring>

using namespace patella;

namespace {

const QDate kDay(2026, 3, 16);

PainEntry painEntry(int i)
{
    PainEntry entry;
    entry.at = QDateTime(kDay, QTime(7, 0), QTimeZone::utc()).addSecs(i);
    entry.localDate = kDay;
    entry.score = i % 11;
    entry.situation = PainSituation::AtRest;
    entry.note = QStringLiteral("entry %1 ").arg(i).repeated(8);
    return entry;
}

SessionRecord session(int i)
{
    SessionRecord s;
    s.routineId = QStringLiteral("daily-mobility");
    s.start = QDateTime(kDay, QTime(8, 0), QTimeZone::utc()).addSecs(i);
    s.end = s.start.addSecs(300);
    s.localDate = kDay;
    for (int set = 1; set <= 4; ++set) {
        SessionItem item;
        item.exerciseId = QStringLiteral("standing-quad-stretch");
        item.side = set % 2 ? Side::Left : Side::Right;
        item.set = set;
        item.plannedSeconds = 30;
        item.actualSeconds = 30;
        s.items.append(item);
    }
    return s;
}

void report(const char* kind, const QString& what)
{
    std::printf("%s %s\n", kind, qPrintable(what));
    std::fflush(stdout);
}

int fail(const Error& error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.text()));
    return 1;
}

// Holds a lock on the journal from a plain connection, as another program would: exclusive (nobody else
// reads) or only the write lock (an open transaction that wrote).
int holdLock(const QString& path, bool exclusive)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
    db.setDatabaseName(path);
    if (!db.open())
        return 1;
    QSqlQuery query(db);
    if ((exclusive && !query.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")))
        || !query.exec(QStringLiteral("BEGIN IMMEDIATE"))
        || !query.exec(QStringLiteral("UPDATE pain_entries SET note = note"))
        || (exclusive && !query.exec(QStringLiteral("SELECT count(*) FROM pain_entries"))))
        return fail(Error {QStringLiteral("lock"), query.lastError().text()});
    report("locked", path);
    for (;;)
        QThread::sleep(1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: store_crash_writer MODE JOURNAL [ARG] [STEP]\n");
        return 2;
    }
    const QByteArray mode = argv[1];
    const QString path = QString::fromLocal8Bit(argv[2]);
    const int stepArg = mode == "restore" ? 4 : 3;
    const QByteArray killStep = argc > stepArg ? QByteArray(argv[stepArg]) : QByteArray();

    if (mode == "lock" || mode == "writelock")
        return holdLock(path, mode == "lock");

    FixedClock clock(QDateTime(kDay, QTime(9, 30), QTimeZone::utc()));
    JournalStore store(clock);
    if (!killStep.isEmpty()) {
        store.setStepHook([killStep](const char* step) {
            if (killStep == step)
                std::raise(SIGKILL);
        });
    }
    auto opened = store.open(path);
    if (mode == "restore") {
        if (argc < 4)
            return 2;
        if (auto restored = store.restoreBackup(QString::fromLocal8Bit(argv[3])); !restored)
            return fail(restored.error());
        report("restored", path);
        return 0;
    }
    if (!opened)
        return fail(opened.error());
    if (mode == "migrate") {
        report("opened", path);
        return 0;
    }

    for (int i = 0;; ++i) {
        if (mode == "write" && i % 5 == 4) {
            auto id = store.add(session(i));
            if (!id)
                return fail(id.error());
            report("s", QString::number(id.value()));
            continue;
        }
        auto id = store.add(painEntry(i));
        if (!id) {
            if (mode == "fill") {
                report("full", id.error().text());
                return 3;
            }
            return fail(id.error());
        }
        report("p", QString::number(id.value()));
        if (mode == "backup" && i % 3 == 2) {
            auto backup = store.backupNow();
            if (!backup)
                return fail(backup.error());
            report("b", backup.value());
        }
    }
}
