#include "tests/core/session/sessionfixtures.h"

#include <gtest/gtest.h>

using namespace patella;
using namespace patella::test;
using namespace std::chrono_literals;

namespace {

// Every cue up to session time `until`, stepping the clock 1 ms at a time: the reference timeline.
std::vector<std::string> cuesSteppedByMs(const QList<PlannedItem>& items, qint64 until)
{
    Harness h(items);
    h.start();
    for (qint64 t = 0; t < until; ++t)
        h.advance(1);
    return describe(h.cues);
}

} // namespace

TEST(SessionTimeline, CountdownAndHalfwayFireAtTheirExactTimes)
{
    Harness h({lowEnd(standingQuadStretch())});
    h.start();
    EXPECT_EQ(describe(h.cues), std::vector<std::string> {"GetReady@0"});

    // The 3 of the get-ready countdown is due at 2000 ms, not a millisecond before.
    EXPECT_TRUE(h.advance(1999).isEmpty());
    EXPECT_EQ(describe(h.advance(1)), std::vector<std::string> {"Countdown3@2000"});

    h.advance(25000 - 2000);
    const std::vector<std::string> expected {
        "GetReady@0",    "Countdown3@2000",  "Countdown2@3000",  "Countdown1@4000",  "Hold@5000",
        "Halfway@15000", "Countdown3@22000", "Countdown2@23000", "Countdown1@24000", "SwitchSides@25000",
    };
    ASSERT_EQ(describe(h.cues), expected);
    EXPECT_EQ(h.cues.at(4).side, StepSide::Left);
    EXPECT_EQ(h.cues.at(9).side, StepSide::Right);
}

TEST(SessionTimeline, FifteenSecondRestCountsDownAndHasNoHalfway)
{
    Harness h({lowEnd(standingQuadStretch())});
    h.start();
    h.advance(50000); // the rest starts at 50 s
    h.cues.clear();
    h.advance(15000);
    const std::vector<std::string> expected {
        "Countdown3@62000", "Countdown2@63000", "Countdown1@64000", "Hold@65000", // set 2, left
    };
    EXPECT_EQ(describe(h.cues), expected);
}

TEST(SessionTimeline, LateUpdateCrossingSeveralPhasesEmitsEveryCueInOrder)
{
    const QList<PlannedItem> items {lowEnd(standingQuadStretch())};
    const std::vector<std::string> reference = cuesSteppedByMs(items, 60000);

    Harness late(items);
    late.start();
    const QList<SessionCue> fromOneUpdate = late.advance(60000);
    // GetReady was emitted by start(); the one late update brings everything else.
    std::vector<std::string> all {"GetReady@0"};
    for (const std::string& s : describe(fromOneUpdate))
        all.push_back(s);
    EXPECT_EQ(all, reference);
    EXPECT_GT(fromOneUpdate.size(), 15);

    // And the phases ended at their deadlines, not at the late update: the rest began at 50 s.
    const SessionSnapshot s = late.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::Rest);
    EXPECT_EQ(s.set, 2);
    EXPECT_EQ(s.remainingMs, 5000);
    EXPECT_EQ(s.totalMs, 15000);
}

TEST(SessionTimeline, LateUpdateStopsAtThePainCheckAndWaits)
{
    Harness h({lowEnd(standingQuadStretch())});
    h.start();
    h.advance(10 * 60 * 1000); // the app slept for ten minutes
    EXPECT_EQ(h.player.phase(), SessionPhase::PainCheck);
    EXPECT_EQ(h.player.snapshot().side, StepSide::Left);
    EXPECT_EQ(describe(h.cues).back(), "PainCheck@85000");
    // The switch after the pain check starts when the runner answers, not when the check was due.
    ASSERT_TRUE(h.player.reportPain(1));
    EXPECT_EQ(describe(h.cues).back(), "SwitchSides@" + std::to_string(10 * 60 * 1000));
    EXPECT_EQ(h.remaining(), 5000);
}

TEST(SessionTimeline, SleepingUntilTheNextEventWakesExactlyForEachCue)
{
    const QList<PlannedItem> items {lowEnd(calfWallStretch())};
    Harness h(items);
    h.start();
    EXPECT_EQ(h.player.msUntilNextEvent(), 2000ms); // first countdown of the get-ready

    int wakeups = 0;
    while (const auto wait = h.player.msUntilNextEvent()) {
        ++wakeups;
        EXPECT_FALSE(h.advance(wait->count()).isEmpty()) << "woke up for nothing at " << h.player.sessionMs();
    }
    EXPECT_EQ(h.player.phase(), SessionPhase::PainCheck);
    EXPECT_EQ(h.player.sessionMs(), 45000);
    EXPECT_EQ(describe(h.cues), cuesSteppedByMs(items, 45000));
    // get-ready 3 countdown + 1 end; two holds of 1 halfway + 3 countdown + 1 end each
    EXPECT_EQ(wakeups, 4 + 5 + 5);
}

