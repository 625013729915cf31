// Settings > Import from a folder and files dropped on the window, on the real widgets, real files in temp
// folders, a real journal and the fixed clock: a file that appears in a watched folder is imported once (and
// not read again at the next start), a file still growing waits until its size holds, a folder removed and
// made again is watched again, the runner is told in the status bar (no tray here), a likely duplicate waits
// for the preview; runs in subfolders (to four levels, not hidden ones, links followed once) arrive too, a
// subfolder made later is watched; a dropped run opens the preview, a dropped text file gets a message naming it; the
// Settings section writes the preferences.
#include "app/activities/activitydrop.h"
#include "app/activities/activityimportactions.h"
#include "app/activities/activityimportdialog.h"
#include "app/activities/folderimport.h"
#include "app/activities/foldernotice.h"
#include "app/settings/settingspage.h"
#include "core/model/preferences.h"
#include "tests/support/activityfiles.h"
#include "tests/support/appharness.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

using namespace patella;
using namespace patella::test;

namespace {

constexpr int kWaitMs = 15000;

bool writeTo(const QString& path, const QByteArray& data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile f(path);
    return f.open(mode) && f.write(data) == data.size();
}

class FolderImportGui : public ::testing::Test
{
protected:
    void SetUp() override
    {
        harness.preferences.setDistanceUnit(DistanceUnit::Kilometres);
        watched = harness.dir.filePath(QStringLiteral("GARMIN/Activity"));
        ASSERT_TRUE(QDir().mkpath(watched));
        harness.preferences.setImportFolders({watched});
        window.resize(900, 600);
        window.show();
    }

    QString inWatched(const char* name) const { return QDir(watched).filePath(QString::fromLatin1(name)); }
    QList<patella::Run> runs() { return harness.store.list<patella::Run>().value(); }
    QStringList seenFiles() const { return FolderLedger::load(FolderLedger::filePath(harness.dir.path())); }

    // A new FolderImport, as at the next start of Patella: how many files its first look reads (-1: no look).
    int filesReadByANewStart()
    {
        FolderImport next(harness.context, quick());
        QSignalSpy looked(&next, &FolderImport::looked);
        next.start();
        if (!looked.wait(kWaitMs))
            return -1;
        QTest::qWait(500); // past the time a read would take to settle
        return next.filesRead();
    }

    // Quick timings, so a test waits tenths of a second where Patella waits seconds.
    static FolderImport::Timing quick(int stableMs = 300)
    {
        FolderImport::Timing t;
        t.quietMs = 50;
        t.stableMs = stableMs;
        t.recheckMs = 100;
        t.missingMs = 200;
        return t;
    }

    AppHarness harness;
    QString watched;
    QMainWindow window;
};

} // namespace

TEST_F(FolderImportGui, AFileThatAppearsIsImportedOnceAndNotReadAgainAtTheNextStart)
{
    {
        FolderImport folders(harness.context, quick());
        QSignalSpy looked(&folders, &FolderImport::looked);
        folders.start();
        ASSERT_TRUE(looked.wait(kWaitMs));
        EXPECT_EQ(folders.watchedFolders(), QStringList {watched});
        EXPECT_TRUE(runs().isEmpty());

        ASSERT_TRUE(writeTo(inWatched("morning.tcx"), runTcx(14)));
        QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, kWaitMs);
        EXPECT_EQ(runs().first().distanceMetres, 5000.0);
        EXPECT_EQ(runs().first().localDate, QDate(2026, 3, 14));
        EXPECT_EQ(folders.filesRead(), 1);

        // Another change in the folder (a file Patella does not read): a look, and nothing read twice.
        looked.clear();
        ASSERT_TRUE(writeTo(inWatched("notes.txt"), "not a run"));
        ASSERT_TRUE(looked.wait(kWaitMs));
        QTest::qWait(500); // past the time a second read would take to settle
        EXPECT_EQ(folders.filesRead(), 1);
        EXPECT_EQ(runs().size(), 1);
        EXPECT_TRUE(folders.statusText().contains(QStringLiteral("Watching 1 folder.")))
            << folders.statusText().toStdString();
    }
    // The next start: the file is known by its path, size and time, and is not read again.
    EXPECT_EQ(seenFiles().size(), 1);
    EXPECT_EQ(filesReadByANewStart(), 0);
    EXPECT_EQ(runs().size(), 1);
}

