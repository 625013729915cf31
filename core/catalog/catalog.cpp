#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QFile>

namespace patella {

Result<Catalog> Catalog::fromFile(const QString& path, const IllustrationExists& illustrationExists)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {path,
                      QCoreApplication::translate("catalog", "cannot read the catalog: %1").arg(file.errorString())};
    }
    return fromJson(file.readAll(), illustrationExists);
}

Catalog Catalog::withCustom(const Catalog& builtIn, const QList<Exercise>& exercises, const QList<Routine>& routines)
{
    Catalog merged = builtIn;
    for (const Exercise& exercise : exercises) {
        if (!merged.exercise(exercise.id) && !merged.routine(exercise.id))
            merged.m_exercises.append(exercise);
    }
    for (const Routine& routine : routines) {
        if (!merged.exercise(routine.id) && !merged.routine(routine.id))
            merged.m_routines.append(routine);
    }
    return merged;
}

QString Catalog::illustrationResourcePath(const QString& name)
{
    return QStringLiteral(":/illustrations/") + name + QStringLiteral(".svg");
}

bool Catalog::illustrationResourceExists(const QString& name)
{
    return !name.isEmpty() && QFile::exists(illustrationResourcePath(name));
}

const Exercise* Catalog::exercise(const QString& id) const
{
    for (const Exercise& candidate : m_exercises) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const Routine* Catalog::routine(const QString& id) const
{
    for (const Routine& candidate : m_routines) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const Habit* Catalog::habit(const QString& id) const
{
    for (const Habit& candidate : m_habits) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QList<const Exercise*> Catalog::exercisesOfKind(ExerciseKind kind) const
{
    QList<const Exercise*> found;
    for (const Exercise& candidate : m_exercises) {
        if (candidate.kind == kind)
            found.append(&candidate);
    }
    return found;
}

QString Catalog::muscleGroupName(const QString& id) const
{
    for (const MuscleGroup& group : m_muscleGroups) {
        if (group.id == id)
            return group.name;
    }
    return id;
}

} // namespace patella
