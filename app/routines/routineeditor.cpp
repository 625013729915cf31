#include "app/routines/routineeditor.h"

#include "core/catalog/catalog.h"
#include "core/catalog/customroutines.h"
#include "core/catalog/dosetext.h"
#include "core/catalog/duration.h"
#include "core/store/customcatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace patella {
namespace {

constexpr int IdRole = Qt::UserRole;

QSpinBox* spinBox(const QString& objectName, const QString& accessibleName, const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    // Wider than the limits: a value outside them is explained by the message, not refused without a word.
    box->setRange(0, 999);
    box->setSuffix(suffix);
    // A typed number is one edit (one undo step), taken when the field is left or Enter is pressed.
    box->setKeyboardTracking(false);
    return box;
}

QString itemText(const Exercise* exercise, const RoutineItem& item, const PlannedDose& dose)
{
    if (!exercise)
        return item.exerciseId;
    const QString sides = displayName(item.sides.value_or(defaultSides(*exercise)));
    const QString amount = item.dose
        ? describePlannedDose(*exercise, dose)
        : RoutineEditor::tr("the programme's dose (%1)").arg(describePlannedDose(*exercise, dose));
    return exercise->perSide ? RoutineEditor::tr("%1 · %2").arg(amount, sides) : amount;
}

} // namespace

RoutineEditor::RoutineEditor(CustomCatalog& custom, const Routine* source, QWidget* parent)
    : QDialog(parent)
    , m_custom(custom)
    , m_draft(source ? std::make_unique<RoutineDraft>(custom.catalog(), *source)
                     : std::make_unique<RoutineDraft>(custom.catalog()))
{
    setObjectName(QStringLiteral("routineEditor"));
    setWindowTitle(!source ? tr("New routine") : source->isCustom() ? tr("Edit routine") : tr("Duplicate and edit"));
    m_confirmLong = [this](int minutes) {
        return QMessageBox::question(this, tr("A long routine"),
                                     tr("This routine takes about %1 minutes. Save it anyway?").arg(minutes))
            == QMessageBox::Yes;
    };

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildAbout());
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);
    buildPicker(this, columns);
    buildItems(this, columns);
    buildItemForm(this, columns);
    layout->addLayout(buildPlanRow());
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("routineProblem"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    layout->addLayout(buildButtonRow());
    connectEdits();

    refreshItems(m_draft->itemCount() > 0 ? 0 : -1);
    m_name->setFocus();
    resize(1100, 640);
}

RoutineEditor::~RoutineEditor() = default;

QLayout* RoutineEditor::buildAbout()
{
    auto* about = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("routineName"));
    m_name->setAccessibleName(tr("Routine name"));
    m_name->setMaxLength(doselimit::kNameMax + 20);
    about->addRow(tr("&Name:"), m_name);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("routineDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What it is for, in a line (optional)"));
    about->addRow(tr("D&escription:"), m_description);
    return about;
}

// When Today offers the routine, the built-in routine it goes with, and the total time.
QLayout* RoutineEditor::buildPlanRow()
{
    auto* plan = new QHBoxLayout;
    m_planUse = new QComboBox(this);
    m_planUse->setObjectName(QStringLiteral("routinePlanUse"));
    m_planUse->setAccessibleName(tr("Use in my plan"));
    m_planUse->addItem(tr("Only when I start it"), int(PlanUse::NotInPlan));
    m_planUse->addItem(tr("Offered beside"), int(PlanUse::Beside));
    m_planUse->addItem(tr("Offered instead of"), int(PlanUse::InPlace));
    m_standsFor = new QComboBox(this);
    m_standsFor->setObjectName(QStringLiteral("routineStandsFor"));
    m_standsFor->setAccessibleName(tr("The built-in routine it goes with"));
    m_standsFor->addItem(tr("(no built-in routine)"), QString());
    for (const Routine& routine : m_custom.builtIn().routines())
        m_standsFor->addItem(routine.name, routine.id);
    auto* planLabel = new QLabel(tr("Use in my p&lan:"), this);
    planLabel->setBuddy(m_planUse);
    plan->addWidget(planLabel);
    plan->addWidget(m_planUse);
    plan->addWidget(m_standsFor, 1);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("routineTotal"));
    plan->addWidget(m_total);
    return plan;
}

