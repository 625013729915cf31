#include "app/library/librarypage.h"

#include "app/library/detailpane.h"
#include "app/library/entrydelegate.h"
#include "app/library/illustrationview.h"
#include "app/library/librarytext.h"
#include "app/ui/pagetitle.h"
#include "core/catalog/catalog.h"
#include "core/catalog/dosetext.h"
#include "core/catalog/duration.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

namespace patella {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr QSize kThumbnailSize(64, 48);

QListWidget* makeList(const QString& objectName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setUniformItemSizes(false);
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideRight);
    list->setMinimumWidth(240);
    list->setResizeMode(QListView::Adjust);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setItemDelegate(new EntryDelegate(list));
    return list;
}

QSplitter* makeSplitter(QWidget* list, QWidget* below, QWidget* detail, QWidget* parent)
{
    auto* splitter = new QSplitter(Qt::Horizontal, parent);
    auto* left = new QWidget(splitter);
    auto* column = new QVBoxLayout(left);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(list, 1);
    if (below)
        column->addWidget(below);
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({320, 880}); // kept in proportion to the page's width
    return splitter;
}

bool contains(const QString& haystack, const QString& needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool anyContains(const QStringList& lines, const QString& needle)
{
    for (const QString& line : lines) {
        if (contains(line, needle))
            return true;
    }
    return false;
}

// Keeps the selection on a visible row: the first visible one when the selected row was filtered out.
void keepSelectionVisible(QListWidget* list)
{
    QListWidgetItem* current = list->currentItem();
    if (current && !current->isHidden())
        return;
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->isHidden()) {
            list->setCurrentRow(row);
            return;
        }
    }
    list->setCurrentItem(nullptr);
}

int visibleRows(const QListWidget* list)
{
    int visible = 0;
    for (int row = 0; row < list->count(); ++row)
        visible += list->item(row)->isHidden() ? 0 : 1;
    return visible;
}

} // namespace

