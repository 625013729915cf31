#include "core/store/customcatalog.h"

#include "core/catalog/customroutines.h"
#include "core/store/journalstore.h"

#include <QCoreApplication>
#include <QFile>

namespace patella {
CustomCatalog::CustomCatalog(const Catalog& builtIn, JournalStore& store, QObject* parent)
    : QObject(parent)
    , m_builtIn(builtIn)
    , m_store(store)
    , m_merged(builtIn)
{
}

CustomCatalog::~CustomCatalog() = default;

Result<void> CustomCatalog::reload()
{
    Result<CustomContent> content = m_store.customContent();
    if (!content)
        return content.error();
    m_merged = Catalog::withCustom(m_builtIn, content->exercises, content->routines);
    m_programmes = content->programmes;
    emit changed();
    return {};
}

const ProgrammeInfo* CustomCatalog::programme(qint64 id) const
{
    for (const ProgrammeInfo& info : m_programmes) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

Result<QString> CustomCatalog::saveExercise(Exercise exercise, const ProgrammeImage& image)
{
    if (exercise.id.isEmpty())
        exercise.id = newCustomId(exercise.name, m_merged);
    if (exercise.origin == Origin::BuiltIn)
        exercise.origin = Origin::Runner;
    if (const Exercise* existing = m_merged.exercise(exercise.id); existing && !existing->isCustom())
        return Error {QStringLiteral("id"), tr("is one of Patella's own exercises")};
    if (m_merged.routine(exercise.id))
        return Error {QStringLiteral("id"), tr("is already a routine's id")};
    if (auto valid = validateCustomExercise(exercise, m_merged); !valid)
        return valid.error();
    if (auto saved = m_store.saveCustomExercise(exercise, image); !saved)
        return saved.error();
    if (auto reloaded = reload(); !reloaded)
        return reloaded.error();
    return exercise.id;
}

Result<QString> CustomCatalog::saveRoutine(Routine routine)
{
    if (routine.id.isEmpty())
        routine.id = newCustomId(routine.name, m_merged);
    if (routine.origin == Origin::BuiltIn)
        routine.origin = Origin::Runner;
    if (const Routine* existing = m_merged.routine(routine.id); existing && !existing->isCustom())
        return Error {QStringLiteral("id"), tr("is one of Patella's own routines")};
    if (m_merged.exercise(routine.id))
        return Error {QStringLiteral("id"), tr("is already an exercise's id")};
    if (auto valid = validateCustomRoutine(routine, m_merged); !valid)
        return valid.error();
    if (auto saved = m_store.saveCustomRoutine(routine); !saved)
        return saved.error();
    if (auto reloaded = reload(); !reloaded)
        return reloaded.error();
    return routine.id;
}

Result<void> CustomCatalog::remove(const QString& id)
{
    const Exercise* exercise = m_merged.exercise(id);
    const Routine* routine = m_merged.routine(id);
    if ((exercise && !exercise->isCustom()) || (routine && !routine->isCustom()))
        return Error {QStringLiteral("id"), tr("Patella's own exercises and routines cannot be deleted.")};
    if (exercise) {
        for (const Routine& other : m_merged.routines()) {
            if (other.retired || !other.isCustom())
                continue;
            for (const RoutineItem& item : other.items) {
                if (item.exerciseId == id)
                    return Error {exercise->name,
                                  tr("is used in your routine \"%1\": take it out there first.").arg(other.name)};
            }
        }
    }
    if (auto done = m_store.setCustomRetired(id, true); !done)
        return done;
    return reload();
}

Result<void> CustomCatalog::restore(const QString& id)
{
    if (auto done = m_store.setCustomRetired(id, false); !done)
        return done;
    return reload();
}

CustomCatalog::ImportPreview CustomCatalog::preview(const ProgrammeFile& programme) const
{
    ImportPreview preview;
    for (const Exercise& exercise : programme.exercises) {
        const Exercise* existing = m_merged.exercise(exercise.id);
        if (existing)
            preview.replacedExercises.append(tr("%1 (replaces %2)").arg(exercise.name, existing->name));
        else
            preview.addedExercises.append(exercise.name);
    }
    for (const Routine& routine : programme.routines) {
        const Routine* existing = m_merged.routine(routine.id);
        if (existing)
            preview.replacedRoutines.append(tr("%1 (replaces %2)").arg(routine.name, existing->name));
        else
            preview.addedRoutines.append(routine.name);
    }
    return preview;
}

Result<qint64> CustomCatalog::importProgramme(const ProgrammeFile& programme, const QString& fileName)
{
    // readProgramme checked the file against the built-in catalog; the merged one may hold routines of
    // the runner's whose ids the file reuses: those are replaced, as the preview says.
    Catalog check = Catalog::withCustom(m_builtIn, programme.exercises, {});
    for (const Exercise& exercise : m_merged.exercises()) {
        if (exercise.isCustom() && !check.exercise(exercise.id))
            check = Catalog::withCustom(check, {exercise}, {});
    }
    for (qsizetype i = 0; i < programme.routines.size(); ++i) {
        if (auto valid = validateCustomRoutine(programme.routines.at(i), check, QStringLiteral("routines[%1]").arg(i));
            !valid)
            return valid.error();
    }
    Result<qint64> imported = m_store.importProgramme(programme, fileName);
    if (!imported)
        return imported;
    if (auto reloaded = reload(); !reloaded)
        return reloaded.error();
    return imported;
}

Result<ProgrammeFile> CustomCatalog::exportRoutines(const QStringList& routineIds) const
{
    ProgrammeFile file;
    QStringList exerciseIds;
    for (const QString& id : routineIds) {
        const Routine* routine = m_merged.routine(id);
        if (!routine)
            return Error {QStringLiteral("routine"), tr("There is no routine \"%1\".").arg(id)};
        Routine copy = *routine;
        if (!copy.isCustom()) {
            // A built-in routine travels as a copy under a custom id, so it can be imported beside the original.
            copy = duplicateRoutine(*routine, m_merged);
            copy.name = routine->name;
        }
        file.routines.append(copy);
        for (const RoutineItem& item : copy.items) {
            const Exercise* exercise = m_merged.exercise(item.exerciseId);
            if (exercise && exercise->isCustom() && !exerciseIds.contains(exercise->id))
                exerciseIds.append(exercise->id);
        }
        if (routine->programmeId > 0) {
            if (const ProgrammeInfo* info = programme(routine->programmeId)) {
                file.title = info->title;
                file.author = info->author;
                file.note = info->note;
                file.reviewDate = info->reviewDate;
            }
        }
    }
    for (const QString& id : exerciseIds) {
        Exercise exercise = *m_merged.exercise(id);
        if (!exercise.imagePath.isEmpty()) {
            QFile image(exercise.imagePath);
            if (!image.open(QIODevice::ReadOnly))
                return Error {exercise.name,
                              tr("its picture %1 cannot be read: %2").arg(exercise.imagePath, image.errorString())};
            ProgrammeImage picture {image.read(kMaxImageBytes + 1), {}};
            picture.format = sniffImageFormat(picture.bytes);
            if (!picture.format.isEmpty() && picture.bytes.size() <= kMaxImageBytes)
                file.images.insert(id, picture);
        }
        exercise.imagePath.clear();
        file.exercises.append(exercise);
    }
    return file;
}

} // namespace patella