QLayout* RoutineEditor::buildButtonRow()
{
    auto* bottom = new QHBoxLayout;
    m_undo = new QPushButton(tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("routineUndo"));
    m_undo->setToolTip(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    m_redo = new QPushButton(tr("Re&do"), this);
    m_redo->setObjectName(QStringLiteral("routineRedo"));
    m_redo->setToolTip(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("routineButtons"));
    bottom->addWidget(m_undo);
    bottom->addWidget(m_redo);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    return bottom;
}

// The dialog's own fields and buttons; the picker, the list and the item form connect theirs when built.
void RoutineEditor::connectEdits()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoutineEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &RoutineEditor::undo);
    connect(m_redo, &QPushButton::clicked, this, &RoutineEditor::redo);
    auto* undoKey = new QShortcut(QKeySequence::Undo, this);
    connect(undoKey, &QShortcut::activated, this, &RoutineEditor::undo);
    auto* redoKey = new QShortcut(QKeySequence::Redo, this);
    connect(redoKey, &QShortcut::activated, this, &RoutineEditor::redo);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_draft->setName(text);
        refreshSummary();
    });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_draft->setDescription(text);
        refreshSummary();
    });
    const auto planChanged = [this] {
        if (m_loading)
            return;
        m_draft->setPlanUse(PlanUse(m_planUse->currentData().toInt()), m_standsFor->currentData().toString());
        refreshSummary();
    };
    connect(m_planUse, &QComboBox::currentIndexChanged, this, planChanged);
    connect(m_standsFor, &QComboBox::currentIndexChanged, this, planChanged);
}

bool RoutineEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the picker adds the exercise; it does not also press Save, as the list would let it.
    if (watched == m_picker && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addSelectedExercise();
            return true;
        }
    }
    if (watched == m_items && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RoutineEditor::buildPicker(QWidget* parent, QBoxLayout* columns)
{
    auto* box = new QGroupBox(tr("Exercises to add"), parent);
    auto* layout = new QVBoxLayout(box);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("routinePickerSearch"));
    m_search->setAccessibleName(tr("Search exercises"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_kindFilter = new QComboBox(box);
    m_kindFilter->setObjectName(QStringLiteral("routinePickerKind"));
    m_kindFilter->setAccessibleName(tr("Show one kind of exercise"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (ExerciseKind kind : allExerciseKinds())
        m_kindFilter->addItem(displayName(kind), toId(kind));
    m_targetFilter = new QComboBox(box);
    m_targetFilter->setObjectName(QStringLiteral("routinePickerTarget"));
    m_targetFilter->setAccessibleName(tr("Show exercises for one muscle group"));
    m_targetFilter->addItem(tr("All muscle groups"), QString());
    for (const MuscleGroup& group : m_custom.catalog().muscleGroups())
        m_targetFilter->addItem(group.name, group.id);
    m_picker = new QListWidget(box);
    m_picker->setObjectName(QStringLiteral("routinePicker"));
    m_picker->setAccessibleName(tr("Exercises to add"));
    m_picker->setMinimumWidth(260);
    // Long names ("Wall calf stretch, two angles (your exercise)", longer in French) wrap instead of running
    // under a horizontal scroll bar.
    m_picker->setWordWrap(true);
    m_picker->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const Exercise& exercise : m_custom.catalog().exercises()) {
        if (exercise.retired)
            continue;
        auto* item = new QListWidgetItem(
            exercise.isCustom() ? tr("%1 (your exercise)").arg(exercise.name) : exercise.name, m_picker);
        item->setData(IdRole, exercise.id);
        item->setToolTip(describeDose(exercise));
    }
    m_picker->setCurrentRow(0);
    m_add = new QPushButton(tr("&Add ›"), box);
    m_add->setObjectName(QStringLiteral("routineAdd"));
    m_add->setToolTip(tr("Adds the exercise after the selected one (Enter in the list does the same)"));
    layout->addWidget(m_search);
    layout->addWidget(m_kindFilter);
    layout->addWidget(m_targetFilter);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_add);
    columns->addWidget(box, 4);

    connect(m_search, &QLineEdit::textChanged, this, &RoutineEditor::filterPicker);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &RoutineEditor::filterPicker);
    connect(m_targetFilter, &QComboBox::currentIndexChanged, this, &RoutineEditor::filterPicker);
    connect(m_add, &QPushButton::clicked, this, &RoutineEditor::addSelectedExercise);
    connect(m_picker, &QListWidget::itemDoubleClicked, this, &RoutineEditor::addSelectedExercise);
    m_picker->installEventFilter(this);
}

void RoutineEditor::buildItems(QWidget* parent, QBoxLayout* columns)
{
    auto* box = new QGroupBox(tr("In this routine, in order"), parent);
    auto* layout = new QVBoxLayout(box);
    m_items = new QListWidget(box);
    m_items->setObjectName(QStringLiteral("routineItems"));
    m_items->setAccessibleName(tr("Exercises in this routine, in order"));
    m_items->setDragDropMode(QAbstractItemView::InternalMove);
    m_items->setDefaultDropAction(Qt::MoveAction);
    m_items->setWordWrap(true);
    m_items->setMinimumWidth(280);
    m_items->setSpacing(2);
    layout->addWidget(m_items, 1);
    auto* buttons = new QHBoxLayout;
    m_up = new QPushButton(tr("Mo&ve up"), box);
    m_up->setObjectName(QStringLiteral("routineMoveUp"));
    m_up->setToolTip(QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText));
    m_down = new QPushButton(tr("Move do&wn"), box);
    m_down->setObjectName(QStringLiteral("routineMoveDown"));
    m_down->setToolTip(QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText));
    m_remove = new QPushButton(tr("&Remove"), box);
    m_remove->setObjectName(QStringLiteral("routineRemove"));
    m_remove->setToolTip(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText));
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);
    columns->addWidget(box, 4);

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &RoutineEditor::removeCurrent);
    // Alt+Up, Alt+Down and Delete in the list: read before the list's own keys.
    m_items->installEventFilter(this);
    connect(m_items, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading)
            showItem(row);
    });
    // Drag and drop moves the list's row; the draft makes the same move, then the list is drawn from it.
    connect(m_items->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex&, int start, int, const QModelIndex&, int row) {
                if (m_loading)
                    return;
                const int to = row > start ? row - 1 : row;
                m_draft->moveItem(start, to);
                refreshItems(to);
            });
}

