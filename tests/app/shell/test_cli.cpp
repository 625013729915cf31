// Starts the real patella binary and checks what it prints and how it exits.
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

#include <unistd.h>

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runPatella(const QStringList& args, int timeoutMs = 20000, bool withDisplay = true)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (withDisplay) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        // As in a terminal with no window system: Qt would pick xcb and find no display.
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PATELLA_BINARY), args);
    EXPECT_TRUE(process.waitForStarted());
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "patella did not exit within " << timeoutMs << " ms";
    }
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

TEST(Cli, VersionPrintsNameAndVersion)
{
    const Outcome o = runPatella({QStringLiteral("--version")});
    EXPECT_EQ(o.exitCode, 0);
    EXPECT_TRUE(o.out.startsWith(QStringLiteral("Patella ")));
    EXPECT_TRUE(o.out.contains(QStringLiteral(PATELLA_VERSION_STRING))) << o.out.toStdString();
}

TEST(Cli, VersionAndHelpNeedNoDisplay)
{
    const Outcome version = runPatella({QStringLiteral("--version")}, 20000, false);
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("Patella ")));
    const Outcome help = runPatella({QStringLiteral("--help")}, 20000, false);
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--data-dir")));
}

TEST(Cli, HelpListsTheOptions)
{
    const Outcome o = runPatella({QStringLiteral("--help")});
    EXPECT_EQ(o.exitCode, 0);
    EXPECT_TRUE(o.out.contains(QStringLiteral("--data-dir")));
    EXPECT_TRUE(o.out.contains(QStringLiteral("--demo")));
}

TEST(Cli, UnknownOptionIsAUsageError)
{
    const Outcome o = runPatella({QStringLiteral("--frobnicate")});
    EXPECT_EQ(o.exitCode, 64);
    EXPECT_TRUE(o.err.contains(QStringLiteral("frobnicate")));
}

TEST(Cli, UnwritableDataDirIsReportedWithItsPath)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root can write anywhere; covered by the file-in-the-way case";
    patella::test::TempDir tmp;
    const QString locked = tmp.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const Outcome o = runPatella({QStringLiteral("--data-dir"), locked + QStringLiteral("/journal")});
    EXPECT_EQ(o.exitCode, 73);
    EXPECT_TRUE(o.err.contains(locked)) << o.err.toStdString();
}

