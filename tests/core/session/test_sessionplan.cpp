#include "core/session/sessioncuetext.h"
#include "core/session/sessionplan.h"
#include "tests/core/session/sessionfixtures.h"

#include <gtest/gtest.h>

using namespace patella;
using namespace patella::test;

namespace {

// The expected phases of a one-sided stretch, two sets, starting at session time t.
std::vector<std::string> twoSetsEachSide(qint64 t, qint64 hold, qint64 rest)
{
    const auto at = [](qint64 ms) { return " @" + std::to_string(ms); };
    const std::string h = ' ' + std::to_string(hold);
    std::vector<std::string> lines;
    lines.push_back("GetReady L s1 5000" + at(t));
    t += 5000;
    lines.push_back("Hold L s1 p0" + h + at(t));
    t += hold;
    lines.push_back("Switch R s1 5000" + at(t));
    t += 5000;
    lines.push_back("Hold R s1 p0" + h + at(t));
    t += hold;
    lines.push_back("Rest L s2 " + std::to_string(rest) + at(t));
    t += rest;
    lines.push_back("Hold L s2 p0" + h + at(t));
    t += hold;
    lines.push_back("PainCheck L s2" + at(t));
    lines.push_back("Switch R s2 5000" + at(t));
    t += 5000;
    lines.push_back("Hold R s2 p0" + h + at(t));
    t += hold;
    lines.push_back("PainCheck R s2" + at(t));
    return lines;
}

} // namespace

TEST(SessionPlan, OneSidedStretchAlternatesSidesWithSwitchRestAndPainChecks)
{
    Harness h({lowEnd(standingQuadStretch())});
    h.start();
    std::vector<std::string> expected = twoSetsEachSide(0, 20000, 15000);
    expected.push_back("Done @110000");
    EXPECT_EQ(playThrough(h), expected);
    EXPECT_EQ(h.player.end(), SessionEnd::Completed);
    EXPECT_EQ(plannedDurationMs({lowEnd(standingQuadStretch())}), 110000);
}

TEST(SessionPlan, HighEndQuadHoldsThirtySeconds)
{
    const QList<PlannedItem> items {planned(standingQuadStretch(), 30, 0, 2, 15)};
    Harness h(items);
    h.start();
    std::vector<std::string> expected = twoSetsEachSide(0, 30000, 15000);
    expected.push_back("Done @150000");
    EXPECT_EQ(playThrough(h), expected);
    EXPECT_EQ(plannedDurationMs(items), 150000);
}

TEST(SessionPlan, CalfStretchPlaysStraightThenBentKneeAsOneExercisePerSide)
{
    Harness h({lowEnd(calfWallStretch())});
    h.start();
    const std::vector<std::string> expected {
        "GetReady L s1 5000 @0",     "Hold L s1 p0 20000 @5000", "Hold L s1 p1 20000 @25000",
        "PainCheck L s1 @45000",     "Switch R s1 5000 @45000",  "Hold R s1 p0 20000 @50000",
        "Hold R s1 p1 20000 @70000", "PainCheck R s1 @90000",    "Done @90000",
    };
    EXPECT_EQ(playThrough(h), expected);
    EXPECT_EQ(h.player.painReports().size(), 2);
}

TEST(SessionPlan, CalfStretchTwoSetsRestsBetweenSets)
{
    Harness h({planned(calfWallStretch(), 20, 0, 2, 15)});
    h.start();
    const std::vector<std::string> expected {
        "GetReady L s1 5000 @0",      "Hold L s1 p0 20000 @5000",   "Hold L s1 p1 20000 @25000",
        "Switch R s1 5000 @45000",    "Hold R s1 p0 20000 @50000",  "Hold R s1 p1 20000 @70000",
        "Rest L s2 15000 @90000",     "Hold L s2 p0 20000 @105000", "Hold L s2 p1 20000 @125000",
        "PainCheck L s2 @145000",     "Switch R s2 5000 @145000",   "Hold R s2 p0 20000 @150000",
        "Hold R s2 p1 20000 @170000", "PainCheck R s2 @190000",     "Done @190000",
    };
    EXPECT_EQ(playThrough(h), expected);
}

TEST(SessionPlan, RepsItemWaitsForDoneAndEstimatesRepsTimesTempo)
{
    Harness h({lowEnd(gluteBridge())});
    h.start();
    // Reps phases end when the runner taps done: here at once, so the rest starts at 5000.
    const std::vector<std::string> expected {
        "GetReady - s1 5000 @0",   "Reps - s1 p0 x10 @5000", "Rest - s2 45000 @5000",
        "Reps - s2 p0 x10 @50000", "PainCheck - s2 @50000",  "Done @50000",
    };
    EXPECT_EQ(playThrough(h), expected);
    // Planned time counts each set as 10 reps x 3 s.
    EXPECT_EQ(plannedDurationMs({lowEnd(gluteBridge())}), 5000 + 30000 + 45000 + 30000);
}