void RoutineEditor::buildItemForm(QWidget* parent, QBoxLayout* columns)
{
    auto* box = new QGroupBox(tr("The selected exercise"), parent);
    m_itemForm = box;
    auto* outer = new QVBoxLayout(box);
    m_itemTitle = new QLabel(box);
    m_itemTitle->setObjectName(QStringLiteral("itemTitle"));
    m_itemTitle->setWordWrap(true);
    QFont bold = m_itemTitle->font();
    bold.setWeight(QFont::DemiBold);
    m_itemTitle->setFont(bold);
    outer->addWidget(m_itemTitle);
    m_form = new QFormLayout;
    outer->addLayout(m_form);
    outer->addStretch(1);

    m_sides = new QComboBox(box);
    m_sides->setObjectName(QStringLiteral("itemSides"));
    m_sides->setAccessibleName(tr("Sides"));
    for (ItemSides sides : {ItemSides::LeftThenRight, ItemSides::LeftOnly, ItemSides::RightOnly, ItemSides::Both})
        m_sides->addItem(displayName(sides), int(sides));
    m_form->addRow(tr("S&ides:"), m_sides);
    m_fixedDose = new QCheckBox(tr("&Fixed dose (otherwise the programme chooses it and steps it up or back)"), box);
    m_fixedDose->setObjectName(QStringLiteral("itemFixedDose"));
    m_form->addRow(QString(), m_fixedDose);
    const QString seconds = tr(" s");
    m_sets = spinBox(QStringLiteral("itemSets"), tr("Sets"), QString(), box);
    m_form->addRow(tr("&Sets:"), m_sets);
    m_hold = spinBox(QStringLiteral("itemHold"), tr("Hold, seconds"), seconds, box);
    m_form->addRow(tr("&Hold:"), m_hold);
    m_reps = spinBox(QStringLiteral("itemReps"), tr("Repetitions per set"), QString(), box);
    m_form->addRow(tr("Repe&titions:"), m_reps);
    m_useParts = new QCheckBox(box);
    m_useParts->setObjectName(QStringLiteral("itemUseParts"));
    m_form->addRow(QString(), m_useParts);
    m_rest = spinBox(QStringLiteral("itemRest"), tr("Rest between sets, seconds"), seconds, box);
    m_form->addRow(tr("Rest &between sets:"), m_rest);
    m_getReady = spinBox(QStringLiteral("itemGetReady"), tr("Get ready, seconds"), seconds, box);
    m_form->addRow(tr("&Get ready:"), m_getReady);
    m_restAfter = spinBox(QStringLiteral("itemRestAfter"), tr("Rest before the next exercise, seconds"), seconds, box);
    m_form->addRow(tr("Rest before the ne&xt:"), m_restAfter);
    columns->addWidget(box, 4);

    connect(m_sides, &QComboBox::currentIndexChanged, this, &RoutineEditor::applyItemForm);
    connect(m_fixedDose, &QCheckBox::toggled, this, &RoutineEditor::applyItemForm);
    connect(m_useParts, &QCheckBox::toggled, this, &RoutineEditor::applyItemForm);
    for (QSpinBox* spin : {m_sets, m_hold, m_reps, m_rest, m_getReady, m_restAfter})
        connect(spin, &QSpinBox::valueChanged, this, &RoutineEditor::applyItemForm);
}

