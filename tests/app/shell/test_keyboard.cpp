// One whole flow by keys alone, as someone who cannot use a mouse would: log pain on Today, start a session and
// play it to the end, add a run in the journal, open a chart. Every step reaches its control with Tab (so the
// tab order gets there and the control takes focus) and presses it with Space, Enter or the player's keys.
#include "app/sessionplayer/sessionpage.h"
#include "app/shell/application.h"
#include "app/shell/mainwindow.h"
#include "core/model/clock.h"
#include "tests/support/testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace patella;

namespace {

QWidget* focused()
{
    return QApplication::focusWidget();
}

// The widgets Tab passed through on the last tabTo, for the failure message.
QStringList g_path;

QString nameOf(QWidget* w)
{
    if (!w)
        return QStringLiteral("(no focus)");
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
}

// Presses Tab until the focused widget matches; false after a full round of the window without it.
bool tabTo(QWidget* window, const std::function<bool(QWidget*)>& wanted, int limit = 250)
{
    g_path.clear();
    for (int i = 0; i < limit; ++i) {
        if (focused() && wanted(focused()))
            return true;
        g_path.append(nameOf(focused()));
        QTest::keyClick(focused() ? focused() : window, Qt::Key_Tab);
    }
    return focused() && wanted(focused());
}

QString path()
{
    return g_path.mid(0, 40).join(QStringLiteral(" > "));
}

std::function<bool(QWidget*)> named(const QString& name)
{
    return [name](QWidget* w) { return w->objectName() == name; };
}

std::function<bool(QWidget*)> namedPrefix(const QString& prefix)
{
    return [prefix](QWidget* w) { return w->objectName().startsWith(prefix); };
}

void key(QWidget* window, int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused() ? focused() : window, Qt::Key(k), modifiers);
}

} // namespace

