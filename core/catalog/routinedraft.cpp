#include "core/catalog/routinedraft.h"

#include "core/catalog/catalog.h"
#include "core/catalog/customroutines.h"
#include "core/catalog/duration.h"

#include <QRegularExpression>

#include <algorithm>

namespace patella {
namespace {

constexpr qsizetype kUndoDepth = 200;

} // namespace

RoutineDraft::RoutineDraft(const Catalog& catalog)
    : m_catalog(catalog)
{
    m_routine.origin = Origin::Runner;
}

RoutineDraft::RoutineDraft(const Catalog& catalog, const Routine& routine)
    : m_catalog(catalog)
    , m_routine(routine.isCustom() ? routine : duplicateRoutine(routine, catalog))
{
}

const Exercise* RoutineDraft::exerciseAt(int index) const
{
    if (index < 0 || index >= itemCount())
        return nullptr;
    return m_catalog.exercise(m_routine.items.at(index).exerciseId);
}

void RoutineDraft::record()
{
    m_undo.append(m_routine);
    if (m_undo.size() > kUndoDepth)
        m_undo.removeFirst();
    m_redo.clear();
    m_typingName = false;
}

void RoutineDraft::setName(const QString& name)
{
    if (name == m_routine.name)
        return;
    // Typing a name is one step, not one per letter.
    if (!m_typingName) {
        record();
        m_typingName = true;
    }
    m_routine.name = name;
}

void RoutineDraft::setDescription(const QString& description)
{
    if (description == m_routine.description)
        return;
    record();
    m_routine.description = description;
}

void RoutineDraft::setPlanUse(PlanUse use, const QString& standsFor)
{
    const QString stands = use == PlanUse::NotInPlan && standsFor.isEmpty() ? m_routine.standsFor : standsFor;
    if (use == m_routine.planUse && stands == m_routine.standsFor)
        return;
    record();
    m_routine.planUse = use;
    m_routine.standsFor = stands;
}

int RoutineDraft::addExercise(const QString& exerciseId, int at)
{
    const Exercise* exercise = m_catalog.exercise(exerciseId);
    if (!exercise || exercise->retired)
        return -1;
    record();
    RoutineItem item;
    item.exerciseId = exercise->id;
    item.dose = startingDose(exercise->dose);
    const int index = at < 0 || at > itemCount() ? itemCount() : at;
    m_routine.items.insert(index, item);
    return index;
}

void RoutineDraft::removeItem(int index)
{
    if (index < 0 || index >= itemCount())
        return;
    record();
    m_routine.items.removeAt(index);
}

bool RoutineDraft::moveItem(int from, int to)
{
    if (from < 0 || from >= itemCount() || to < 0 || to >= itemCount())
        return false;
    if (from == to)
        return true;
    record();
    m_routine.items.move(from, to);
    return true;
}

void RoutineDraft::setItem(int index, const RoutineItem& item)
{
    if (index < 0 || index >= itemCount() || m_routine.items.at(index) == item)
        return;
    record();
    m_routine.items[index] = item;
}

PlannedDose RoutineDraft::doseOf(int index) const
{
    const RoutineItem& it = item(index);
    if (it.dose)
        return *it.dose;
    const Exercise* exercise = exerciseAt(index);
    return exercise ? startingDose(exercise->dose) : PlannedDose {};
}

void RoutineDraft::undo()
{
    if (m_undo.isEmpty())
        return;
    m_redo.append(m_routine);
    m_routine = m_undo.takeLast();
    m_typingName = false;
}

void RoutineDraft::redo()
{
    if (m_redo.isEmpty())
        return;
    m_undo.append(m_routine);
    m_routine = m_redo.takeLast();
    m_typingName = false;
}

Result<Routine> RoutineDraft::validated() const
{
    Routine routine = m_routine;
    routine.name = routine.name.trimmed();
    if (routine.id.isEmpty())
        routine.id = newCustomId(routine.name, m_catalog);
    if (routine.planUse == PlanUse::NotInPlan && !routine.standsFor.isEmpty()) {
        const Routine* standsFor = m_catalog.routine(routine.standsFor);
        if (!standsFor || standsFor->isCustom())
            routine.standsFor.clear();
    }
    if (const Result<void> valid = validateCustomRoutine(routine, m_catalog); !valid) {
        // The id is made here, never typed: a problem with it is the name's.
        if (valid.error().field == QLatin1String("id"))
            return Error {QStringLiteral("name"), valid.error().message};
        return valid.error();
    }
    return routine;
}

QString RoutineDraft::describeField(const QString& path) const
{
    static const QRegularExpression itemPath(QStringLiteral("^items\\[(\\d+)\\]\\.(.+)$"));
    if (path == QLatin1String("name"))
        return tr("Name");
    if (path == QLatin1String("items"))
        return tr("Exercises");
    if (path == QLatin1String("stands_for"))
        return tr("Use in my plan");
    const QRegularExpressionMatch match = itemPath.match(path);
    if (!match.hasMatch())
        return path;
    const int index = match.captured(1).toInt();
    const QString key = match.captured(2);
    const Exercise* exercise = exerciseAt(index);
    const QString which
        = exercise ? tr("Exercise %1 (%2)").arg(index + 1).arg(exercise->name) : tr("Exercise %1").arg(index + 1);
    QString what;
    if (key == field::holdSeconds)
        what = tr("hold (seconds)");
    else if (key == field::reps)
        what = tr("reps");
    else if (key == field::sets)
        what = tr("sets");
    else if (key == field::restSeconds)
        what = tr("rest between sets (seconds)");
    else if (key == field::restAfterSeconds)
        what = tr("rest before the next exercise (seconds)");
    else if (key == field::getReadySeconds)
        what = tr("get ready (seconds)");
    else if (key == QLatin1String("sides"))
        what = tr("sides");
    else
        return which;
    return tr("%1: %2").arg(which, what);
}

QString RoutineDraft::problem() const
{
    const Result<Routine> valid = validated();
    if (valid)
        return {};
    return tr("%1: %2").arg(describeField(valid.error().field), valid.error().message);
}

int RoutineDraft::estimatedSeconds() const
{
    return patella::estimatedSeconds(m_routine, m_catalog);
}

bool RoutineDraft::isLong() const
{
    return estimatedSeconds() > doselimit::kLongRoutineMinutes * 60;
}

} // namespace patella
