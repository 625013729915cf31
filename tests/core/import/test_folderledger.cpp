// The watched folder's rules without a watcher: which files of a listing are ready to read (read once,
// only after their size held still), what is forgotten, what is kept between runs; and what the folder
// import does on its own with what the importer found.
#include "core/import/autoimport.h"
#include "core/import/folderledger.h"
#include "core/import/folderscan.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace patella;
using namespace patella::test;

namespace {

constexpr qint64 kStable = 2000;

FileSighting sighting(const QString& path, qint64 bytes, qint64 modified = 1000)
{
    return {path, bytes, modified};
}

FolderListing listing(const QList<FileSighting>& files, bool present = true)
{
    const QString folder = QStringLiteral("/media/watch/GARMIN/Activity");
    return {folder, present, files, present ? QStringList {folder} : QStringList {}};
}

const QString kRun = QStringLiteral("/media/watch/GARMIN/Activity/run.fit");
const QString kRide = QStringLiteral("/media/watch/GARMIN/Activity/ride.fit");

} // namespace

TEST(FolderLedger, AFileIsReadOnlyOnceItsSizeHeldStillAndThenNeverAgain)
{
    FolderLedger ledger({}, kStable);
    EXPECT_TRUE(ledger.ready(listing({sighting(kRun, 100)}), 0).isEmpty()) << "first sight: may still be copying";
    EXPECT_TRUE(ledger.waiting());
    EXPECT_TRUE(ledger.ready(listing({sighting(kRun, 100)}), kStable - 1).isEmpty());
    const QList<FileSighting> ready = ledger.ready(listing({sighting(kRun, 100)}), kStable);
    ASSERT_EQ(ready.size(), 1);
    EXPECT_EQ(ready.first(), sighting(kRun, 100));
    EXPECT_FALSE(ledger.waiting());

    ledger.markSeen(ready.first());
    EXPECT_TRUE(ledger.ready(listing({sighting(kRun, 100)}), 10 * kStable).isEmpty());
    EXPECT_TRUE(ledger.ready(listing({sighting(kRun, 100)}), 20 * kStable).isEmpty());
    EXPECT_FALSE(ledger.waiting());
}

TEST(FolderLedger, AGrowingFileWaitsUntilItStopsGrowing)
{
    FolderLedger ledger({}, kStable);
    EXPECT_TRUE(ledger.ready(listing({sighting(kRun, 100, 1)}), 0).isEmpty());
    EXPECT_TRUE(ledger.ready(listing({sighting(kRun, 4000, 2)}), 1500).isEmpty());
    EXPECT_TRUE(ledger.ready(listing({sighting(kRun, 9000, 3)}), 3000).isEmpty()) << "grew again";
    EXPECT_TRUE(ledger.ready(listing({sighting(kRun, 9000, 3)}), 4500).isEmpty()) << "still for 1.5 s only";
    EXPECT_TRUE(ledger.waiting());
    EXPECT_EQ(ledger.ready(listing({sighting(kRun, 9000, 3)}), 5000).size(), 1);
}

TEST(FolderLedger, AChangedFileIsReadAgain)
{
    FolderLedger ledger({}, kStable);
    ledger.markSeen(sighting(kRun, 100, 1));
    EXPECT_TRUE(ledger.ready(listing({sighting(kRun, 120, 2)}), 0).isEmpty());
    EXPECT_EQ(ledger.ready(listing({sighting(kRun, 120, 2)}), kStable).size(), 1);
}

TEST(FolderLedger, KeepsWhatWasSeenBetweenRunsAndForgetsOnlyFilesGoneFromAPresentFolder)
{
    FolderLedger first({}, kStable);
    first.markSeen(sighting(kRun, 100));
    first.markSeen(sighting(kRide, 200));
    const QStringList kept = first.entries();
    ASSERT_EQ(kept.size(), 2);

    FolderLedger next(kept, kStable);
    EXPECT_TRUE(next.seen(sighting(kRun, 100)));
    EXPECT_FALSE(next.seen(sighting(kRun, 101)));
    // The watch unplugged: the folder is absent, nothing is forgotten.
    EXPECT_TRUE(next.ready(listing({}, false), 0).isEmpty());
    EXPECT_EQ(next.entries(), kept);
    // Back, with the ride deleted on the watch: the ride is forgotten, the run is still seen.
    EXPECT_TRUE(next.ready(listing({sighting(kRun, 100)}), 10).isEmpty());
    EXPECT_EQ(next.entries(), QStringList {FolderLedger::entryOf(sighting(kRun, 100))});
    EXPECT_FALSE(next.waiting());
}

