#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace patella {

class Catalog;
class DetailPane;
struct Exercise;

// Browse and search every exercise, routine and prevention habit of the catalog. Exercises filter by
// kind and target; the search box narrows whichever list is showing. Start asks for a guided session.
class LibraryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPage)

public:
    enum class Tab
    {
        Exercises,
        Routines,
        Habits,
    };

    // The catalog must outlive the page.
    explicit LibraryPage(const Catalog& catalog, QWidget* parent = nullptr);
    ~LibraryPage() override;

    // Start buttons stay disabled, with a tooltip saying why, until the session player is wired.
    void setStartAvailable(bool available);
    // The buttons for the runner's own entries (New exercise…, New routine…, Edit… or Duplicate and
    // edit…, Delete) show once something answers their signals; the page alone only browses.
    void setEditingAvailable(bool available);
    // After a delete: says what went, with an Undo button, until the next change.
    void showDeleted(const QString& name);

    void showTab(Tab tab);
    // Selects an exercise, routine or habit by id (switching tab and clearing filters that hide it).
    bool select(const QString& id);
    QString selectedId() const; // of the current tab

signals:
    void startRequested(const QString& routineOrExerciseId);
    void newExerciseRequested();
    void newRoutineRequested();
    // An exercise or routine of the runner's to edit, or a built-in routine to duplicate and edit.
    void editRequested(const QString& id);
    void deleteRequested(const QString& id);
    void undoDeleteRequested();

private:
    void buildExercisesTab();
    void buildRoutinesTab();
    void buildHabitsTab();
    void applyFilters();
    bool matchesExercise(const Exercise& exercise, const QString& text) const;
    void showExercise(const QString& id);
    void showRoutine(const QString& id);
    void showHabit(const QString& id);
    void updateCount();
    void updateEditButtons();
    QWidget* buildEditButtons(const QString& prefix, QPushButton*& add, QPushButton*& edit, QPushButton*& remove);

    const Catalog& m_catalog;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QComboBox* m_targetFilter = nullptr;
    QLabel* m_count = nullptr;
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_exerciseList = nullptr;
    QListWidget* m_routineList = nullptr;
    QListWidget* m_habitList = nullptr;
    DetailPane* m_exerciseDetail = nullptr;
    DetailPane* m_routineDetail = nullptr;
    DetailPane* m_habitDetail = nullptr;
    QList<QWidget*> m_editRows;
    QPushButton* m_newExercise = nullptr;
    QPushButton* m_editExercise = nullptr;
    QPushButton* m_deleteExercise = nullptr;
    QPushButton* m_newRoutine = nullptr;
    QPushButton* m_editRoutine = nullptr;
    QPushButton* m_deleteRoutine = nullptr;
    QWidget* m_deletedBar = nullptr;
    QLabel* m_deletedText = nullptr;
};

} // namespace patella