TEST_F(FolderImportGui, AFileStillBeingCopiedIsReadOnlyOnceItsSizeHolds)
{
    FolderImport folders(harness.context, quick(int(FolderLedger::kDefaultStableAfterMs)));
    QSignalSpy looked(&folders, &FolderImport::looked);
    folders.start();
    ASSERT_TRUE(looked.wait(kWaitMs));

    // Copied in pieces, 300 ms apart: half a file would be refused ("ends in the middle") if it were read.
    const QByteArray whole = runTcx(15, 8000, 2700);
    const QString path = inWatched("copying.tcx");
    const int pieces = 6;
    const qsizetype step = whole.size() / pieces + 1;
    for (int i = 0; i < pieces; ++i) {
        ASSERT_TRUE(writeTo(path, whole.mid(i * step, step), i == 0 ? QIODevice::WriteOnly : QIODevice::Append));
        QTest::qWait(300);
        EXPECT_EQ(folders.filesRead(), 0) << "read while growing, after piece " << i;
    }
    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, kWaitMs);
    EXPECT_EQ(folders.filesRead(), 1);
    EXPECT_EQ(runs().first().distanceMetres, 8000.0);
}

TEST_F(FolderImportGui, AFolderThatGoesAwayIsNoErrorAndIsWatchedAgainWhenItComesBack)
{
    FolderImport folders(harness.context, quick());
    QSignalSpy looked(&folders, &FolderImport::looked);
    folders.start();
    ASSERT_TRUE(looked.wait(kWaitMs));
    ASSERT_EQ(folders.watchedFolders(), QStringList {watched});

    // The watch is unplugged.
    ASSERT_TRUE(QDir(harness.dir.filePath(QStringLiteral("GARMIN"))).removeRecursively());
    QTRY_COMPARE_WITH_TIMEOUT(folders.missingFolders(), QStringList {watched}, kWaitMs);
    EXPECT_FALSE(folders.watchedFolders().contains(watched));
    EXPECT_TRUE(folders.statusText().contains(QStringLiteral("is not there now")))
        << folders.statusText().toStdString();

    // Plugged in again, with a new run on it.
    ASSERT_TRUE(QDir().mkpath(watched));
    ASSERT_TRUE(writeTo(inWatched("evening.tcx"), runTcx(13)));
    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, kWaitMs);
    EXPECT_TRUE(folders.missingFolders().isEmpty());
    EXPECT_EQ(folders.watchedFolders(), QStringList {watched});

    // And it is watched: a second run arrives too.
    ASSERT_TRUE(writeTo(inWatched("later.tcx"), runTcx(15, 6000, 2100)));
    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 2, kWaitMs);
}

