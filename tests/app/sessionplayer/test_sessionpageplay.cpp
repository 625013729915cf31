// A whole routine played through the real Session page with the keyboard, and the rows it leaves in the
// journal file.
#include "app/sessionplayer/countdownring.h"
#include "app/sessionplayer/cueplayer.h"
#include "app/sessionplayer/sessionillustration.h"
#include "app/sessionplayer/sessionrunview.h"
#include "tests/app/sessionplayer/pageharness.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace patella;
using test::PageHarness;

namespace {

QString ringDigits(const SessionPage& page)
{
    return page.findChild<CountdownRing*>(QStringLiteral("countdownRing"))->digits();
}

const SessionIllustration& illustration(const SessionPage& page)
{
    return *page.findChild<SessionIllustration*>(QStringLiteral("sessionIllustration"));
}

} // namespace

TEST(SessionPagePlay, DeskBreakWithKeysSavesOneCompletedSessionAndTheKneeScore)
{
    PageHarness h;
    QSignalSpy tones(&h.page->cuePlayer(), &CuePlayer::toneRequested);
    QSignalSpy speech(&h.page->cuePlayer(), &CuePlayer::speechRequested);

    // Idle: the routine list, started with its own button.
    ASSERT_EQ(h.page->view(), SessionPage::View::Routines);
    auto* start = h.page->findChild<QPushButton*>(QStringLiteral("startRoutine_desk-break"));
    ASSERT_NE(start, nullptr);
    QTest::mouseClick(start, Qt::LeftButton);
    ASSERT_EQ(h.page->view(), SessionPage::View::Running);
    ASSERT_EQ(h.phase(), SessionPhase::GetReady);
    EXPECT_EQ(h.text("sessionExerciseName"), h.catalog.exercise(QStringLiteral("standing-quad-stretch"))->name);
    EXPECT_EQ(h.text("sessionSide"), QStringLiteral("LEFT leg"));
    EXPECT_FALSE(illustration(*h.page).isMirrored());
    EXPECT_EQ(illustration(*h.page).illustration(), QStringLiteral("standing-quad-stretch"));
    EXPECT_EQ(ringDigits(*h.page), QStringLiteral("5"));
    EXPECT_EQ(h.text("sessionPosition"), QStringLiteral("Exercise 1 of 3"));

    // Left side hold: 20 s (the routine's fixed dose). Pause with Space: the clock runs, the hold does not.
    h.playUntil(SessionPhase::Hold);
    EXPECT_EQ(ringDigits(*h.page), QStringLiteral("20"));
    h.advance(5000);
    EXPECT_EQ(ringDigits(*h.page), QStringLiteral("15"));
    h.key(Qt::Key_Space);
    EXPECT_TRUE(h.player().isPaused());
    EXPECT_LT(h.page->msUntilTimer(), 0) << "no timer while paused";
    h.clock.advance(std::chrono::seconds(30));
    h.page->processClock();
    EXPECT_EQ(h.phase(), SessionPhase::Hold);
    EXPECT_EQ(ringDigits(*h.page), QStringLiteral("15"));
    h.key(Qt::Key_Space);
    EXPECT_FALSE(h.player().isPaused());
    h.key(Qt::Key_Plus, Qt::ShiftModifier); // +10 s
    EXPECT_EQ(ringDigits(*h.page), QStringLiteral("25"));
    // Left after 3 s restarts the hold.
    h.key(Qt::Key_Left);
    EXPECT_EQ(h.phase(), SessionPhase::GetReady);
    h.playUntil(SessionPhase::Hold);
    EXPECT_EQ(ringDigits(*h.page), QStringLiteral("20"));

    h.playUntilWaiting();
    ASSERT_EQ(h.phase(), SessionPhase::PainCheck);
    h.key('2');

    // The switch: the right side, mirrored drawing, spoken cue.
    ASSERT_EQ(h.phase(), SessionPhase::Switch);
    EXPECT_EQ(h.text("sessionSide"), QStringLiteral("RIGHT leg"));
    EXPECT_TRUE(illustration(*h.page).isMirrored());
    EXPECT_FALSE(speech.isEmpty());
    EXPECT_TRUE(speech.last().at(0).toString().contains(QStringLiteral("right side")));
    h.playUntil(SessionPhase::Hold);
    h.key(Qt::Key_Right); // skip the right hold
    ASSERT_EQ(h.phase(), SessionPhase::PainCheck);
    h.key('4');

    // Second exercise, both sides plain.
    ASSERT_EQ(h.phase(), SessionPhase::GetReady);
    EXPECT_EQ(h.text("sessionExerciseName"), h.catalog.exercise(QStringLiteral("half-kneeling-hip-flexor"))->name);
    h.playUntilWaiting();
    h.key('1');
    h.playUntilWaiting();
    h.key('0');

    // Third: the two-part calf stretch; its bent-knee part has a drawing of its own.
    ASSERT_EQ(h.phase(), SessionPhase::GetReady);
    h.playUntil(SessionPhase::Hold);
    EXPECT_EQ(illustration(*h.page).illustration(), QStringLiteral("calf-wall-stretch"));
    h.advance(20000);
    ASSERT_EQ(h.phase(), SessionPhase::Hold);
    EXPECT_EQ(illustration(*h.page).illustration(), QStringLiteral("calf-wall-stretch-bent"));
    h.playUntilWaiting();
    h.key('7'); // too much: this exercise stops, its other side is not played
    ASSERT_EQ(h.phase(), SessionPhase::PainChoice);
    EXPECT_FALSE(h.text("sharpPainText").isEmpty());
    h.key('1'); // the last exercise, so going on finishes the session

    ASSERT_EQ(h.phase(), SessionPhase::Done);
    ASSERT_EQ(h.page->view(), SessionPage::View::Summary);
    // The right quad hold skipped by hand, and the calf's right side (both parts) that pain stopped.
    EXPECT_TRUE(h.text("summaryFacts").contains(QStringLiteral("Skipped: 3"))) << h.text("summaryFacts").toStdString();
    EXPECT_TRUE(h.text("summaryPain").contains(QStringLiteral("7/10")));
    EXPECT_FALSE(h.page->findChild<QLabel*>(QStringLiteral("summaryPhysio"))->isVisible());
    h.key('3'); // how is your knee now?
    h.key('2'); // changed its mind: the same entry is updated

    // Tones for the countdown, switches and the end were asked for (no device here: none played).
    int countdowns = 0, switches = 0, done = 0;
    for (const QList<QVariant>& call : tones) {
        const auto tone = call.at(0).value<CuePlayer::Tone>();
        countdowns += tone == CuePlayer::Tone::Countdown;
        switches += tone == CuePlayer::Tone::Switch;
        done += tone == CuePlayer::Tone::Done;
    }
    EXPECT_GE(countdowns, 3 * 8);
    EXPECT_EQ(switches, 2) << "no switch to the calf's right side after pain stopped it";
    EXPECT_EQ(done, 1);

    // On disk: one session, completed, every planned hold an item; one knee score tied to it.
    const QList<SessionRecord> sessions = h.stored<SessionRecord>();
    ASSERT_EQ(sessions.size(), 1);
    const SessionRecord& session = sessions.first();
    EXPECT_EQ(session.routineId, QStringLiteral("desk-break"));
    EXPECT_EQ(session.outcome, SessionOutcome::Completed);
    EXPECT_EQ(session.localDate, test::referenceDate());
    ASSERT_EQ(session.items.size(), 8); // quad L/R, hip flexor L/R, calf 2 parts x L/R
    EXPECT_EQ(session.items.at(0).side, Side::Left);
    EXPECT_FALSE(session.items.at(0).skipped);
    EXPECT_EQ(session.items.at(0).actualSeconds, 20);
    EXPECT_EQ(session.items.at(0).pain, 2);
    EXPECT_TRUE(session.items.at(1).skipped);
    EXPECT_EQ(session.items.at(1).pain, 4);
    EXPECT_EQ(session.items.at(5).pain, 7); // the calf's left bent-knee part
    EXPECT_TRUE(session.items.at(6).skipped);
    EXPECT_TRUE(session.items.at(7).skipped);
    EXPECT_FALSE(session.items.at(7).pain.has_value());
    EXPECT_EQ(std::count_if(session.items.begin(), session.items.end(), [](const SessionItem& i) { return i.skipped; }),
              3);

    const QList<PainEntry> pain = h.stored<PainEntry>();
    ASSERT_EQ(pain.size(), 1);
    EXPECT_EQ(pain.first().situation, PainSituation::AfterSession);
    EXPECT_EQ(pain.first().sessionId, session.id);
    EXPECT_EQ(pain.first().score, 2);

    // Enter leaves the summary; the list shows the routines again.
    h.key(Qt::Key_Return);
    EXPECT_EQ(h.page->view(), SessionPage::View::Routines);
}

