#include "core/catalog/dosetext.h"
#include "core/catalog/planner.h"
#include "tests/core/catalog/catalogtesting.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace patella;

namespace {

struct TableRow
{
    const char* id;
    QStringList targets;
    IntRange hold;
    IntRange sets;
    QList<BestTime> bestTimes;
};

// The guide's table of six stretches, column by column.
const QList<TableRow>& tableRows()
{
    static const QList<TableRow> rows {
        {"standing-quad-stretch",
         {QStringLiteral("quadriceps"), QStringLiteral("hip-flexors")},
         {20, 30},
         {2, 2},
         {BestTime::PostRun, BestTime::Evening}},
        {"supine-hamstring-stretch", {QStringLiteral("hamstrings")}, {20, 30}, {2, 2}, {BestTime::PostRun}},
        {"figure-four-glute-stretch",
         {QStringLiteral("glutes"), QStringLiteral("hip-rotators")},
         {20, 30},
         {2, 2},
         {BestTime::PostRun, BestTime::RestDay}},
        {"side-lying-it-band", {QStringLiteral("tfl-it-band")}, {15, 20}, {2, 2}, {BestTime::LightDay}},
        {"half-kneeling-hip-flexor",
         {QStringLiteral("hip-flexors"), QStringLiteral("quadriceps")},
         {20, 30},
         {2, 2},
         {BestTime::WarmUp, BestTime::PostRun}},
        {"calf-wall-stretch", {QStringLiteral("calves")}, {20, 20}, {1, 2}, {BestTime::PostRun}},
    };
    return rows;
}

} // namespace

TEST(CatalogContent, EveryTableRowHasItsExactDoseTargetsAndBestTimes)
{
    const Catalog catalog = test::realCatalog();
    for (const TableRow& row : tableRows()) {
        SCOPED_TRACE(row.id);
        const Exercise* exercise = catalog.exercise(QString::fromLatin1(row.id));
        ASSERT_NE(exercise, nullptr);
        EXPECT_EQ(exercise->kind, ExerciseKind::Stretch);
        EXPECT_EQ(exercise->targets, row.targets);
        EXPECT_TRUE(exercise->perSide);
        EXPECT_EQ(exercise->dose.type, DoseType::Hold);
        EXPECT_EQ(exercise->dose.holdSeconds, row.hold);
        EXPECT_EQ(exercise->dose.sets, row.sets);
        EXPECT_EQ(exercise->bestTimes, row.bestTimes);
        EXPECT_FALSE(exercise->steps.isEmpty());
        EXPECT_GE(exercise->cues.size(), 3);
        EXPECT_FALSE(exercise->cautions.isEmpty());
    }
}

TEST(CatalogContent, CalfStretchIsStraightThenBentKnee)
{
    const Catalog catalog = test::realCatalog();
    const Exercise* calf = catalog.exercise(QStringLiteral("calf-wall-stretch"));
    ASSERT_NE(calf, nullptr);
    ASSERT_EQ(calf->dose.parts.size(), 2);
    EXPECT_EQ(calf->dose.parts.at(0).id, QStringLiteral("straight-knee"));
    EXPECT_EQ(calf->dose.parts.at(1).id, QStringLiteral("bent-knee"));
    EXPECT_TRUE(calf->dose.parts.at(0).illustration.isEmpty()); // the exercise's own drawing
    EXPECT_EQ(calf->dose.parts.at(1).illustration, QStringLiteral("calf-wall-stretch-bent"));
    EXPECT_EQ(describeDose(*calf), QStringLiteral("20 s straight knee + 20 s bent knee, 1\u20132 sets, each side"));
}

TEST(CatalogContent, DoseInWords)
{
    const Catalog catalog = test::realCatalog();
    EXPECT_EQ(describeDose(*catalog.exercise(QStringLiteral("standing-quad-stretch"))),
              QStringLiteral("20\u201330 s, 2 sets, each side"));
    EXPECT_EQ(describeDose(*catalog.exercise(QStringLiteral("side-lying-it-band"))),
              QStringLiteral("15\u201320 s, 2 sets, each side"));
    EXPECT_EQ(describeDose(*catalog.exercise(QStringLiteral("glute-bridge"))),
              QStringLiteral("10\u201315 reps, 2\u20133 sets"));
    EXPECT_EQ(describeDose(*catalog.exercise(QStringLiteral("brisk-walk"))), QStringLiteral("5 min"));
    EXPECT_EQ(describeDose(*catalog.exercise(QStringLiteral("foam-roll-quads"))),
              QStringLiteral("30\u201360 s, each side"));
    EXPECT_EQ(describeRest(*catalog.exercise(QStringLiteral("glute-bridge"))),
              QStringLiteral("45 s rest between sets"));
    EXPECT_EQ(describePlannedDose(*catalog.exercise(QStringLiteral("clamshell")), PlannedDose {0, 12, 3, 30}),
              QStringLiteral("12 reps, 3 sets, each side"));
}