TEST_F(FolderImportGui, TheRunnerIsToldInTheStatusBarAndALikelyDuplicateWaitsForThePreview)
{
    harness.addRun(2, 5100.0); // typed by hand on 14 March: the file's 5 km run may be this one
    ASSERT_TRUE(writeTo(inWatched("typed.tcx"), runTcx(14)));
    ASSERT_TRUE(writeTo(inWatched("new.tcx"), runTcx(15, 7500, 2400)));
    ActivityImportActions actions(harness.context, &window);
    FolderImport folders(harness.context, quick());
    FolderImportNotice notice(harness.context, &window, folders, actions, nullptr);
    EXPECT_FALSE(notice.usesTray());
    folders.start();

    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 2, kWaitMs); // the typed run and the new one
    QTRY_VERIFY_WITH_TIMEOUT(!window.statusBar()->currentMessage().isEmpty(), kWaitMs);
    EXPECT_EQ(window.statusBar()->currentMessage(),
              QStringLiteral("1 new run: 7.5 km. 1 run may already be in your journal, typed by hand: choose merge or "
                             "keep both."));
    ASSERT_NE(notice.reviewButton(), nullptr);
    EXPECT_TRUE(notice.reviewButton()->isVisible());
    EXPECT_EQ(notice.reviewButton()->text(), QStringLiteral("Choose for 1 run from your folder…"));
    EXPECT_EQ(folders.choiceFiles(), QStringList {inWatched("typed.tcx")});

    QSignalSpy shown(&actions, &ActivityImportActions::previewShown);
    QTest::mouseClick(notice.reviewButton(), Qt::LeftButton);
    ASSERT_TRUE(shown.wait(kWaitMs));
    ASSERT_NE(actions.preview(), nullptr);
    ASSERT_EQ(actions.preview()->candidates().size(), 1);
    EXPECT_EQ(actions.preview()->candidates().first().status, ImportStatus::LikelyDuplicate);
    EXPECT_FALSE(notice.reviewButton()->isVisible());
    EXPECT_TRUE(folders.choiceFiles().isEmpty());
    EXPECT_EQ(seenFiles().size(), 2); // offered once, not at every start
    actions.preview()->close();
}

TEST_F(FolderImportGui, SwitchedOffNothingIsWatchedOrRead)
{
    ASSERT_TRUE(writeTo(inWatched("run.tcx"), runTcx(14)));
    harness.preferences.setImportFoldersEnabled(false);
    FolderImport folders(harness.context, quick());
    QSignalSpy status(&folders, &FolderImport::statusChanged);
    folders.start();
    EXPECT_TRUE(folders.watchedFolders().isEmpty());
    ASSERT_GE(status.count(), 1);
    EXPECT_EQ(status.last().first().toString(), QStringLiteral("Switched off: no folder is looked at."));
    QTest::qWait(500);
    EXPECT_EQ(folders.filesRead(), 0);

    // Switched on: the folder is looked at at once.
    harness.preferences.setImportFoldersEnabled(true);
    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, kWaitMs);
    EXPECT_EQ(folders.watchedFolders(), QStringList {watched});
}

TEST_F(FolderImportGui, AFolderThatSendsNoChangeIsStillLookedAtNowAndThen)
{
    // A network share or a phone mounted over MTP may never say that it changed: the slow look finds the run.
    FolderImport::Timing slow = quick();
    slow.quietMs = 60 * 1000; // change notices come too late for this test
    slow.pollMs = 300;
    FolderImport folders(harness.context, slow);
    QSignalSpy looked(&folders, &FolderImport::looked);
    folders.start(); // looks at once
    ASSERT_TRUE(looked.wait(kWaitMs));
    ASSERT_TRUE(writeTo(inWatched("share.tcx"), runTcx(11)));
    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, kWaitMs);
}

TEST_F(FolderImportGui, ManyFilesGoInBatchesAndTheRunnerIsToldOnce)
{
    for (int i = 0; i < 35; ++i)
        ASSERT_TRUE(writeTo(inWatched(QStringLiteral("run-%1.tcx").arg(i).toLatin1().constData()),
                            runTcx(1 + i / 3, 5000, 1800, 6 + 4 * (i % 3))));
    FolderImport::Timing batches = quick();
    batches.filesPerBatch = 10;
    FolderImport folders(harness.context, batches);
    QSignalSpy imported(&folders, &FolderImport::imported);
    QSignalSpy journal(&harness.store, &JournalStore::changed);
    folders.start();
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, kWaitMs);
    EXPECT_EQ(runs().size(), 35);
    EXPECT_EQ(folders.filesRead(), 35);
    const auto outcome = imported.first().first().value<FolderImport::Outcome>();
    EXPECT_EQ(outcome.runs, 35);
    EXPECT_DOUBLE_EQ(outcome.metres, 35 * 5000.0);
    EXPECT_EQ(journal.count(), 4); // one transaction per batch: 10, 10, 10, 5
    EXPECT_EQ(seenFiles().size(), 35);
}