TEST(SessionPagePlay, RepsWaitForDoneWithEnter)
{
    PageHarness h;
    ASSERT_TRUE(h.page->startExercise(QStringLiteral("glute-bridge")));
    h.playUntilWaiting();
    ASSERT_EQ(h.phase(), SessionPhase::Reps);
    auto* done = h.page->findChild<QPushButton*>(QStringLiteral("repsDoneButton"));
    ASSERT_NE(done, nullptr);
    EXPECT_TRUE(done->isVisible());
    EXPECT_EQ(h.text("repsTarget"), QStringLiteral("10 reps, about 3 s each"));
    EXPECT_FALSE(h.page->findChild<CountdownRing*>(QStringLiteral("countdownRing"))->isVisible());
    EXPECT_LT(h.page->msUntilTimer(), 0) << "reps wait for the runner, not the clock";

    h.clock.advance(std::chrono::seconds(33));
    h.key(Qt::Key_Return);
    EXPECT_EQ(h.phase(), SessionPhase::Rest);
    h.playUntilWaiting();
    ASSERT_EQ(h.phase(), SessionPhase::Reps);
    QTest::mouseClick(done, Qt::LeftButton);
    h.playUntilWaiting();
    ASSERT_EQ(h.phase(), SessionPhase::PainCheck);
    QTest::mouseClick(h.page->findChild<QPushButton*>(QStringLiteral("painScore10")), Qt::LeftButton);
    ASSERT_EQ(h.phase(), SessionPhase::PainChoice);
    QTest::mouseClick(h.page->findChild<QPushButton*>(QStringLiteral("choiceNextExercise")), Qt::LeftButton);
    ASSERT_EQ(h.phase(), SessionPhase::Done);

    const QList<SessionRecord> sessions = h.stored<SessionRecord>();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.first().routineId, QStringLiteral("glute-bridge"));
    ASSERT_EQ(sessions.first().items.size(), 2);
    EXPECT_EQ(sessions.first().items.at(0).actualReps, 10);
    EXPECT_EQ(sessions.first().items.at(0).actualSeconds, 33);
    EXPECT_EQ(sessions.first().items.at(1).pain, 10);
}