TEST(CatalogContent, UsesTheAgreedIdsAndIllustrationNames)
{
    const QStringList expected {
        QStringLiteral("standing-quad-stretch"),
        QStringLiteral("supine-hamstring-stretch"),
        QStringLiteral("figure-four-glute-stretch"),
        QStringLiteral("side-lying-it-band"),
        QStringLiteral("half-kneeling-hip-flexor"),
        QStringLiteral("calf-wall-stretch"),
        QStringLiteral("glute-bridge"),
        QStringLiteral("glute-bridge-hold"),
        QStringLiteral("clamshell"),
        QStringLiteral("step-up"),
        QStringLiteral("single-leg-squat"),
        QStringLiteral("wall-sit"),
        QStringLiteral("brisk-walk"),
        QStringLiteral("leg-swings"),
        QStringLiteral("bodyweight-squat"),
        QStringLiteral("foam-roll-quads"),
        QStringLiteral("foam-roll-hamstrings"),
        QStringLiteral("foam-roll-glutes"),
        QStringLiteral("foam-roll-calves"),
        QStringLiteral("foam-roll-it-band"),
        QStringLiteral("massage-ball-hip-flexors"),
    };
    const Catalog catalog = test::realCatalog();
    QStringList ids;
    for (const Exercise& exercise : catalog.exercises()) {
        ids.append(exercise.id);
        EXPECT_EQ(exercise.illustration, exercise.id);
    }
    EXPECT_EQ(ids, expected);
}

TEST(CatalogContent, KindsHoldTheGuidesWork)
{
    const Catalog catalog = test::realCatalog();
    EXPECT_EQ(catalog.exercisesOfKind(ExerciseKind::Stretch).size(), 6);
    EXPECT_EQ(catalog.exercisesOfKind(ExerciseKind::Strength).size(), 6);
    EXPECT_EQ(catalog.exercisesOfKind(ExerciseKind::WarmUp).size(), 3);
    EXPECT_EQ(catalog.exercisesOfKind(ExerciseKind::FoamRolling).size(), 6);

    const Exercise* hold = catalog.exercise(QStringLiteral("glute-bridge-hold"));
    ASSERT_NE(hold, nullptr);
    EXPECT_EQ(hold->dose.type, DoseType::Hold);
    EXPECT_EQ(hold->easierVariantOf, QStringLiteral("glute-bridge"));
    EXPECT_EQ(catalog.exercise(QStringLiteral("step-up"))->easierVariantOf, QStringLiteral("single-leg-squat"));

    for (const Exercise* roll : catalog.exercisesOfKind(ExerciseKind::FoamRolling)) {
        SCOPED_TRACE(roll->id.toStdString());
        EXPECT_EQ(roll->dose.holdSeconds, (IntRange {30, 60})); // 30-60 s per area
    }
    const Exercise* walk = catalog.exercise(QStringLiteral("brisk-walk"));
    EXPECT_EQ(walk->dose.holdSeconds, (IntRange {300, 300}));
}

TEST(CatalogContent, StrengthRepsAndHoldsAreSensible)
{
    const Catalog catalog = test::realCatalog();
    for (const Exercise* exercise : catalog.exercisesOfKind(ExerciseKind::Strength)) {
        SCOPED_TRACE(exercise->id.toStdString());
        const Dose& dose = exercise->dose;
        EXPECT_GE(dose.sets.low, 2);
        EXPECT_LE(dose.sets.high, 3);
        EXPECT_GE(dose.restSeconds, 30);
        if (dose.type == DoseType::Reps) {
            EXPECT_GE(dose.reps.low, 5);
            EXPECT_LE(dose.reps.high, 15);
            EXPECT_GT(dose.tempoSeconds, 0);
        } else {
            EXPECT_LE(dose.holdSeconds.high, 45);
        }
    }
}

