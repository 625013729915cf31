// Stopping early: Esc asks first, and whichever way a session ends it is saved exactly once.
#include "app/sessionplayer/sessionrunview.h"
#include "tests/app/sessionplayer/pageharness.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace patella;
using test::PageHarness;

TEST(SessionPageStop, EscThenConfirmSavesOneInterruptedSession)
{
    PageHarness h;
    QSignalSpy saved(h.page.get(), &SessionPage::sessionSaved);
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("desk-break")));
    h.playUntil(SessionPhase::Hold);
    h.advance(8000);

    h.key(Qt::Key_Escape);
    EXPECT_TRUE(h.page->runView()->isConfirmingStop());
    EXPECT_TRUE(h.player().isPaused()) << "the hold waits while the runner decides";
    EXPECT_TRUE(h.page->findChild<QWidget*>(QStringLiteral("stopConfirm"))->isVisible());
    h.key(Qt::Key_Space); // ignored while asking
    EXPECT_TRUE(h.player().isPaused());
    h.clock.advance(std::chrono::seconds(20));
    h.key(Qt::Key_Return);

    EXPECT_EQ(h.phase(), SessionPhase::Done);
    EXPECT_EQ(h.player().end(), SessionEnd::StoppedByRunner);
    EXPECT_EQ(h.page->view(), SessionPage::View::Summary);
    EXPECT_EQ(saved.count(), 1);

    // Closing the app afterwards, or the page itself, saves nothing more.
    EXPECT_TRUE(h.page->finishOrInterrupt());
    h.page->close();
    EXPECT_EQ(saved.count(), 1);

    const QList<SessionRecord> sessions = h.stored<SessionRecord>();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.first().outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(sessions.first().id, *h.page->savedSessionId());
    ASSERT_EQ(sessions.first().items.size(), 8);
    EXPECT_TRUE(sessions.first().items.at(0).skipped) << "a hold cut short does not count as done";
    EXPECT_EQ(sessions.first().items.at(0).actualSeconds, 8);
    // The minutes spent deciding are in the wall time, not in the hold.
    EXPECT_EQ(sessions.first().start.secsTo(sessions.first().end), 5 + 8 + 20);
}

TEST(SessionPageStop, EscThenEscKeepsGoingWhereItWas)
{
    PageHarness h;
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("desk-break")));
    h.playUntil(SessionPhase::Hold);
    h.advance(5000);
    const qint64 remaining = h.player().snapshot().remainingMs;

    h.key(Qt::Key_Escape);
    h.clock.advance(std::chrono::seconds(12));
    h.key(Qt::Key_Escape);
    EXPECT_FALSE(h.page->runView()->isConfirmingStop());
    EXPECT_FALSE(h.player().isPaused());
    EXPECT_EQ(h.player().snapshot().remainingMs, remaining);
    EXPECT_EQ(h.page->view(), SessionPage::View::Running);
    EXPECT_TRUE(h.stored<SessionRecord>().isEmpty());

    // The buttons do the same as the keys.
    QTest::mouseClick(h.page->findChild<QPushButton*>(QStringLiteral("stopButton")), Qt::LeftButton);
    EXPECT_TRUE(h.page->runView()->isConfirmingStop());
    QTest::mouseClick(h.page->findChild<QPushButton*>(QStringLiteral("confirmStopButton")), Qt::LeftButton);
    EXPECT_EQ(h.stored<SessionRecord>().size(), 1);
}

TEST(SessionPageStop, AlreadyPausedStaysPausedWhenTheRunnerKeepsGoing)
{
    PageHarness h;
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("desk-break")));
    h.key(Qt::Key_Space);
    h.key(Qt::Key_Escape);
    h.key(Qt::Key_Escape);
    EXPECT_TRUE(h.player().isPaused());
}

TEST(SessionPageStop, ClosingTheAppMidHoldSavesOnceAndAStartWhileRunningIsRefused)
{
    PageHarness h;
    QSignalSpy saved(h.page.get(), &SessionPage::sessionSaved);
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("daily-knee-mobility")));
    EXPECT_FALSE(h.page->startExercise(QStringLiteral("wall-sit"))) << "one session at a time";
    h.playUntil(SessionPhase::Hold);
    h.advance(12000);

    EXPECT_TRUE(h.page->finishOrInterrupt()); // what the main window calls in its closeEvent
    EXPECT_TRUE(h.page->finishOrInterrupt());
    h.page->close();
    EXPECT_EQ(saved.count(), 1);

    const QList<SessionRecord> sessions = h.stored<SessionRecord>();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.first().routineId, QStringLiteral("daily-knee-mobility"));
    EXPECT_EQ(sessions.first().outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(sessions.first().items.at(0).actualSeconds, 12);
}

TEST(SessionPageStop, NothingToSaveBeforeAnySession)
{
    PageHarness h;
    EXPECT_TRUE(h.page->finishOrInterrupt());
    EXPECT_FALSE(h.page->savedSessionId().has_value());
    EXPECT_TRUE(h.stored<SessionRecord>().isEmpty());
}
