// The routine editor and the New exercise dialog through their real widgets, on a real journal: typing,
// picking, reordering by keys, limits named in the message, undo, saving; pictures read, refused and
// stored privately; the Library's buttons, delete and undo.
#include "app/library/librarypage.h"
#include "app/routines/exercisedialog.h"
#include "app/routines/routineactions.h"
#include "app/routines/routineeditor.h"
#include "core/catalog/dosetext.h"
#include "core/store/customcatalog.h"
#include "tests/support/testjournal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

namespace patella::test {
namespace {

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

struct Routines : TestJournal
{
    Routines() { EXPECT_TRUE(custom.reload().ok()); }

    CustomCatalog custom {catalog, store};
};

QPushButton* saveButton(const QWidget& dialog, const char* box)
{
    return child<QDialogButtonBox>(dialog, box)->button(QDialogButtonBox::Save);
}

// Types the value and leaves the field with Tab, as a person does (the editor takes a number once it is
// typed, not digit by digit).
void typeInto(QSpinBox* spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}

// Shown and active, as a person's window is: focus moves between fields only in an active window.
void showActive(QWidget& window)
{
    window.show();
    window.activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
}

// Picks the first exercise the search shows and adds it after the selected item.
void addBySearch(RoutineEditor& editor, const QString& text)
{
    auto* search = child<QLineEdit>(editor, "routinePickerSearch");
    search->clear();
    QTest::keyClicks(search, text);
    child<QPushButton>(editor, "routineAdd")->click();
}

TEST(RoutineEditor, MakesARoutineFromTheWidgetsAndSavesIt)
{
    Routines t;
    RoutineEditor editor(t.custom, nullptr);
    showActive(editor);
    QPushButton* save = saveButton(editor, "routineButtons");
    EXPECT_FALSE(save->isEnabled());
    EXPECT_EQ(editor.problem(), QStringLiteral("Name: is empty"));

    QTest::keyClicks(child<QLineEdit>(editor, "routineName"), QStringLiteral("Evening, mine"));
    EXPECT_EQ(editor.problem(), QStringLiteral("Exercises: needs at least one exercise"));
    addBySearch(editor, QStringLiteral("calf wall"));
    // Enter in the picker adds the exercise, and only that: the dialog stays open.
    auto* search = child<QLineEdit>(editor, "routinePickerSearch");
    search->clear();
    QTest::keyClicks(search, QStringLiteral("standing quad"));
    auto* picker = child<QListWidget>(editor, "routinePicker");
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_Return);
    EXPECT_TRUE(editor.isVisible());
    ASSERT_EQ(editor.draft().itemCount(), 2);
    EXPECT_EQ(editor.draft().item(1).exerciseId, QStringLiteral("standing-quad-stretch"));