TEST(SessionPagePlay, ASecondPainStopEndsWithTheAdviceToSeeAPhysio)
{
    PageHarness h;
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("desk-break")));
    h.playUntilWaiting();
    h.key('8');
    ASSERT_EQ(h.phase(), SessionPhase::PainChoice);
    h.key('1');
    h.playUntilWaiting();
    h.key('6');

    ASSERT_EQ(h.phase(), SessionPhase::Done);
    EXPECT_EQ(h.player().end(), SessionEnd::SecondPainStop);
    ASSERT_EQ(h.page->view(), SessionPage::View::Summary);
    EXPECT_TRUE(h.page->findChild<QLabel*>(QStringLiteral("summaryPhysio"))->isVisible());
    EXPECT_TRUE(h.text("summaryPhysio").contains(QStringLiteral("physiotherapist")));

    const QList<SessionRecord> sessions = h.stored<SessionRecord>();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.first().outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(sessions.first().items.at(0).pain, 8);
    EXPECT_TRUE(sessions.first().items.at(1).skipped) << "the stopped exercise's other side is not played";
    EXPECT_EQ(sessions.first().items.at(2).pain, 6);
    EXPECT_TRUE(sessions.first().items.at(3).skipped);
}

TEST(SessionPagePlay, TheRealTimerDrivesThePlayerOnTheSystemClock)
{
    PageHarness h;
    SystemClock real;
    AppContext context {real, h.catalog, h.store, h.prefs, h.dir.path()};
    SessionPage page(context);
    page.resize(800, 600);
    page.show();
    SessionTiming quick;
    quick.getReady = std::chrono::milliseconds(200);
    quick.countdownFrom = 1;
    page.setTiming(quick);

    Exercise hold = *h.catalog.exercise(QStringLiteral("wall-sit"));
    PlannedItem item {hold, PlannedDose {1, 0, 1, 0}};
    ASSERT_TRUE(page.startPlanned(QStringLiteral("wall-sit"), QStringLiteral("Wall sit"), {item}));
    EXPECT_TRUE(page.isAnimating());
    EXPECT_GE(page.msUntilTimer(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(page.player()->phase(), SessionPhase::PainCheck, 5000);
    EXPECT_FALSE(page.isAnimating()) << "no repaints while waiting for a tap";
    EXPECT_GE(page.player()->sessionMs(), 1200);
}
