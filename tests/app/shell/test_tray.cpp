// The one tray icon and what goes through it: the real folder import (real files in a temp folder, a real
// journal, the fixed clock) tells the runner "3 new runs: 24.1 km." through the notifier, in km, in mi and in
// German, or in the status bar where there is no tray; a click on the message opens the preview for a run
// that may have been typed by hand; the reminders use the same notifier; the icon's menu in each language.
// There is no system tray offscreen, so a recorder stands in for the tray icon; everything else is real.
#include "app/activities/activityimportactions.h"
#include "app/activities/folderimport.h"
#include "app/activities/foldernotice.h"
#include "app/shell/reminders.h"
#include "app/shell/translations.h"
#include "app/shell/trayicon.h"
#include "app/ui/notifier.h"
#include "core/model/preferences.h"
#include "tests/support/activityfiles.h"
#include "tests/support/appharness.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

#include <vector>

using namespace patella;
using namespace patella::test;

namespace {

constexpr int kWaitMs = 15000;

// What the runner would see beside the tray icon.
class RecordingNotifier final : public Notifier
{
public:
    explicit RecordingNotifier(bool available)
        : m_available(available)
    {
    }

    bool available() const override { return m_available; }
    void notify(const QString& title, const QString& text, std::function<void()> onClicked) override
    {
        titles.append(title);
        texts.append(text);
        clicks.push_back(std::move(onClicked));
    }

    QStringList titles;
    QStringList texts;
    std::vector<std::function<void()>> clicks;

private:
    bool m_available;
};

class Tray : public ::testing::Test
{
protected:
    void SetUp() override
    {
        watched = harness.dir.filePath(QStringLiteral("Phone/Runs"));
        ASSERT_TRUE(QDir().mkpath(watched + QStringLiteral("/2026/03")));
        harness.preferences.setImportFolders({watched});
        window.resize(800, 500);
        window.show();
    }

    // Three runs of 8.0, 8.0 and 8.1 km in March 2026, one of them in a subfolder (24.1 km, 14.975 mi).
    void writeThreeRuns()
    {
        writeFile(QDir(watched).filePath(QStringLiteral("a.tcx")), runTcx(10, 8000, 2700));
        writeFile(QDir(watched).filePath(QStringLiteral("b.tcx")), runTcx(12, 8000, 2750));
        writeFile(QDir(watched).filePath(QStringLiteral("2026/03/c.tcx")), runTcx(14, 8100, 2800));
    }

    static FolderImport::Timing quick()
    {
        FolderImport::Timing t;
        t.quietMs = 50;
        t.stableMs = 200;
        t.recheckMs = 100;
        return t;
    }

    // The real folder import from start to the runner's message.
    QStringList toldThrough(RecordingNotifier& notifier)
    {
        ActivityImportActions actions(harness.context, &window);
        FolderImport folders(harness.context, quick());
        FolderImportNotice notice(harness.context, &window, folders, actions, &notifier);
        EXPECT_EQ(notice.usesTray(), notifier.available());
        QSignalSpy imported(&folders, &FolderImport::imported);
        folders.start();
        EXPECT_TRUE(QTest::qWaitFor([&] { return imported.count() > 0; }, kWaitMs));
        EXPECT_EQ(harness.store.list<patella::Run>().value().size(), 3);
        return notifier.texts;
    }

    AppHarness harness;
    QString watched;
    QMainWindow window;
};

} // namespace

TEST_F(Tray, ThreeNewRunsAreToldThroughTheTrayInKilometres)
{
    harness.preferences.setDistanceUnit(DistanceUnit::Kilometres);
    writeThreeRuns();
    RecordingNotifier tray(true);
    EXPECT_EQ(toldThrough(tray), QStringList {QStringLiteral("3 new runs: 24.1 km.")});
    EXPECT_EQ(tray.titles, QStringList {QStringLiteral("Runs from your folder")});
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty()) << "told once, in the tray";
}

TEST_F(Tray, ThreeNewRunsAreToldThroughTheTrayInMiles)
{
    harness.preferences.setDistanceUnit(DistanceUnit::Miles);
    writeThreeRuns();
    RecordingNotifier tray(true);
    EXPECT_EQ(toldThrough(tray), QStringList {QStringLiteral("3 new runs: 15.0 mi.")});
}

TEST_F(Tray, ThreeNewRunsAreToldInTheRunnersLanguage)
{
    const Translations german(QStringLiteral("de"));
    ASSERT_TRUE(german.loaded());
    harness.preferences.setDistanceUnit(DistanceUnit::Kilometres);
    writeThreeRuns();
    RecordingNotifier tray(true);
    EXPECT_EQ(toldThrough(tray), QStringList {QStringLiteral("3 neue Läufe: 24,1 km.")});
    EXPECT_EQ(tray.titles, QStringList {QStringLiteral("Läufe aus Ihrem Ordner")});
}

TEST_F(Tray, WithoutATrayTheStatusBarTellsIt)
{
    harness.preferences.setDistanceUnit(DistanceUnit::Kilometres);
    writeThreeRuns();
    RecordingNotifier none(false);
    EXPECT_TRUE(toldThrough(none).isEmpty()) << "nothing sent to a tray that is not there";
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("3 new runs: 24.1 km."));
}