TEST(Cli, DataDirThatIsAFileIsReported)
{
    patella::test::TempDir tmp;
    const QString file = tmp.filePath(QStringLiteral("not-a-folder"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    const Outcome o = runPatella({QStringLiteral("--data-dir"), file});
    EXPECT_EQ(o.exitCode, 73);
    EXPECT_TRUE(o.err.contains(file)) << o.err.toStdString();
    EXPECT_TRUE(o.err.contains(QStringLiteral("not a folder")));
}

TEST(Cli, DataDirUnderAFileCannotBeCreated)
{
    // Works for root too: no permission bit lets anyone make a folder inside a regular file.
    patella::test::TempDir tmp;
    const QString file = tmp.filePath(QStringLiteral("plain-file"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    const QString wanted = file + QStringLiteral("/journal");
    const Outcome o = runPatella({QStringLiteral("--data-dir"), wanted});
    EXPECT_EQ(o.exitCode, 73);
    EXPECT_TRUE(o.err.contains(wanted)) << o.err.toStdString();
}

TEST(Cli, NewDataDirIsCreatedPrivate)
{
    patella::test::TempDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("fresh/journal"));
    // --version exits before touching the data folder, so start for real and close at once.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PATELLA_BINARY), {QStringLiteral("--data-dir"), dir});
    ASSERT_TRUE(process.waitForStarted());
    for (int i = 0; i < 100 && !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("patella.lock"))); ++i)
        QThread::msleep(50);
    EXPECT_TRUE(QFileInfo(dir).isDir());
    EXPECT_EQ(
        QFileInfo(dir).permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions {});

    // A second instance on the same folder refuses to open it.
    const Outcome second = runPatella({QStringLiteral("--data-dir"), dir});
    EXPECT_EQ(second.exitCode, 75);
    EXPECT_TRUE(second.err.contains(QStringLiteral("already running"))) << second.err.toStdString();

    process.terminate();
    process.waitForFinished(5000);
}

TEST(Cli, ImportProgrammeWritesTheRoutinesAndSaysWhat)
{
    patella::test::TempDir dir;
    const QString example = patella::test::fixturePath(QStringLiteral("../../docs/programme-example.json"));
    const Outcome first = runPatella(
        {QStringLiteral("--import-programme"), example, QStringLiteral("--data-dir"), dir.path()}, 20000, false);
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("New routines (2):\n  Evening programme\n")))
        << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Evening programme")));
    EXPECT_TRUE(first.out.contains(QStringLiteral("New exercises (3):")));
    const Outcome again
        = runPatella({QStringLiteral("--import-programme"), example, QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Routines replaced (2):"))) << again.out.toStdString();
}

TEST(Cli, AnInvalidProgrammeIsRefusedWithExit65AndNothingWritten)
{
    patella::test::TempDir dir;
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format": "patella-programme", "version": 1, "routines": [{"id": "pt-x", "name": "X",
        "items": [{"exercise": "standing-quad-stretch", "hold_s": 400}]}]})");
    bad.close();
    const QString data = dir.filePath(QStringLiteral("data"));
    const Outcome o = runPatella(
        {QStringLiteral("--import-programme"), bad.fileName(), QStringLiteral("--data-dir"), data}, 20000, false);
    EXPECT_EQ(o.exitCode, 65);
    EXPECT_TRUE(o.err.contains(QStringLiteral("routines[0].items[0].hold_s: 400 is above 180"))) << o.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(QDir(data).filePath(QStringLiteral("journal.sqlite"))));
}

TEST(Cli, ARefusedProgrammeLeavesAnExistingJournalAsItWas)
{
    patella::test::TempDir dir;
    const QString example = patella::test::fixturePath(QStringLiteral("../../docs/programme-example.json"));
    ASSERT_EQ(
        runPatella({QStringLiteral("--import-programme"), example, QStringLiteral("--data-dir"), dir.path()}).exitCode,
        0);
    QFile journal(dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_TRUE(journal.open(QIODevice::ReadOnly));
    const QByteArray before = journal.readAll();
    journal.close();

    QFile bad(dir.filePath(QStringLiteral("missing-field.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format": "patella-programme", "version": 1, "routines": [{"id": "pt-x",
        "items": [{"exercise": "standing-quad-stretch", "hold_s": 30}]}]})");
    bad.close();
    const Outcome o
        = runPatella({QStringLiteral("--import-programme"), bad.fileName(), QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EQ(o.exitCode, 65);
    EXPECT_TRUE(o.err.contains(QStringLiteral("routines[0].name"))) << o.err.toStdString();
    ASSERT_TRUE(journal.open(QIODevice::ReadOnly));
    EXPECT_EQ(journal.readAll(), before);
}

TEST(Cli, AProgrammeFileThatIsNotThereIsExit66)
{
    patella::test::TempDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-programme.json"));
    const Outcome o = runPatella(
        {QStringLiteral("--import-programme"), missing, QStringLiteral("--data-dir"), dir.path()}, 20000, false);
    EXPECT_EQ(o.exitCode, 66);
    EXPECT_TRUE(o.err.contains(QStringLiteral("no-such-programme.json"))) << o.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("journal.sqlite"))));
}

TEST(Cli, ImportProgrammeWithACsvOptionIsAUsageError)
{
    patella::test::TempDir dir;
    const Outcome o = runPatella({QStringLiteral("--import-programme"), dir.filePath(QStringLiteral("p.json")),
                                  QStringLiteral("--export-csv"), dir.path()});
    EXPECT_EQ(o.exitCode, 64);
    EXPECT_TRUE(o.err.contains(QStringLiteral("--import-programme"))) << o.err.toStdString();
}