    // Alt+Up in the list moves the selected exercise (the quad stretch, just added) to the top.
    auto* items = child<QListWidget>(editor, "routineItems");
    EXPECT_EQ(items->currentRow(), 1);
    items->setFocus();
    QTest::keyClick(items, Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(editor.draft().item(0).exerciseId, QStringLiteral("standing-quad-stretch"));
    EXPECT_EQ(items->currentRow(), 0);
    EXPECT_TRUE(items->item(0)->text().startsWith(QStringLiteral("1. Standing quad stretch")));

    // The calf stretch: a hold past the limit is named with the exercise, the field and the limit.
    items->setCurrentRow(1);
    auto* hold = child<QSpinBox>(editor, "itemHold");
    typeInto(hold, 400);
    EXPECT_EQ(editor.problem(), QStringLiteral("Exercise 2 (Calf wall stretch): hold (seconds): 400 is above 180"));
    EXPECT_FALSE(save->isEnabled());
    typeInto(hold, 25);
    EXPECT_TRUE(editor.problem().isEmpty()) << editor.problem().toStdString();
    EXPECT_TRUE(save->isEnabled());

    auto* sides = child<QComboBox>(editor, "itemSides");
    sides->setCurrentIndex(sides->findData(int(ItemSides::RightOnly)));
    auto* parts = child<QCheckBox>(editor, "itemUseParts");
    EXPECT_FALSE(parts->isHidden());
    parts->setChecked(false);
    typeInto(child<QSpinBox>(editor, "itemRestAfter"), 20);
    EXPECT_EQ(child<QLabel>(editor, "routineTotal")->text(), describeEstimate(editor.draft().estimatedSeconds()));

    // Ctrl+Z takes back the last edit (the rest), the Redo button puts it back.
    items->setFocus();
    QTest::keyClick(items, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(editor.draft().item(1).restAfterSeconds, 0);
    child<QPushButton>(editor, "routineRedo")->click();
    EXPECT_EQ(editor.draft().item(1).restAfterSeconds, 20);

    save->click();
    EXPECT_EQ(editor.result(), QDialog::Accepted);
    const Routine* saved = t.custom.catalog().routine(editor.savedId());
    ASSERT_NE(saved, nullptr);
    EXPECT_EQ(saved->name, QStringLiteral("Evening, mine"));
    EXPECT_EQ(saved->origin, Origin::Runner);
    ASSERT_EQ(saved->items.size(), 2);
    EXPECT_EQ(saved->items.at(0).exerciseId, QStringLiteral("standing-quad-stretch"));
    const RoutineItem& calf = saved->items.at(1);
    EXPECT_EQ(calf.exerciseId, QStringLiteral("calf-wall-stretch"));
    EXPECT_EQ(calf.sides, ItemSides::RightOnly);
    EXPECT_FALSE(calf.useParts);
    ASSERT_TRUE(calf.dose.has_value());
    EXPECT_EQ(calf.dose->holdSeconds, 25);
    EXPECT_EQ(calf.restAfterSeconds, 20);

    // It is in the journal: a fresh catalog over the same file reads it back.
    CustomCatalog again(t.catalog, t.store);
    ASSERT_TRUE(again.reload().ok());
    ASSERT_NE(again.catalog().routine(editor.savedId()), nullptr);
    EXPECT_EQ(again.catalog().routine(editor.savedId())->items, saved->items);
}

TEST(RoutineEditor, DuplicatesABuiltInRoutineAndLeavesTheProgrammesDoseUnlessFixed)
{
    Routines t;
    const Routine* daily = t.catalog.routine(QStringLiteral("daily-knee-mobility"));
    ASSERT_NE(daily, nullptr);
    RoutineEditor editor(t.custom, daily);
    showActive(editor);
    EXPECT_EQ(child<QLineEdit>(editor, "routineName")->text(), QStringLiteral("Daily knee mobility (mine)"));
    auto* items = child<QListWidget>(editor, "routineItems");
    EXPECT_EQ(items->count(), daily->items.size());
    items->setCurrentRow(0);
    auto* fixed = child<QCheckBox>(editor, "itemFixedDose");
    EXPECT_FALSE(fixed->isChecked()); // the programme steps the built-in routine's doses
    EXPECT_FALSE(child<QSpinBox>(editor, "itemHold")->isEnabled());
    fixed->setChecked(true);
    typeInto(child<QSpinBox>(editor, "itemHold"), 40);
    child<QPushButton>(editor, "routineRemove")->click();
    EXPECT_EQ(items->count(), daily->items.size() - 1);
    child<QPushButton>(editor, "routineUndo")->click();
    EXPECT_EQ(items->count(), daily->items.size());

    auto* planUse = child<QComboBox>(editor, "routinePlanUse");
    planUse->setCurrentIndex(planUse->findData(int(PlanUse::InPlace)));
    EXPECT_EQ(child<QComboBox>(editor, "routineStandsFor")->currentData().toString(), daily->id);
    saveButton(editor, "routineButtons")->click();
    ASSERT_EQ(editor.result(), QDialog::Accepted) << editor.problem().toStdString();
    const Routine* saved = t.custom.catalog().routine(editor.savedId());
    ASSERT_NE(saved, nullptr);
    EXPECT_EQ(saved->standsFor, daily->id);
    EXPECT_EQ(saved->planUse, PlanUse::InPlace);
    EXPECT_EQ(saved->items.at(0).dose->holdSeconds, 40);
    EXPECT_FALSE(saved->items.at(1).dose.has_value());
    EXPECT_NE(t.catalog.routine(daily->id), nullptr); // the built-in one is still there, unchanged
}

TEST(RoutineEditor, ThePickerFiltersByKindAndMuscleGroupAsTheLibraryDoes)
{
    Routines t;
    RoutineEditor editor(t.custom, nullptr);
    auto* picker = child<QListWidget>(editor, "routinePicker");
    const auto shown = [picker] {
        QStringList ids;
        for (int row = 0; row < picker->count(); ++row) {
            if (!picker->item(row)->isHidden())
                ids.append(picker->item(row)->data(Qt::UserRole).toString());
        }
        return ids;
    };
    auto* kind = child<QComboBox>(editor, "routinePickerKind");
    kind->setCurrentIndex(kind->findData(toId(ExerciseKind::FoamRolling)));
    auto* target = child<QComboBox>(editor, "routinePickerTarget");
    target->setCurrentIndex(target->findData(QStringLiteral("calves")));
    EXPECT_EQ(shown(), QStringList {QStringLiteral("foam-roll-calves")});
    EXPECT_EQ(picker->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("foam-roll-calves"));
}

TEST(RoutineEditor, ADragInTheListMovesTheExerciseInTheRoutine)
{
    Routines t;
    RoutineEditor editor(t.custom, t.catalog.routine(QStringLiteral("desk-break")));
    showActive(editor);
    auto* items = child<QListWidget>(editor, "routineItems");
    const QString first = editor.draft().item(0).exerciseId;
    // What a drop does to the list's model: the first row goes below the third.
    ASSERT_TRUE(items->model()->moveRow(QModelIndex(), 0, QModelIndex(), 3));
    EXPECT_EQ(editor.draft().item(2).exerciseId, first);
    EXPECT_TRUE(items->item(2)->text().startsWith(QStringLiteral("3. ")));
    EXPECT_EQ(items->currentRow(), 2);
    child<QPushButton>(editor, "routineUndo")->click();
    EXPECT_EQ(editor.draft().item(0).exerciseId, first);
}

TEST(RoutineEditor, ARoutineOverNinetyMinutesAsksBeforeItIsSaved)
{
    Routines t;
    RoutineEditor editor(t.custom, nullptr);
    showActive(editor);
    QTest::keyClicks(child<QLineEdit>(editor, "routineName"), QStringLiteral("Marathon"));
    for (int i = 0; i < 3; ++i) {
        addBySearch(editor, QStringLiteral("wall sit"));
        typeInto(child<QSpinBox>(editor, "itemHold"), 180);
        typeInto(child<QSpinBox>(editor, "itemSets"), 6);
        typeInto(child<QSpinBox>(editor, "itemRest"), 300);
    }
    ASSERT_TRUE(editor.problem().isEmpty()) << editor.problem().toStdString();
    int asked = 0;
    int minutesAsked = 0;
    editor.setConfirmLong([&](int minutes) {
        minutesAsked = minutes;
        return ++asked > 1;
    });
    QPushButton* save = saveButton(editor, "routineButtons");
    save->click();
    EXPECT_EQ(asked, 1);
    EXPECT_GT(minutesAsked, 90);
    EXPECT_TRUE(editor.isVisible()); // "no": still editing, nothing saved
    EXPECT_TRUE(editor.savedId().isEmpty());
    save->click();
    EXPECT_EQ(editor.result(), QDialog::Accepted);
    EXPECT_NE(t.custom.catalog().routine(editor.savedId()), nullptr);
}

TEST(RoutineEditor, EveryFieldHasANameAScreenReaderReads)
{
    Routines t;
    RoutineEditor editor(t.custom, t.catalog.routine(QStringLiteral("strength")));
    showActive(editor);
    for (QWidget* widget : editor.findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QSpinBox*>(widget) || qobject_cast<QComboBox*>(widget)
            || qobject_cast<QListWidget*>(widget)) {
            if (qobject_cast<QComboBox*>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
                continue; // the line edit or popup inside a combo or spin box
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->objectName().toStdString();
        }
    }
}

QString writePng(const QDir& dir, const QString& name, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 90));
    const QString path = dir.filePath(name);
    EXPECT_TRUE(image.save(path, "PNG"));
    return path;
}

TEST(ExerciseDialog, MakesAnExerciseWithAPictureStoredPrivately)
{
    Routines t;
    ExerciseDialog dialog(t.custom, nullptr);
    showActive(dialog);
    QPushButton* save = saveButton(dialog, "exerciseButtons");
    EXPECT_FALSE(save->isEnabled());
    EXPECT_EQ(dialog.problem(), QStringLiteral("Name: is empty"));
    QTest::keyClicks(child<QLineEdit>(dialog, "exerciseName"), QStringLiteral("Wall slide"));
    auto* kind = child<QComboBox>(dialog, "exerciseKind");
    kind->setCurrentIndex(kind->findData(toId(ExerciseKind::Strength)));
    child<QCheckBox>(dialog, "exercisePerSide")->setChecked(false);
    auto* type = child<QComboBox>(dialog, "exerciseDoseType");
    type->setCurrentIndex(type->findData(int(DoseType::Reps)));
    EXPECT_TRUE(child<QSpinBox>(dialog, "exerciseHold")->isHidden());
    typeInto(child<QSpinBox>(dialog, "exerciseReps"), 60);
    EXPECT_EQ(dialog.problem(), QStringLiteral("Repetitions: 60 is above 50"));
    EXPECT_FALSE(save->isEnabled());
    typeInto(child<QSpinBox>(dialog, "exerciseReps"), 12);
    typeInto(child<QSpinBox>(dialog, "exerciseSets"), 0);
    EXPECT_EQ(dialog.problem(), QStringLiteral("Sets: 0 is below 1"));
    typeInto(child<QSpinBox>(dialog, "exerciseSets"), 3);
    auto* steps = child<QPlainTextEdit>(dialog, "exerciseSteps");
    steps->setFocus();
    QTest::keyClicks(steps, QStringLiteral("Back against the wall"));
    QTest::keyClick(steps, Qt::Key_Return);
    QTest::keyClicks(steps, QStringLiteral("Slide down to a quarter squat and back up"));
    auto* targets = child<QListWidget>(dialog, "exerciseTargets");
    targets->item(0)->setCheckState(Qt::Checked); // quadriceps

    // A file that is not a picture is refused with its name; a PNG is taken.
    const QDir dir(t.dir.path());
    QFile text(dir.filePath(QStringLiteral("notes.png")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("these are notes, not a picture");
    text.close();
    EXPECT_FALSE(dialog.setPictureFile(text.fileName()));
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("notes.png"))) << dialog.problem().toStdString();
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("is not a PNG, JPEG or SVG picture")));
    EXPECT_FALSE(save->isEnabled());
    const QString png = writePng(dir, QStringLiteral("wall-slide.png"), QSize(400, 300));
    EXPECT_TRUE(dialog.setPictureFile(png)) << dialog.problem().toStdString();
    EXPECT_TRUE(dialog.problem().isEmpty());
    EXPECT_FALSE(child<QLabel>(dialog, "exercisePicture")->pixmap().isNull());

    save->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.problem().toStdString();
    const Exercise* saved = t.custom.catalog().exercise(dialog.savedId());
    ASSERT_NE(saved, nullptr);
    EXPECT_EQ(saved->name, QStringLiteral("Wall slide"));
    EXPECT_EQ(saved->kind, ExerciseKind::Strength);
    EXPECT_FALSE(saved->perSide);
    EXPECT_EQ(saved->dose.type, DoseType::Reps);
    EXPECT_EQ(saved->dose.reps, (IntRange {12, 12}));
    EXPECT_EQ(saved->dose.sets, (IntRange {3, 3}));
    EXPECT_EQ(saved->steps,
              (QStringList {QStringLiteral("Back against the wall"),
                            QStringLiteral("Slide down to a quarter squat and back up")}));
    EXPECT_EQ(saved->targets, QStringList {t.catalog.muscleGroups().at(0).id});
    ASSERT_FALSE(saved->imagePath.isEmpty());
    EXPECT_TRUE(saved->imagePath.startsWith(t.dir.path()));
    QFile stored(saved->imagePath);
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly));
    QFile original(png);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(stored.readAll(), original.readAll()); // small enough: kept byte for byte
    EXPECT_EQ(QFileInfo(saved->imagePath).permissions() & 0x0077, QFileDevice::Permissions {});
}