void RoutineEditor::filterPicker()
{
    const QString text = m_search->text().trimmed();
    const QString kind = m_kindFilter->currentData().toString();
    const QString target = m_targetFilter->currentData().toString();
    for (int row = 0; row < m_picker->count(); ++row) {
        QListWidgetItem* item = m_picker->item(row);
        const Exercise* exercise = m_custom.catalog().exercise(item->data(IdRole).toString());
        const bool shown = exercise && (kind.isEmpty() || toId(exercise->kind) == kind)
            && (target.isEmpty() || exercise->targets.contains(target))
            && (text.isEmpty() || exercise->name.contains(text, Qt::CaseInsensitive)
                || exercise->summary.contains(text, Qt::CaseInsensitive));
        item->setHidden(!shown);
    }
    QListWidgetItem* current = m_picker->currentItem();
    if (!current || current->isHidden()) {
        for (int row = 0; row < m_picker->count(); ++row) {
            if (!m_picker->item(row)->isHidden()) {
                m_picker->setCurrentRow(row);
                return;
            }
        }
        m_picker->setCurrentItem(nullptr);
    }
}

int RoutineEditor::currentRow() const
{
    return m_items->currentRow();
}

void RoutineEditor::addSelectedExercise()
{
    QListWidgetItem* picked = m_picker->currentItem();
    if (!picked || picked->isHidden())
        return;
    const int row = currentRow();
    const int at = m_draft->addExercise(picked->data(IdRole).toString(), row < 0 ? -1 : row + 1);
    if (at >= 0)
        refreshItems(at);
}

void RoutineEditor::moveCurrent(int by)
{
    const int row = currentRow();
    if (m_draft->moveItem(row, row + by))
        refreshItems(row + by);
}

void RoutineEditor::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_draft->removeItem(row);
    refreshItems(std::min(row, m_draft->itemCount() - 1));
}

void RoutineEditor::undo()
{
    m_draft->undo();
    refreshItems(std::min(std::max(currentRow(), 0), m_draft->itemCount() - 1));
}

void RoutineEditor::redo()
{
    m_draft->redo();
    refreshItems(std::min(std::max(currentRow(), 0), m_draft->itemCount() - 1));
}

void RoutineEditor::refreshItems(int current)
{
    m_loading = true;
    const Routine& routine = m_draft->routine();
    if (m_name->text() != routine.name)
        m_name->setText(routine.name);
    if (m_description->text() != routine.description)
        m_description->setText(routine.description);
    m_planUse->setCurrentIndex(std::max(0, m_planUse->findData(int(routine.planUse))));
    m_standsFor->setCurrentIndex(std::max(0, m_standsFor->findData(routine.standsFor)));
    m_items->clear();
    for (int i = 0; i < m_draft->itemCount(); ++i) {
        const Exercise* exercise = m_draft->exerciseAt(i);
        const QString name = exercise ? exercise->name : m_draft->item(i).exerciseId;
        auto* item = new QListWidgetItem(
            tr("%1. %2\n%3").arg(i + 1).arg(name, itemText(exercise, m_draft->item(i), m_draft->doseOf(i))), m_items);
        item->setData(IdRole, m_draft->item(i).exerciseId);
    }
    m_items->setCurrentRow(current);
    m_loading = false;
    showItem(current);
}

