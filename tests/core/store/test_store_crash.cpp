// SIGKILL, at random moments and at every named step of the store: while it writes, while it upgrades an
// old journal, while it backs up, and at each step of a restore. After every kill the journal opens, passes
// PRAGMA integrity_check, and holds every record the child reported as committed (a session with all of its
// items); every backup listed passes integrity_check too.
#include "core/store/journalprobe.h"
#include "core/store/journalstore.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

#include <random>

using namespace patella;
using namespace patella::test;

namespace {

struct ChildRun
{
    QList<RecordId> pain;
    QList<RecordId> sessions;
    QStringList backups;
    QStringList lines; // whole lines other than the above
    QByteArray errors;
};

// Starts the child; kills it after delayMs once it printed its first line (or right away when early), unless
// it ends first (a named step kills it itself). Only whole lines count: a torn last line was never reported.
ChildRun runChild(const QStringList& arguments, int delayMs, bool early = false)
{
    QProcess child;
    child.setProgram(QStringLiteral(PATELLA_CRASH_WRITER));
    child.setArguments(arguments);
    child.start();
    EXPECT_TRUE(child.waitForStarted(5000)) << child.errorString().toStdString();
    if (!early)
        child.waitForReadyRead(5000);
    if (delayMs > 0)
        child.waitForFinished(delayMs);
    if (child.state() != QProcess::NotRunning) {
        child.kill(); // SIGKILL
        EXPECT_TRUE(child.waitForFinished(5000));
    }
    ChildRun run;
    run.errors = child.readAllStandardError();
    QByteArray out = child.readAllStandardOutput();
    out.truncate(out.lastIndexOf('\n') + 1);
    for (const QByteArray& line : out.split('\n')) {
        if (line.startsWith("p "))
            run.pain.append(line.mid(2).toLongLong());
        else if (line.startsWith("s "))
            run.sessions.append(line.mid(2).toLongLong());
        else if (line.startsWith("b "))
            run.backups.append(QString::fromLocal8Bit(line.mid(2)));
        else if (!line.isEmpty())
            run.lines.append(QString::fromLocal8Bit(line));
    }
    return run;
}

// The journal opens, is sound, and every listed backup is sound.
void expectSound(JournalStore& store, const QString& path, const std::string& when)
{
    auto opened = store.open(path);
    ASSERT_TRUE(opened.ok()) << when << ": " << opened.error().text().toStdString();
    auto intact = store.checkIntegrity();
    ASSERT_TRUE(intact.ok()) << when << ": " << intact.error().text().toStdString();
    for (const BackupInfo& backup : store.listBackups()) {
        const ProbeReport report = probeJournal(backup.path, CheckDepth::Full);
        ASSERT_TRUE(report.sound()) << when << ": backup " << backup.path.toStdString() << ": "
                                    << report.error.text().toStdString();
    }
}

TEST(StoreCrash, EveryReportedWriteSurvivesSigkill)
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    FixedClock clock(referenceNow());
    std::mt19937 random(20260316u);
    constexpr int kKills = 60;
    int reportedTotal = 0;
    QElapsedTimer timer;
    timer.start();

    for (int kill = 0; kill < kKills; ++kill) {
        // Mostly mid-loop; every fifth time early, while it may still be opening or migrating.
        const ChildRun run = runChild({QStringLiteral("write"), path},
                                      std::uniform_int_distribution<int>(0, 40)(random), kill % 5 == 0);
        EXPECT_TRUE(run.errors.isEmpty()) << run.errors.toStdString();
        reportedTotal += int(run.pain.size() + run.sessions.size());

        JournalStore store(clock);
        const std::string when = "after kill " + std::to_string(kill);
        expectSound(store, path, when);
        for (RecordId id : run.pain)
            ASSERT_TRUE(store.get<PainEntry>(id).ok()) << "pain entry " << id << " lost " << when;
        for (RecordId id : run.sessions) {
            auto session = store.get<SessionRecord>(id);
            ASSERT_TRUE(session.ok()) << "session " << id << " lost " << when;
            ASSERT_EQ(session->items.size(), 4) << "session " << id << " torn " << when;
        }
    }
    EXPECT_GT(reportedTotal, kKills); // the children did write
    std::printf("[ crash    ] %d kills while writing, %d committed writes checked, %lld ms\n", kKills, reportedTotal,
                static_cast<long long>(timer.elapsed()));
}