TEST(ExerciseDialog, APictureOverFiveMegabytesIsRefusedAndALargeOneScaledDown)
{
    Routines t;
    ExerciseDialog dialog(t.custom, nullptr);
    const QDir dir(t.dir.path());
    QFile big(dir.filePath(QStringLiteral("huge.png")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(6 * 1024 * 1024, 'x'));
    big.close();
    EXPECT_FALSE(dialog.setPictureFile(big.fileName()));
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("larger than 5 MB"))) << dialog.problem().toStdString();
    EXPECT_FALSE(dialog.hasPicture());

    QTest::keyClicks(child<QLineEdit>(dialog, "exerciseName"), QStringLiteral("Big picture"));
    EXPECT_TRUE(dialog.setPictureFile(writePng(dir, QStringLiteral("wide.png"), QSize(3200, 1000))));
    saveButton(dialog, "exerciseButtons")->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.problem().toStdString();
    const QImage stored(t.custom.catalog().exercise(dialog.savedId())->imagePath);
    EXPECT_EQ(stored.size(), QSize(1600, 500));
}

TEST(ExerciseDialog, EditingKeepsThePictureUnlessItIsTakenAway)
{
    Routines t;
    Exercise own;
    own.name = QStringLiteral("Step-down");
    own.kind = ExerciseKind::Strength;
    own.dose.type = DoseType::Reps;
    own.dose.reps = {8, 8};
    own.dose.tempoSeconds = 3;
    own.dose.sets = {2, 2};
    const QString png = writePng(QDir(t.dir.path()), QStringLiteral("s.png"), QSize(40, 30));
    QFile file(png);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const Result<QString> id = t.custom.saveExercise(own, ProgrammeImage {file.readAll(), QStringLiteral("png")});
    ASSERT_TRUE(id.ok()) << id.error().text().toStdString();
    const Exercise before = *t.custom.catalog().exercise(id.value());
    ASSERT_FALSE(before.imagePath.isEmpty());

    ExerciseDialog edit(t.custom, &before);
    EXPECT_TRUE(edit.hasPicture());
    auto* name = child<QLineEdit>(edit, "exerciseName");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Slow step-down"));
    saveButton(edit, "exerciseButtons")->click();
    ASSERT_EQ(edit.savedId(), id.value()); // the same exercise, renamed
    EXPECT_EQ(t.custom.catalog().exercise(id.value())->name, QStringLiteral("Slow step-down"));
    EXPECT_EQ(t.custom.catalog().exercise(id.value())->imagePath, before.imagePath);

    const Exercise renamed = *t.custom.catalog().exercise(id.value());
    ExerciseDialog clear(t.custom, &renamed);
    child<QPushButton>(clear, "exerciseClearPicture")->click();
    EXPECT_FALSE(clear.hasPicture());
    saveButton(clear, "exerciseButtons")->click();
    EXPECT_TRUE(t.custom.catalog().exercise(id.value())->imagePath.isEmpty());
}

