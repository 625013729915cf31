#include "app/routines/routineactions.h"

#include "app/routines/exercisedialog.h"
#include "app/routines/routineeditor.h"
#include "core/catalog/catalog.h"
#include "core/store/customcatalog.h"

#include <QMenu>
#include <QMessageBox>

namespace patella {

RoutineActions::RoutineActions(CustomCatalog& custom, QWidget* window)
    : QObject(window)
    , m_custom(custom)
    , m_window(window)
{
}

void RoutineActions::addTo(QMenu* sessionMenu)
{
    QAction* routine = sessionMenu->addAction(tr("&New routine…"), this, &RoutineActions::newRoutine);
    routine->setObjectName(QStringLiteral("newRoutine"));
    routine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* exercise = sessionMenu->addAction(tr("New &exercise…"), this, &RoutineActions::newExercise);
    exercise->setObjectName(QStringLiteral("newExercise"));
}

void RoutineActions::newRoutine()
{
    RoutineEditor editor(m_custom, nullptr, m_window);
    if (editor.exec() == QDialog::Accepted)
        emit saved(editor.savedId());
}

void RoutineActions::editRoutine(const QString& routineId)
{
    const Routine* routine = m_custom.catalog().routine(routineId);
    if (!routine)
        return;
    const Routine source = *routine; // the catalog is rebuilt when the editor saves
    RoutineEditor editor(m_custom, &source, m_window);
    if (editor.exec() == QDialog::Accepted)
        emit saved(editor.savedId());
}

void RoutineActions::newExercise()
{
    ExerciseDialog dialog(m_custom, nullptr, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit saved(dialog.savedId());
}

void RoutineActions::editExercise(const QString& exerciseId)
{
    const Exercise* exercise = m_custom.catalog().exercise(exerciseId);
    if (!exercise || !exercise->isCustom())
        return;
    const Exercise source = *exercise;
    ExerciseDialog dialog(m_custom, &source, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit saved(dialog.savedId());
}

bool RoutineActions::remove(const QString& id)
{
    const Exercise* exercise = m_custom.catalog().exercise(id);
    const Routine* routine = m_custom.catalog().routine(id);
    const QString name = exercise ? exercise->name : routine ? routine->name : id;
    if (const Result<void> removed = m_custom.remove(id); !removed) {
        const QString text = tr("%1 was not deleted. %2").arg(name, removed.error().text());
        emit message(text);
        if (m_window && m_window->isVisible())
            QMessageBox::warning(m_window, tr("Delete"), text);
        return false;
    }
    m_deletedId = id;
    m_deletedName = name;
    emit deleted(name);
    return true;
}

void RoutineActions::undoDelete()
{
    if (m_deletedId.isEmpty())
        return;
    const QString id = m_deletedId;
    m_deletedId.clear();
    m_deletedName.clear();
    if (const Result<void> restored = m_custom.restore(id); !restored) {
        emit message(restored.error().text());
        return;
    }
    emit saved(id);
}

} // namespace patella