TEST(StoreCrash, KillsDuringMigrationLoseNothing)
{
    const QString fixture = fixturePath(QStringLiteral("journal-v1.sqlite"));
    const ProbeReport original = probeJournal(fixture, CheckDepth::None, true);
    ASSERT_TRUE(original.sound() && original.countsRead) << original.error.text().toStdString();
    ASSERT_GT(original.counts.runs + original.counts.painEntries, 0);
    const QStringList steps {QStringLiteral("backup:vacuum"),
                             QStringLiteral("backup:written"),
                             QStringLiteral("backup:synced"),
                             QStringLiteral("backup:renamed"),
                             QStringLiteral("migrate:begin"),
                             QString(),
                             QString(),
                             QString()};
    std::mt19937 random(7u);
    FixedClock clock(referenceNow());
    constexpr int kKills = 56;
    int migratedByChild = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        TempDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        ASSERT_TRUE(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString step = steps.at(kill % steps.size());
        QStringList arguments {QStringLiteral("migrate"), path};
        if (!step.isEmpty())
            arguments.append(step);
        // Unnamed steps: killed at a random moment of the open (most of it is the migration).
        const ChildRun run = runChild(arguments, step.isEmpty() ? std::uniform_int_distribution<int>(1, 25)(random) : 0,
                                      step.isEmpty());
        migratedByChild += run.lines.contains(QStringLiteral("opened ") + path) ? 1 : 0;

        const std::string when = "after migration kill " + std::to_string(kill) + " at "
            + (step.isEmpty() ? std::string("a random moment") : step.toStdString());
        const ProbeReport before = probeJournal(path, CheckDepth::Full, true);
        ASSERT_TRUE(before.sound()) << when << ": " << before.error.text().toStdString();
        EXPECT_TRUE(before.version == 1 || before.version == JournalStore::currentSchemaVersion()) << when;
        JournalStore store(clock);
        expectSound(store, path, when);
        const ProbeReport after = probeJournal(path, CheckDepth::None, true);
        EXPECT_EQ(after.version, JournalStore::currentSchemaVersion()) << when;
        EXPECT_EQ(after.counts.runs, original.counts.runs) << when;
        EXPECT_EQ(after.counts.painEntries, original.counts.painEntries) << when;
        EXPECT_EQ(after.counts.sessions, original.counts.sessions) << when;
        EXPECT_EQ(after.counts.flexChecks, original.counts.flexChecks) << when;
    }
    std::printf("[ crash    ] %d kills while migrating (%d children finished first)\n", kKills, migratedByChild);
}

TEST(StoreCrash, KillsDuringBackupLoseNothing)
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    FixedClock clock(referenceNow());
    std::mt19937 random(11u);
    const QStringList steps {QStringLiteral("backup:vacuum"), QStringLiteral("backup:written"),
                             QStringLiteral("backup:synced"), QStringLiteral("backup:renamed"), QString()};
    constexpr int kKills = 55;
    QList<RecordId> committed;
    int backups = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        const QString step = steps.at(kill % steps.size());
        QStringList arguments {QStringLiteral("backup"), path};
        if (!step.isEmpty())
            arguments.append(step);
        const ChildRun run
            = runChild(arguments, step.isEmpty() ? std::uniform_int_distribution<int>(20, 250)(random) : 2000);
        EXPECT_TRUE(run.errors.isEmpty()) << run.errors.toStdString();
        committed += run.pain;
        backups += int(run.backups.size());

        const std::string when = "after backup kill " + std::to_string(kill) + " at "
            + (step.isEmpty() ? std::string("a random moment") : step.toStdString());
        JournalStore store(clock);
        expectSound(store, path, when);
        for (RecordId id : committed)
            ASSERT_TRUE(store.get<PainEntry>(id).ok()) << "pain entry " << id << " lost " << when;
        for (const QString& backup : run.backups)
            EXPECT_TRUE(QFileInfo::exists(backup)) << "reported backup missing " << when;
        for (const QFileInfo& file : QDir(store.backupFolder()).entryInfoList(QDir::Files)) {
            // Half-written ones only ever under their temporary name, and not listed.
            if (!file.fileName().contains(QStringLiteral(".part"))) {
                EXPECT_TRUE(probeJournal(file.absoluteFilePath(), CheckDepth::Full).sound())
                    << file.fileName().toStdString() << " " << when;
            }
        }
    }
    EXPECT_GT(backups, 0);
    std::printf("[ crash    ] %d kills while backing up, %lld committed entries and %d backups checked\n", kKills,
                static_cast<long long>(committed.size()), backups);
}