TEST_F(FolderImportGui, StartsOnlyAfterTheWindowsFirstPaint)
{
    QMainWindow hidden;
    FolderImport folders(harness.context, quick());
    folders.startAfterFirstPaint(&hidden, 0);
    QTest::qWait(200);
    EXPECT_FALSE(folders.started()); // never painted
    hidden.show();
    QTRY_VERIFY_WITH_TIMEOUT(folders.started(), kWaitMs);
}

TEST_F(FolderImportGui, ADroppedRunOpensThePreviewAndADroppedTextFileIsNamed)
{
    ActivityImportActions actions(harness.context, &window);
    ActivityDropTarget drop(&window, actions);
    EXPECT_TRUE(window.acceptDrops());
    ASSERT_TRUE(writeTo(harness.dir.filePath(QStringLiteral("dropped.tcx")), runTcx(12)));
    ASSERT_TRUE(writeTo(harness.dir.filePath(QStringLiteral("notes.txt")), "my knee"));

    const auto dropFiles = [this](const QStringList& names) {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& name : names)
            urls.append(QUrl::fromLocalFile(harness.dir.filePath(name)));
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        EXPECT_TRUE(enter.isAccepted());
        QDropEvent dropped(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &dropped);
        EXPECT_TRUE(dropped.isAccepted());
    };

    QSignalSpy shown(&actions, &ActivityImportActions::previewShown);
    dropFiles({QStringLiteral("dropped.tcx")});
    ASSERT_TRUE(shown.wait(kWaitMs));
    ASSERT_NE(actions.preview(), nullptr);
    ASSERT_EQ(actions.preview()->candidates().size(), 1);
    EXPECT_EQ(actions.preview()->candidates().first().status, ImportStatus::New);
    EXPECT_EQ(drop.refusal(), nullptr);
    EXPECT_TRUE(runs().isEmpty()); // the preview imports, not the drop
    actions.preview()->close();

    dropFiles({QStringLiteral("notes.txt")});
    ASSERT_NE(drop.refusal(), nullptr);
    EXPECT_TRUE(drop.refusal()->isVisible());
    EXPECT_EQ(drop.refusal()->objectName(), QStringLiteral("dropRefused"));
    EXPECT_TRUE(drop.refusal()->text().startsWith(QStringLiteral("Patella cannot import notes.txt:")))
        << drop.refusal()->text().toStdString();
    drop.refusal()->close();
}

