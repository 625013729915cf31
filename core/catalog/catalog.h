#pragma once

#include "core/catalog/exercise.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace patella {

// Answers "is there an illustration with this name?"; the app checks ":/illustrations/<name>.svg".
using IllustrationExists = std::function<bool(const QString& name)>;

// Every exercise, routine, habit and muscle group Patella knows, loaded whole or not at all.
// Exercise and routine ids share one namespace, so "start this id" is never ambiguous.
class Catalog final
{
public:
    static constexpr auto ResourcePath = ":/data/catalog.json";

    Catalog() = default;

    // Parses and validates the catalog document. On failure the Error names the entry and the field,
    // e.g. "calf-wall-stretch.dose.holdSeconds: low (30) is above high (20)".
    static Result<Catalog> fromJson(const QByteArray& json, const IllustrationExists& illustrationExists);

    // Reads the file (a Qt resource path works), then fromJson. Pass illustrationResourceExists
    // to check the illustrations compiled into the app.
    static Result<Catalog> fromFile(const QString& path, const IllustrationExists& illustrationExists);

    // True when ":/illustrations/<name>.svg" is among the loaded resources.
    static bool illustrationResourceExists(const QString& name);
    static QString illustrationResourcePath(const QString& name);

    // The built-in catalog with the runner's own exercises and routines after its own (customroutines.h
    // checks them first). Custom ids never shadow built-in ones: an entry whose id is taken is left out.
    static Catalog withCustom(const Catalog& builtIn, const QList<Exercise>& exercises, const QList<Routine>& routines);

    // Every exercise and routine, retired custom ones included (their names stay readable in the history);
    // lists a person picks from skip retired ones.
    const QList<Exercise>& exercises() const { return m_exercises; }
    const QList<Routine>& routines() const { return m_routines; }
    const QList<Habit>& habits() const { return m_habits; }
    const QList<MuscleGroup>& muscleGroups() const { return m_muscleGroups; }

    // nullptr when unknown.
    const Exercise* exercise(const QString& id) const;
    const Routine* routine(const QString& id) const;
    const Habit* habit(const QString& id) const;

    QList<const Exercise*> exercisesOfKind(ExerciseKind kind) const;
    QString muscleGroupName(const QString& id) const; // the id itself when unknown

private:
    friend class CatalogReader;

    QList<Exercise> m_exercises;
    QList<Routine> m_routines;
    QList<Habit> m_habits;
    QList<MuscleGroup> m_muscleGroups;
};

} // namespace patella