TEST(SessionTimeline, NoTimerIsNeededWhileWaitingPausedOrDone)
{
    Harness h({lowEnd(gluteBridge())});
    EXPECT_FALSE(h.player.msUntilNextEvent().has_value()); // not started
    h.start();
    h.advance(1000);
    EXPECT_EQ(h.player.msUntilNextEvent(), 1000ms);
    ASSERT_TRUE(h.player.pause());
    EXPECT_FALSE(h.player.msUntilNextEvent().has_value());
    ASSERT_TRUE(h.player.resume());
    h.advance(4000);
    EXPECT_EQ(h.player.phase(), SessionPhase::Reps);
    EXPECT_FALSE(h.player.msUntilNextEvent().has_value());
    ASSERT_TRUE(h.player.stop());
    EXPECT_FALSE(h.player.msUntilNextEvent().has_value());
}

TEST(SessionTimeline, PauseAndResumeKeepTheRemainingTimeToTheMillisecond)
{
    Harness h({lowEnd(standingQuadStretch())});
    h.start();
    h.advance(5000 + 12345); // 12.345 s into the first 20 s hold
    EXPECT_EQ(h.remaining(), 7655);

    ASSERT_TRUE(h.player.pause());
    EXPECT_FALSE(h.player.pause()); // already paused
    h.cues.clear();
    h.advance(60000);
    EXPECT_TRUE(h.cues.isEmpty());
    EXPECT_EQ(h.player.phase(), SessionPhase::Hold);
    EXPECT_EQ(h.remaining(), 7655);
    EXPECT_TRUE(h.player.snapshot().paused);

    ASSERT_TRUE(h.player.resume());
    EXPECT_FALSE(h.player.resume());
    EXPECT_EQ(h.remaining(), 7655);
    h.advance(7654);
    EXPECT_EQ(h.player.phase(), SessionPhase::Hold);
    EXPECT_EQ(h.remaining(), 1);
    h.advance(1);
    EXPECT_EQ(h.player.phase(), SessionPhase::Switch);
    // Session time leaves the pause out: the hold ended at 25 s of session time.
    EXPECT_EQ(describe(h.cues).back(), "SwitchSides@25000");
}

TEST(SessionTimeline, RepsPhaseWaitsForDoneWithTargetAndTempoShown)
{
    Harness h({lowEnd(gluteBridge())});
    h.start();
    h.advance(5000);
    ASSERT_EQ(h.player.phase(), SessionPhase::Reps);
    EXPECT_EQ(describe(h.cues).back(), "Reps@5000");
    EXPECT_EQ(h.cues.back().targetReps, 10);
    EXPECT_EQ(h.cues.back().tempoSeconds, 3);

    h.advance(10 * 60 * 1000);
    const SessionSnapshot s = h.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::Reps);
    EXPECT_EQ(s.targetReps, 10);
    EXPECT_EQ(s.tempoSeconds, 3);
    EXPECT_EQ(s.set, 1);
    EXPECT_EQ(s.sets, 2);

    EXPECT_FALSE(h.player.completeReps(-1));
    ASSERT_TRUE(h.player.completeReps(12));
    EXPECT_EQ(h.player.phase(), SessionPhase::Rest);
    EXPECT_EQ(h.remaining(), 45000);
    EXPECT_FALSE(h.player.completeReps(10)); // not in a reps phase
}

