// Starts the real patella binary and checks what it prints and how it exits.
#include "tests/support/activityfiles.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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

// What every start loads: not the sound and speech libraries (the cues' module loads them when a cue needs them),
// and nothing of the network.
TEST(Cli, TheProgramLinksNoSoundSpeechOrNetworkLibrary)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(PATELLA_BINARY)});
    ASSERT_TRUE(ldd.waitForFinished(10000));
    const QString linked = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    ASSERT_TRUE(linked.contains(QStringLiteral("libQt6Widgets"))) << linked.toStdString();
    for (const char* library : {"libQt6Multimedia", "libQt6TextToSpeech", "libQt6Network", "libpulse"})
        EXPECT_FALSE(linked.contains(QLatin1String(library))) << library;
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

namespace {

using patella::test::rideTcx;
using patella::test::runGpx;
using patella::test::writeFile;

QList<QJsonObject> jsonLines(const QString& out)
{
    QList<QJsonObject> lines;
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
        lines.append(doc.object());
    }
    return lines;
}

} // namespace

TEST(Cli, ImportPrintsOneJsonObjectPerActivityWithoutDisplay)
{
    patella::test::TempDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    writeFile(tmp.filePath(QStringLiteral("run.gpx")), runGpx());
    writeFile(tmp.filePath(QStringLiteral("ride.tcx")), rideTcx());
    writeFile(tmp.filePath(QStringLiteral("cut.gpx")), runGpx().left(300));
    const Outcome o = runPatella({QStringLiteral("--import"), tmp.filePath(QStringLiteral("run.gpx")),
                                  tmp.filePath(QStringLiteral("ride.tcx")), tmp.filePath(QStringLiteral("cut.gpx")),
                                  QStringLiteral("--data-dir"), data, QStringLiteral("--json")},
                                 20000, false);
    EXPECT_EQ(o.exitCode, 65) << o.err.toStdString(); // one file rejected, the others imported
    const QList<QJsonObject> lines = jsonLines(o.out);
    ASSERT_EQ(lines.size(), 3) << o.out.toStdString();
    QStringList keys;
    for (const char* key :
         {"cadence_spm", "distance_m", "elapsed_s", "file", "moving_s", "points", "reason", "sport", "start", "status"})
        keys.append(QString::fromLatin1(key));
    for (const QJsonObject& line : lines) {
        QStringList found = line.keys();
        found.sort();
        EXPECT_EQ(found, keys);
    }
    const QJsonObject& run = lines.at(0);
    EXPECT_EQ(run.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    EXPECT_EQ(run.value(QStringLiteral("sport")).toString(), QStringLiteral("running"));
    EXPECT_EQ(run.value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-14T07:00:00Z"));
    EXPECT_NEAR(run.value(QStringLiteral("distance_m")).toDouble(), 2001.5, 1.0);
    EXPECT_EQ(run.value(QStringLiteral("moving_s")).toInt(), 600);
    EXPECT_EQ(run.value(QStringLiteral("elapsed_s")).toInt(), 600);
    EXPECT_EQ(run.value(QStringLiteral("points")).toInt(), 11);
    EXPECT_DOUBLE_EQ(run.value(QStringLiteral("cadence_spm")).toDouble(), 172.0);
    EXPECT_TRUE(run.value(QStringLiteral("reason")).isNull());
    EXPECT_TRUE(run.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("run.gpx")));

    const QJsonObject& ride = lines.at(1);
    EXPECT_EQ(ride.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
    EXPECT_EQ(ride.value(QStringLiteral("sport")).toString(), QStringLiteral("cycling"));
    EXPECT_DOUBLE_EQ(ride.value(QStringLiteral("distance_m")).toDouble(), 30000.0); // figures whatever the status
    EXPECT_TRUE(ride.value(QStringLiteral("cadence_spm")).isNull());
    EXPECT_FALSE(ride.value(QStringLiteral("reason")).toString().isEmpty());

    const QJsonObject& cut = lines.at(2);
    EXPECT_EQ(cut.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    EXPECT_TRUE(cut.value(QStringLiteral("reason")).toString().contains(QStringLiteral("line 1")))
        << o.out.toStdString();
    EXPECT_TRUE(cut.value(QStringLiteral("start")).isNull());

    // Again: the run is already in the journal, nothing is rejected.
    const Outcome again = runPatella({QStringLiteral("--data-dir"), data, QStringLiteral("--import"),
                                      tmp.filePath(QStringLiteral("run.gpx")), QStringLiteral("--json")},
                                     20000, false);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    const QList<QJsonObject> second = jsonLines(again.out);
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second.at(0).value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
    EXPECT_TRUE(second.at(0).value(QStringLiteral("reason")).isNull());
}

TEST(Cli, ImportTextSaysWhatItDid)
{
    patella::test::TempDir tmp;
    writeFile(tmp.filePath(QStringLiteral("run.gpx")), runGpx());
    const Outcome o = runPatella({QStringLiteral("--import"), tmp.filePath(QStringLiteral("run.gpx")),
                                  QStringLiteral("--data-dir"), tmp.filePath(QStringLiteral("data"))},
                                 20000, false);
    EXPECT_EQ(o.exitCode, 0) << o.err.toStdString();
    EXPECT_TRUE(o.out.contains(QStringLiteral("run.gpx: imported running"))) << o.out.toStdString();
    EXPECT_TRUE(o.out.contains(QStringLiteral("Imported 1 run"))) << o.out.toStdString();
}

TEST(Cli, ImportUsageErrors)
{
    patella::test::TempDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    EXPECT_EQ(runPatella({QStringLiteral("--import"), QStringLiteral("--data-dir"), data}, 20000, false).exitCode, 64);
    EXPECT_EQ(runPatella({QStringLiteral("--json"), QStringLiteral("--data-dir"), data}, 20000, false).exitCode, 64);
    const Outcome demo = runPatella({QStringLiteral("--import"), QStringLiteral("a.gpx"), QStringLiteral("--demo"),
                                     QStringLiteral("--data-dir"), data},
                                    20000, false);
    EXPECT_EQ(demo.exitCode, 64) << demo.out.toStdString();
    for (const char* other : {"--check", "--export-csv"}) {
        QStringList arguments {QStringLiteral("--import"), QStringLiteral("a.gpx"), QString::fromLatin1(other)};
        if (QLatin1StringView(other) == QLatin1StringView("--export-csv"))
            arguments.append(tmp.filePath(QStringLiteral("csv")));
        const Outcome both = runPatella(arguments + QStringList {QStringLiteral("--data-dir"), data}, 20000, false);
        EXPECT_EQ(both.exitCode, 64) << other << both.out.toStdString();
        EXPECT_TRUE(QString(both.out + both.err).contains(QStringLiteral("--import goes with no other command")))
            << other;
    }
    EXPECT_FALSE(QFileInfo::exists(data)); // nothing was created
    const Outcome help = runPatella({QStringLiteral("--help")}, 20000, false);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--import")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("65")));
}
