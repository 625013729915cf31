// The whole app as main() builds it: real catalog, a real journal file, every page wired together.
#include "app/journal/journalpage.h"
#include "app/library/librarypage.h"
#include "app/progress/progresspage.h"
#include "app/sessionplayer/sessionpage.h"
#include "app/shell/application.h"
#include "app/shell/journalproblemdialog.h"
#include "app/shell/mainwindow.h"
#include "app/today/todaypage.h"
#include "app/ui/lazypage.h"
#include "app/ui/theme.h"
#include "core/model/clock.h"
#include "core/model/preferences.h"
#include "core/session/sessionplayer.h"
#include "core/store/journalstore.h"
#include "tests/support/testsupport.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace patella;

namespace {

class ApplicationTest : public ::testing::Test
{
protected:
    ApplicationTest()
        : clock(test::referenceNow())
    {
        options.dataDir = dir.path();
    }

    test::TempDir dir;
    FixedClock clock;
    LaunchOptions options;
};

} // namespace

TEST_F(ApplicationTest, BuildsEveryPageOnANewJournal)
{
    Application app(options, clock);
    ASSERT_EQ(app.start(false), 0);
    MainWindow* window = app.window();
    ASSERT_NE(window, nullptr);
    EXPECT_NE(qobject_cast<TodayPage*>(window->page(MainWindow::Area::Today)), nullptr);
    // Only Today is built at start; every other page is built when first opened.
    for (const auto area : {MainWindow::Area::Session, MainWindow::Area::Journal, MainWindow::Area::Progress,
                            MainWindow::Area::Library, MainWindow::Area::Settings}) {
        auto* slot = qobject_cast<LazyPage*>(window->page(area));
        ASSERT_NE(slot, nullptr) << static_cast<int>(area);
        EXPECT_FALSE(slot->isBuilt()) << static_cast<int>(area);
    }
    EXPECT_NE(qobject_cast<SessionPage*>(window->builtPage(MainWindow::Area::Session)), nullptr);
    auto* librarySlot = qobject_cast<LazyPage*>(window->page(MainWindow::Area::Library));
    ASSERT_NE(librarySlot, nullptr);
    EXPECT_FALSE(librarySlot->isBuilt());
    EXPECT_NE(qobject_cast<LibraryPage*>(librarySlot->page()), nullptr);
    auto* journalSlot = qobject_cast<LazyPage*>(window->page(MainWindow::Area::Journal));
    auto* progressSlot = qobject_cast<LazyPage*>(window->page(MainWindow::Area::Progress));
    ASSERT_NE(journalSlot, nullptr);
    ASSERT_NE(progressSlot, nullptr);
    EXPECT_FALSE(journalSlot->isBuilt());
    EXPECT_FALSE(progressSlot->isBuilt());
    window->show();
    window->showArea(MainWindow::Area::Progress);
    EXPECT_TRUE(progressSlot->isBuilt());
    EXPECT_FALSE(journalSlot->isBuilt());
    EXPECT_NE(qobject_cast<ProgressPage*>(progressSlot->page()), nullptr);
    EXPECT_TRUE(progressSlot->page()->isVisible()) << "a page built when first shown is shown at once";
    window->showArea(MainWindow::Area::Journal);
    EXPECT_NE(qobject_cast<JournalPage*>(journalSlot->page()), nullptr);
    window->showArea(MainWindow::Area::Settings);
    EXPECT_EQ(window->builtPage(MainWindow::Area::Settings)->objectName(), QStringLiteral("settingsPage"));
    EXPECT_TRUE(window->builtPage(MainWindow::Area::Settings)->isVisible());
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("journal.sqlite"))));
    // Every page fits the default window beside the sidebar.
    EXPECT_LE(window->minimumSizeHint().width(), 1100);
}

TEST_F(ApplicationTest, TodaysStartButtonPlaysTheRoutineAndClosingSavesItOnce)
{
    Application app(options, clock);
    ASSERT_EQ(app.start(false), 0);
    MainWindow* window = app.window();
    window->show();
    auto* start
        = window->page(MainWindow::Area::Today)->findChild<QPushButton*>(QStringLiteral("start-daily-knee-mobility"));
    ASSERT_NE(start, nullptr);
    start->click();
    EXPECT_EQ(window->currentArea(), MainWindow::Area::Session);
    auto* sessionSlot = qobject_cast<LazyPage*>(window->page(MainWindow::Area::Session));
    ASSERT_TRUE(sessionSlot && sessionSlot->isBuilt()) << "the Session page is built by the start";
    auto* session = qobject_cast<SessionPage*>(sessionSlot->page());
    ASSERT_NE(session, nullptr);
    ASSERT_TRUE(session->isRunning());

    clock.advance(std::chrono::seconds(12));
    session->processClock();
    window->close();
    EXPECT_FALSE(session->isRunning());
    const auto saved = app.store()->list<SessionRecord>();
    ASSERT_TRUE(saved.ok());
    ASSERT_EQ(saved.value().size(), 1);
    EXPECT_EQ(saved.value().first().routineId, QStringLiteral("daily-knee-mobility"));
    EXPECT_EQ(saved.value().first().outcome, SessionOutcome::Interrupted);
}

