#include "core/catalog/catalog.h"
#include "core/catalog/programme.h"
#include "core/session/routineplan.h"
#include "core/session/sessionplan.h"
#include "tests/core/session/sessionfixtures.h"

// What a custom routine sets per item (sides, parts, get-ready, rest between exercises) reaches the plan
// the player walks; and a prescribed dose is the top of its own ladder.
namespace patella::test {
namespace {

QList<SessionPhase> kinds(const QList<SessionStep>& steps)
{
    QList<SessionPhase> out;
    for (const SessionStep& step : steps)
        out.append(step.kind);
    return out;
}

TEST(RoutinePlan, OneSideOnlyPlaysThatSideAndChecksPainOnce)
{
    PlannedItem quad = planned(standingQuadStretch(), 30, 0, 2, 10);
    quad.sides = ItemSides::RightOnly;
    const QList<SessionStep> steps = buildSessionSteps({quad});
    EXPECT_EQ(kinds(steps),
              (QList<SessionPhase> {SessionPhase::GetReady, SessionPhase::Hold, SessionPhase::Rest, SessionPhase::Hold,
                                    SessionPhase::PainCheck}));
    for (const SessionStep& step : steps)
        EXPECT_EQ(step.side, StepSide::Right);
}

TEST(RoutinePlan, BothAtOnceIsOneHoldPerSetWithoutSwitches)
{
    PlannedItem quad = planned(standingQuadStretch(), 30, 0, 1, 0);
    quad.sides = ItemSides::Both;
    EXPECT_EQ(kinds(buildSessionSteps({quad})),
              (QList<SessionPhase> {SessionPhase::GetReady, SessionPhase::Hold, SessionPhase::PainCheck}));
}

TEST(RoutinePlan, ATwoPartHoldCanPlayAsOneHold)
{
    PlannedItem calf = planned(calfWallStretch(), 20, 0, 1, 0);
    calf.sides = ItemSides::LeftOnly;
    EXPECT_EQ(buildSessionSteps({calf}).size(), 4u); // get ready, straight knee, bent knee, pain check
    calf.useParts = false;
    EXPECT_EQ(kinds(buildSessionSteps({calf})),
              (QList<SessionPhase> {SessionPhase::GetReady, SessionPhase::Hold, SessionPhase::PainCheck}));
}

TEST(RoutinePlan, GetReadyAndTheRestBetweenExercisesAreTimedAsSet)
{
    PlannedItem quad = planned(standingQuadStretch(), 30, 0, 1, 0);
    quad.sides = ItemSides::LeftOnly;
    quad.getReadySeconds = 12;
    quad.restAfterSeconds = 40;
    PlannedItem wall = planned(wallSit(), 20, 0, 1, 0);
    wall.restAfterSeconds = 90; // the last exercise has no rest after it
    const QList<SessionStep> steps = buildSessionSteps({quad, wall});
    ASSERT_EQ(
        kinds(steps),
        (QList<SessionPhase> {SessionPhase::GetReady, SessionPhase::Hold, SessionPhase::PainCheck, SessionPhase::Rest,
                              SessionPhase::GetReady, SessionPhase::Hold, SessionPhase::PainCheck}));
    EXPECT_EQ(steps.at(0).durationMs, 12000);
    EXPECT_EQ(steps.at(3).durationMs, 40000);
    EXPECT_EQ(steps.at(3).itemIndex, 0);
    EXPECT_EQ(steps.at(4).durationMs, 5000); // the player's default
    EXPECT_EQ(plannedDurationMs(steps), 12000 + 30000 + 40000 + 5000 + 20000);
}

TEST(RoutinePlan, APrescribedDoseStartsAtTheTopAndStepsBackAfterSharpPain)
{
    const Exercise quad = standingQuadStretch();
    const PlannedDose prescribed {30, 0, 2, 10};
    const QList<PlannedDose> ladder = prescribedLadder(quad, prescribed);
    ASSERT_FALSE(ladder.isEmpty());
    EXPECT_EQ(ladder.constLast(), prescribed);
    EXPECT_EQ(ladder.constFirst(), (PlannedDose {15, 0, 1, 10}));
    EXPECT_EQ(prescribedProgression(quad, prescribed, {}).dose, prescribed);
    EXPECT_EQ(prescribedProgression(quad, prescribed, {1, 2, 0}).dose, prescribed); // never above it
    EXPECT_EQ(prescribedProgression(quad, prescribed, {7}).dose, (PlannedDose {30, 0, 1, 10})); // a set less
    EXPECT_EQ(prescribedProgression(quad, prescribed, {7, 8}).dose, (PlannedDose {25, 0, 1, 10}));
    EXPECT_EQ(prescribedProgression(quad, prescribed, {7, 8, 2, 2}).dose, (PlannedDose {30, 0, 1, 10}));
}

TEST(RoutinePlan, ItemDoseFollowsWhoMadeTheRoutine)
{
    const Exercise quad = standingQuadStretch();
    Routine builtIn;
    builtIn.id = QStringLiteral("desk-break");
    RoutineItem fixed;
    fixed.exerciseId = quad.id;
    fixed.dose = PlannedDose {20, 0, 1, 10};
    Routine custom = builtIn;
    custom.origin = Origin::Runner;
    RoutineItem open;
    open.exerciseId = quad.id;
    // Built-in fixed doses are kept whatever the pain; a custom one steps back; no fixed dose: the programme.
    EXPECT_EQ(itemDose(builtIn, fixed, quad, {8}), *fixed.dose);
    EXPECT_EQ(itemDose(custom, fixed, quad, {8}), (PlannedDose {15, 0, 1, 10}));
    EXPECT_EQ(itemDose(custom, open, quad, {1, 1}), plannedDose(quad, {1, 1}));
}

TEST(RoutinePlan, PlannedItemsCarryTheRoutinesChoices)
{
    Catalog catalog = Catalog::withCustom(Catalog(), {standingQuadStretch(), wallSit()}, {});
    Routine routine;
    routine.id = QStringLiteral("my-evening");
    routine.origin = Origin::Runner;
    RoutineItem quad;
    quad.exerciseId = QStringLiteral("standing-quad-stretch");
    quad.dose = PlannedDose {25, 0, 2, 10};
    quad.sides = ItemSides::LeftOnly;
    quad.getReadySeconds = 8;
    quad.restAfterSeconds = 30;
    RoutineItem unknown;
    unknown.exerciseId = QStringLiteral("moonwalk");
    routine.items = {quad};
    const Result<QList<PlannedItem>> items = plannedItemsOf(routine, catalog);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1);
    EXPECT_EQ(items->at(0).dose, *quad.dose);
    EXPECT_EQ(items->at(0).sides, ItemSides::LeftOnly);
    EXPECT_EQ(items->at(0).getReadySeconds, 8);
    EXPECT_EQ(items->at(0).restAfterSeconds, 30);
    routine.items.append(unknown);
    const Result<QList<PlannedItem>> refused = plannedItemsOf(routine, catalog);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("my-evening.items[1]"));
}

