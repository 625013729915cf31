// Fault injection on real files and real processes: damage inside the pages, a pending -wal in a refused
// journal, another program holding the journal locked, a folder that takes no -shm, an empty journal with
// backups, a path too long for SQLite, a full disk. Each test is one of the findings of issue 13.
#include "core/model/units.h"
#include "core/store/journalprobe.h"
#include "tests/core/store/storetesting.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>

using namespace patella;
using namespace patella::test;

namespace {

// A journal of a few hundred entries, closed (checkpointed): its tables span many pages.
QString writeJournal(const TempDir& dir, int entries, const QString& name = QStringLiteral("journal.sqlite"))
{
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    const QString path = dir.filePath(name);
    EXPECT_TRUE(store.open(path).ok());
    QList<PainEntry> batch;
    for (int i = 0; i < entries; ++i) {
        PainEntry e = samplePain();
        e.at = e.at.addSecs(-60 * i);
        e.localDate = QDate();
        e.note = QStringLiteral("entry %1, a note long enough to fill pages ").arg(i).repeated(3);
        batch.append(e);
    }
    EXPECT_TRUE(store.addAll(batch).ok());
    return path;
}

// Overwrites one page in the middle of the file (not the schema page) with garbage.
void damagePage(const QString& path, int fromEnd = 2)
{
    QByteArray bytes = bytesOf(path);
    const int pageSize = 4096;
    ASSERT_GT(bytes.size(), pageSize * 8);
    const qsizetype page = bytes.size() / pageSize - fromEnd;
    for (qsizetype i = page * pageSize; i < (page + 1) * pageSize; ++i)
        bytes[i] = char((i * 7919 + 13) & 0xff);
    writeBytes(path, bytes);
}

// A child holding the journal locked until the returned process is killed.
std::unique_ptr<QProcess> holdLock(const QString& path, const char* mode)
{
    auto child = std::make_unique<QProcess>();
    child->setProgram(QStringLiteral(PATELLA_CRASH_WRITER));
    child->setArguments({QString::fromLatin1(mode), path});
    child->start();
    EXPECT_TRUE(child->waitForStarted(5000));
    EXPECT_TRUE(child->waitForReadyRead(5000)) << child->readAllStandardError().toStdString();
    EXPECT_TRUE(child->readAllStandardOutput().startsWith("locked")) << child->readAllStandardError().toStdString();
    return child;
}

void release(QProcess& child)
{
    child.kill();
    child.waitForFinished(5000);
}

// 1. Damage inside the pages of a journal of the current version: open() does not read every page (that is most
// of the time to open years of entries); the first write does, is refused, and nothing is written.
TEST(StoreFaults, DamageInsideThePagesIsFoundBeforeTheFirstWriteAndLeftUnchanged)
{
    TempDir dir;
    const QString path = writeJournal(dir, 400);
    damagePage(path);
    const QByteArray before = bytesOf(path);

    FixedClock clock(referenceNow());
    {
        JournalStore store(clock);
        QSignalSpy failed(&store, &JournalStore::readFailed);
        ASSERT_TRUE(store.open(path).ok()) << "the version and tables are sound";
        auto added = store.add(samplePain());
        ASSERT_FALSE(added.ok()) << "a write went into a journal damaged inside its pages";
        EXPECT_TRUE(added.error().message.contains(QDir::toNativeSeparators(path))) << why(added);
        EXPECT_TRUE(added.error().message.contains(QStringLiteral("damaged"))) << why(added);
        EXPECT_EQ(failed.count(), 1);
        EXPECT_FALSE(store.backupNow().ok()) << "a damaged journal was backed up";
        EXPECT_FALSE(store.add(samplePain()).ok());
    }
    EXPECT_EQ(bytesOf(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

// 1. A write made while the background check still runs waits for its finding; the signals follow from the
// event loop, once.
TEST(StoreFaults, AWriteDuringTheBackgroundCheckWaitsForItsFinding)
{
    TempDir dir;
    const QString path = writeJournal(dir, 400);
    damagePage(path);
    const QByteArray before = bytesOf(path);
    FixedClock clock(referenceNow());
    {
        JournalStore store(clock);
        ASSERT_TRUE(store.open(path).ok());
        QSignalSpy checked(&store, &JournalStore::integrityChecked);
        QSignalSpy failed(&store, &JournalStore::readFailed);
        store.checkIntegrityInBackground();
        auto added = store.add(samplePain()); // at once, before the event loop had a turn
        ASSERT_FALSE(added.ok());
        EXPECT_TRUE(added.error().message.contains(QDir::toNativeSeparators(path))) << why(added);
        EXPECT_EQ(checked.count(), 0) << "said in the middle of a write";
        ASSERT_TRUE(checked.wait(10000));
        EXPECT_FALSE(checked.at(0).at(0).toBool());
        EXPECT_EQ(failed.count(), 1);
        QCoreApplication::processEvents();
        EXPECT_EQ(checked.count(), 1);
    }
    EXPECT_EQ(bytesOf(path), before);

    // A sound journal: the write waits for the check and goes through.
    const QString sound = writeJournal(dir, 50, QStringLiteral("sound.sqlite"));
    JournalStore store(clock);
    ASSERT_TRUE(store.open(sound).ok());
    QSignalSpy checked(&store, &JournalStore::integrityChecked);
    store.checkIntegrityInBackground();
    EXPECT_TRUE(store.add(samplePain()).ok());
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_TRUE(checked.at(0).at(0).toBool());
    EXPECT_EQ(store.list<PainEntry>()->size(), 51);
}

// 1. A read that fails while the journal is open is an error that names the file, and stops writes.
TEST(StoreFaults, AFailedReadIsReportedAndStopsWritesUntilRechecked)
{
    TempDir dir;
    const QString path = writeJournal(dir, 10);
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    ASSERT_TRUE(store.open(path).ok());
    QSignalSpy failed(&store, &JournalStore::readFailed);
    // Another program takes a table away under the open journal.
    rawValue(path, QStringLiteral("ALTER TABLE runs RENAME TO runs_elsewhere"), false);

    auto runs = store.list<patella::Run>();
    ASSERT_FALSE(runs.ok()) << "a failed read looked like an empty list";
    EXPECT_TRUE(runs.error().message.contains(QDir::toNativeSeparators(path))) << why(runs);
    ASSERT_EQ(failed.count(), 1);
    ASSERT_TRUE(store.readFault().has_value());
    auto added = store.add(samplePain());
    ASSERT_FALSE(added.ok()) << "a write went through after a failed read";
    EXPECT_TRUE(added.error().message.contains(QStringLiteral("Nothing is saved"))) << why(added);
    EXPECT_EQ(store.list<PainEntry>()->size(), 10); // nothing was written

    rawValue(path, QStringLiteral("ALTER TABLE runs_elsewhere RENAME TO runs"), false);
    ASSERT_TRUE(store.recheck().ok());
    EXPECT_FALSE(store.readFault().has_value());
    EXPECT_TRUE(store.list<patella::Run>().ok());
    EXPECT_TRUE(store.add(samplePain()).ok());
}

// 1. The full integrity check in the background finds what quick_check does not look at.
TEST(StoreFaults, BackgroundIntegrityCheckReportsDamageAndStopsWrites)
{
    TempDir dir;
    const QString path = writeJournal(dir, 50);
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    ASSERT_TRUE(store.open(path).ok());
    QSignalSpy checked(&store, &JournalStore::integrityChecked);
    store.checkIntegrityInBackground();
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_TRUE(checked.at(0).at(0).toBool()) << checked.at(0).at(1).toString().toStdString();

    // An index that no longer matches its table: quick_check passes, integrity_check does not.
    {
        const QString name = QStringLiteral("raw-index");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA writable_schema=ON")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, 'situation, score', "
                                              "'score, situation') WHERE name = 'pain_by_date'")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    ASSERT_TRUE(store.open(path).ok()) << "quick_check does not compare indexes with tables";
    store.checkIntegrityInBackground();
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_FALSE(checked.at(1).at(0).toBool());
    EXPECT_TRUE(store.readFault().has_value());
    EXPECT_FALSE(store.add(samplePain()).ok());
    EXPECT_FALSE(store.backupNow().ok()) << "a damaged journal was backed up";
}

// 2. A refused journal with a pending -wal: the probe is read-only, so neither file changes.
TEST(StoreFaults, RefusedJournalAndItsPendingWalStayByteIdentical)
{
    TempDir dir;
    const QString source = writeJournal(dir, 20, QStringLiteral("source.sqlite"));
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        // A newer Patella wrote the version in a commit that is still in the -wal: copy both while open.
        const QString name = QStringLiteral("raw-newer");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version=9")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE pain_entries SET note = 'from the future'")));
        ASSERT_TRUE(QFile::copy(source, path));
        ASSERT_TRUE(QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray db = bytesOf(path);
    const QByteArray wal = bytesOf(path + QStringLiteral("-wal"));
    ASSERT_GT(wal.size(), 0);

    FixedClock clock(referenceNow());
    JournalStore store(clock);
    auto opened = store.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(store.openFailure(), OpenFailure::NewerVersion) << why(opened);
    store.close();
    EXPECT_EQ(bytesOf(path), db) << "the refused journal was written";
    EXPECT_EQ(bytesOf(path + QStringLiteral("-wal")), wal) << "the refused journal's -wal was checkpointed";
}

// A write killed half-way in rollback-journal mode (as while the journal is switched to WAL) leaves a hot
// -journal that a read-only connection may not roll back: the check looks at a rolled-back copy, the file
// stays as it is until the store opens it, and the store's open rolls it back and loses nothing.
TEST(StoreFaults, AHotRollbackJournalIsCheckedOnACopyAndRolledBackAtOpen)
{
    constexpr int kEntries = 2000; // far more changed pages than the cache holds, so the file is written
    TempDir dir;
    const QString source = writeJournal(dir, kEntries, QStringLiteral("source.sqlite"));
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        const QString name = QStringLiteral("raw-hot-journal");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA cache_size=2"))); // changed pages spill into the file
        ASSERT_TRUE(query.exec(QStringLiteral("BEGIN")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE pain_entries SET note = 'never committed ' || note")));
        ASSERT_TRUE(QFileInfo::exists(source + QStringLiteral("-journal")));
        ASSERT_NE(bytesOf(source + QStringLiteral("-journal")).at(0), '\0') << "the journal is not armed yet";
        // What a kill at this moment leaves on disk: the half-written file and its journal, no lock.
        ASSERT_TRUE(QFile::copy(source, path));
        ASSERT_TRUE(QFile::copy(source + QStringLiteral("-journal"), path + QStringLiteral("-journal")));
        ASSERT_TRUE(query.exec(QStringLiteral("ROLLBACK")));
        query.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray bytes = bytesOf(path);
    const QByteArray journal = bytesOf(path + QStringLiteral("-journal"));

    const ProbeReport report = probeJournal(path, CheckDepth::Full, true);
    ASSERT_TRUE(report.sound()) << report.error.text().toStdString();
    EXPECT_EQ(report.version, JournalStore::currentSchemaVersion());
    EXPECT_EQ(report.counts.painEntries, kEntries);
    EXPECT_EQ(bytesOf(path), bytes) << "the check wrote the journal";
    EXPECT_EQ(bytesOf(path + QStringLiteral("-journal")), journal) << "the check touched the hot journal";

    FixedClock clock(referenceNow());
    JournalStore store(clock);
    auto opened = store.open(path);
    ASSERT_TRUE(opened.ok()) << why(opened);
    const auto pain = store.list<PainEntry>();
    ASSERT_TRUE(pain.ok());
    ASSERT_EQ(pain->size(), kEntries);
    for (const PainEntry& entry : *pain)
        EXPECT_FALSE(entry.note.startsWith(QStringLiteral("never committed"))) << "the half-done write survived";
}

// 3. Busy is not damage: no restore offered, "in use by another program", and it opens once released.
TEST(StoreFaults, AJournalLockedByAnotherProgramIsBusyNotDamaged)
{
    TempDir dir;
    const QString path = writeJournal(dir, 5);
    const QByteArray before = bytesOf(path);
    auto other = holdLock(path, "lock");
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    auto opened = store.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(store.openFailure(), OpenFailure::Busy) << why(opened);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("in use by another program"))) << why(opened);
    release(*other);
    EXPECT_EQ(bytesOf(path).left(100), before.left(100));
    auto again = store.open(path);
    ASSERT_TRUE(again.ok()) << why(again);
    EXPECT_EQ(store.list<PainEntry>()->size(), 5);
}

// 3. A write that meets another program's write lock fails fast as busy (the window does not freeze for
// 5 s), says so, and goes through when tried again after the lock is gone.
TEST(StoreFaults, AWriteBlockedByAnotherProgramFailsFastAsBusy)
{
    TempDir dir;
    const QString path = writeJournal(dir, 5);
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    ASSERT_TRUE(store.open(path).ok());
    auto other = holdLock(path, "writelock");
    QElapsedTimer timer;
    timer.start();
    auto added = store.add(samplePain());
    const qint64 waited = timer.elapsed();
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(storeFault(added.error()), StoreFault::Busy) << why(added);
    EXPECT_TRUE(added.error().message.contains(QStringLiteral("in use by another program"))) << why(added);
    EXPECT_LT(waited, 2000);
    EXPECT_TRUE(store.list<PainEntry>().ok()); // reads go on meanwhile
    release(*other);
    EXPECT_TRUE(store.add(samplePain()).ok());
    EXPECT_EQ(store.list<PainEntry>()->size(), 6);
}

// 3. The journal reads, but no -shm can be made beside it: the folder is named, nothing replaced.
TEST(StoreFaults, AFolderThatTakesNoShmIsNamed)
{
    TempDir dir;
    const QString path = writeJournal(dir, 5);
    ASSERT_TRUE(QDir().mkpath(path + QStringLiteral("-shm"))); // a folder where SQLite wants its file
    ASSERT_TRUE(QDir().mkpath(path + QStringLiteral("-wal")));
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    auto opened = store.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_NE(store.openFailure(), OpenFailure::Corrupt) << why(opened);
    EXPECT_EQ(store.openFailure(), OpenFailure::FolderUnusable) << why(opened);
    EXPECT_TRUE(opened.error().message.contains(QDir::toNativeSeparators(dir.path()))) << why(opened);
}

// 6. A zero-length journal next to backups is not a new journal.
TEST(StoreFaults, AnEmptyJournalWithBackupsOffersThemInsteadOfStartingAfresh)
{
    TempDir dir;
    const QString path = writeJournal(dir, 5);
    FixedClock clock(referenceNow());
    {
        JournalStore store(clock);
        ASSERT_TRUE(store.open(path).ok());
        ASSERT_TRUE(store.backupNow().ok());
    }
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    writeBytes(path, {});
    JournalStore store(clock);
    auto opened = store.open(path);
    ASSERT_FALSE(opened.ok()) << "an empty journal with backups was started afresh";
    EXPECT_EQ(store.openFailure(), OpenFailure::Empty);
    EXPECT_EQ(QFileInfo(path).size(), 0);
    ASSERT_EQ(store.listBackups().size(), 1);
    ASSERT_TRUE(store.restoreBackup(store.listBackups().at(0).path).ok());
    EXPECT_EQ(store.list<PainEntry>()->size(), 5);
}

// 11. A path SQLite cannot take is named, and nothing is created.
TEST(StoreFaults, APathLongerThanSqliteAcceptsCreatesNothing)
{
    TempDir dir;
    QString folder = dir.path();
    while (folder.size() < 560)
        folder += QStringLiteral("/a-rather-long-folder-name");
    const QString path = folder + QStringLiteral("/journal.sqlite");
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    auto opened = store.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(store.openFailure(), OpenFailure::InvalidPath);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("longer than SQLite accepts"))) << why(opened);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

// 9. Input holes the store closes whoever calls it: a run later today, a distance past any number, a
// duration past an int.
TEST(StoreFaults, ImpossibleRunsAreRefusedByField)
{
    TempDir dir;
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    patella::Run later = sampleRun();
    later.start = referenceNow().addSecs(2 * 3600); // later today
    later.localDate = QDate();
    auto added = store.add(later);
    ASSERT_FALSE(added.ok()) << "a run starting later today was accepted";
    EXPECT_EQ(added.error().field, QStringLiteral("start"));
    EXPECT_EQ(added.error().message, QStringLiteral("lies later than now"));

    patella::Run far = sampleRun();
    far.distanceMetres = 1e306 * 1000.0; // inf
    added = store.add(far);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().field, QStringLiteral("distance"));
    EXPECT_EQ(added.error().message, QStringLiteral("is not a finite number"));

