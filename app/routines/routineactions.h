#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace patella {

class CustomCatalog;

// What the runner does with their own routines and exercises, wherever it is asked from (Session >
// New routine…, the Library's buttons): opens the editor or the exercise dialog, and deletes with undo.
// A deleted entry is hidden, not erased (the journal's sessions keep its name); undoDelete() brings back
// the last one.
class RoutineActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineActions)

public:
    RoutineActions(CustomCatalog& custom, QWidget* window);

    // Session > New routine… and New exercise…
    void addTo(QMenu* sessionMenu);

    // The last entry deleted, while it can still be brought back; empty otherwise.
    QString lastDeletedName() const { return m_deletedName; }

public slots:
    void newRoutine();
    // A built-in routine is duplicated first; one of the runner's is edited in place.
    void editRoutine(const QString& routineId);
    void newExercise();
    void editExercise(const QString& exerciseId);
    // The runner's own routine or exercise; false with a message when it cannot go (an exercise still used
    // in a routine of theirs says which).
    bool remove(const QString& id);
    void undoDelete();

signals:
    // After a save: the id of what was saved, to select it.
    void saved(const QString& id);
    void deleted(const QString& name);
    void message(const QString& text);

private:
    CustomCatalog& m_custom;
    QWidget* m_window;
    QString m_deletedId;
    QString m_deletedName;
};

} // namespace patella