TEST(RoutinePlan, TheSingleLegSquatWaitsForItsGateInTheBuiltInRoutineOnly)
{
    Exercise squat = wallSit();
    squat.id = kHardestStrengthId;
    Catalog catalog = Catalog::withCustom(Catalog(), {wallSit(), squat}, {});
    RoutineItem wall;
    wall.exerciseId = wallSit().id;
    RoutineItem hardest;
    hardest.exerciseId = kHardestStrengthId;
    Routine builtIn;
    builtIn.id = QStringLiteral("strength");
    builtIn.items = {wall, hardest};
    const auto ids = [&](const Routine& routine, bool open) {
        QStringList out;
        const Result<QList<PlannedItem>> items = plannedItemsOf(routine, catalog, {}, open);
        for (const PlannedItem& item : items.value())
            out.append(item.exercise.id);
        return out;
    };
    EXPECT_EQ(ids(builtIn, false), QStringList {wallSit().id}) << "shut: not offered yet";
    EXPECT_EQ(ids(builtIn, true), (QStringList {wallSit().id, kHardestStrengthId}));
    // A routine of the runner's own (or the physiotherapist's programme) is a prescription: it keeps it.
    Routine own = builtIn;
    own.id = QStringLiteral("my-strength");
    own.origin = Origin::Runner;
    EXPECT_EQ(ids(own, false), (QStringList {wallSit().id, kHardestStrengthId}));
}

} // namespace
} // namespace patella::test
