#include "core/store/routineuse.h"
#include "tests/core/store/customtesting.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace patella::test {
namespace {

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QFileDevice::Permissions modeOf(const QString& path)
{
    return QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

TEST(CustomContent, TheVersionOneFixtureClimbsEveryStepAndThenKeepsCustomContent)
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    ASSERT_TRUE(QFile::copy(fixturePath(QStringLiteral("journal-v1.sqlite")), path));
    QFile::setPermissions(path, kPrivateFile);
    FixedClock clock(referenceNow());
    const Catalog catalog = loadCatalog();
    {
        JournalStore store(clock);
        const Result<void> opened = store.open(path);
        ASSERT_TRUE(opened.ok()) << why(opened);
        EXPECT_EQ(store.schemaVersion().value(), JournalStore::currentSchemaVersion());
        // Every step ran, the records are all there, and the backup before them is the version-1 file.
        EXPECT_EQ(store.list<SessionRecord>()->size(), 2);
        EXPECT_EQ(store.list<patella::Run>()->size(), 3);
        ASSERT_EQ(store.listBackups().size(), 1);
        EXPECT_EQ(store.listBackups().at(0).kind, BackupKind::PreMigration);

        CustomCatalog custom(catalog, store);
        ASSERT_TRUE(custom.reload().ok());
        EXPECT_TRUE(store.customContent()->exercises.isEmpty());
        const Result<QString> exercise = custom.saveExercise(wallSlide());
        ASSERT_TRUE(exercise.ok()) << why(exercise);
        const Result<QString> routine = custom.saveRoutine(eveningRoutine(exercise.value()));
        ASSERT_TRUE(routine.ok()) << why(routine);
    }
    // Closed and opened again: no step runs twice and the content is read back whole.
    JournalStore store(clock);
    ASSERT_TRUE(store.open(path).ok());
    EXPECT_EQ(store.listBackups().size(), 1);
    const Result<CustomContent> content = store.customContent();
    ASSERT_TRUE(content.ok()) << why(content);
    ASSERT_EQ(content->exercises.size(), 1);
    ASSERT_EQ(content->routines.size(), 1);
    EXPECT_EQ(content->routines.at(0).items.size(), 2);
    EXPECT_TRUE(store.checkIntegrity().ok());
}

TEST(CustomContent, AnExerciseAndARoutineRoundTripThroughTheJournal)
{
    CustomJournal journal;
    Exercise slide = wallSlide();
    slide.dose.parts = {DosePart {QStringLiteral("down"), QStringLiteral("Down"), {}},
                        DosePart {QStringLiteral("up"), QStringLiteral("Up"), {}}};
    slide.mirrored = false;
    const Result<QString> id = journal.custom.saveExercise(slide, ProgrammeImage {tinyPng(), QStringLiteral("png")});
    ASSERT_TRUE(id.ok()) << why(id);
    EXPECT_EQ(id.value(), QStringLiteral("my-wall-slide"));

    const Exercise* stored = journal.custom.catalog().exercise(id.value());
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->origin, Origin::Runner);
    EXPECT_TRUE(stored->isCustom());
    EXPECT_EQ(stored->name, slide.name);
    EXPECT_EQ(stored->dose.reps, (IntRange {10, 10}));
    EXPECT_EQ(stored->dose.tempoSeconds, 3);
    EXPECT_EQ(stored->dose.parts.size(), 2);
    EXPECT_EQ(stored->dose.parts.at(1).name, QStringLiteral("Up"));
    EXPECT_EQ(stored->steps, slide.steps);
    EXPECT_EQ(stored->cues, slide.cues);
    EXPECT_EQ(stored->cautions, slide.cautions);
    EXPECT_EQ(stored->targets, slide.targets);
    EXPECT_FALSE(stored->mirrored);
    // The picture is a private file in the data folder, byte for byte what was given.
    ASSERT_FALSE(stored->imagePath.isEmpty());
    EXPECT_TRUE(stored->imagePath.startsWith(journal.store.imageFolder()));
    EXPECT_EQ(fileBytes(stored->imagePath), tinyPng());
    EXPECT_EQ(modeOf(stored->imagePath), kPrivateFile);
    EXPECT_EQ(modeOf(journal.store.imageFolder()),
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // The built-in catalog is untouched; the merged one has one more exercise.
    EXPECT_EQ(journal.custom.catalog().exercises().size(), journal.catalog.exercises().size() + 1);
    EXPECT_EQ(journal.catalog.exercise(id.value()), nullptr);

    Routine routine = eveningRoutine(id.value());
    routine.items[0].sides = ItemSides::RightOnly;
    routine.items[1].useParts = false;
    const Result<QString> routineId = journal.custom.saveRoutine(routine);
    ASSERT_TRUE(routineId.ok()) << why(routineId);
    const Routine* back = journal.custom.catalog().routine(routineId.value());
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(back->origin, Origin::Runner);
    EXPECT_EQ(back->standsFor, QStringLiteral("daily-knee-mobility"));
    EXPECT_EQ(back->planUse, PlanUse::InPlace);
    ASSERT_EQ(back->items.size(), 2);
    routine.items[1].exerciseId = id.value();
    EXPECT_EQ(back->items, routine.items);

    // Editing keeps the id and the picture; renaming is a save with a new name. (Pointers into the
    // catalog do not survive a save: look it up again.)
    Exercise edited = *journal.custom.catalog().exercise(id.value());
    edited.name = QStringLiteral("Wall slide, slower");
    ASSERT_TRUE(journal.custom.saveExercise(edited).ok());
    EXPECT_EQ(journal.custom.catalog().exercise(id.value())->name, edited.name);
    EXPECT_EQ(fileBytes(journal.custom.catalog().exercise(id.value())->imagePath), tinyPng());
}

TEST(CustomContent, RefusalsNameTheFieldAndTheLimitAndWriteNothing)
{
    CustomJournal journal;
    const QString slide = journal.custom.saveExercise(wallSlide()).value();
    struct Case
    {
        std::function<void(Routine&)> change;
        const char* expected;
    };
    const Case cases[] = {
        {[](Routine& r) { r.items[0].dose->holdSeconds = 400; }, "items[0].hold_s: 400 is above 180"},
        {[](Routine& r) { r.items[0].dose->holdSeconds = 4; }, "items[0].hold_s: 4 is below 5"},
        {[](Routine& r) { r.items[1].dose->reps = 51; }, "items[1].reps: 51 is above 50"},
        {[](Routine& r) { r.items[1].dose->reps = 0; }, "items[1].reps: 0 is below 1"},
        {[](Routine& r) { r.items[0].dose->sets = 7; }, "items[0].sets: 7 is above 6"},
        {[](Routine& r) { r.items[0].dose->sets = 0; }, "items[0].sets: 0 is below 1"},
        {[](Routine& r) { r.items[0].dose->restSeconds = 301; }, "items[0].rest_s: 301 is above 300"},
        {[](Routine& r) { r.items[0].restAfterSeconds = 301; }, "items[0].rest_after_s: 301 is above 300"},
        {[](Routine& r) { r.items[1].getReadySeconds = 61; }, "items[1].get_ready_s: 61 is above 60"},
        {[](Routine& r) { r.items.clear(); }, "items: needs at least one exercise"},
        {[](Routine& r) { r.name = QStringLiteral("  "); }, "name: is empty"},
        {[](Routine& r) { r.items[1].sides = ItemSides::LeftOnly; },
         "items[1].sides: \"Wall slide\" is not done one side at a time: use \"both\""},
        {[](Routine& r) { r.items[0].exerciseId = QStringLiteral("moonwalk"); },
         "items[0].exercise: unknown exercise \"moonwalk\""},
        {[](Routine& r) { r.standsFor.clear(); },
         "stands_for: is needed to use the routine in the plan: name the built-in routine it goes with"},
    };
    for (const Case& c : cases) {
        Routine routine = eveningRoutine(slide);
        c.change(routine);
        const Result<QString> saved = journal.custom.saveRoutine(routine);
        ASSERT_FALSE(saved.ok()) << c.expected;
        EXPECT_EQ(saved.error().text().toStdString(), c.expected);
    }
    EXPECT_TRUE(journal.store.customContent()->routines.isEmpty());

    Exercise bad = wallSlide();
    bad.dose.reps = {60, 60};
    const Result<QString> refused = journal.custom.saveExercise(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().text(), QStringLiteral("dose.reps: 60 is above 50"));
    bad = wallSlide();
    bad.targets = {QStringLiteral("elbows")};
    EXPECT_EQ(journal.custom.saveExercise(bad).error().text(),
              QStringLiteral("targets[0]: unknown muscle group \"elbows\""));
    EXPECT_EQ(journal.store.customContent()->exercises.size(), 1);
}

TEST(CustomContent, ADeletedExerciseKeepsItsNameForTheHistoryAndCanBeRestored)
{
    CustomJournal journal;
    const QString slide = journal.custom.saveExercise(wallSlide()).value();
    const QString routine = journal.custom.saveRoutine(eveningRoutine(slide)).value();

    SessionRecord session;
    session.routineId = routine;
    session.start = journal.at(1, 19);
    session.end = session.start.addSecs(600);
    session.localDate = referenceDate().addDays(-1);
    SessionItem item;
    item.exerciseId = slide;
    item.plannedReps = 12;
    item.actualReps = 12;
    session.items = {item};
    ASSERT_TRUE(journal.store.add(session).ok());

    // Still used by a routine of the runner's: refused, nothing changes.
    const Result<void> inUse = journal.custom.remove(slide);
    ASSERT_FALSE(inUse.ok());
    EXPECT_EQ(inUse.error().text(),
              QStringLiteral("Wall slide: is used in your routine \"My evening\": take it out there first."));
    EXPECT_FALSE(journal.custom.catalog().exercise(slide)->retired);

    QSignalSpy changed(&journal.custom, &CustomCatalog::changed);
    ASSERT_TRUE(journal.custom.remove(routine).ok());
    ASSERT_TRUE(journal.custom.remove(slide).ok());
    EXPECT_EQ(changed.count(), 2);
    const Exercise* gone = journal.custom.catalog().exercise(slide);
    ASSERT_NE(gone, nullptr); // the session in the journal still names it
    EXPECT_TRUE(gone->retired);
    EXPECT_EQ(gone->name, QStringLiteral("Wall slide"));
    EXPECT_TRUE(journal.custom.catalog().routine(routine)->retired);
    EXPECT_EQ(journal.store.list<SessionRecord>()->at(0).items.at(0).exerciseId, slide);
    // A deleted exercise cannot go into a new routine.
    Routine again = eveningRoutine(slide);
    again.name = QStringLiteral("Another");
    EXPECT_EQ(journal.custom.saveRoutine(again).error().text(),
              QStringLiteral("items[1].exercise: \"Wall slide\" was deleted"));

    // Undo.
    ASSERT_TRUE(journal.custom.restore(slide).ok());
    EXPECT_FALSE(journal.custom.catalog().exercise(slide)->retired);
    // Patella's own entries cannot be deleted.
    EXPECT_FALSE(journal.custom.remove(QStringLiteral("standing-quad-stretch")).ok());
}

TEST(CustomContent, TheDuplicateOfABuiltInRoutineIsACopyOfYourOwn)
{
    CustomJournal journal;
    const Routine* strength = journal.catalog.routine(QStringLiteral("strength"));
    ASSERT_NE(strength, nullptr);
    const Routine copy = duplicateRoutine(*strength, journal.custom.catalog());
    EXPECT_EQ(copy.name.toStdString(), strength->name.toStdString() + " (mine)");
    EXPECT_EQ(copy.id.toStdString(), "my-hip-and-knee-strength-mine");
    EXPECT_EQ(copy.standsFor, QStringLiteral("strength"));
    EXPECT_EQ(copy.origin, Origin::Runner);
    EXPECT_EQ(copy.items, strength->items);
    const Result<QString> saved = journal.custom.saveRoutine(copy);
    ASSERT_TRUE(saved.ok()) << why(saved);
    // A second copy gets an id of its own.
    EXPECT_EQ(duplicateRoutine(*strength, journal.custom.catalog()).id.toStdString(),
              "my-hip-and-knee-strength-mine-2");
}

TEST(CustomContent, RoutinesInUseSayWhoMadeThem)
{
    CustomJournal journal;
    const Result<ProgrammeFile> file = readProgrammeFile(
        fixturePath(QStringLiteral("../../docs/programme-example.json")), journal.catalog, sniffOnlyImageCheck);
    ASSERT_TRUE(file.ok()) << why(file);
    ASSERT_TRUE(journal.custom.importProgramme(file.value(), QStringLiteral("programme-example.json")).ok());
    const QString slide = journal.custom.saveExercise(wallSlide()).value();
    Routine mine = eveningRoutine(slide);
    mine.planUse = PlanUse::NotInPlan;
    const QString own = journal.custom.saveRoutine(mine).value();

    QList<SessionRecord> sessions;
    for (const auto& [routine, daysAgo] :
         {std::pair {QStringLiteral("daily-knee-mobility"), 3}, std::pair {own, 2}, std::pair {own, 1}}) {
        SessionRecord s;
        s.routineId = routine;
        s.start = journal.at(daysAgo, 19);
        s.end = s.start.addSecs(600);
        s.localDate = referenceDate().addDays(-daysAgo);
        sessions.append(s);
    }
    const QList<RoutineInUse> used = routinesInUse(journal.custom.catalog(), journal.custom.programmes(), sessions);
    // Mine twice, the built-in once, and the programme's two routines that Today offers, not played yet.
    ASSERT_EQ(used.size(), 4);
    EXPECT_EQ(used.at(0).routineId, own);
    EXPECT_EQ(used.at(0).sessions, 2);
    EXPECT_EQ(used.at(0).lastDone, referenceDate().addDays(-1));
    EXPECT_EQ(used.at(0).origin, Origin::Runner);
    EXPECT_EQ(madeByText(used.at(0)), QStringLiteral("You"));
    EXPECT_EQ(used.at(1).routineId, QStringLiteral("daily-knee-mobility"));
    EXPECT_EQ(madeByText(used.at(1)), QStringLiteral("Patella"));
    EXPECT_EQ(used.at(2).routineId, QStringLiteral("pt-evening"));
    EXPECT_EQ(used.at(2).sessions, 0);
    EXPECT_EQ(used.at(2).origin, Origin::Programme);
    ASSERT_TRUE(used.at(2).programme.has_value());
    EXPECT_EQ(used.at(2).programme->author, QStringLiteral("Alex Moreau, physiotherapist"));
    EXPECT_EQ(used.at(2).programme->reviewDate, QDate(2027, 1, 15));
    EXPECT_EQ(used.at(2).programme->imported, referenceNow());
    EXPECT_TRUE(madeByText(used.at(2)).startsWith(QStringLiteral("Programme by Alex Moreau, physiotherapist")));
    EXPECT_EQ(used.at(2).items.at(0).dose, (PlannedDose {30, 0, 2, 10}));
}

} // namespace
} // namespace patella::test