TEST(KeyboardOnly, LogPainPlayASessionAddARunAndOpenAChart)
{
    test::TempDir dir;
    FixedClock clock(test::referenceNow());
    LaunchOptions options;
    options.dataDir = dir.path();
    Application app(options, clock);
    ASSERT_EQ(app.start(false), 0);
    MainWindow* window = app.window();
    window->resize(1280, 800);
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(window));

    // Today: a pain of 3 in two key presses after reaching the scale, then Save.
    key(window, Qt::Key_1, Qt::ControlModifier);
    ASSERT_EQ(window->currentArea(), MainWindow::Area::Today);
    // The eleven scores are one group, like radio buttons: Tab enters it, the arrows move within it.
    ASSERT_TRUE(tabTo(window, named(QStringLiteral("painScore0")))) << qPrintable(path());
    for (int i = 0; i < 3; ++i)
        key(window, Qt::Key_Right);
    ASSERT_EQ(focused()->objectName(), QStringLiteral("painScore3"));
    key(window, Qt::Key_Space);
    ASSERT_TRUE(tabTo(window, named(QStringLiteral("painSave")))) << qPrintable(path());
    key(window, Qt::Key_Space);
    auto* result = window->page(MainWindow::Area::Today)->findChild<QLabel*>(QStringLiteral("painResult"));
    ASSERT_NE(result, nullptr);
    EXPECT_TRUE(result->text().contains(QStringLiteral("3"))) << qPrintable(result->text());

    // Session: Tab to a routine's Start, Space; the player's keys run it to the end while focus sits in it.
    key(window, Qt::Key_2, Qt::ControlModifier);
    auto* session = qobject_cast<SessionPage*>(window->builtPage(MainWindow::Area::Session));
    ASSERT_NE(session, nullptr);
    ASSERT_TRUE(tabTo(window, namedPrefix(QStringLiteral("startRoutine_")))) << qPrintable(path());
    key(window, Qt::Key_Space);
    ASSERT_TRUE(session->isRunning());
    EXPECT_TRUE(session->isAncestorOf(focused()) || focused() == session);
    key(window, Qt::Key_Space); // pause
    key(window, Qt::Key_Space); // and go on
    for (int i = 0; i < 400 && session->view() != SessionPage::View::Summary; ++i) {
        key(window, Qt::Key_Right); // skip the phase, or the pain question
        key(window, Qt::Key_2); // answers a pain check when one is asked
    }
    ASSERT_EQ(session->view(), SessionPage::View::Summary);
    key(window, Qt::Key_1); // the knee now: 1 of 10
    key(window, Qt::Key_Return); // back to the routines
    EXPECT_EQ(session->view(), SessionPage::View::Routines);

    // Journal: the Runs tab by Ctrl+Tab, "Log a run…" by Tab and Space, the dialog filled by keys.
    key(window, Qt::Key_3, Qt::ControlModifier);
    QWidget* journal = window->page(MainWindow::Area::Journal);
    auto* tabs = journal->findChild<QTabWidget*>(QStringLiteral("journalTabs"));
    ASSERT_NE(tabs, nullptr);
    ASSERT_TRUE(tabTo(window, [tabs](QWidget* w) { return w == tabs->tabBar(); })) << qPrintable(path());
    key(window, Qt::Key_Right); // Pain, then Runs
    ASSERT_EQ(tabs->currentIndex(), 1);
    ASSERT_TRUE(tabTo(window, named(QStringLiteral("runsAdd")))) << qPrintable(path());
    bool dialogDone = false;
    QString dialogProblem;
    // The dialog runs its own event loop: drive it from inside, and never leave it open on a failure.
    QTimer::singleShot(0, window, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog) {
            dialogProblem = QStringLiteral("no dialog opened");
            return;
        }
        QApplication::setActiveWindow(dialog);
        const auto fill = [&]() -> QString {
            if (!QTest::qWaitForWindowActive(dialog))
                return QStringLiteral("the dialog did not become active");
            if (!tabTo(dialog, named(QStringLiteral("distance"))))
                return QStringLiteral("no distance field by Tab: ") + path();
            QTest::keyClicks(focused(), QStringLiteral("5.2"));
            if (!tabTo(dialog, named(QStringLiteral("duration"))))
                return QStringLiteral("no duration field by Tab: ") + path();
            QTest::keyClicks(focused(), QStringLiteral("0:31:00"));
            key(dialog, Qt::Key_Return);
            return dialog->isVisible() ? QStringLiteral("Enter did not accept the dialog") : QString();
        };
        dialogProblem = fill();
        dialogDone = dialogProblem.isEmpty();
        if (dialog->isVisible())
            QMetaObject::invokeMethod(dialog, "reject");
    });
    key(window, Qt::Key_Space);
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialogDone || !dialogProblem.isEmpty(); }, 5000));
    ASSERT_TRUE(dialogDone) << qPrintable(dialogProblem);
    auto* runs = journal->findChild<QLabel*>(QStringLiteral("runsCount"));
    ASSERT_NE(runs, nullptr);
    EXPECT_EQ(runs->text(), QStringLiteral("1 shown"));

    // Progress: the chart tabs take the arrow keys once Tab reaches them. (Offscreen, closing the dialog does
    // not give the window back its activation, as a window manager would.)
    QApplication::setActiveWindow(window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    key(window, Qt::Key_4, Qt::ControlModifier);
    auto* charts = window->page(MainWindow::Area::Progress)->findChild<QTabWidget*>(QStringLiteral("progressTabs"));
    ASSERT_NE(charts, nullptr);
    const int before = charts->currentIndex();
    ASSERT_TRUE(tabTo(window, [charts](QWidget* w) { return w == charts->tabBar(); })) << qPrintable(path());
    key(window, Qt::Key_Right);
    EXPECT_EQ(charts->currentIndex(), before + 1);
    EXPECT_TRUE(charts->currentWidget()->isVisible());
}
