#include "app/shell/aboutdialog.h"
#include "app/shell/mainwindow.h"
#include "core/model/preferences.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace patella;

namespace {

QStackedWidget* pagesOf(MainWindow& window)
{
    return window.findChild<QStackedWidget*>(QStringLiteral("pages"));
}

} // namespace

TEST(Shell, SidebarListsEveryAreaAndShowsItsPage)
{
    MainWindow window;
    window.show();
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    ASSERT_NE(sidebar, nullptr);
    ASSERT_EQ(sidebar->count(), MainWindow::AreaCount);
    QStackedWidget* pages = pagesOf(window);
    ASSERT_NE(pages, nullptr);

    for (int i = MainWindow::AreaCount - 1; i >= 0; --i) {
        const QRect rect = sidebar->visualItemRect(sidebar->item(i));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
        EXPECT_EQ(pages->currentIndex(), i);
        EXPECT_EQ(window.currentArea(), static_cast<MainWindow::Area>(i));
        EXPECT_EQ(sidebar->item(i)->text(), MainWindow::areaTitle(static_cast<MainWindow::Area>(i)));
        // A screen reader says what the area is for, beside its name.
        EXPECT_GT(sidebar->item(i)->data(Qt::AccessibleDescriptionRole).toString().size(), 30) << i;
    }
}

TEST(Shell, CtrlDigitShortcutsSwitchPages)
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QStackedWidget* pages = pagesOf(window);
    for (int i = 0; i < MainWindow::AreaCount; ++i) {
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(pages->currentIndex(), i) << "Ctrl+" << i + 1;
    }
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentArea(), MainWindow::Area::Today);
}

TEST(Shell, SetPageFillsTheAreaInPlace)
{
    MainWindow window;
    EXPECT_EQ(window.page(MainWindow::Area::Journal), nullptr) << "nothing is built for an area before its page";
    auto* real = new QLabel(QStringLiteral("the real journal"));
    window.setPage(MainWindow::Area::Journal, real);
    EXPECT_EQ(window.page(MainWindow::Area::Journal), real);
    window.showArea(MainWindow::Area::Journal);
    EXPECT_TRUE(pagesOf(window)->currentWidget()->isAncestorOf(real));
    EXPECT_EQ(pagesOf(window)->count(), MainWindow::AreaCount);
}

// Large text or 200% scale: a page bigger than the window scrolls; it does not push the window past the
// screen or squeeze its text.
TEST(Shell, APageLargerThanTheWindowScrolls)
{
    MainWindow window;
    auto* big = new QLabel(QStringLiteral("a page that needs room"));
    big->setMinimumSize(1800, 1600);
    window.setPage(MainWindow::Area::Today, big);
    window.resize(1000, 700);
    window.show();
    EXPECT_LT(window.minimumSizeHint().width(), 1000);
    EXPECT_LT(window.minimumSizeHint().height(), 700);
    auto* scroll = qobject_cast<QScrollArea*>(pagesOf(window)->currentWidget());
    ASSERT_NE(scroll, nullptr);
    QTRY_VERIFY(scroll->verticalScrollBar()->isVisible());
    EXPECT_TRUE(scroll->horizontalScrollBar()->isVisible());
    EXPECT_EQ(big->size(), big->minimumSize());
}

// Issue 13, finding 10: in the data folder's private settings, not a second ~/.config/Patella file.
TEST(Shell, WindowRemembersSizeAndPositionInTheDataFoldersSettings)
{
    test::TempDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    QSettings().clear();
    {
        Preferences preferences(file, test::referenceDate());
        MainWindow window(&preferences);
        window.show();
        window.resize(900, 640);
        window.move(40, 50);
        window.close();
    }
    EXPECT_TRUE(QSettings().allKeys().isEmpty()) << "the window wrote to the user's global settings";
    const auto mode
        = QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    EXPECT_EQ(mode, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Preferences preferences(file, test::referenceDate());
    MainWindow again(&preferences);
    EXPECT_EQ(again.size(), QSize(900, 640));
}

TEST(Shell, AboutDialogShowsVersionAndMedicalNote)
{
    AboutDialog dialog;
    auto* version = dialog.findChild<QLabel*>(QStringLiteral("aboutVersion"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("aboutMedicalNote"));
    ASSERT_NE(version, nullptr);
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(version->text().contains(QCoreApplication::applicationVersion()));
    EXPECT_TRUE(note->text().contains(QStringLiteral("physiotherapist")));
}
