#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
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

    void showTab(Tab tab);
    // Selects an exercise, routine or habit by id (switching tab and clearing filters that hide it).
    bool select(const QString& id);
    QString selectedId() const; // of the current tab

signals:
    void startRequested(const QString& routineOrExerciseId);

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
};

} // namespace patella