    patella::Run longest = sampleRun();
    longest.durationSeconds = parseDuration(QStringLiteral("71582789"));
    added = store.add(longest);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().field, QStringLiteral("duration"));
    EXPECT_TRUE(store.list<patella::Run>()->isEmpty());
}

// 5. Tiers: one a day for N days, one a week for eight weeks, one a month for a year; manual kept.
TEST(StoreFaults, AutomaticBackupsKeepDaysWeeksAndMonthsAndManualOnesStay)
{
    TempDir dir;
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    ASSERT_TRUE(store.add(samplePain()).ok());
    store.setDailyBackupsKept(5);
    for (int click = 0; click < 9; ++click)
        ASSERT_TRUE(store.backupNow().ok()); // "Back up now", many times a day
    for (int day = 0; day < 400; ++day) {
        clock.setNow(referenceNow().addDays(day));
        ASSERT_TRUE(store.backupIfDue().ok());
    }
    int daily = 0;
    int manual = 0;
    QSet<qint64> weeks;
    QSet<int> months;
    for (const BackupInfo& backup : store.listBackups()) {
        EXPECT_EQ(modeOf(backup.path), kPrivateFile);
        if (backup.kind == BackupKind::Manual) {
            ++manual;
            continue;
        }
        ASSERT_EQ(backup.kind, BackupKind::Daily);
        ++daily;
        int year = 0;
        const int week = backup.created.date().weekNumber(&year);
        weeks.insert(qint64(year) * 100 + week);
        months.insert(backup.created.date().year() * 100 + backup.created.date().month());
    }
    EXPECT_EQ(manual, 9);
    // 5 days, 8 weeks (the newest overlaps the days), 12 months (the newest two overlap the weeks).
    EXPECT_GE(daily, 5 + 6 + 10);
    EXPECT_LE(daily, 5 + 8 + 12);
    EXPECT_GE(weeks.size(), 8);
    EXPECT_EQ(months.size(), 12);
}

