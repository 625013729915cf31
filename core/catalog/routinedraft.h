#pragma once

#include "core/catalog/exercise.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The routine editor's model: one routine being made or changed. Every edit can be undone and redone; the
// routine is checked by customroutines.h's rules (the same ones an import meets) and its length estimated
// the way the session player will play it. The editor dialog only shows this and forwards the runner's
// edits to it.
namespace patella {

class Catalog;

class RoutineDraft final
{
    Q_DECLARE_TR_FUNCTIONS(patella::RoutineDraft)

public:
    // An empty routine of the runner's (no id yet: one is made from the name when it is saved).
    explicit RoutineDraft(const Catalog& catalog);
    // Editing a routine: a custom one is changed in place; a built-in one is duplicated first ("Duplicate
    // and edit"), its items' doses kept as they are.
    RoutineDraft(const Catalog& catalog, const Routine& routine);

    const Routine& routine() const { return m_routine; }
    bool isNew() const { return m_routine.id.isEmpty(); }
    int itemCount() const { return int(m_routine.items.size()); }
    const RoutineItem& item(int index) const { return m_routine.items.at(index); }
    const Exercise* exerciseAt(int index) const;

    void setName(const QString& name);
    void setDescription(const QString& description);
    void setPlanUse(PlanUse use, const QString& standsFor);
    // Adds the exercise with its starting dose, fixed for this routine; at -1 appends. Returns its index,
    // or -1 when the catalog does not know the exercise (or it was deleted).
    int addExercise(const QString& exerciseId, int at = -1);
    void removeItem(int index);
    // Moves one item to a new index (the others shift); false when either index is outside.
    bool moveItem(int from, int to);
    void setItem(int index, const RoutineItem& item);

    // The dose an item plays: its fixed one, or the programme's starting dose for the exercise.
    PlannedDose doseOf(int index) const;

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    void undo();
    void redo();

    // The routine as it would be saved (an id made from the name when new), or the first problem: its
    // field path ("items[1].hold_s") and the problem ("400 is above 180").
    Result<Routine> validated() const;
    // The field of an error named for a person: "Exercise 2 (Calf stretch): hold (seconds)".
    QString describeField(const QString& path) const;
    // validated()'s problem as a sentence naming the field, or nothing when the routine is fine.
    QString problem() const;

    int estimatedSeconds() const;
    bool isLong() const; // over doselimit::kLongRoutineMinutes: saving asks first

private:
    void record(); // keeps the routine as it is now for undo, and drops what redo had

    const Catalog& m_catalog;
    Routine m_routine;
    QList<Routine> m_undo;
    QList<Routine> m_redo;
    bool m_typingName = false; // the last edit was the name: more letters join that undo step
};

} // namespace patella
