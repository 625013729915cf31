// `patella --check` and the start-up refusals of issue 13, run as the real binary: what it prints, how it
// exits, and that it leaves every file as it was.
#include "app/shell/demofolder.h"
#include "core/store/journalstore.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

using namespace patella;
using namespace patella::test;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome run(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    EXPECT_TRUE(process.waitForStarted());
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "patella did not exit";
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 128 + 9,
            QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

QProcessEnvironment offscreen(const QString& temp = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!temp.isEmpty())
        env.insert(QStringLiteral("TMPDIR"), temp);
    return env;
}

Outcome patella(const QStringList& args, const QProcessEnvironment& env = offscreen())
{
    return run(QStringLiteral(PATELLA_BINARY), args, env);
}

// Every file under a folder with a hash of its bytes and its mode.
QMap<QString, QByteArray> snapshot(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        files.insert(path,
                     QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                         + QByteArray::number(int(QFile::permissions(path))));
    }
    return files;
}

// A journal with entries and two backups, closed.
QString makeJournal(const TempDir& dir)
{
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    EXPECT_TRUE(store.open(path).ok());
    for (int i = 0; i < 300; ++i) {
        PainEntry e;
        e.at = referenceNow().addSecs(-600 * (i + 1));
        e.score = i % 11;
        e.note = QStringLiteral("entry %1 with a note that fills the pages of the table ").arg(i).repeated(2);
        EXPECT_TRUE(store.add(e).ok());
    }
    EXPECT_TRUE(store.backupNow().ok());
    clock.advance(std::chrono::hours(26));
    EXPECT_TRUE(store.backupIfDue().ok());
    return path;
}

TEST(Check, ASoundJournalAndItsBackupsReadOkAndNothingIsWritten)
{
    TempDir dir;
    makeJournal(dir);
    const auto before = snapshot(dir.path());
    ASSERT_EQ(before.size(), 3) << "journal and two backups";
    const Outcome o = patella({QStringLiteral("--check"), QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EQ(o.exitCode, 0) << o.out.toStdString() << o.err.toStdString();
    EXPECT_EQ(o.out.count(QStringLiteral(": ok\n")), 3) << o.out.toStdString();
    EXPECT_TRUE(o.out.contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("journal.sqlite")))
                               + QStringLiteral(": ok")));
    EXPECT_EQ(snapshot(dir.path()), before) << "--check wrote or created a file";
}

TEST(Check, ADamagedJournalExits74AndNamesTheProblem)
{
    TempDir dir;
    const QString path = makeJournal(dir);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    ASSERT_GT(pages, 8);
    file.seek((pages - 2) * 4096);
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    const auto before = snapshot(dir.path());
    const Outcome o = patella({QStringLiteral("--check"), QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EQ(o.exitCode, 74) << o.out.toStdString();
    EXPECT_TRUE(o.out.contains(QStringLiteral("damaged"))) << o.out.toStdString();
    EXPECT_EQ(o.out.count(QStringLiteral(": ok\n")), 2) << "the backups are sound: " << o.out.toStdString();
    EXPECT_EQ(snapshot(dir.path()), before);
}

TEST(Check, NeedsNoDisplayAndCreatesNoDataFolder)
{
    TempDir dir;
    const QString missing = dir.filePath(QStringLiteral("not-yet"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const Outcome o = patella({QStringLiteral("--check"), QStringLiteral("--data-dir"), missing}, env);
    EXPECT_EQ(o.exitCode, 74);
    EXPECT_TRUE(o.out.contains(QStringLiteral("no journal"))) << o.out.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));
}

// Issue 13, finding 8: a window start without a display exits with a code and a message, not an abort.
TEST(Check, AWindowStartWithoutADisplayExits69WithAMessage)
{
    TempDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const Outcome o = patella({QStringLiteral("--data-dir"), dir.path()}, env);
    EXPECT_EQ(o.exitCode, 69) << o.err.toStdString();
    EXPECT_TRUE(o.err.contains(QStringLiteral("needs a display"))) << o.err.toStdString();
}

// Issue 13, finding 11: names the problem and creates nothing.
TEST(Check, ADataFolderTooLongForSqliteIsRefusedBeforeAnythingIsCreated)
{
    TempDir dir;
    QString folder = dir.path();
    while (folder.size() < 470)
        folder += QStringLiteral("/deeper-and-deeper");
    const Outcome o = patella({QStringLiteral("--data-dir"), folder});
    EXPECT_EQ(o.exitCode, 73) << o.err.toStdString();
    EXPECT_TRUE(o.err.contains(QStringLiteral("too long"))) << o.err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST(Check, ADataFolderNameThatIsNotUtf8IsRefused)
{
    TempDir dir;
    // The bytes reach patella as they are (a QProcess argument would be re-encoded as UTF-8).
    const QString script = QStringLiteral("exec \"$0\" --data-dir \"$1/$(printf 'caf\\351')\"");
    const Outcome o = run(QStringLiteral("/bin/sh"),
                          {QStringLiteral("-c"), script, QStringLiteral(PATELLA_BINARY), dir.path()}, offscreen());
    EXPECT_EQ(o.exitCode, 64) << o.err.toStdString();
    EXPECT_TRUE(o.err.contains(QStringLiteral("UTF-8"))) << o.err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

// Issue 13, finding 12: only --demo makes a folder in the temporary directory.
TEST(Check, AStartThatIsNotADemoLeavesNothingInTheTemporaryFolder)
{
    TempDir temp;
    TempDir dir;
    const QString file = dir.filePath(QStringLiteral("a-file"));
    QFile(file).open(QIODevice::WriteOnly);
    const Outcome o = patella({QStringLiteral("--data-dir"), file}, offscreen(temp.path())); // refused: 73
    EXPECT_EQ(o.exitCode, 73) << o.err.toStdString();
    const QStringList litter
        = QDir(temp.path()).entryList({QStringLiteral("Patella*")}, QDir::NoDotAndDotDot | QDir::AllEntries);
    EXPECT_TRUE(litter.isEmpty()) << litter.join(QLatin1Char(' ')).toStdString();
}

TEST(Check, ADemoFolderGoesAtExitAndOneLeftByACrashAtTheNextStart)
{
    QString made;
    {
        DemoFolder demo;
        ASSERT_TRUE(demo.isValid());
        made = demo.path();
        EXPECT_TRUE(QFileInfo(made).fileName().startsWith(QStringLiteral("Patella-demo-")));
    }
    EXPECT_FALSE(QFileInfo::exists(made));

    // A crashed demo: its folder stays, with the id of a process that is gone.
    const QString stale = QDir::temp().filePath(QStringLiteral("Patella-demo-crashed"));
    ASSERT_TRUE(QDir().mkpath(stale));
    QFile owner(stale + QStringLiteral("/patella-demo.pid"));
    ASSERT_TRUE(owner.open(QIODevice::WriteOnly));
    owner.write(QByteArray::number(999999999));
    owner.close();
    DemoFolder alive; // a running demo is never cleared
    EXPECT_GE(DemoFolder::clearStale(), 1);
    EXPECT_FALSE(QFileInfo::exists(stale));
    EXPECT_TRUE(QFileInfo::exists(alive.path()));
}

} // namespace
