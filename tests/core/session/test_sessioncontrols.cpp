#include "tests/core/session/sessionfixtures.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace patella;
using namespace patella::test;
using namespace std::chrono_literals;

// The quad stretch at its low end plays: get ready 0-5 s, left 5-25 s, switch 25-30 s, right 30-50 s,
// rest 50-65 s, left 65-85 s, pain check, switch, right, pain check.
namespace {

QList<PlannedItem> quad()
{
    return {lowEnd(standingQuadStretch())};
}

} // namespace

TEST(SessionControls, NothingWorksBeforeStart)
{
    Harness h(quad());
    EXPECT_FALSE(h.player.skip());
    EXPECT_FALSE(h.player.back());
    EXPECT_FALSE(h.player.addTime());
    EXPECT_FALSE(h.player.pause());
    EXPECT_FALSE(h.player.stop());
    EXPECT_FALSE(h.player.reportPain(0));
    EXPECT_EQ(h.player.phase(), SessionPhase::NotStarted);
    h.start();
    EXPECT_FALSE(h.player.start().ok()); // only once
}

TEST(SessionControls, GetReadySkipBackAndAddTime)
{
    Harness h(quad());
    h.start();
    h.advance(1000);
    ASSERT_TRUE(h.player.addTime());
    EXPECT_EQ(h.player.snapshot().totalMs, 15000);
    EXPECT_EQ(h.remaining(), 14000);

    ASSERT_TRUE(h.player.back()); // the first get-ready: starts again
    EXPECT_EQ(h.player.phase(), SessionPhase::GetReady);
    EXPECT_EQ(h.remaining(), 5000);
    EXPECT_EQ(describe(h.cues).back(), "GetReady@1000");

    h.advance(1000);
    ASSERT_TRUE(h.player.skip());
    EXPECT_EQ(h.player.phase(), SessionPhase::Hold);
    EXPECT_EQ(h.remaining(), 20000);
    EXPECT_EQ(describe(h.cues).back(), "Hold@2000");
}

TEST(SessionControls, SkippingAHoldRecordsWhatWasHeld)
{
    Harness h(quad());
    h.start();
    h.advance(5000 + 8000);
    ASSERT_TRUE(h.player.skip());
    EXPECT_EQ(h.player.phase(), SessionPhase::Switch);
    EXPECT_EQ(describe(h.cues).back(), "SwitchSides@13000");
    const SessionRecord r = h.player.record();
    ASSERT_FALSE(r.items.isEmpty());
    EXPECT_TRUE(r.items.at(0).skipped);
    EXPECT_EQ(r.items.at(0).actualSeconds, 8);
    EXPECT_EQ(r.items.at(0).plannedSeconds, 20);
}

TEST(SessionControls, BackEarlyInAHoldGoesToThePreviousHold)
{
    Harness h(quad());
    h.start();
    h.advance(30000 + 1000); // 1 s into the right side
    ASSERT_TRUE(h.player.back());
    const SessionSnapshot s = h.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::GetReady); // the left hold's lead-in
    EXPECT_EQ(s.side, StepSide::Left);
    h.advance(5000);
    EXPECT_EQ(h.player.snapshot().side, StepSide::Left);
    EXPECT_EQ(h.player.phase(), SessionPhase::Hold);
    EXPECT_EQ(h.remaining(), 20000);
}

TEST(SessionControls, BackLaterInAHoldRestartsIt)
{
    Harness h(quad());
    h.start();
    h.advance(30000 + 4000); // 4 s into the right side
    ASSERT_TRUE(h.player.back());
    SessionSnapshot s = h.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::Switch); // its own lead-in
    EXPECT_EQ(s.side, StepSide::Right);
    h.advance(5000);
    s = h.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::Hold);
    EXPECT_EQ(s.side, StepSide::Right);
    EXPECT_EQ(s.remainingMs, 20000);

    // Early in the very first hold there is nothing before it: it restarts too.
    Harness first(quad());
    first.start();
    first.advance(6000);
    ASSERT_TRUE(first.player.back());
    EXPECT_EQ(first.player.phase(), SessionPhase::GetReady);
    EXPECT_EQ(first.remaining(), 5000);
}

