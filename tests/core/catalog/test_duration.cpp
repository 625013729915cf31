#include "core/catalog/dosetext.h"
#include "core/catalog/duration.h"
#include "core/catalog/planner.h"
#include "tests/core/catalog/catalogtesting.h"

#include <gtest/gtest.h>

using namespace patella;

// Worked by hand from the formula: get-ready 5 s; per set, every side and part held with a 5 s switch
// between them; rest between sets.
TEST(Duration, SingleExercises)
{
    const Catalog catalog = test::realCatalog();
    const Exercise& quad = *catalog.exercise(QStringLiteral("standing-quad-stretch"));
    EXPECT_EQ(estimatedSeconds(quad, PlannedDose {20, 0, 2, 10}), 5 + 2 * (20 + 5 + 20) + 10); // 105
    const Exercise& calf = *catalog.exercise(QStringLiteral("calf-wall-stretch"));
    EXPECT_EQ(estimatedSeconds(calf, PlannedDose {20, 0, 1, 10}), 5 + 4 * 20 + 3 * 5); // 100
    EXPECT_EQ(estimatedSeconds(calf, PlannedDose {20, 0, 2, 10}), 5 + 2 * 95 + 10); // 205
    const Exercise& bridge = *catalog.exercise(QStringLiteral("glute-bridge"));
    EXPECT_EQ(estimatedSeconds(bridge, PlannedDose {0, 10, 2, 45}), 5 + 2 * 10 * 3 + 45); // 110
    const Exercise& walk = *catalog.exercise(QStringLiteral("brisk-walk"));
    EXPECT_EQ(estimatedSeconds(walk, startingDose(walk.dose)), 305);
}

TEST(Duration, EveryRoutineAtTheStartingDose)
{
    const Catalog catalog = test::realCatalog();
    const auto seconds = [&](const QString& id) {
        const Routine* routine = catalog.routine(id);
        EXPECT_NE(routine, nullptr) << id.toStdString();
        return routine ? estimatedSeconds(*routine, catalog) : -1;
    };
    // Quad, hamstring, figure-4 and hip flexor 105 s each, IT band 85 s, calf 100 s: about ten minutes,
    // the guide's "about 10 minutes" of flexibility work.
    EXPECT_EQ(seconds(routineid::dailyMobility), 4 * 105 + 85 + 100);
    EXPECT_EQ(seconds(routineid::postRunCoolDown), 4 * 105 + 100);
    // Quad and hip flexor one 20 s set each side (50 s each), calf one set (100 s).
    EXPECT_EQ(seconds(routineid::deskBreak), 50 + 50 + 100);
    // Walk 305, swings 2 sides x 2 parts x 10 reps x 2 s + 3 switches + 5 = 100, squats 8 x 3 + 5 = 29,
    // hip flexor 50, bridge hold 25, clamshells 2 x 10 x 2 + 5 + 5 = 50.
    EXPECT_EQ(seconds(routineid::preRunWarmUp), 305 + 100 + 29 + 50 + 25 + 50);
    // Bridge 110; hold 5+2x20+30 = 75; clamshell 5+2x(2x10x2+5)+30 = 125; step-up 5+2x(2x8x3+5)+45 = 156;
    // wall sit 5+2x20+45 = 90; single-leg squat 5+2x(2x5x4+5)+60 = 155.
    EXPECT_EQ(seconds(routineid::strength), 110 + 75 + 125 + 156 + 90 + 155);
    // Five per-side areas of 30 s (5+30+5+30 = 70) and the hip-flexor ball (70).
    EXPECT_EQ(seconds(routineid::foamRolling), 6 * 70);
    EXPECT_EQ(seconds(routineid::restDay), 5 * 70 + 605);
    EXPECT_EQ(describeEstimate(seconds(routineid::dailyMobility)), QStringLiteral("About 10 min"));
}

TEST(Duration, TheChooserDecidesItemsWithoutAFixedDose)
{
    const Catalog catalog = test::realCatalog();
    const Routine& daily = *catalog.routine(routineid::dailyMobility);
    const auto highest = [](const Exercise& exercise) {
        return PlannedDose {exercise.dose.holdSeconds.high, exercise.dose.reps.high, exercise.dose.sets.high,
                            exercise.dose.restSeconds};
    };
    // Quad-type 5+2x65+10 = 145 (x4), IT band 5+2x45+10 = 105, calf with its second set 205.
    EXPECT_EQ(estimatedSeconds(daily, catalog, highest), 4 * 145 + 105 + 205);

    // A fixed routine dose wins over the chooser.
    const Routine& desk = *catalog.routine(routineid::deskBreak);
    EXPECT_EQ(estimatedSeconds(desk, catalog, highest), estimatedSeconds(desk, catalog));
}

TEST(Duration, WordsForTimes)
{
    EXPECT_EQ(describeSeconds(45), QStringLiteral("45 s"));
    EXPECT_EQ(describeSeconds(300), QStringLiteral("5 min"));
    EXPECT_EQ(describeSeconds(90), QStringLiteral("1 min 30 s"));
    EXPECT_EQ(describeEstimate(20), QStringLiteral("About 1 min"));
    EXPECT_EQ(describeEstimate(605), QStringLiteral("About 10 min"));
}