TEST_F(FolderImportGui, TheSettingsSectionWritesTheFoldersAndTheSwitch)
{
    SettingsPage page(harness.preferences, harness.dir.path());
    page.show();
    auto* on = page.findChild<QCheckBox*>(QStringLiteral("importFoldersEnabled"));
    auto* list = page.findChild<QListWidget*>(QStringLiteral("importFolders"));
    auto* remove = page.findChild<QPushButton*>(QStringLiteral("removeImportFolder"));
    auto* status = page.findChild<QLabel*>(QStringLiteral("importFolderStatus"));
    ASSERT_NE(on, nullptr);
    ASSERT_NE(list, nullptr);
    ASSERT_NE(remove, nullptr);
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(on->isChecked());
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->text(), QDir::toNativeSeparators(watched));

    const QString phone = harness.dir.filePath(QStringLiteral("Phone/Runs"));
    page.addImportFolder(phone);
    page.addImportFolder(phone + QStringLiteral("/")); // the same folder
    EXPECT_EQ(list->count(), 2);
    EXPECT_EQ(harness.preferences.importFolders(), (QStringList {watched, phone}));

    EXPECT_FALSE(remove->isEnabled());
    list->setCurrentRow(0);
    EXPECT_TRUE(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_EQ(harness.preferences.importFolders(), QStringList {phone});

    on->click();
    EXPECT_FALSE(harness.preferences.importFoldersEnabled());
    page.setImportFolderStatus(QStringLiteral("Watching 1 folder."));
    EXPECT_EQ(status->text(), QStringLiteral("Watching 1 folder."));

    // The shoe for imported runs: the runner's default, or the shoe in use that day.
    auto* shoe = page.findChild<QComboBox*>(QStringLiteral("importShoe"));
    ASSERT_NE(shoe, nullptr);
    const RecordId road = harness.addShoe(QStringLiteral("Road"));
    const RecordId trail = harness.addShoe(QStringLiteral("Trail"));
    page.setShoes(harness.store.list<Shoe>().value());
    ASSERT_EQ(shoe->count(), 3);
    EXPECT_EQ(shoe->currentIndex(), 0);
    EXPECT_FALSE(harness.preferences.defaultShoeId().has_value());
    shoe->setCurrentIndex(shoe->findText(QStringLiteral("Trail")));
    emit shoe->activated(shoe->currentIndex());
    EXPECT_EQ(harness.preferences.defaultShoeId(), std::optional<qint64>(trail));
    page.setShoes(harness.store.list<Shoe>().value()); // a shoe added elsewhere: the choice stays
    EXPECT_EQ(shoe->currentText(), QStringLiteral("Trail"));
    EXPECT_NE(road, trail);
}

TEST_F(FolderImportGui, ImportedRunsGetTheRunnersDefaultShoe)
{
    harness.addShoe(QStringLiteral("Road"));
    const RecordId trail = harness.addShoe(QStringLiteral("Trail"));
    harness.preferences.setDefaultShoeId(trail);
    ASSERT_TRUE(writeTo(inWatched("hills.tcx"), runTcx(14)));
    FolderImport folders(harness.context, quick());
    folders.start();
    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, kWaitMs);
    EXPECT_EQ(runs().first().shoeId, std::optional<RecordId>(trail));
}

TEST_F(FolderImportGui, ARunInASubfolderIsImportedOnceAndTheSubfolderIsWatched)
{
    const QString sub = inWatched("2026/03");
    ASSERT_TRUE(QDir().mkpath(sub));
    ASSERT_TRUE(writeTo(QDir(sub).filePath(QStringLiteral("tempo.tcx")), runTcx(12, 9000, 2900)));
    {
        FolderImport folders(harness.context, quick());
        QSignalSpy looked(&folders, &FolderImport::looked);
        folders.start();
        QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, kWaitMs);
        EXPECT_EQ(runs().first().distanceMetres, 9000.0);
        EXPECT_EQ(runs().first().localDate, QDate(2026, 3, 12));
        EXPECT_EQ(folders.watchedFolders(), (QStringList {watched, inWatched("2026"), sub}));
        EXPECT_TRUE(folders.statusText().contains(QStringLiteral("2 subfolders looked in as well.")))
            << folders.statusText().toStdString();

        // A change beside it: looked at again, nothing read twice.
        looked.clear();
        ASSERT_TRUE(writeTo(QDir(sub).filePath(QStringLiteral("notes.txt")), "legs heavy"));
        ASSERT_TRUE(looked.wait(kWaitMs));
        QTest::qWait(500);
        EXPECT_EQ(folders.filesRead(), 1);
        EXPECT_EQ(runs().size(), 1);
    }
    ASSERT_EQ(seenFiles().size(), 1);
    EXPECT_TRUE(seenFiles().first().endsWith(QStringLiteral("/2026/03/tempo.tcx"))) << qPrintable(seenFiles().first());
    EXPECT_EQ(filesReadByANewStart(), 0);
    EXPECT_EQ(runs().size(), 1);
}

