// The routine editor's model: adding, reordering, editing, undo and redo, validation that names the field
// and the limit, and the total that follows the edits.
#include "core/catalog/customroutines.h"
#include "core/catalog/duration.h"
#include "core/catalog/routinedraft.h"
#include "tests/core/catalog/catalogtesting.h"

#include <gtest/gtest.h>

namespace patella::test {
namespace {

QStringList exerciseIds(const RoutineDraft& draft)
{
    QStringList ids;
    for (int i = 0; i < draft.itemCount(); ++i)
        ids.append(draft.item(i).exerciseId);
    return ids;
}

TEST(RoutineDraft, AddsExercisesWithTheirStartingDoseFixed)
{
    const Catalog catalog = realCatalog();
    RoutineDraft draft(catalog);
    EXPECT_TRUE(draft.isNew());
    EXPECT_EQ(draft.addExercise(QStringLiteral("standing-quad-stretch")), 0);
    EXPECT_EQ(draft.addExercise(QStringLiteral("clamshell")), 1);
    EXPECT_EQ(draft.addExercise(QStringLiteral("calf-wall-stretch"), 0), 0);
    EXPECT_EQ(draft.addExercise(QStringLiteral("no-such-exercise")), -1);
    EXPECT_EQ(exerciseIds(draft),
              (QStringList {QStringLiteral("calf-wall-stretch"), QStringLiteral("standing-quad-stretch"),
                            QStringLiteral("clamshell")}));
    ASSERT_TRUE(draft.item(1).dose.has_value());
    EXPECT_EQ(draft.item(1).dose->holdSeconds, 20);
    EXPECT_EQ(draft.item(1).dose->sets, 2);
    EXPECT_EQ(draft.item(2).dose->reps, 10);
}

TEST(RoutineDraft, MovesItemsAndUndoesEachStep)
{
    const Catalog catalog = realCatalog();
    RoutineDraft draft(catalog);
    draft.addExercise(QStringLiteral("standing-quad-stretch"));
    draft.addExercise(QStringLiteral("supine-hamstring-stretch"));
    draft.addExercise(QStringLiteral("glute-bridge"));
    EXPECT_TRUE(draft.moveItem(2, 0));
    EXPECT_FALSE(draft.moveItem(0, 3));
    EXPECT_EQ(draft.item(0).exerciseId, QStringLiteral("glute-bridge"));
    draft.removeItem(1);
    EXPECT_EQ(exerciseIds(draft),
              (QStringList {QStringLiteral("glute-bridge"), QStringLiteral("supine-hamstring-stretch")}));

    draft.undo(); // the removal
    EXPECT_EQ(draft.itemCount(), 3);
    EXPECT_EQ(draft.item(1).exerciseId, QStringLiteral("standing-quad-stretch"));
    draft.undo(); // the move
    EXPECT_EQ(draft.item(0).exerciseId, QStringLiteral("standing-quad-stretch"));
    EXPECT_TRUE(draft.canRedo());
    draft.redo();
    EXPECT_EQ(draft.item(0).exerciseId, QStringLiteral("glute-bridge"));
    draft.undo();
    draft.undo();
    draft.undo();
    draft.undo();
    EXPECT_EQ(draft.itemCount(), 0);
    EXPECT_FALSE(draft.canUndo());
}

TEST(RoutineDraft, TypingANameIsOneUndoStep)
{
    const Catalog catalog = realCatalog();
    RoutineDraft draft(catalog);
    draft.addExercise(QStringLiteral("wall-sit"));
    for (const QString& typed : {QStringLiteral("E"), QStringLiteral("Ev"), QStringLiteral("Eve")})
        draft.setName(typed);
    EXPECT_EQ(draft.routine().name, QStringLiteral("Eve"));
    draft.undo();
    EXPECT_EQ(draft.routine().name, QString());
    EXPECT_EQ(draft.itemCount(), 1);
}

TEST(RoutineDraft, ValidationNamesTheItemTheFieldAndTheLimit)
{
    const Catalog catalog = realCatalog();
    RoutineDraft draft(catalog);
    EXPECT_EQ(draft.validated().error().field, QStringLiteral("name"));
    EXPECT_EQ(draft.problem(), QStringLiteral("Name: is empty"));
    draft.setName(QStringLiteral("Evening"));
    EXPECT_EQ(draft.problem(), QStringLiteral("Exercises: needs at least one exercise"));

    draft.addExercise(QStringLiteral("standing-quad-stretch"));
    draft.addExercise(QStringLiteral("calf-wall-stretch"));
    RoutineItem calf = draft.item(1);
    calf.dose->holdSeconds = 400;
    draft.setItem(1, calf);
    EXPECT_EQ(draft.validated().error().field, QStringLiteral("items[1].hold_s"));
    EXPECT_EQ(draft.problem(), QStringLiteral("Exercise 2 (Calf wall stretch): hold (seconds): 400 is above 180"));

    calf.dose->holdSeconds = 30;
    calf.dose->sets = 7;
    draft.setItem(1, calf);
    EXPECT_TRUE(draft.problem().endsWith(QStringLiteral("sets: 7 is above 6"))) << draft.problem().toStdString();
    calf.dose->sets = 2;
    calf.restAfterSeconds = 301;
    draft.setItem(1, calf);
    EXPECT_TRUE(draft.problem().endsWith(QStringLiteral("rest before the next exercise (seconds): 301 is above 300")))
        << draft.problem().toStdString();
    calf.restAfterSeconds = 0;
    draft.setItem(1, calf);

    draft.addExercise(QStringLiteral("glute-bridge"));
    RoutineItem bridge = draft.item(2);
    bridge.dose->reps = 0;
    draft.setItem(2, bridge);
    EXPECT_TRUE(draft.problem().startsWith(QStringLiteral("Exercise 3 (")));
    EXPECT_TRUE(draft.problem().endsWith(QStringLiteral("reps: 0 is below 1"))) << draft.problem().toStdString();
    bridge.dose->reps = 12;
    bridge.sides = ItemSides::LeftOnly; // the bridge uses both legs at once
    draft.setItem(2, bridge);
    EXPECT_TRUE(draft.problem().contains(QStringLiteral(": sides: "))) << draft.problem().toStdString();
    bridge.sides = ItemSides::Both;
    draft.setItem(2, bridge);

    const Result<Routine> valid = draft.validated();
    ASSERT_TRUE(valid.ok()) << valid.error().text().toStdString();
    EXPECT_EQ(valid->id, QStringLiteral("my-evening"));
    EXPECT_EQ(valid->origin, Origin::Runner);
    EXPECT_TRUE(draft.problem().isEmpty());
}

TEST(RoutineDraft, UsingItInThePlanNeedsABuiltInRoutine)
{
    const Catalog catalog = realCatalog();
    RoutineDraft draft(catalog);
    draft.setName(QStringLiteral("Mine"));
    draft.addExercise(QStringLiteral("wall-sit"));
    draft.setPlanUse(PlanUse::InPlace, QString());
    EXPECT_EQ(draft.validated().error().field, QStringLiteral("stands_for"));
    EXPECT_TRUE(draft.problem().startsWith(QStringLiteral("Use in my plan: ")));
    draft.setPlanUse(PlanUse::InPlace, QStringLiteral("strength"));
    EXPECT_TRUE(draft.validated().ok()) << draft.problem().toStdString();
}

TEST(RoutineDraft, DuplicatingABuiltInRoutineKeepsItsItemsAndDoses)
{
    const Catalog catalog = realCatalog();
    const Routine* desk = catalog.routine(QStringLiteral("desk-break"));
    ASSERT_NE(desk, nullptr);
    RoutineDraft draft(catalog, *desk);
    EXPECT_FALSE(draft.isNew()); // its id is already made
    EXPECT_EQ(draft.routine().origin, Origin::Runner);
    EXPECT_EQ(draft.routine().standsFor, QStringLiteral("desk-break"));
    EXPECT_NE(draft.routine().id, desk->id);
    ASSERT_EQ(draft.itemCount(), desk->items.size());
    for (int i = 0; i < draft.itemCount(); ++i)
        EXPECT_EQ(draft.item(i), desk->items.at(i));
    EXPECT_EQ(draft.estimatedSeconds(), estimatedSeconds(*desk, catalog));
    EXPECT_TRUE(draft.validated().ok()) << draft.problem().toStdString();
}

TEST(RoutineDraft, TheTotalFollowsSidesPartsPausesAndSets)
{
    const Catalog catalog = realCatalog();
    RoutineDraft draft(catalog);
    draft.addExercise(QStringLiteral("calf-wall-stretch")); // per side, two parts, 20 s x 1, rest 10
    // get ready 5 + (2 sides x 2 parts x 20 s + 3 switches x 5 s) = 100
    EXPECT_EQ(draft.estimatedSeconds(), 100);
    RoutineItem calf = draft.item(0);
    calf.sides = ItemSides::RightOnly;
    calf.useParts = false;
    calf.getReadySeconds = 10;
    calf.dose->sets = 2;
    draft.setItem(0, calf);
    // 10 + 2 sets x 20 s + 1 rest of 10 s
    EXPECT_EQ(draft.estimatedSeconds(), 60);
    calf.restAfterSeconds = 30;
    draft.setItem(0, calf);
    EXPECT_EQ(draft.estimatedSeconds(), 60); // no rest after the last exercise
    draft.addExercise(QStringLiteral("wall-sit")); // 5 + 2 x 20 + 45 = 90
    EXPECT_EQ(draft.estimatedSeconds(), 60 + 30 + 90);
    EXPECT_FALSE(draft.isLong());
}

TEST(RoutineDraft, ARoutineOverNinetyMinutesIsLong)
{
    const Catalog catalog = realCatalog();
    RoutineDraft draft(catalog);
    for (int i = 0; i < 20; ++i) {
        const int index = draft.addExercise(QStringLiteral("wall-sit"));
        RoutineItem item = draft.item(index);
        item.dose = PlannedDose {180, 0, 6, 60};
        draft.setItem(index, item);
    }
    EXPECT_GT(draft.estimatedSeconds(), doselimit::kLongRoutineMinutes * 60);
    EXPECT_TRUE(draft.isLong());
    draft.removeItem(0);
    while (draft.itemCount() > 3)
        draft.removeItem(0);
    EXPECT_FALSE(draft.isLong());
}

} // namespace
} // namespace patella::test