LibraryPage::LibraryPage(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("libraryPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(ui::pageTitle(tr("Library"), this));

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setPlaceholderText(tr("Search exercises, routines and habits"));
    m_search->setClearButtonEnabled(true);
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->setToolTip(tr("Show one kind of exercise"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (ExerciseKind kind : allExerciseKinds()) {
        if (!m_catalog.exercisesOfKind(kind).isEmpty())
            m_kindFilter->addItem(displayName(kind), toId(kind));
    }
    m_targetFilter = new QComboBox(this);
    m_targetFilter->setObjectName(QStringLiteral("targetFilter"));
    m_targetFilter->setToolTip(tr("Show exercises for one muscle group"));
    m_targetFilter->addItem(tr("All muscle groups"), QString());
    for (const MuscleGroup& group : m_catalog.muscleGroups())
        m_targetFilter->addItem(group.name, group.id);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("libraryCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    filters->addWidget(m_search, 3);
    filters->addWidget(m_kindFilter, 1);
    filters->addWidget(m_targetFilter, 1);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_deletedBar = new QWidget(this);
    m_deletedBar->setObjectName(QStringLiteral("libraryDeletedBar"));
    auto* deleted = new QHBoxLayout(m_deletedBar);
    deleted->setContentsMargins(0, 0, 0, 0);
    m_deletedText = new QLabel(m_deletedBar);
    m_deletedText->setObjectName(QStringLiteral("libraryDeletedText"));
    auto* undo = new QPushButton(tr("&Undo"), m_deletedBar);
    undo->setObjectName(QStringLiteral("libraryUndoDelete"));
    undo->setAccessibleDescription(tr("Brings back what was just deleted"));
    deleted->addWidget(m_deletedText, 1);
    deleted->addWidget(undo);
    m_deletedBar->setVisible(false);
    connect(undo, &QPushButton::clicked, this, [this] {
        m_deletedBar->setVisible(false);
        emit undoDeleteRequested();
    });
    layout->addWidget(m_deletedBar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("libraryTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    buildExercisesTab();
    buildRoutinesTab();
    buildHabitsTab();

    connect(m_search, &QLineEdit::textChanged, this, &LibraryPage::applyFilters);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &LibraryPage::applyFilters);
    connect(m_targetFilter, &QComboBox::currentIndexChanged, this, &LibraryPage::applyFilters);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        const bool exercises = index == static_cast<int>(Tab::Exercises);
        m_kindFilter->setEnabled(exercises);
        m_targetFilter->setEnabled(exercises);
        updateCount();
    });
    for (DetailPane* pane : {m_exerciseDetail, m_routineDetail})
        connect(pane, &DetailPane::startRequested, this, &LibraryPage::startRequested);

    setStartAvailable(false);
    setEditingAvailable(false);
    applyFilters();
}

LibraryPage::~LibraryPage() = default;

void LibraryPage::buildExercisesTab()
{
    m_exerciseList = makeList(QStringLiteral("exerciseList"), this);
    m_exerciseList->setIconSize(kThumbnailSize);
    const qreal ratio = devicePixelRatioF();
    for (const Exercise& exercise : m_catalog.exercises()) {
        if (exercise.retired)
            continue;
        auto* item = new QListWidgetItem(exercise.name, m_exerciseList);
        const QString subtitle = librarytext::exerciseSubtitle(exercise);
        item->setData(EntryDelegate::SubtitleRole,
                      exercise.isCustom() ? tr("Your exercise") + QStringLiteral(" · ") + subtitle : subtitle);
        item->setData(IdRole, exercise.id);
        item->setIcon(QIcon(IllustrationView::thumbnail(
            exercise.imagePath.isEmpty() ? exercise.illustration : exercise.imagePath, kThumbnailSize, ratio)));
        item->setToolTip(exercise.summary);
    }
    m_exerciseDetail
        = new DetailPane(QStringLiteral("exercise"), DetailPane::Illustration | DetailPane::StartButton, this);
    connect(m_exerciseList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) { showExercise(item ? item->data(IdRole).toString() : QString()); });
    QWidget* buttons = buildEditButtons(QStringLiteral("Exercise"), m_newExercise, m_editExercise, m_deleteExercise);
    m_newExercise->setText(tr("&New exercise…"));
    connect(m_newExercise, &QPushButton::clicked, this, &LibraryPage::newExerciseRequested);
    m_tabs->addTab(makeSplitter(m_exerciseList, buttons, m_exerciseDetail, m_tabs), tr("Exercises"));
}

void LibraryPage::buildRoutinesTab()
{
    m_routineList = makeList(QStringLiteral("routineList"), this);
    for (const Routine& routine : m_catalog.routines()) {
        if (routine.retired)
            continue;
        const QString estimate = describeEstimate(estimatedSeconds(routine, m_catalog));
        auto* item = new QListWidgetItem(routine.name, m_routineList);
        item->setData(EntryDelegate::SubtitleRole, estimate);
        item->setData(IdRole, routine.id);
        item->setToolTip(routine.description);
    }
    m_routineDetail = new DetailPane(QStringLiteral("routine"), DetailPane::StartButton, this);
    connect(m_routineList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) { showRoutine(item ? item->data(IdRole).toString() : QString()); });
    QWidget* buttons = buildEditButtons(QStringLiteral("Routine"), m_newRoutine, m_editRoutine, m_deleteRoutine);
    m_newRoutine->setText(tr("New &routine…"));
    connect(m_newRoutine, &QPushButton::clicked, this, &LibraryPage::newRoutineRequested);
    m_tabs->addTab(makeSplitter(m_routineList, buttons, m_routineDetail, m_tabs), tr("Routines"));
}

void LibraryPage::buildHabitsTab()
{
    m_habitList = makeList(QStringLiteral("habitList"), this);
    for (const Habit& habit : m_catalog.habits()) {
        auto* item = new QListWidgetItem(habit.title, m_habitList);
        item->setData(IdRole, habit.id);
    }
    m_habitDetail = new DetailPane(QStringLiteral("habit"), {}, this);
    connect(m_habitList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) { showHabit(item ? item->data(IdRole).toString() : QString()); });
    m_tabs->addTab(makeSplitter(m_habitList, nullptr, m_habitDetail, m_tabs), tr("Prevention habits"));
}