TEST_F(FolderImportGui, ASubfolderMadeLaterIsWatchedSoItsRunsArriveWithoutThePoll)
{
    FolderImport::Timing t = quick();
    t.pollMs = 10 * 60 * 1000; // only the watcher can bring the run within the test
    FolderImport folders(harness.context, t);
    QSignalSpy looked(&folders, &FolderImport::looked);
    folders.start();
    ASSERT_TRUE(looked.wait(kWaitMs));
    ASSERT_EQ(folders.watchedFolders(), QStringList {watched});

    // The sync tool makes this month's folder (a change of the watched folder), and only later writes into it
    // (a change of the subfolder alone, which QFileSystemWatcher reports only if the subfolder is watched).
    const QString sub = inWatched("2026-04");
    ASSERT_TRUE(QDir().mkpath(sub));
    QTRY_VERIFY_WITH_TIMEOUT(folders.watchedFolders().contains(sub), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!folders.busy(), kWaitMs);
    ASSERT_TRUE(writeTo(QDir(sub).filePath(QStringLiteral("april.tcx")), runTcx(15, 6000, 2000)));
    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, kWaitMs);
    EXPECT_EQ(runs().first().distanceMetres, 6000.0);
}

TEST_F(FolderImportGui, HiddenAndTooDeepFoldersAreSkippedAndALinkLoopEnds)
{
    ASSERT_TRUE(QDir().mkpath(inWatched(".Trash-1000")));
    ASSERT_TRUE(QDir().mkpath(inWatched("a/b/c/d/e")));
    ASSERT_TRUE(writeTo(inWatched(".Trash-1000/deleted.tcx"), runTcx(2)));
    ASSERT_TRUE(writeTo(inWatched("a/b/c/d/e/five-down.tcx"), runTcx(3)));
    ASSERT_TRUE(writeTo(inWatched("a/b/c/d/four-down.tcx"), runTcx(4, 4000, 1500)));
    ASSERT_TRUE(QFile::link(watched, inWatched("a/b/loop"))); // back to the top, for ever
    FolderImport folders(harness.context, quick());
    QSignalSpy looked(&folders, &FolderImport::looked);
    folders.start();
    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, kWaitMs);
    EXPECT_EQ(runs().first().distanceMetres, 4000.0);
    EXPECT_EQ(runs().first().localDate, QDate(2026, 3, 4));
    QTest::qWait(500);
    EXPECT_EQ(folders.filesRead(), 1);
    EXPECT_EQ(folders.watchedFolders(),
              (QStringList {watched, inWatched("a"), inWatched("a/b"), inWatched("a/b/c"), inWatched("a/b/c/d")}));
}

TEST_F(FolderImportGui, PastTheWatchLimitSubfoldersAreStillLookedInByThePoll)
{
    for (int month = 1; month <= 5; ++month)
        ASSERT_TRUE(QDir().mkpath(inWatched(QStringLiteral("2026-0%1").arg(month).toLatin1().constData())));
    FolderImport::Timing t = quick();
    t.maxWatched = 3; // the watched folder and two subfolders
    t.pollMs = 300;
    FolderImport folders(harness.context, t);
    QSignalSpy looked(&folders, &FolderImport::looked);
    folders.start();
    ASSERT_TRUE(looked.wait(kWaitMs));
    EXPECT_EQ(folders.watchedFolders(), (QStringList {watched, inWatched("2026-01"), inWatched("2026-02")}));
    EXPECT_TRUE(
        folders.statusText().contains(QStringLiteral("Not watched (too many), looked in every minute: 3 subfolders.")))
        << folders.statusText().toStdString();

    ASSERT_TRUE(writeTo(inWatched("2026-05/may.tcx"), runTcx(9, 7000, 2500)));
    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, kWaitMs);
    EXPECT_EQ(runs().first().distanceMetres, 7000.0);
}