TEST_F(Tray, ClickingTheMessageOpensThePreviewForARunThatMayBeTypedByHand)
{
    harness.preferences.setDistanceUnit(DistanceUnit::Kilometres);
    harness.addRun(2, 8050.0); // typed by hand on 14 March: c.tcx's 8.1 km may be this one
    writeThreeRuns();
    RecordingNotifier tray(true);
    ActivityImportActions actions(harness.context, &window);
    FolderImport folders(harness.context, quick());
    FolderImportNotice notice(harness.context, &window, folders, actions, &tray);
    folders.start();
    QTRY_COMPARE_WITH_TIMEOUT(tray.texts.size(), 1, kWaitMs);
    EXPECT_EQ(tray.texts.first(),
              QStringLiteral("2 new runs: 16.0 km. 1 run may already be in your journal, typed "
                             "by hand: choose merge or keep both."));
    ASSERT_EQ(tray.clicks.size(), 1u);
    ASSERT_TRUE(bool(tray.clicks.front()));

    QSignalSpy shown(&actions, &ActivityImportActions::previewShown);
    tray.clicks.front()();
    ASSERT_TRUE(shown.wait(kWaitMs));
    ASSERT_NE(actions.preview(), nullptr);
    ASSERT_EQ(actions.preview()->candidates().size(), 1);
    EXPECT_EQ(actions.preview()->candidates().first().status, ImportStatus::LikelyDuplicate);
    EXPECT_TRUE(folders.choiceFiles().isEmpty());
    actions.preview()->close();
}

TEST_F(Tray, TheRemindersSpeakThroughTheSameNotifier)
{
    harness.preferences.setStretchReminderEnabled(true);
    harness.preferences.setStretchReminderTime(QTime(0, 0)); // due at any hour of the reference day
    RecordingNotifier none(false);
    Reminders quiet(harness.context, none);
    quiet.check();
    EXPECT_TRUE(none.texts.isEmpty());

    RecordingNotifier tray(true);
    Reminders reminders(harness.context, tray);
    QSignalSpy activated(&reminders, &Reminders::activated);
    reminders.check();
    ASSERT_EQ(tray.titles, QStringList {QStringLiteral("Time to stretch")});
    reminders.check();
    EXPECT_EQ(tray.titles.size(), 1) << "once a day";
    tray.clicks.front()();
    EXPECT_EQ(activated.count(), 1);
}

TEST_F(Tray, OneIconWithOpenAndQuitShownWhileSomethingMayBeTold)
{
    harness.preferences.setImportFoldersEnabled(false);
    TrayIcon icon(harness.preferences, false);
    EXPECT_FALSE(icon.available());
    ASSERT_NE(icon.menu(), nullptr);
    QStringList texts;
    for (QAction* action : icon.menu()->actions())
        if (!action->isSeparator())
            texts.append(action->text());
    EXPECT_EQ(texts, (QStringList {QStringLiteral("&Open Patella"), QStringLiteral("&Quit")}));
    QSignalSpy open(&icon, &TrayIcon::openRequested);
    QSignalSpy quit(&icon, &TrayIcon::quitRequested);
    icon.menu()->findChild<QAction*>(QStringLiteral("trayOpen"))->trigger();
    icon.menu()->findChild<QAction*>(QStringLiteral("trayQuit"))->trigger();
    EXPECT_EQ(open.count(), 1);
    EXPECT_EQ(quit.count(), 1);

    EXPECT_FALSE(icon.wanted()) << "no reminder, no folder: no icon";
    harness.preferences.setImportFoldersEnabled(true);
    EXPECT_TRUE(icon.wanted());
    harness.preferences.setImportFolders({});
    EXPECT_FALSE(icon.wanted());
    harness.preferences.setCheckInReminderEnabled(true);
    EXPECT_TRUE(icon.wanted());
    icon.notify(QStringLiteral("t"), QStringLiteral("x")); // no tray: nothing to show, nothing kept
    harness.preferences.setCheckInReminderEnabled(false);
    EXPECT_FALSE(icon.wanted());
}

TEST_F(Tray, TheMenuInGermanFrenchAndSpanish)
{
    const QList<std::pair<QString, QStringList>> expected {
        {QStringLiteral("de"), {QStringLiteral("Patella ö&ffnen"), QStringLiteral("&Beenden")}},
        {QStringLiteral("fr"), {QStringLiteral("&Ouvrir Patella"), QStringLiteral("&Quitter")}},
        {QStringLiteral("es"), {QStringLiteral("&Abrir Patella"), QStringLiteral("&Salir")}},
    };
    for (const auto& [code, texts] : expected) {
        const Translations language(code);
        ASSERT_TRUE(language.loaded()) << qPrintable(code);
        TrayIcon icon(harness.preferences, false);
        QStringList shown;
        for (QAction* action : icon.menu()->actions())
            if (!action->isSeparator())
                shown.append(action->text());
        EXPECT_EQ(shown, texts) << qPrintable(code);
    }
}
