// patella --export-csv and --import-csv, run as the real binary without a display.
#include "core/store/journalstore.h"
#include "tests/core/exchange/exchangetesting.h"

#include <QDir>
#include <QProcess>

using namespace patella;
using namespace patella::test;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

// As in a terminal with no window system.
Outcome patellaWithoutDisplay(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PATELLA_BINARY), args);
    EXPECT_TRUE(process.waitForStarted());
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

class CsvCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // A journal dated in the past, so the real clock of the binary accepts all of it.
        JournalStore store(clock);
        ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("data"))));
        ASSERT_TRUE(
            store.open(QDir(dir.filePath(QStringLiteral("data"))).filePath(QStringLiteral("journal.sqlite"))).ok());
        fillPopulatedJournal(store);
        painCount = int(store.list<PainEntry>().value().size());
    }

    QString data() const { return dir.filePath(QStringLiteral("data")); }

    TempDir dir;
    FixedClock clock {referenceNow()};
    int painCount = 0;
};

int painIn(const QString& dataDir)
{
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    EXPECT_TRUE(store.open(QDir(dataDir).filePath(QStringLiteral("journal.sqlite"))).ok());
    return int(store.list<PainEntry>().value().size());
}

} // namespace

TEST_F(CsvCli, ExportThenImportIntoANewDataFolder)
{
    const QString folder = dir.filePath(QStringLiteral("csv"));
    const Outcome exported
        = patellaWithoutDisplay({QStringLiteral("--export-csv"), folder, QStringLiteral("--data-dir"), data()});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("pain.csv: %1 row(s)").arg(painCount)))
        << exported.out.toStdString();
    EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("README.txt"))));

    const QString fresh = dir.filePath(QStringLiteral("fresh"));
    const Outcome imported
        = patellaWithoutDisplay({QStringLiteral("--import-csv"), folder, QStringLiteral("--data-dir"), fresh});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("pain.csv: %1 added, 0 already in the journal").arg(painCount)))
        << imported.out.toStdString();
    EXPECT_EQ(painIn(fresh), painCount);

    const Outcome again
        = patellaWithoutDisplay({QStringLiteral("--import-csv"), folder, QStringLiteral("--data-dir"), fresh});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Imported 0 record(s)"))) << again.out.toStdString();
    EXPECT_EQ(painIn(fresh), painCount);
}

TEST_F(CsvCli, RefusedFileExits65AndWritesNothing)
{
    const QString folder = dir.filePath(QStringLiteral("csv"));
    ASSERT_EQ(
        patellaWithoutDisplay({QStringLiteral("--export-csv"), folder, QStringLiteral("--data-dir"), data()}).exitCode,
        0);
    // A score of 11 on line 3 of pain.csv.
    QByteArray pain = readFile(QDir(folder).filePath(QStringLiteral("pain.csv")));
    QList<QByteArray> lines = pain.split('\n');
    QList<QByteArray> fields = lines[2].split(',');
    fields[2] = "11";
    lines[2] = fields.join(',');
    writeFile(QDir(folder).filePath(QStringLiteral("pain.csv")), lines.join('\n'));

    const QString fresh = dir.filePath(QStringLiteral("fresh"));
    const Outcome o
        = patellaWithoutDisplay({QStringLiteral("--import-csv"), folder, QStringLiteral("--data-dir"), fresh});
    EXPECT_EQ(o.exitCode, 65);
    EXPECT_TRUE(o.err.contains(QStringLiteral("pain.csv, line 3, column 3 (score)"))) << o.err.toStdString();
    EXPECT_TRUE(o.err.contains(QStringLiteral("Nothing was imported")));
    EXPECT_EQ(painIn(fresh), 0);
}

TEST_F(CsvCli, MissingInputExits66)
{
    const Outcome noFolder
        = patellaWithoutDisplay({QStringLiteral("--import-csv"), dir.filePath(QStringLiteral("nowhere")),
                                 QStringLiteral("--data-dir"), data()});
    EXPECT_EQ(noFolder.exitCode, 66);
    EXPECT_TRUE(noFolder.err.contains(QStringLiteral("nowhere"))) << noFolder.err.toStdString();

    const Outcome noJournal
        = patellaWithoutDisplay({QStringLiteral("--export-csv"), dir.filePath(QStringLiteral("out")),
                                 QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("empty"))});
    EXPECT_EQ(noJournal.exitCode, 66);
    EXPECT_TRUE(noJournal.err.contains(QStringLiteral("no journal"))) << noJournal.err.toStdString();
}

TEST_F(CsvCli, BothAtOnceIsAUsageError)
{
    const Outcome o = patellaWithoutDisplay(
        {QStringLiteral("--export-csv"), QStringLiteral("a"), QStringLiteral("--import-csv"), QStringLiteral("b")});
    EXPECT_EQ(o.exitCode, 64);
}