TEST(CatalogContent, HasEveryPreventionHabit)
{
    const Catalog catalog = test::realCatalog();
    const QStringList ids {
        QStringLiteral("keep-stretching"), QStringLiteral("strengthen-hips"),  QStringLiteral("running-form"),
        QStringLiteral("ten-percent"),     QStringLiteral("supportive-shoes"), QStringLiteral("recovery"),
        QStringLiteral("work-breaks"),     QStringLiteral("track-weekly"),     QStringLiteral("warm-up"),
        QStringLiteral("hydrate-fuel"),    QStringLiteral("knee-support")};
    ASSERT_EQ(catalog.habits().size(), ids.size());
    for (const QString& id : ids) {
        const Habit* habit = catalog.habit(id);
        ASSERT_NE(habit, nullptr) << id.toStdString();
        EXPECT_FALSE(habit->why.isEmpty());
        EXPECT_FALSE(habit->howPatellaHelps.isEmpty());
    }
    EXPECT_TRUE(catalog.habit(QStringLiteral("keep-stretching"))->why.contains(QStringLiteral("3-4 times a week")));
    EXPECT_TRUE(catalog.habit(QStringLiteral("ten-percent"))->why.contains(QStringLiteral("10%")));
}

TEST(CatalogContent, RoutinesThePlannerNamesExistAndComposeTheRightWork)
{
    const Catalog catalog = test::realCatalog();
    for (const QString& id :
         {routineid::dailyMobility, routineid::postRunCoolDown, routineid::preRunWarmUp, routineid::strength,
          routineid::foamRolling, routineid::deskBreak, routineid::restDay, routineid::stretchWarmUp})
        EXPECT_NE(catalog.routine(id), nullptr) << id.toStdString();

    const Routine* daily = catalog.routine(routineid::dailyMobility);
    ASSERT_NE(daily, nullptr);
    ASSERT_EQ(daily->items.size(), 6);
    for (const RoutineItem& item : daily->items)
        EXPECT_EQ(catalog.exercise(item.exerciseId)->kind, ExerciseKind::Stretch);

    const Routine* warmUp = catalog.routine(routineid::preRunWarmUp);
    QStringList warmUpIds;
    for (const RoutineItem& item : warmUp->items)
        warmUpIds.append(item.exerciseId);
    EXPECT_EQ(warmUpIds.first(), QStringLiteral("brisk-walk"));
    EXPECT_TRUE(warmUpIds.contains(QStringLiteral("half-kneeling-hip-flexor")));
    EXPECT_TRUE(warmUpIds.contains(QStringLiteral("glute-bridge-hold")));

    const Routine* strength = catalog.routine(routineid::strength);
    for (const RoutineItem& item : strength->items)
        EXPECT_EQ(catalog.exercise(item.exerciseId)->kind, ExerciseKind::Strength);
    EXPECT_EQ(strength->items.first().exerciseId, QStringLiteral("glute-bridge")); // easy variants first
    EXPECT_EQ(strength->items.last().exerciseId, QStringLiteral("single-leg-squat"));

    const Routine* desk = catalog.routine(routineid::deskBreak);
    ASSERT_TRUE(desk->items.first().dose.has_value());
    EXPECT_EQ(desk->items.first().dose->sets, 1);
}

TEST(CatalogContent, MuscleGroupsAreTheAgreedOnes)
{
    const Catalog catalog = test::realCatalog();
    QStringList ids;
    for (const MuscleGroup& group : catalog.muscleGroups())
        ids.append(group.id);
    EXPECT_EQ(ids,
              (QStringList {QStringLiteral("quadriceps"), QStringLiteral("hip-flexors"), QStringLiteral("hamstrings"),
                            QStringLiteral("glutes"), QStringLiteral("hip-rotators"), QStringLiteral("tfl-it-band"),
                            QStringLiteral("calves"), QStringLiteral("hip-abductors"), QStringLiteral("core")}));
    EXPECT_EQ(catalog.muscleGroupName(QStringLiteral("tfl-it-band")), QStringLiteral("TFL and IT band"));
}

TEST(CatalogContent, KindAndBestTimeIdsRoundTrip)
{
    for (ExerciseKind kind : allExerciseKinds())
        EXPECT_EQ(exerciseKindFromId(toId(kind)), kind);
    for (BestTime time : allBestTimes())
        EXPECT_EQ(bestTimeFromId(toId(time)), time);
    EXPECT_FALSE(exerciseKindFromId(QStringLiteral("yoga")).has_value());
    EXPECT_EQ(toId(ExerciseKind::FoamRolling), QStringLiteral("foam-rolling"));
    EXPECT_EQ(toId(BestTime::LightDay), QStringLiteral("light-day"));
}