TEST_F(ApplicationTest, LibraryStartsASingleExercise)
{
    Application app(options, clock);
    ASSERT_EQ(app.start(false), 0);
    MainWindow* window = app.window();
    auto* library
        = qobject_cast<LibraryPage*>(qobject_cast<LazyPage*>(window->page(MainWindow::Area::Library))->page());
    ASSERT_NE(library, nullptr);
    emit library->startRequested(QStringLiteral("calf-wall-stretch"));
    EXPECT_EQ(window->currentArea(), MainWindow::Area::Session);
    auto* session = qobject_cast<SessionPage*>(window->builtPage(MainWindow::Area::Session));
    ASSERT_NE(session, nullptr);
    ASSERT_TRUE(session->isRunning());
    ASSERT_EQ(session->player()->items().size(), 1);
    EXPECT_EQ(session->player()->items().first().exercise.id, QStringLiteral("calf-wall-stretch"));
    session->finishOrInterrupt();
}

TEST_F(ApplicationTest, AJournalFromANewerPatellaIsRefusedAndLeftAlone)
{
    {
        JournalStore store(clock);
        ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    }
    // Mark the file as written by a future schema.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(dir.filePath(QStringLiteral("journal.sqlite")));
        ASSERT_TRUE(db.open());
        QSqlQuery(QStringLiteral("PRAGMA user_version = 999"), db).exec();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    QFile file(dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    Application app(options, clock);
    EXPECT_EQ(app.start(false), 74);
    EXPECT_EQ(app.window(), nullptr);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}

TEST_F(ApplicationTest, AppearanceSettingSwitchesThePalette)
{
    Application app(options, clock);
    ASSERT_EQ(app.start(false), 0);
    const QPalette desktop = QApplication::palette();
    app.preferences()->setAppearance(Preferences::Appearance::Dark);
    EXPECT_TRUE(theme::isDark(QApplication::palette()));
    app.preferences()->setAppearance(Preferences::Appearance::Light);
    EXPECT_FALSE(theme::isDark(QApplication::palette()));
    app.preferences()->setAppearance(Preferences::Appearance::System);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
}

TEST(JournalProblemDialog, NamesTheFileAndOffersTheWaysOut)
{
    BackupInfo newest;
    newest.path = QStringLiteral("/journal/backups/journal-2026-03-15.sqlite");
    newest.created = QDateTime(QDate(2026, 3, 15), QTime(9, 0), QTimeZone::utc());
    newest.bytes = 64 * 1024;
    JournalProblemDialog dialog(QStringLiteral("/journal/journal.sqlite"), OpenFailure::Corrupt,
                                QStringLiteral("file is not a database"), {newest});
    bool namesFile = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        namesFile = namesFile || label->text().contains(QStringLiteral("/journal/journal.sqlite"));
    EXPECT_TRUE(namesFile);
    QPushButton* restore = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        if (button->text() == JournalProblemDialog::tr("Restore this backup"))
            restore = button;
    ASSERT_NE(restore, nullptr);
    ASSERT_TRUE(restore->isEnabled());
    restore->click();
    EXPECT_EQ(dialog.choice(), JournalProblemDialog::Choice::RestoreBackup);
    EXPECT_EQ(dialog.backupPath(), newest.path);
}

TEST(JournalProblemDialog, WithoutBackupsOnlyANewJournalOrQuit)
{
    JournalProblemDialog dialog(QStringLiteral("/journal/journal.sqlite"), OpenFailure::NewerVersion,
                                QStringLiteral("schema 999"), {});
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text() == JournalProblemDialog::tr("Restore this backup")) {
            EXPECT_FALSE(button->isEnabled());
        }
    }
    EXPECT_TRUE(JournalProblemDialog::explain(OpenFailure::NewerVersion).contains(QStringLiteral("newer version")));
}

// Issue 13, finding 7: the journal started elsewhere after a problem is the one the next launch opens.
TEST_F(ApplicationTest, ANewJournalStartedElsewhereIsOpenedAtTheNextLaunch)
{
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere/journal-new.sqlite"));
    {
        Preferences preferences(dir.filePath(QStringLiteral("settings.ini")), test::referenceDate());
        preferences.setJournalPath(elsewhere);
    }
    {
        FixedClock otherClock(test::referenceNow());
        JournalStore store(otherClock);
        ASSERT_TRUE(store.open(elsewhere).ok());
        PainEntry entry;
        entry.at = test::referenceNow().addSecs(-60);
        entry.score = 3;
        ASSERT_TRUE(store.add(entry).ok());
    }
    Application app(options, clock);
    ASSERT_EQ(app.start(false), 0);
    EXPECT_EQ(app.store()->path(), QFileInfo(elsewhere).absoluteFilePath());
    EXPECT_EQ(app.store()->list<PainEntry>()->size(), 1);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("journal.sqlite"))));
}

// The journal's full integrity check (a thread of its own) waits for the window's first paint, so it does not
// compete with the start; then it runs once and finds the new journal sound.
TEST_F(ApplicationTest, TheFullIntegrityCheckStartsAfterTheFirstPaint)
{
    Application app(options, clock);
    ASSERT_EQ(app.start(false), 0);
    QSignalSpy checked(app.store(), &JournalStore::integrityChecked);
    QTest::qWait(600);
    EXPECT_EQ(checked.size(), 0) << "no check before the window is shown";
    app.window()->show();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
    EXPECT_TRUE(checked.first().first().toBool());
    QTest::qWait(600);
    EXPECT_EQ(checked.size(), 1) << "once";
}
