#include "tests/core/session/sessionfixtures.h"

#include <gtest/gtest.h>

using namespace patella;
using namespace patella::test;

namespace {

QList<PlannedItem> quadThenCalf()
{
    return {lowEnd(standingQuadStretch()), lowEnd(calfWallStretch())};
}

std::string line(const SessionItem& i)
{
    std::string s = i.exerciseId.toStdString() + ' ' + toId(i.side).toStdString() + " s" + std::to_string(i.set) + " p"
        + std::to_string(i.part) + ' ' + std::to_string(i.actualSeconds) + '/' + std::to_string(i.plannedSeconds);
    if (i.plannedReps > 0)
        s += " reps " + std::to_string(i.actualReps) + '/' + std::to_string(i.plannedReps);
    if (i.skipped)
        s += " skipped";
    return s;
}

std::vector<std::string> lines(const SessionRecord& r)
{
    std::vector<std::string> out;
    for (const SessionItem& i : r.items)
        out.push_back(line(i));
    return out;
}

} // namespace

TEST(SessionRecordTest, CompletedSessionHasEveryItemAsItHappened)
{
    Harness h(quadThenCalf());
    h.start();
    playThrough(h, 1);
    const SessionRecord r = h.player.record();
    EXPECT_EQ(r.routineId, QStringLiteral("test-routine"));
    EXPECT_EQ(r.outcome, SessionOutcome::Completed);
    EXPECT_EQ(r.start, referenceNow());
    EXPECT_EQ(r.end, referenceNow().addSecs(200));
    EXPECT_EQ(r.localDate, referenceNow().toLocalTime().date());
    const std::vector<std::string> expected {
        "standing-quad-stretch left s1 p0 20/20", "standing-quad-stretch right s1 p0 20/20",
        "standing-quad-stretch left s2 p0 20/20", "standing-quad-stretch right s2 p0 20/20",
        "calf-wall-stretch left s1 p0 20/20",     "calf-wall-stretch left s1 p1 20/20",
        "calf-wall-stretch right s1 p0 20/20",    "calf-wall-stretch right s1 p1 20/20",
    };
    EXPECT_EQ(lines(r), expected);
    EXPECT_EQ(r.items.at(3).pain, 1);
}

TEST(SessionRecordTest, RepsAndTwoSidedItemsRecordRepsAndBothSides)
{
    Harness h({lowEnd(gluteBridge())});
    h.start();
    h.advance(5000 + 40000); // a slow set: 40 s
    ASSERT_TRUE(h.player.completeReps(12));
    h.advance(45000 + 28000);
    ASSERT_TRUE(h.player.completeReps(10));
    ASSERT_TRUE(h.player.reportPain(4));
    const std::vector<std::string> expected {
        "glute-bridge both s1 p0 40/30 reps 12/10",
        "glute-bridge both s2 p0 28/30 reps 10/10",
    };
    EXPECT_EQ(lines(h.player.record()), expected);
}

TEST(SessionRecordTest, InterruptedMidHoldKeepsWhatWasDoneAndMarksTheRestSkipped)
{
    Harness h(quadThenCalf());
    h.start();
    h.advance(30000 + 12000); // 12 s into the right side of set 1
    const SessionRecord peek = h.player.record(); // while it still runs
    EXPECT_EQ(peek.outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(peek.items.at(1).actualSeconds, 12);
    EXPECT_FALSE(h.player.isFinished());

    const std::optional<SessionRecord> taken = h.player.takeRecord(); // the app closes
    ASSERT_TRUE(taken.has_value());
    EXPECT_TRUE(h.player.isFinished());
    EXPECT_EQ(h.player.end(), SessionEnd::StoppedByRunner);
    EXPECT_EQ(taken->outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(taken->end, referenceNow().addSecs(42));
    const std::vector<std::string> expected {
        "standing-quad-stretch left s1 p0 20/20",        "standing-quad-stretch right s1 p0 12/20 skipped",
        "standing-quad-stretch left s2 p0 0/20 skipped", "standing-quad-stretch right s2 p0 0/20 skipped",
        "calf-wall-stretch left s1 p0 0/20 skipped",     "calf-wall-stretch left s1 p1 0/20 skipped",
        "calf-wall-stretch right s1 p0 0/20 skipped",    "calf-wall-stretch right s1 p1 0/20 skipped",
    };
    EXPECT_EQ(lines(*taken), expected);
}

TEST(SessionRecordTest, StoppedEarlyEndsAtTheRealTimePausesIncluded)
{
    Harness h({lowEnd(wallSit())});
    h.start();
    h.advance(15000);
    ASSERT_TRUE(h.player.pause());
    h.advance(60000);
    ASSERT_TRUE(h.player.stop());
    EXPECT_FALSE(h.player.isPaused());
    const SessionRecord r = h.player.record();
    EXPECT_EQ(r.outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(r.end, referenceNow().addSecs(75));
    EXPECT_EQ(line(r.items.at(0)), "wall-sit both s1 p0 10/20 skipped");
    EXPECT_EQ(describe(h.cues).back(), "Done@15000");
}

TEST(SessionRecordTest, ARecordIsTakenOnlyOnce)
{
    Harness h({lowEnd(wallSit())});
    EXPECT_FALSE(h.player.takeRecord().has_value()); // never started: nothing to save
    h.start();
    h.advance(90000);
    ASSERT_TRUE(h.player.reportPain(0));
    EXPECT_FALSE(h.player.isRecorded());
    const std::optional<SessionRecord> first = h.player.takeRecord();
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->outcome, SessionOutcome::Completed); // taking it does not change a finished session
    EXPECT_TRUE(h.player.isRecorded());
    EXPECT_FALSE(h.player.takeRecord().has_value());

    Harness marked({lowEnd(wallSit())});
    marked.start();
    marked.player.markRecorded();
    EXPECT_FALSE(marked.player.takeRecord().has_value());
    EXPECT_FALSE(marked.player.isFinished());
}