void RoutineEditor::showItem(int index)
{
    const Exercise* exercise = m_draft->exerciseAt(index);
    m_itemForm->setEnabled(exercise != nullptr);
    m_up->setEnabled(index > 0);
    m_down->setEnabled(index >= 0 && index + 1 < m_draft->itemCount());
    m_remove->setEnabled(index >= 0);
    m_loading = true;
    if (!exercise) {
        m_itemTitle->setText(m_draft->itemCount() == 0 ? tr("Add exercises from the list on the left.")
                                                       : tr("Select an exercise of the routine."));
    } else {
        const RoutineItem& item = m_draft->item(index);
        const PlannedDose dose = m_draft->doseOf(index);
        m_itemTitle->setText(tr("%1. %2").arg(index + 1).arg(exercise->name));
        const ItemSides sides = item.sides.value_or(defaultSides(*exercise));
        m_sides->setCurrentIndex(std::max(0, m_sides->findData(int(sides))));
        m_fixedDose->setChecked(item.dose.has_value());
        m_sets->setValue(dose.sets);
        m_hold->setValue(dose.holdSeconds);
        m_reps->setValue(dose.reps);
        m_rest->setValue(dose.restSeconds);
        m_getReady->setValue(item.getReadySeconds.value_or(kGetReadySeconds));
        m_restAfter->setValue(item.restAfterSeconds);
        const bool parts = exercise->dose.parts.size() > 1;
        if (parts) {
            QStringList names;
            for (const DosePart& part : exercise->dose.parts)
                names.append(part.name);
            m_useParts->setText(tr("B&oth parts: %1").arg(names.join(QStringLiteral(", "))));
        }
        m_useParts->setChecked(item.useParts);
        const bool hold = exercise->dose.type == DoseType::Hold;
        m_form->setRowVisible(m_sides, exercise->perSide);
        m_form->setRowVisible(m_hold, hold);
        m_form->setRowVisible(m_reps, !hold);
        m_form->setRowVisible(m_useParts, parts);
        for (QSpinBox* spin : {m_sets, m_hold, m_reps, m_rest})
            spin->setEnabled(item.dose.has_value());
    }
    m_loading = false;
    refreshSummary();
}

void RoutineEditor::applyItemForm()
{
    if (m_loading)
        return;
    const int index = currentRow();
    const Exercise* exercise = m_draft->exerciseAt(index);
    if (!exercise)
        return;
    RoutineItem item = m_draft->item(index);
    const ItemSides sides = ItemSides(m_sides->currentData().toInt());
    item.sides = !exercise->perSide        ? std::nullopt
        : sides == defaultSides(*exercise) ? std::nullopt
                                           : std::optional<ItemSides>(sides);
    if (m_fixedDose->isChecked()) {
        // Ticking "fixed" starts from the dose the programme would have given.
        PlannedDose dose = item.dose ? *item.dose : m_draft->doseOf(index);
        if (item.dose) {
            dose.sets = m_sets->value();
            dose.holdSeconds = exercise->dose.type == DoseType::Hold ? m_hold->value() : 0;
            dose.reps = exercise->dose.type == DoseType::Reps ? m_reps->value() : 0;
            dose.restSeconds = m_rest->value();
        }
        item.dose = dose;
    } else {
        item.dose.reset();
    }
    item.useParts = m_useParts->isChecked();
    item.getReadySeconds
        = m_getReady->value() == kGetReadySeconds ? std::nullopt : std::optional<int>(m_getReady->value());
    item.restAfterSeconds = m_restAfter->value();
    m_draft->setItem(index, item);
    // The row's text, and the form (a fixed dose enables its fields), follow.
    m_loading = true;
    m_items->item(index)->setText(
        tr("%1. %2\n%3")
            .arg(index + 1)
            .arg(exercise->name, itemText(exercise, m_draft->item(index), m_draft->doseOf(index))));
    m_loading = false;
    showItem(index);
}

void RoutineEditor::refreshSummary()
{
    m_total->setText(m_draft->itemCount() == 0 ? tr("No exercises yet")
                                               : describeEstimate(m_draft->estimatedSeconds()));
    const QString problem = m_draft->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    m_standsFor->setEnabled(PlanUse(m_planUse->currentData().toInt()) != PlanUse::NotInPlan);
    m_undo->setEnabled(m_draft->canUndo());
    m_redo->setEnabled(m_draft->canRedo());
}

QString RoutineEditor::problem() const
{
    return m_problem->text();
}

void RoutineEditor::accept()
{
    const Result<Routine> routine = m_draft->validated();
    if (!routine) {
        refreshSummary();
        return;
    }
    if (m_draft->isLong() && !m_confirmLong((m_draft->estimatedSeconds() + 59) / 60))
        return;
    const Result<QString> saved = m_custom.saveRoutine(routine.value());
    if (!saved) {
        m_problem->setText(tr("Not saved: %1").arg(saved.error().text()));
        m_problem->setVisible(true);
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace patella