TEST(SessionControls, AddTimeToAHoldMovesHalfwayAndCountdownAndIsRecorded)
{
    Harness h(quad());
    h.start();
    h.advance(10000); // 5 s into the left hold
    ASSERT_TRUE(h.player.addTime(10s));
    EXPECT_EQ(h.remaining(), 25000);
    h.cues.clear();
    h.advance(25000);
    const std::vector<std::string> expected {
        "Halfway@20000", "Countdown3@32000", "Countdown2@33000", "Countdown1@34000", "SwitchSides@35000",
    };
    EXPECT_EQ(describe(h.cues), expected);
    const SessionRecord r = h.player.record();
    EXPECT_EQ(r.items.at(0).actualSeconds, 30);
    EXPECT_FALSE(r.items.at(0).skipped);
    EXPECT_FALSE(h.player.addTime(0ms));
}

TEST(SessionControls, AddTimeDuringTheCountdownCountsDownAgain)
{
    Harness h(quad());
    h.start();
    h.advance(22500);
    ASSERT_TRUE(h.player.addTime());
    h.advance(12500);
    const std::vector<std::string> all = describe(h.cues);
    const std::vector<std::string> tail = lastCues(h.cues, 6);
    const std::vector<std::string> expected {
        "Halfway@15000",    "Countdown3@22000", "Countdown3@32000",
        "Countdown2@33000", "Countdown1@34000", "SwitchSides@35000",
    };
    EXPECT_EQ(tail, expected);
    EXPECT_EQ(std::count(all.begin(), all.end(), "Halfway@15000"), 1);
}

TEST(SessionControls, SwitchSkipBackAndAddTime)
{
    Harness h(quad());
    h.start();
    h.advance(26000);
    ASSERT_EQ(h.player.phase(), SessionPhase::Switch);
    ASSERT_TRUE(h.player.addTime());
    EXPECT_EQ(h.remaining(), 14000);
    ASSERT_TRUE(h.player.skip());
    EXPECT_EQ(h.player.phase(), SessionPhase::Hold);
    EXPECT_EQ(h.player.snapshot().side, StepSide::Right);
    EXPECT_EQ(describe(h.cues).back(), "Hold@26000");

    Harness b(quad());
    b.start();
    b.advance(26000);
    ASSERT_TRUE(b.player.back()); // redo the left side
    EXPECT_EQ(b.player.phase(), SessionPhase::GetReady);
    EXPECT_EQ(b.player.snapshot().side, StepSide::Left);
}

TEST(SessionControls, RestSkipBackAndAddTime)
{
    Harness h(quad());
    h.start();
    h.advance(52000);
    ASSERT_EQ(h.player.phase(), SessionPhase::Rest);
    ASSERT_TRUE(h.player.addTime());
    EXPECT_EQ(h.remaining(), 23000);
    ASSERT_TRUE(h.player.skip());
    SessionSnapshot s = h.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::Hold);
    EXPECT_EQ(s.set, 2);
    EXPECT_EQ(s.side, StepSide::Left);
    EXPECT_EQ(describe(h.cues).back(), "Hold@52000");

    Harness b(quad());
    b.start();
    b.advance(52000);
    ASSERT_TRUE(b.player.back()); // redo set 1's right side, after its switch
    s = b.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::Switch);
    EXPECT_EQ(s.side, StepSide::Right);
    EXPECT_EQ(s.set, 1);
}

TEST(SessionControls, RepsSkipBackAndNoAddTime)
{
    Harness h({lowEnd(gluteBridge())});
    h.start();
    h.advance(5000);
    ASSERT_EQ(h.player.phase(), SessionPhase::Reps);
    EXPECT_FALSE(h.player.addTime());
    ASSERT_TRUE(h.player.skip());
    EXPECT_EQ(h.player.phase(), SessionPhase::Rest);
    EXPECT_TRUE(h.player.record().items.at(0).skipped);
    EXPECT_EQ(h.player.record().items.at(0).actualReps, 0);

    h.advance(45000 + 1000); // 1 s into set 2
    ASSERT_EQ(h.player.phase(), SessionPhase::Reps);
    ASSERT_TRUE(h.player.back()); // back to set 1, after its get-ready
    SessionSnapshot s = h.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::GetReady);
    EXPECT_EQ(s.set, 1);
    h.advance(5000);
    ASSERT_TRUE(h.player.completeReps(11));
    const SessionRecord r = h.player.record();
    EXPECT_FALSE(r.items.at(0).skipped);
    EXPECT_EQ(r.items.at(0).actualReps, 11);
    EXPECT_EQ(r.items.at(0).plannedReps, 10);
}