TEST(FolderLedger, EntriesKeepPathsWithColonsAndRefuseGarbage)
{
    const FileSighting odd = sighting(QStringLiteral("/data/2026-03-14 07:00:00 Run.gpx"), 512, 1773471600000);
    const auto back = FolderLedger::fromEntry(FolderLedger::entryOf(odd));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, odd);
    EXPECT_FALSE(FolderLedger::fromEntry(QStringLiteral("garbage")).has_value());
    EXPECT_FALSE(FolderLedger::fromEntry(QStringLiteral("x:1:/a.gpx")).has_value());
    EXPECT_FALSE(FolderLedger::fromEntry(QStringLiteral("1:2:")).has_value());
}

TEST(FolderLedger, IsKeptInAPrivateFileOfTheDataFolder)
{
    const TempDir data;
    const QString path = FolderLedger::filePath(data.path());
    EXPECT_EQ(QFileInfo(path).absolutePath(), QDir(data.path()).absolutePath());
    EXPECT_TRUE(FolderLedger::load(path).isEmpty()) << "no file yet: nothing seen";

    FolderLedger ledger({}, kStable);
    ledger.markSeen(sighting(kRun, 100));
    ledger.markSeen(sighting(QStringLiteral("/home/runner/Läufe/morgen lauf.gpx"), 200));
    const auto saved = FolderLedger::save(path, ledger.entries());
    ASSERT_TRUE(saved.ok()) << saved.error().text().toStdString();
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    EXPECT_EQ(QFile::permissions(path) & others, QFileDevice::Permissions()) << "0600";
    EXPECT_TRUE(QFile::permissions(path) & QFileDevice::ReadOwner);
    EXPECT_EQ(FolderLedger::load(path), ledger.entries());
    const FolderLedger next(FolderLedger::load(path), kStable);
    EXPECT_TRUE(next.seen(sighting(QStringLiteral("/home/runner/Läufe/morgen lauf.gpx"), 200)));

    ASSERT_TRUE(FolderLedger::save(path, {}).ok());
    EXPECT_TRUE(FolderLedger::load(path).isEmpty());
    EXPECT_FALSE(FolderLedger::save(data.filePath(QStringLiteral("no/such/folder/seen.txt")), {}).ok());
}

TEST(FolderLedger, ListsTheActivityFilesOfARealFolderOnly)
{
    const TempDir tmp;
    for (const char* name : {"a.gpx", "b.TCX", "c.fit.gz", "notes.txt", "d.fit"}) {
        QFile f(tmp.filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("12345");
    }
    ASSERT_TRUE(QDir(tmp.path()).mkdir(QStringLiteral("sub.gpx")));
    const FolderListing found = listActivityFolder(tmp.path() + QStringLiteral("/./"));
    EXPECT_TRUE(found.present);
    EXPECT_EQ(found.folder, QDir::cleanPath(tmp.path()));
    QStringList names;
    for (const FileSighting& file : found.files) {
        names.append(QFileInfo(file.path).fileName());
        EXPECT_EQ(file.bytes, 5);
        EXPECT_GT(file.modifiedMs, 0);
    }
    names.sort(Qt::CaseInsensitive);
    EXPECT_EQ(names,
              (QStringList {QStringLiteral("a.gpx"), QStringLiteral("b.TCX"), QStringLiteral("c.fit.gz"),
                            QStringLiteral("d.fit")}));

    const FolderListing missing = listActivityFolder(tmp.filePath(QStringLiteral("GARMIN")));
    EXPECT_FALSE(missing.present);
    EXPECT_TRUE(missing.files.isEmpty());
}

TEST(AutoImport, ImportsNewRunsLeavesDuplicatesForTheRunnerAndNamesUnreadableFiles)
{
    const auto candidate = [](const QString& file, ImportStatus status, bool tickable, bool ticked) {
        ImportCandidate c;
        c.file = file;
        c.status = status;
        c.tickable = tickable;
        c.ticked = ticked;
        if (status != ImportStatus::Rejected)
            c.activity = Activity {};
        return c;
    };
    const AutoImportPlan plan = planAutoImport({
        candidate(QStringLiteral("run.fit"), ImportStatus::New, true, true),
        candidate(QStringLiteral("ride.fit"), ImportStatus::Skipped, true, false),
        candidate(QStringLiteral("typed.gpx"), ImportStatus::LikelyDuplicate, true, true),
        candidate(QStringLiteral("old.gpx"), ImportStatus::AlreadyInJournal, false, false),
        candidate(QStringLiteral("cut.fit"), ImportStatus::Rejected, false, false),
    });
    ASSERT_EQ(plan.candidates.size(), 5);
    EXPECT_EQ(plan.newRuns, 1);
    EXPECT_TRUE(plan.candidates.at(0).ticked);
    for (int i = 1; i < 5; ++i)
        EXPECT_FALSE(plan.candidates.at(i).ticked) << i;
    EXPECT_EQ(plan.choiceFiles, QStringList {QStringLiteral("typed.gpx")});
    EXPECT_EQ(plan.rejectedFiles, QStringList {QStringLiteral("cut.fit")});
    EXPECT_EQ(plan.skipped, 1);
}