void LibraryPage::setStartAvailable(bool available)
{
    const QString whyNot = tr("Guided sessions arrive with the session player.");
    m_exerciseDetail->setStartAvailable(available, whyNot);
    m_routineDetail->setStartAvailable(available, whyNot);
}

QWidget* LibraryPage::buildEditButtons(const QString& prefix, QPushButton*& add, QPushButton*& edit,
                                       QPushButton*& remove)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 0);
    add = new QPushButton(row);
    add->setObjectName(QStringLiteral("libraryNew") + prefix);
    edit = new QPushButton(tr("&Edit…"), row);
    edit->setObjectName(QStringLiteral("libraryEdit") + prefix);
    remove = new QPushButton(tr("&Delete"), row);
    remove->setObjectName(QStringLiteral("libraryDelete") + prefix);
    layout->addWidget(add);
    layout->addWidget(edit);
    layout->addWidget(remove);
    layout->addStretch(1);
    m_editRows.append(row);
    QListWidget* list = prefix == QLatin1String("Exercise") ? m_exerciseList : m_routineList;
    connect(edit, &QPushButton::clicked, this, [this, list] {
        if (QListWidgetItem* item = list->currentItem())
            emit editRequested(item->data(IdRole).toString());
    });
    connect(remove, &QPushButton::clicked, this, [this, list] {
        if (QListWidgetItem* item = list->currentItem())
            emit deleteRequested(item->data(IdRole).toString());
    });
    return row;
}

void LibraryPage::setEditingAvailable(bool available)
{
    for (QWidget* row : std::as_const(m_editRows))
        row->setVisible(available);
}

void LibraryPage::showDeleted(const QString& name)
{
    m_deletedText->setText(tr("“%1” was deleted. Sessions you did with it keep its name.").arg(name));
    m_deletedBar->setVisible(true);
}

void LibraryPage::updateEditButtons()
{
    const QListWidgetItem* exerciseItem = m_exerciseList->currentItem();
    const Exercise* exercise = exerciseItem && !exerciseItem->isHidden()
        ? m_catalog.exercise(exerciseItem->data(IdRole).toString())
        : nullptr;
    const bool ownExercise = exercise && exercise->isCustom();
    m_editExercise->setEnabled(ownExercise);
    m_deleteExercise->setEnabled(ownExercise);
    const QString whyNot = tr("Patella's own exercises cannot be changed; make one of yours with New exercise…");
    m_editExercise->setToolTip(ownExercise || !exercise ? QString() : whyNot);
    m_deleteExercise->setToolTip(ownExercise || !exercise ? QString() : whyNot);

    const QListWidgetItem* routineItem = m_routineList->currentItem();
    const Routine* routine
        = routineItem && !routineItem->isHidden() ? m_catalog.routine(routineItem->data(IdRole).toString()) : nullptr;
    const bool ownRoutine = routine && routine->isCustom();
    m_editRoutine->setEnabled(routine != nullptr);
    m_editRoutine->setText(!routine || ownRoutine ? tr("&Edit…") : tr("Duplicate and &edit…"));
    m_deleteRoutine->setEnabled(ownRoutine);
    m_deleteRoutine->setToolTip(ownRoutine || !routine ? QString() : tr("Patella's own routines cannot be deleted"));
}

void LibraryPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

bool LibraryPage::matchesExercise(const Exercise& exercise, const QString& text) const
{
    const QString kind = m_kindFilter->currentData().toString();
    if (!kind.isEmpty() && toId(exercise.kind) != kind)
        return false;
    const QString target = m_targetFilter->currentData().toString();
    if (!target.isEmpty() && !exercise.targets.contains(target))
        return false;
    if (text.isEmpty())
        return true;
    return contains(exercise.name, text) || contains(exercise.summary, text)
        || contains(displayName(exercise.kind), text) || contains(librarytext::targets(m_catalog, exercise), text)
        || anyContains(exercise.steps, text) || anyContains(exercise.cues, text);
}