TEST(SessionPlan, TimedStrengthHoldPlaysLikeAHoldWithRest)
{
    Harness h({planned(wallSit(), 30, 0, 3, 45)});
    h.start();
    const std::vector<std::string> expected {
        "GetReady - s1 5000 @0",   "Hold - s1 p0 30000 @5000",   "Rest - s2 45000 @35000", "Hold - s2 p0 30000 @80000",
        "Rest - s3 45000 @110000", "Hold - s3 p0 30000 @155000", "PainCheck - s3 @185000", "Done @185000",
    };
    EXPECT_EQ(playThrough(h), expected);
}

TEST(SessionPlan, WholeDailyMobilityRoutineWithItsRealDoses)
{
    Harness h(dailyMobility());
    h.start();
    std::vector<std::string> expected;
    const auto add = [&expected](const std::vector<std::string>& lines) {
        expected.insert(expected.end(), lines.begin(), lines.end());
    };
    add(twoSetsEachSide(0, 20000, 15000)); // quadriceps
    add(twoSetsEachSide(110000, 20000, 15000)); // hamstrings
    add(twoSetsEachSide(220000, 20000, 15000)); // figure-4
    add(twoSetsEachSide(330000, 15000, 15000)); // IT band, 15 s holds
    add(twoSetsEachSide(420000, 20000, 15000)); // hip flexor
    add({
        "GetReady L s1 5000 @530000",
        "Hold L s1 p0 20000 @535000",
        "Hold L s1 p1 20000 @555000",
        "PainCheck L s1 @575000",
        "Switch R s1 5000 @575000",
        "Hold R s1 p0 20000 @580000",
        "Hold R s1 p1 20000 @600000",
        "PainCheck R s1 @620000",
        "Done @620000",
    });
    EXPECT_EQ(playThrough(h), expected);

    // About ten minutes, and exactly what the played session took.
    EXPECT_EQ(plannedDurationMs(dailyMobility()), 620000);
    EXPECT_EQ(h.player.plannedTotalMs(), 620000);
    EXPECT_EQ(h.player.painReports().size(), 12);

    // "Next up" names each exercise from the second on, just before its get-ready.
    QStringList nextUp;
    for (const SessionCue& c : h.cues) {
        if (c.kind == CueKind::NextUp)
            nextUp << c.exerciseName + QLatin1Char('@') + QString::number(c.atMs);
    }
    EXPECT_EQ(
        nextUp,
        QStringList({QStringLiteral("Supine hamstring stretch@110000"), QStringLiteral("Figure-4 glute stretch@220000"),
                     QStringLiteral("Side-lying IT band release@330000"),
                     QStringLiteral("Half-kneeling hip flexor stretch@420000"),
                     QStringLiteral("Calf wall stretch@530000")}));
}

TEST(SessionPlan, RestOfZeroBetweenSetsOfAOneSidedExerciseBecomesASwitch)
{
    const QList<SessionStep> steps = buildSessionSteps({planned(sideLyingItBand(), 15, 0, 2, 0)});
    QStringList kinds;
    for (const SessionStep& s : steps)
        kinds << QString::fromLatin1(phaseName(s.kind));
    EXPECT_EQ(kinds.join(QLatin1Char(' ')),
              QStringLiteral("GetReady Hold Switch Hold Switch Hold PainCheck Switch Hold PainCheck"));
}

TEST(SessionPlan, ValidationNamesTheBadField)
{
    QList<PlannedItem> items = dailyMobility();
    EXPECT_TRUE(validatePlannedItems(items).ok());

    items[1].dose.sets = 0;
    Result<void> r = validatePlannedItems(items);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("items[1].dose.sets"));

    items = dailyMobility();
    items[5].dose.holdSeconds = 0;
    r = validatePlannedItems(items);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("items[5].dose.holdSeconds"));

    items = {lowEnd(gluteBridge())};
    items[0].dose.reps = 0;
    r = validatePlannedItems(items);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("items[0].dose.reps"));
    EXPECT_FALSE(r.error().message.isEmpty());

    Harness h(items);
    EXPECT_FALSE(h.player.start().ok());
    EXPECT_EQ(h.player.phase(), SessionPhase::NotStarted);
}

TEST(SessionPlan, CueTextNamesTheExerciseSideAndPart)
{
    Harness h({lowEnd(calfWallStretch())});
    h.start();
    h.advance(5000);
    ASSERT_GE(h.cues.size(), 5);
    EXPECT_EQ(cueText(h.cues.first()), QStringLiteral("Get into position: Calf wall stretch, left side."));
    EXPECT_EQ(cueText(h.cues.at(1)), QStringLiteral("3"));
    EXPECT_EQ(cueText(h.cues.last()), QStringLiteral("Straight knee. Hold it, and keep breathing."));
    h.advance(40000);
    ASSERT_TRUE(h.player.reportPain(0));
    EXPECT_EQ(cueText(h.cues.last()), QStringLiteral("Change over to the right side."));
}
