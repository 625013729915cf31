// Issue 13, finding 5: the backups listed in Settings with date, kind, size and entries, read from real files.
#include "app/settings/settingspage.h"
#include "core/model/preferences.h"
#include "core/store/journalprobe.h"
#include "core/store/journalstore.h"
#include "tests/support/testsupport.h"

#include <QPushButton>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace patella;

TEST(SettingsBackups, ListsEachBackupWithItsKindSizeAndEntries)
{
    test::TempDir dir;
    FixedClock clock(test::referenceNow());
    JournalStore store(clock);
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    PainEntry entry;
    entry.at = test::referenceNow().addSecs(-600);
    entry.score = 2;
    ASSERT_TRUE(store.add(entry).ok());
    ASSERT_TRUE(store.backupNow().ok());
    clock.advance(std::chrono::hours(30));
    ASSERT_TRUE(store.add(entry).ok());
    ASSERT_TRUE(store.backupIfDue().ok());

    QList<BackupListing> listings;
    for (const BackupInfo& backup : store.listBackups()) {
        const ProbeReport report = probeJournal(backup.path, CheckDepth::None, true);
        ASSERT_TRUE(report.countsRead);
        listings.append(BackupListing {backup, report.counts});
    }
    ASSERT_EQ(listings.size(), 2);

    Preferences prefs(dir.filePath(QStringLiteral("settings.ini")), test::referenceDate());
    SettingsPage page(prefs, dir.path());
    page.setBackups(listings, store.backupFolder());
    auto* list = page.findChild<QTableWidget*>(QStringLiteral("backupList"));
    auto* restore = page.findChild<QPushButton*>(QStringLiteral("restoreBackup"));
    ASSERT_NE(list, nullptr);
    ASSERT_NE(restore, nullptr);
    ASSERT_EQ(list->rowCount(), 2);
    // Newest first: the automatic one holds both entries, the manual one the first.
    EXPECT_EQ(list->item(0, 1)->text(), SettingsPage::tr("Automatic"));
    EXPECT_TRUE(list->item(0, 3)->text().startsWith(QStringLiteral("2 pain")))
        << list->item(0, 3)->text().toStdString();
    EXPECT_EQ(list->item(1, 1)->text(), SettingsPage::tr("Back up now"));
    EXPECT_TRUE(list->item(1, 3)->text().startsWith(QStringLiteral("1 pain")))
        << list->item(1, 3)->text().toStdString();
    EXPECT_FALSE(list->item(0, 2)->text().isEmpty());
    EXPECT_EQ(list->item(1, 0)->data(Qt::UserRole).toString(), listings.at(1).backup.path);
    EXPECT_FALSE(restore->isEnabled());
    list->selectRow(1);
    EXPECT_TRUE(restore->isEnabled());
}