TEST(StoreCrash, KillsAtEveryRestoreStepFinishOrUndoIt)
{
    // In the order restore reaches them; from "restore:marked" on, the next start finishes the restore.
    const QStringList steps {
        QStringLiteral("restore:checked"), QStringLiteral("restore:staged"), QStringLiteral("backup:vacuum"),
        QStringLiteral("backup:written"),  QStringLiteral("backup:synced"),  QStringLiteral("backup:renamed"),
        QStringLiteral("restore:kept"),    QStringLiteral("restore:marked"), QStringLiteral("restore:sidecars-removed"),
        QStringLiteral("restore:renamed"), QStringLiteral("restore:done"),
    };
    const qsizetype marked = steps.indexOf(QStringLiteral("restore:marked"));
    FixedClock clock(referenceNow());
    constexpr int kRounds = 5;
    int kills = 0;
    for (int round = 0; round < kRounds; ++round) {
        for (qsizetype s = 0; s < steps.size(); ++s) {
            TempDir dir;
            const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
            QList<RecordId> inBackup;
            QList<RecordId> afterBackup;
            QString backupPath;
            {
                JournalStore store(clock);
                ASSERT_TRUE(store.open(path).ok());
                for (int i = 0; i < 12 + round; ++i) {
                    PainEntry entry;
                    entry.at = referenceNow().addSecs(-3600 - i);
                    entry.score = i % 11;
                    entry.note = QStringLiteral("before %1").arg(i);
                    auto id = store.add(entry);
                    ASSERT_TRUE(id.ok());
                    (i < 8 ? inBackup : afterBackup).append(id.value());
                    if (i == 7) {
                        auto backup = store.backupNow();
                        ASSERT_TRUE(backup.ok());
                        backupPath = backup.value();
                    }
                }
            }
            const ChildRun run = runChild({QStringLiteral("restore"), path, backupPath, steps.at(s)}, 5000);
            EXPECT_TRUE(run.errors.isEmpty()) << run.errors.toStdString();
            EXPECT_FALSE(run.lines.contains(QStringLiteral("restored ") + path))
                << "not killed at " << steps.at(s).toStdString();
            ++kills;

            const std::string when = "after a kill at " + steps.at(s).toStdString();
            JournalStore store(clock);
            expectSound(store, path, when);
            EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".restoring"))) << when;
            EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".restore-pending"))) << when;
            for (RecordId id : inBackup)
                ASSERT_TRUE(store.get<PainEntry>(id).ok()) << "entry " << id << " lost " << when;
            if (s < marked) {
                for (RecordId id : afterBackup) // undone: the journal as it was
                    ASSERT_TRUE(store.get<PainEntry>(id).ok()) << "entry " << id << " lost " << when;
                continue;
            }
            EXPECT_EQ(store.list<PainEntry>()->size(), inBackup.size()) << when; // finished
            // The journal it replaced is kept whole as a pre-restore backup.
            bool kept = false;
            for (const BackupInfo& backup : store.listBackups()) {
                if (backup.kind != BackupKind::PreRestore)
                    continue;
                const ProbeReport old = probeJournal(backup.path, CheckDepth::Full, true);
                kept = kept || old.counts.painEntries == inBackup.size() + afterBackup.size();
            }
            EXPECT_TRUE(kept) << when;
        }
    }
    EXPECT_GE(kills, 50);
    std::printf("[ crash    ] %d kills, %lld at each of the %lld restore steps\n", kills,
                static_cast<long long>(kRounds), static_cast<long long>(steps.size()));
}

} // namespace