TEST(LibraryEditing, OwnEntriesCanBeEditedAndDeletedWithUndoBuiltInOnesDuplicated)
{
    Routines t;
    Exercise own;
    own.name = QStringLiteral("Wall slide");
    own.dose.holdSeconds = {20, 20};
    own.dose.sets = {1, 1};
    const Result<QString> id = t.custom.saveExercise(own);
    ASSERT_TRUE(id.ok()) << id.error().text().toStdString();

    QWidget window;
    RoutineActions actions(t.custom, &window);
    LibraryPage page(t.custom.catalog());
    page.setEditingAvailable(true);
    page.show();
    auto* edit = child<QPushButton>(page, "libraryEditExercise");
    auto* remove = child<QPushButton>(page, "libraryDeleteExercise");
    ASSERT_TRUE(page.select(QStringLiteral("standing-quad-stretch")));
    EXPECT_FALSE(edit->isEnabled());
    EXPECT_FALSE(remove->isEnabled());
    ASSERT_TRUE(page.select(id.value()));
    EXPECT_TRUE(edit->isEnabled());
    EXPECT_TRUE(child<QLabel>(page, "exerciseSubtitle")->text().startsWith(QStringLiteral("Your exercise")));

    ASSERT_TRUE(page.select(QStringLiteral("desk-break")));
    auto* editRoutine = child<QPushButton>(page, "libraryEditRoutine");
    EXPECT_TRUE(editRoutine->isEnabled());
    EXPECT_EQ(editRoutine->text(), QStringLiteral("Duplicate and &edit…"));
    EXPECT_FALSE(child<QPushButton>(page, "libraryDeleteRoutine")->isEnabled());

    QObject::connect(&page, &LibraryPage::deleteRequested, &actions, &RoutineActions::remove);
    QObject::connect(&actions, &RoutineActions::deleted, &page, &LibraryPage::showDeleted);
    QObject::connect(&page, &LibraryPage::undoDeleteRequested, &actions, &RoutineActions::undoDelete);
    ASSERT_TRUE(page.select(id.value()));
    remove->click();
    EXPECT_TRUE(t.custom.catalog().exercise(id.value())->retired);
    EXPECT_FALSE(child<QWidget>(page, "libraryDeletedBar")->isHidden());
    EXPECT_TRUE(child<QLabel>(page, "libraryDeletedText")->text().contains(QStringLiteral("Wall slide")));
    child<QPushButton>(page, "libraryUndoDelete")->click();
    EXPECT_FALSE(t.custom.catalog().exercise(id.value())->retired);
}

TEST(LibraryEditing, AnExerciseUsedInOneOfYourRoutinesIsNotDeleted)
{
    Routines t;
    Exercise own;
    own.name = QStringLiteral("Wall slide");
    own.dose.holdSeconds = {20, 20};
    own.dose.sets = {1, 1};
    const QString exerciseId = t.custom.saveExercise(own).value();
    Routine routine;
    routine.name = QStringLiteral("Mine");
    RoutineItem item;
    item.exerciseId = exerciseId;
    routine.items.append(item);
    ASSERT_TRUE(t.custom.saveRoutine(routine).ok());

    RoutineActions actions(t.custom, nullptr);
    QString said;
    QObject::connect(&actions, &RoutineActions::message, &actions, [&said](const QString& text) { said = text; });
    EXPECT_FALSE(actions.remove(exerciseId));
    EXPECT_TRUE(said.contains(QStringLiteral("\"Mine\""))) << said.toStdString();
    EXPECT_FALSE(t.custom.catalog().exercise(exerciseId)->retired);
}

} // namespace
} // namespace patella::test
