// Issue 13 in the windows: a journal that cannot be read is an error on screen that names the file, not an
// empty journal; writes stop until it reads again; a busy journal is never offered for replacement.
#include "app/journal/painmodel.h"
#include "app/journal/recordtab.h"
#include "app/shell/journalproblemdialog.h"
#include "app/today/todaypage.h"
#include "app/ui/appcontext.h"
#include "core/catalog/catalog.h"
#include "core/model/preferences.h"
#include "core/store/journalstore.h"
#include "tests/support/testsupport.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace patella;

namespace {

// Another program renames a table under the open journal, so every read of it fails.
void breakTable(const QString& path, const QString& from, const QString& to)
{
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

class JournalErrors : public ::testing::Test
{
protected:
    JournalErrors()
        : clock(test::referenceNow())
        , store(clock)
        , prefs(dir.filePath(QStringLiteral("settings.ini")), test::referenceDate().addDays(-30))
    {
        auto loaded
            = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), &Catalog::illustrationResourceExists);
        EXPECT_TRUE(loaded.ok());
        if (loaded)
            catalog = std::move(loaded).value();
        EXPECT_TRUE(store.open(path()).ok());
    }
    QString path() const { return dir.filePath(QStringLiteral("journal.sqlite")); }

    test::TempDir dir;
    FixedClock clock;
    JournalStore store;
    Preferences prefs;
    Catalog catalog;
};

TEST_F(JournalErrors, TodayShowsAFailedReadNamingTheFileAndTryAgainClearsIt)
{
    AppContext context {clock, catalog, store, prefs, dir.path()};
    TodayPage page(context);
    page.resize(1000, 800);
    page.show();
    auto* banner = page.findChild<QWidget*>(QStringLiteral("journalError"));
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisible());
    auto* welcome = page.findChild<QLabel*>(QStringLiteral("todayWelcome"));
    ASSERT_NE(welcome, nullptr);
    EXPECT_TRUE(welcome->isVisible()); // an empty journal that reads

    breakTable(path(), QStringLiteral("pain_entries"), QStringLiteral("pain_elsewhere"));
    page.refresh();
    EXPECT_TRUE(banner->isVisible()) << "a failed read looked like an empty journal";
    auto* text = page.findChild<QLabel*>(QStringLiteral("journalErrorText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(path())) << text->text().toStdString();
    EXPECT_TRUE(text->text().contains(QStringLiteral("Nothing is saved"))) << text->text().toStdString();
    EXPECT_FALSE(welcome->isVisible());
    PainEntry entry;
    entry.at = test::referenceNow();
    EXPECT_FALSE(store.add(entry).ok()) << "writes go on after a failed read";

    breakTable(path(), QStringLiteral("pain_elsewhere"), QStringLiteral("pain_entries"));
    auto* retry = page.findChild<QPushButton*>(QStringLiteral("journalRetry"));
    ASSERT_NE(retry, nullptr);
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 2000);
    EXPECT_TRUE(store.add(entry).ok());
}

TEST_F(JournalErrors, TheJournalTableShowsTheErrorInsteadOfNothingLogged)
{
    PainModel model(store);
    RecordTab tab(&model, QStringLiteral("pain"), QStringLiteral("Log pain"));
    auto* count = tab.findChild<QLabel*>(QStringLiteral("painCount"));
    auto* add = tab.findChild<QPushButton*>(QStringLiteral("painAdd"));
    ASSERT_NE(count, nullptr);
    ASSERT_NE(add, nullptr);
    EXPECT_TRUE(add->isEnabled());

    breakTable(path(), QStringLiteral("pain_entries"), QStringLiteral("pain_elsewhere"));
    model.reload();
    EXPECT_FALSE(count->text().contains(QStringLiteral("Nothing logged"))) << count->text().toStdString();
    EXPECT_TRUE(count->text().contains(path())) << count->text().toStdString();
    EXPECT_FALSE(add->isEnabled());
}

TEST(JournalProblemDialogFailures, ABusyJournalOffersTryAgainAndNeverARestore)
{
    BackupInfo backup;
    backup.path = QStringLiteral("/journal/backups/journal-daily-20260315-090000000.sqlite");
    backup.created = QDateTime(QDate(2026, 3, 15), QTime(9, 0), QTimeZone::utc());
    JournalProblemDialog dialog(QStringLiteral("/journal/journal.sqlite"), OpenFailure::Busy,
                                QStringLiteral("in use by another program"), {backup});
    auto* restore = dialog.findChild<QPushButton*>(QStringLiteral("restoreBackup"));
    auto* retry = dialog.findChild<QPushButton*>(QStringLiteral("retryOpen"));
    ASSERT_NE(restore, nullptr);
    ASSERT_NE(retry, nullptr);
    EXPECT_FALSE(restore->isEnabled());
    EXPECT_TRUE(restore->isHidden());
    EXPECT_FALSE(retry->isHidden());
    retry->click();
    EXPECT_EQ(dialog.choice(), JournalProblemDialog::Choice::Retry);
    EXPECT_TRUE(JournalProblemDialog::explain(OpenFailure::Busy).contains(QStringLiteral("another program")));
    EXPECT_TRUE(JournalProblemDialog::explain(OpenFailure::DiskFull).contains(QStringLiteral("disk is full")));
    EXPECT_FALSE(JournalProblemDialog::offersRestore(OpenFailure::DiskFull));
    EXPECT_TRUE(JournalProblemDialog::offersRestore(OpenFailure::Empty));
}

} // namespace
