// `patella --report` run as the real binary, without a display, on the hand-made journal; the figures
// are read back from the PDF with pdftotext.
#include "core/model/preferences.h"
#include "tests/support/reportjournal.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

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

Outcome runPatella(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // As in a terminal with no window system.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_GB.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PATELLA_BINARY), args);
    EXPECT_TRUE(process.waitForStarted());
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "patella --report did not exit within 60 s";
    }
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

class ReportCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        FixedClock clock(referenceNow());
        JournalStore store(clock);
        ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        auto filled = fillReportJournal(store);
        ASSERT_TRUE(filled.ok()) << filled.error().text().toStdString();
        Preferences preferences(dir.filePath(QStringLiteral("settings.ini")), reportProgrammeStart());
        preferences.setProgrammeStart(reportProgrammeStart());
        preferences.setDistanceUnit(DistanceUnit::Kilometres);
    }

    TempDir dir;
};

TEST_F(ReportCli, WritesThePdfWithoutADisplayAndSaysWhatItWrote)
{
    const QString pdf = dir.filePath(QStringLiteral("out/../report.pdf"));
    const Outcome o = runPatella({QStringLiteral("--report"), pdf, QStringLiteral("--weeks"), QStringLiteral("12"),
                                  QStringLiteral("--end"), QStringLiteral("2026-03-16"), QStringLiteral("--name"),
                                  QStringLiteral("Alex Runner"), QStringLiteral("--data-dir"), dir.path()});
    ASSERT_EQ(o.exitCode, 0) << o.err.toStdString();
    const QString written = dir.filePath(QStringLiteral("report.pdf"));
    EXPECT_TRUE(o.out.contains(written)) << o.out.toStdString();
    EXPECT_TRUE(o.out.contains(QStringLiteral("2 pages"))) << o.out.toStdString();
    ASSERT_TRUE(QFile::exists(written));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    ASSERT_FALSE(pdftotext.isEmpty()) << "pdftotext is missing: install poppler-utils (build.sh does)";
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-raw"), written, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(20000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const char* expected :
         {"Runner: Alex Runner", "(12 weeks)", "week 11", "Stairs", "lower by more than 1.16", "Going down stairs",
          "+3.3", "back after pain 7/10", "Stairs easier this week", "60% longer", "does not diagnose"})
        EXPECT_TRUE(content.contains(QString::fromUtf8(expected))) << expected << "\n" << content.toStdString();
}

TEST_F(ReportCli, BadUsageAndAMissingJournalAreRefusedWithTheirCodes)
{
    const Outcome weeks
        = runPatella({QStringLiteral("--report"), dir.filePath(QStringLiteral("a.pdf")), QStringLiteral("--weeks"),
                      QStringLiteral("zero"), QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EQ(weeks.exitCode, 64);
    EXPECT_TRUE(weeks.err.contains(QStringLiteral("--weeks"))) << weeks.err.toStdString();
    const Outcome noFile = runPatella({QStringLiteral("--weeks"), QStringLiteral("4")});
    EXPECT_EQ(noFile.exitCode, 64);
    EXPECT_TRUE(noFile.err.contains(QStringLiteral("--report"))) << noFile.err.toStdString();

    const Outcome together = runPatella({QStringLiteral("--report"), dir.filePath(QStringLiteral("a.pdf")),
                                         QStringLiteral("--check"), QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EQ(together.exitCode, 64);
    EXPECT_TRUE(together.err.contains(QStringLiteral("--check"))) << together.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("a.pdf"))));

    TempDir empty;
    const Outcome missing = runPatella({QStringLiteral("--report"), empty.filePath(QStringLiteral("a.pdf")),
                                        QStringLiteral("--data-dir"), empty.path()});
    EXPECT_EQ(missing.exitCode, 66);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no journal"))) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(empty.filePath(QStringLiteral("a.pdf"))));
}

} // namespace
