// What one look at a watched folder reads, on real folders in a temp dir: the subfolders a phone sync tool or
// Strava's export makes (to a bounded depth, the nearest first), never a hidden folder, each folder once
// however symbolic links loop, and no more folders than the limit; what the ledger forgets of them.
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

// A small activity file at dir/relative, its folders made, modified at the reference time (after the write
// reached the file: a later flush would set the time again).
bool put(const QString& dir, const QString& relative)
{
    const QString path = QDir(dir).filePath(relative);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write("12345") != 5 || !f.flush())
        return false;
    return f.setFileTime(referenceNow(), QFileDevice::FileModificationTime);
}

QStringList relativeFiles(const FolderListing& listing)
{
    QStringList out;
    for (const FileSighting& file : listing.files)
        out.append(QDir(listing.folder).relativeFilePath(file.path));
    return out;
}

QStringList relativeFolders(const FolderListing& listing)
{
    QStringList out;
    for (const QString& folder : listing.folders)
        out.append(QDir(listing.folder).relativeFilePath(folder));
    return out;
}

} // namespace

TEST(FolderScan, ReadsSubfoldersNearestFirstToFourLevelsAndNeverHiddenOnes)
{
    const TempDir tmp;
    const QString root = tmp.filePath(QStringLiteral("Runs"));
    for (const char* name :
         {"top.gpx", "Activity/2024/march.fit", "export/activities/123.gpx.gz", ".Trash-1000/deleted.gpx",
          "Activity/.sync/partial.tcx", "a/b/c/d/four.tcx", "a/b/c/d/e/five.tcx", "export/notes.txt"})
        ASSERT_TRUE(put(root, QString::fromLatin1(name))) << name;

    const FolderListing found = listActivityFolder(root);
    ASSERT_TRUE(found.present);
    EXPECT_FALSE(found.truncated);
    EXPECT_EQ(relativeFiles(found),
              (QStringList {QStringLiteral("top.gpx"), QStringLiteral("Activity/2024/march.fit"),
                            QStringLiteral("export/activities/123.gpx.gz"), QStringLiteral("a/b/c/d/four.tcx")}));
    EXPECT_EQ(relativeFolders(found),
              (QStringList {QStringLiteral("."), QStringLiteral("Activity"), QStringLiteral("a"),
                            QStringLiteral("export"), QStringLiteral("Activity/2024"), QStringLiteral("a/b"),
                            QStringLiteral("export/activities"), QStringLiteral("a/b/c"), QStringLiteral("a/b/c/d")}));
    for (const FileSighting& file : found.files) {
        EXPECT_EQ(file.bytes, 5);
        EXPECT_EQ(file.modifiedMs, referenceNow().toMSecsSinceEpoch()) << qPrintable(file.path);
    }

    // Depth 0 is the folder alone, as before subfolders were read.
    const FolderListing flat = listActivityFolder(root, {0, 100});
    EXPECT_EQ(relativeFiles(flat), QStringList {QStringLiteral("top.gpx")});
    EXPECT_EQ(relativeFolders(flat), QStringList {QStringLiteral(".")});
}

TEST(FolderScan, AFolderReachedTwiceThroughLinksIsReadOnceAndALoopEnds)
{
    const TempDir tmp;
    const QString root = tmp.filePath(QStringLiteral("Runs"));
    const QString elsewhere = tmp.filePath(QStringLiteral("Phone"));
    ASSERT_TRUE(put(root, QStringLiteral("sub/run.gpx")));
    ASSERT_TRUE(put(elsewhere, QStringLiteral("phone.tcx")));
    ASSERT_TRUE(QFile::link(root, QDir(root).filePath(QStringLiteral("sub/back-to-top")))); // a loop
    ASSERT_TRUE(QFile::link(QDir(root).filePath(QStringLiteral("sub")), QDir(root).filePath(QStringLiteral("again"))));
    ASSERT_TRUE(QFile::link(elsewhere, QDir(root).filePath(QStringLiteral("sub/phone"))));
    ASSERT_TRUE(QFile::link(tmp.filePath(QStringLiteral("gone")), QDir(root).filePath(QStringLiteral("broken"))));

    const FolderListing found = listActivityFolder(root, {40, 1000}); // deep enough to loop forty times
    // "again" and "sub" are one folder: read under the first name met (the listing is by name).
    EXPECT_EQ(relativeFiles(found),
              (QStringList {QStringLiteral("again/run.gpx"), QStringLiteral("again/phone/phone.tcx")}));
    EXPECT_EQ(relativeFolders(found),
              (QStringList {QStringLiteral("."), QStringLiteral("again"), QStringLiteral("again/phone")}));
}

TEST(FolderScan, AHugeFolderIsReadOnlyUpToTheLimitNearestFirst)
{
    const TempDir tmp;
    const QString root = tmp.filePath(QStringLiteral("home"));
    for (int i = 0; i < 10; ++i)
        ASSERT_TRUE(put(root, QStringLiteral("f%1/deep/run.gpx").arg(i)));

    const FolderListing found = listActivityFolder(root, {4, 5});
    EXPECT_TRUE(found.truncated);
    EXPECT_EQ(found.folders.size(), 5);
    EXPECT_EQ(relativeFolders(found).mid(0, 3),
              (QStringList {QStringLiteral("."), QStringLiteral("f0"), QStringLiteral("f1")}));
    EXPECT_TRUE(found.files.isEmpty()) << "the runs are a level deeper than the five folders read";

    const FolderListing all = listActivityFolder(root, {4, 21});
    EXPECT_FALSE(all.truncated);
    EXPECT_EQ(all.files.size(), 10);
}

TEST(FolderScan, TheLedgerForgetsAFileGoneFromASubfolderReadButNotFromOneLeftUnread)
{
    const TempDir tmp;
    const QString root = tmp.filePath(QStringLiteral("Runs"));
    ASSERT_TRUE(put(root, QStringLiteral("2024/jan.gpx")));
    ASSERT_TRUE(put(root, QStringLiteral("2025/feb.gpx")));
    FolderLedger ledger({}, 0);
    ASSERT_TRUE(ledger.ready(listActivityFolder(root), 0).isEmpty()); // first sight
    const QList<FileSighting> ready = ledger.ready(listActivityFolder(root), 10);
    ASSERT_EQ(ready.size(), 2);
    for (const FileSighting& file : ready)
        ledger.markSeen(file);

    // Read with a limit that leaves 2025 out: its file stays known.
    ASSERT_TRUE(QFile::remove(QDir(root).filePath(QStringLiteral("2024/jan.gpx"))));
    const FolderListing part = listActivityFolder(root, {4, 2});
    ASSERT_EQ(relativeFolders(part), (QStringList {QStringLiteral("."), QStringLiteral("2024")}));
    EXPECT_TRUE(ledger.ready(part, 20).isEmpty());
    ASSERT_EQ(ledger.entries().size(), 1);
    EXPECT_TRUE(ledger.entries().first().endsWith(QStringLiteral("/2025/feb.gpx")))
        << qPrintable(ledger.entries().first());

    // Removed from a subfolder that was read: forgotten, so a file copied there again is read again.
    ASSERT_TRUE(QFile::remove(QDir(root).filePath(QStringLiteral("2025/feb.gpx"))));
    EXPECT_TRUE(ledger.ready(listActivityFolder(root), 30).isEmpty());
    EXPECT_TRUE(ledger.entries().isEmpty());
}