TEST(SessionControls, PainCheckSkipBackAndNoAddTime)
{
    Harness h(quad());
    h.start();
    h.advance(85000);
    ASSERT_EQ(h.player.phase(), SessionPhase::PainCheck);
    EXPECT_FALSE(h.player.addTime());
    ASSERT_TRUE(h.player.back()); // redo the hold it asks about
    SessionSnapshot s = h.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::Hold);
    EXPECT_EQ(s.set, 2);
    EXPECT_EQ(s.side, StepSide::Left);
    EXPECT_EQ(s.remainingMs, 20000);

    h.advance(20000);
    ASSERT_EQ(h.player.phase(), SessionPhase::PainCheck);
    ASSERT_TRUE(h.player.skip()); // no answer
    EXPECT_EQ(h.player.phase(), SessionPhase::Switch);
    EXPECT_TRUE(h.player.painReports().isEmpty());
    EXPECT_FALSE(h.player.record().items.at(2).pain.has_value());
}

TEST(SessionControls, PainChoiceNeedsAChoiceAndBackTakesTheReportBack)
{
    Harness h(quad());
    h.start();
    h.advance(85000);
    ASSERT_TRUE(h.player.reportPain(8));
    ASSERT_EQ(h.player.phase(), SessionPhase::PainChoice);
    EXPECT_FALSE(h.player.skip());
    EXPECT_FALSE(h.player.addTime());
    EXPECT_FALSE(h.player.reportPain(2));

    ASSERT_TRUE(h.player.back()); // a mis-tap: ask again
    EXPECT_EQ(h.player.phase(), SessionPhase::PainCheck);
    EXPECT_TRUE(h.player.painReports().isEmpty());
    EXPECT_FALSE(h.player.record().items.at(2).pain.has_value());

    // The retracted report does not count as the first sharp one.
    ASSERT_TRUE(h.player.reportPain(7));
    EXPECT_EQ(h.player.phase(), SessionPhase::PainChoice);
    EXPECT_FALSE(h.player.isFinished());
}

TEST(SessionControls, NothingWorksOnceDone)
{
    Harness h({lowEnd(wallSit())});
    h.start();
    h.advance(90000);
    ASSERT_TRUE(h.player.reportPain(0));
    ASSERT_EQ(h.player.phase(), SessionPhase::Done);
    EXPECT_FALSE(h.player.skip());
    EXPECT_FALSE(h.player.back());
    EXPECT_FALSE(h.player.addTime());
    EXPECT_FALSE(h.player.pause());
    EXPECT_FALSE(h.player.stop());
    EXPECT_FALSE(h.player.reportPain(0));
    EXPECT_FALSE(h.player.choose(PainStopChoice::EndSession));
    h.cues.clear();
    h.advance(60000);
    EXPECT_TRUE(h.cues.isEmpty());
}

TEST(SessionControls, ActionsWhilePausedStartTheNextPhaseFrozen)
{
    Harness h(quad());
    h.start();
    h.advance(10000);
    ASSERT_TRUE(h.player.pause());
    h.advance(30000);
    ASSERT_TRUE(h.player.skip());
    EXPECT_EQ(h.player.phase(), SessionPhase::Switch);
    h.advance(30000);
    EXPECT_EQ(h.remaining(), 5000); // still frozen
    ASSERT_TRUE(h.player.resume());
    h.advance(5000);
    EXPECT_EQ(h.player.phase(), SessionPhase::Hold);
    EXPECT_EQ(describe(h.cues).back(), "Hold@15000");
}

TEST(SessionControls, AnActionWithoutAPriorUpdateCatchesUpFirst)
{
    Harness h(quad());
    h.start();
    h.clock.advance(std::chrono::milliseconds(26000)); // no update(): the app's timer has not fired
    ASSERT_TRUE(h.player.skip()); // skips the switch it is really in, not the get-ready it last saw
    const SessionSnapshot s = h.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::Hold);
    EXPECT_EQ(s.side, StepSide::Right);
    EXPECT_EQ(lastCues(h.cues, 3), (std::vector<std::string> {"Countdown1@24000", "SwitchSides@25000", "Hold@26000"}));
    EXPECT_EQ(h.player.record().items.at(0).actualSeconds, 20);
    EXPECT_FALSE(h.player.record().items.at(0).skipped);
}