// 5. Backups written before 0600 was enforced are tightened when the journal opens.
TEST(StoreFaults, ExistingBackupsAreMadePrivate)
{
    TempDir dir;
    FixedClock clock(referenceNow());
    const QString path = writeJournal(dir, 3);
    QString backup;
    {
        JournalStore store(clock);
        ASSERT_TRUE(store.open(path).ok());
        backup = store.backupNow().value();
    }
    ASSERT_TRUE(QFile::setPermissions(
        backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_EQ(modeOf(backup), 0644u);
    JournalStore store(clock);
    ASSERT_TRUE(store.open(path).ok());
    EXPECT_EQ(modeOf(backup), kPrivateFile);
}

// The disk fills while the runner logs: every entry saved before is still there, and the message says
// the disk is full. Needs a small file system of its own (a tmpfs, mounted as root).
TEST(StoreFaults, ADiskThatFillsUpKeepsEverySavedEntryAndSaysSo)
{
    TempDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small-disk"));
    ASSERT_TRUE(QDir().mkpath(mountPoint));
    const int mounted = QProcess::execute(QStringLiteral("mount"),
                                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                           QStringLiteral("size=640k"), QStringLiteral("tmpfs"), mountPoint});
    if (mounted != 0)
        GTEST_SKIP() << "cannot mount a small tmpfs here (needs root): the disk-full test did not run";
    struct Unmount
    {
        QString point;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {point}); }
    } unmount {mountPoint};

    const QString path = mountPoint + QStringLiteral("/journal.sqlite");
    QProcess child;
    child.setProgram(QStringLiteral(PATELLA_CRASH_WRITER));
    child.setArguments({QStringLiteral("fill"), path});
    child.start();
    ASSERT_TRUE(child.waitForFinished(60000));
    EXPECT_EQ(child.exitCode(), 3) << child.readAllStandardError().toStdString();
    QList<RecordId> saved;
    QString message;
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        if (line.startsWith("p "))
            saved.append(line.mid(2).toLongLong());
        else if (line.startsWith("full "))
            message = QString::fromLocal8Bit(line.mid(5));
    }
    ASSERT_GT(saved.size(), 20);
    EXPECT_TRUE(message.contains(QStringLiteral("disk is full"))) << message.toStdString();

    // Every saved entry is there, read on the full disk.
    const ProbeReport report = probeJournal(path, CheckDepth::Full, true);
    ASSERT_TRUE(report.sound() || report.failure == OpenFailure::DiskFull) << report.error.text().toStdString();
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    auto opened = store.open(path);
    ASSERT_TRUE(opened.ok()) << why(opened);
    for (RecordId id : saved)
        ASSERT_TRUE(store.get<PainEntry>(id).ok()) << "entry " << id << " lost when the disk filled";
    // Reopening checkpoints the write-ahead log, which may free a page or two: the disk is full again
    // within a few more entries, and says so.
    auto more = store.add(samplePain());
    for (int i = 0; i < 50 && more.ok(); ++i)
        more = store.add(samplePain());
    ASSERT_FALSE(more.ok());
    EXPECT_EQ(storeFault(more.error()), StoreFault::DiskFull) << why(more);
    EXPECT_TRUE(store.checkIntegrity().ok());
}

} // namespace