void LibraryPage::applyFilters()
{
    const QString text = m_search->text().trimmed();
    for (int row = 0; row < m_exerciseList->count(); ++row) {
        QListWidgetItem* item = m_exerciseList->item(row);
        const Exercise* exercise = m_catalog.exercise(item->data(IdRole).toString());
        item->setHidden(!exercise || !matchesExercise(*exercise, text));
    }
    for (int row = 0; row < m_routineList->count(); ++row) {
        QListWidgetItem* item = m_routineList->item(row);
        const Routine* routine = m_catalog.routine(item->data(IdRole).toString());
        item->setHidden(
            !routine || (!text.isEmpty() && !contains(routine->name, text) && !contains(routine->description, text)));
    }
    for (int row = 0; row < m_habitList->count(); ++row) {
        QListWidgetItem* item = m_habitList->item(row);
        const Habit* habit = m_catalog.habit(item->data(IdRole).toString());
        item->setHidden(!habit
                        || (!text.isEmpty() && !contains(habit->title, text) && !contains(habit->why, text)
                            && !contains(habit->howPatellaHelps, text)));
    }
    for (QListWidget* list : {m_exerciseList, m_routineList, m_habitList})
        keepSelectionVisible(list);
    updateCount();
}

void LibraryPage::updateCount()
{
    int shown = 0;
    int total = 0;
    switch (static_cast<Tab>(m_tabs->currentIndex())) {
    case Tab::Exercises:
        shown = visibleRows(m_exerciseList);
        total = m_exerciseList->count();
        break;
    case Tab::Routines:
        shown = visibleRows(m_routineList);
        total = m_routineList->count();
        break;
    case Tab::Habits:
        shown = visibleRows(m_habitList);
        total = m_habitList->count();
        break;
    }
    m_count->setText(shown == total ? tr("%1 in all").arg(total) : tr("%1 of %2").arg(shown).arg(total));
}

void LibraryPage::showExercise(const QString& id)
{
    const Exercise* exercise = m_catalog.exercise(id);
    updateEditButtons();
    if (!exercise) {
        m_exerciseDetail->clear(tr("No exercise matches. Clear the search or the filters."));
        return;
    }
    const QString subtitle = librarytext::exerciseSubtitle(*exercise);
    m_exerciseDetail->showEntry(exercise->id, exercise->name,
                                exercise->isCustom() ? tr("Your exercise") + QStringLiteral(" · ") + subtitle
                                                     : subtitle,
                                librarytext::exerciseHtml(m_catalog, *exercise),
                                exercise->imagePath.isEmpty() ? exercise->illustration : exercise->imagePath);
}

void LibraryPage::showRoutine(const QString& id)
{
    const Routine* routine = m_catalog.routine(id);
    updateEditButtons();
    if (!routine) {
        m_routineDetail->clear(tr("No routine matches the search."));
        return;
    }
    const QString origin = routine->origin == Origin::Runner ? tr("Your routine")
        : routine->origin == Origin::Programme               ? tr("From your programme")
                                                             : QString();
    m_routineDetail->showEntry(routine->id, routine->name, origin, librarytext::routineHtml(m_catalog, *routine));
}

void LibraryPage::showHabit(const QString& id)
{
    const Habit* habit = m_catalog.habit(id);
    if (!habit) {
        m_habitDetail->clear(tr("No habit matches the search."));
        return;
    }
    m_habitDetail->showEntry(habit->id, habit->title, QString(), librarytext::habitHtml(*habit));
}

QString LibraryPage::selectedId() const
{
    const QListWidget* lists[] = {m_exerciseList, m_routineList, m_habitList};
    const QListWidgetItem* item = lists[m_tabs->currentIndex()]->currentItem();
    return item && !item->isHidden() ? item->data(IdRole).toString() : QString();
}

bool LibraryPage::select(const QString& id)
{
    const QList<std::pair<Tab, QListWidget*>> tabs {
        {Tab::Exercises, m_exerciseList}, {Tab::Routines, m_routineList}, {Tab::Habits, m_habitList}};
    for (const auto& [tab, list] : tabs) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(IdRole).toString() != id)
                continue;
            if (list->item(row)->isHidden()) {
                m_search->clear();
                m_kindFilter->setCurrentIndex(0);
                m_targetFilter->setCurrentIndex(0);
            }
            showTab(tab);
            list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace patella