TEST(SessionTimeline, SnapshotShowsExerciseSideSetPartAndNextUp)
{
    Harness h({lowEnd(standingQuadStretch()), lowEnd(calfWallStretch())});
    h.start();
    SessionSnapshot s = h.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::GetReady);
    EXPECT_EQ(s.exerciseName, QStringLiteral("Standing quad stretch"));
    EXPECT_EQ(s.itemIndex, 0);
    EXPECT_EQ(s.itemCount, 2);
    EXPECT_EQ(s.nextExerciseName, QStringLiteral("Calf wall stretch"));
    // Getting ready for the left side: the next thing is the left side's hold, not the right side after it.
    EXPECT_EQ(s.nextUpText, QStringLiteral("Next: left side"));
    EXPECT_EQ(s.timeLeftMs, 200000);
    EXPECT_DOUBLE_EQ(s.progress, 0.0);

    h.advance(5000 + 20000 + 5000 + 1000); // right side, set 1
    s = h.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::Hold);
    EXPECT_EQ(s.side, StepSide::Right);
    EXPECT_EQ(s.set, 1);
    EXPECT_EQ(s.sets, 2);
    EXPECT_EQ(s.totalMs, 20000);
    EXPECT_EQ(s.remainingMs, 19000);
    EXPECT_EQ(s.nextUpText, QStringLiteral("Next: set 2 of 2"));

    h.advance(19000 + 15000 + 20000); // to the left pain check of set 2 at 85 s
    ASSERT_EQ(h.player.phase(), SessionPhase::PainCheck);
    ASSERT_TRUE(h.player.reportPain(0));
    h.advance(5000 + 10000); // right side, set 2, halfway
    s = h.player.snapshot();
    EXPECT_EQ(s.nextUpText, QStringLiteral("Next up: Calf wall stretch"));
    EXPECT_EQ(s.timeLeftMs, 10000 + 90000);
    EXPECT_DOUBLE_EQ(s.progress, 0.5);

    h.advance(10000);
    ASSERT_TRUE(h.player.reportPain(0));
    h.advance(5000 + 20000 + 1000); // calf, left, bent knee
    s = h.player.snapshot();
    EXPECT_EQ(s.exerciseId, QStringLiteral("calf-wall-stretch"));
    EXPECT_EQ(s.part, 1);
    EXPECT_EQ(s.parts, 2);
    EXPECT_EQ(s.partName, QStringLiteral("Bent knee"));
    EXPECT_EQ(s.side, StepSide::Left);
    EXPECT_TRUE(s.nextExerciseName.isEmpty());
    EXPECT_EQ(s.nextUpText, QStringLiteral("Next: right side"));

    h.advance(19000);
    ASSERT_TRUE(h.player.reportPain(0));
    h.advance(5000 + 20000 + 1000);
    EXPECT_EQ(h.player.snapshot().nextUpText, QStringLiteral("Last one"));
    h.advance(19000);
    ASSERT_TRUE(h.player.reportPain(0));
    s = h.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::Done);
    EXPECT_DOUBLE_EQ(s.progress, 1.0);
    EXPECT_EQ(s.timeLeftMs, 0);
    EXPECT_EQ(s.end, SessionEnd::Completed);
}

TEST(SessionTimeline, NextUpComesJustBeforeTheGetReadyOfTheNextExercise)
{
    Harness h({lowEnd(wallSit()), lowEnd(gluteBridge())});
    h.start();
    h.advance(5000 + 20000 + 45000 + 20000);
    ASSERT_TRUE(h.player.reportPain(2));
    ASSERT_EQ(lastCues(h.cues, 3), (std::vector<std::string> {"PainCheck@90000", "NextUp@90000", "GetReady@90000"}));
    EXPECT_EQ(h.cues.at(h.cues.size() - 2).exerciseName, QStringLiteral("Glute bridge"));
}

TEST(SessionTimeline, SignalsReportPhaseChangesAndTheEnd)
{
    Harness h({lowEnd(wallSit())});
    QList<SessionPhase> phases;
    QList<SessionEnd> ends;
    QObject::connect(&h.player, &SessionPlayer::phaseChanged, &h.player, [&](SessionPhase p) { phases << p; });
    QObject::connect(&h.player, &SessionPlayer::finished, &h.player, [&](SessionEnd e) { ends << e; });
    h.start();
    h.advance(90000);
    ASSERT_TRUE(h.player.reportPain(0));
    EXPECT_EQ(phases,
              (QList<SessionPhase> {SessionPhase::GetReady, SessionPhase::Hold, SessionPhase::Rest, SessionPhase::Hold,
                                    SessionPhase::PainCheck, SessionPhase::Done}));
    EXPECT_EQ(ends, QList<SessionEnd> {SessionEnd::Completed});
}

TEST(SessionTimeline, LeadInsNameWhatComesAfterThePhaseOnScreen)
{
    Harness h({lowEnd(standingQuadStretch())});
    h.start();
    EXPECT_EQ(h.player.snapshot().nextUpText, QStringLiteral("Next: left side")); // get ready
    h.advance(5000 + 20000 + 1000);
    ASSERT_EQ(h.player.phase(), SessionPhase::Switch);
    EXPECT_EQ(h.player.snapshot().nextUpText, QStringLiteral("Next: right side")); // switch to the right
    h.advance(4000 + 20000 + 1000);
    ASSERT_EQ(h.player.phase(), SessionPhase::Rest);
    EXPECT_EQ(h.player.snapshot().nextUpText, QStringLiteral("Next: set 2 of 2")); // rest before set 2
}
