// How the page looks: sizes that read from across a room, the compact layout, the dark palette, and
// screenshots (written when PATELLA_SCREENSHOT_DIR is set) of a hold, a switch, a rest and the summary.
#include "app/sessionplayer/countdownring.h"
#include "app/sessionplayer/routinelist.h"
#include "app/sessionplayer/sessionrunview.h"
#include "app/ui/theme.h"
#include "tests/app/sessionplayer/pageharness.h"

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QPushButton>

#include <string>

using namespace patella;
using test::PageHarness;

namespace {

void saveShot(QWidget& page, const char* name)
{
    QCoreApplication::processEvents(); // the event loop lays out what the last update changed
    const QPixmap shot = page.grab();
    ASSERT_FALSE(shot.isNull());
    const QString dir = qEnvironmentVariable("PATELLA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(shot.save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png"))));
    }
}

void shootRoutine(PageHarness& h, const std::string& prefix)
{
    const auto shot = [&](const char* name) { saveShot(*h.page, (prefix + name).c_str()); };
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("daily-knee-mobility")));
    h.playUntil(SessionPhase::Hold);
    h.advance(7000);
    shot("hold");
    h.playUntil(SessionPhase::Switch);
    h.advance(1500);
    shot("switch");
    h.playUntil(SessionPhase::Rest);
    h.advance(3000);
    shot("rest");
    h.playUntilWaiting();
    ASSERT_EQ(h.phase(), SessionPhase::PainCheck);
    shot("paincheck");
    h.key('7');
    ASSERT_EQ(h.phase(), SessionPhase::PainChoice);
    shot("choice");
    h.key('1');
    h.playUntilWaiting();
    h.key('2');
    h.playUntil(SessionPhase::Hold);
    h.advance(2000);
    h.key(Qt::Key_Escape);
    shot("confirm");
    h.key(Qt::Key_Return);
    h.key('3');
    ASSERT_EQ(h.page->view(), SessionPage::View::Summary);
    shot("summary");
}

} // namespace

TEST(SessionPageView, CountdownAndSideReadFromAcrossTheRoomAt1280x800)
{
    PageHarness h;
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("daily-knee-mobility")));
    h.playUntil(SessionPhase::Hold);
    QCoreApplication::processEvents();

    const auto* ring = h.page->findChild<CountdownRing*>(QStringLiteral("countdownRing"));
    EXPECT_GE(std::min(ring->width(), ring->height()), 380) << "the ring is the biggest thing on the page";
    const auto* side = h.page->findChild<QLabel*>(QStringLiteral("sessionSide"));
    EXPECT_GE(side->font().pixelSize(), 36);
    EXPECT_TRUE(side->isVisible());
    for (const char* name : {"backButton", "pauseButton", "addTimeButton", "skipButton", "stopButton"}) {
        const auto* button = h.page->findChild<QPushButton*>(QLatin1String(name));
        EXPECT_GE(button->height(), 64) << name;
        EXPECT_GE(button->width(), 160) << name;
    }
    EXPECT_FALSE(h.page->runView()->isCompact());
    EXPECT_TRUE(h.page->findChild<QLabel*>(QStringLiteral("sessionNext"))->isVisible());
}

TEST(SessionPageView, SmallWindowsDropSecondaryText)
{
    PageHarness h;
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("daily-knee-mobility")));
    h.page->resize(760, 520);
    QCoreApplication::processEvents();
    EXPECT_TRUE(h.page->runView()->isCompact());
    EXPECT_FALSE(h.page->findChild<QLabel*>(QStringLiteral("sessionNext"))->isVisible());
    EXPECT_FALSE(h.page->findChild<QLabel*>(QStringLiteral("sessionPosition"))->isVisible());
    EXPECT_FALSE(h.page->findChild<QPushButton*>(QStringLiteral("pauseButton"))->text().contains(u'\n'));
    EXPECT_TRUE(h.page->findChild<QLabel*>(QStringLiteral("sessionSide"))->isVisible());

    h.page->resize(1920, 1080); // full screen: everything back, and larger
    QCoreApplication::processEvents();
    EXPECT_FALSE(h.page->runView()->isCompact());
    EXPECT_TRUE(h.page->findChild<QLabel*>(QStringLiteral("sessionNext"))->isVisible());
    EXPECT_GE(h.page->findChild<QLabel*>(QStringLiteral("sessionSide"))->font().pixelSize(), 50);
}

TEST(SessionPageView, RoutineListShowsEveryRoutineWithItsDuration)
{
    PageHarness h;
    for (const Routine& routine : h.catalog.routines()) {
        EXPECT_NE(h.page->findChild<QPushButton*>(QStringLiteral("startRoutine_") + routine.id), nullptr);
        EXPECT_TRUE(h.page->routineList()->durationText(routine.id).startsWith(QStringLiteral("about ")))
            << routine.id.toStdString();
    }
    EXPECT_FALSE(h.page->startRoutine(QStringLiteral("no-such-routine")));
    EXPECT_TRUE(h.page->findChild<QLabel*>(QStringLiteral("routineListMessage"))->isVisible());
    EXPECT_EQ(h.page->view(), SessionPage::View::Routines);
}

TEST(SessionPageView, ScreenshotsLightAndDark)
{
    {
        PageHarness h;
        shootRoutine(h, "session-");
    }
    PageHarness dark;
    dark.page->setPalette(theme::darkPalette());
    dark.page->setAutoFillBackground(true);
    shootRoutine(dark, "session-dark-");
}
