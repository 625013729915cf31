#include "core/catalog/customroutines.h"
#include "core/catalog/programmefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

// Writes the programme format (docs/programme-format.md); programmefile.cpp reads it.
namespace patella {
namespace {

QJsonArray toArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& text : list)
        array.append(text);
    return array;
}

// Hold seconds, or reps with their tempo; then sets and the rest between them.
QJsonObject doseObject(const Dose& d)
{
    QJsonObject dose;
    const bool hold = d.type == DoseType::Hold;
    dose.insert(QStringLiteral("type"), hold ? QStringLiteral("hold") : QStringLiteral("reps"));
    if (hold) {
        dose.insert(field::holdSeconds, d.holdSeconds.high);
    } else {
        dose.insert(field::reps, d.reps.high);
        dose.insert(field::tempoSeconds, d.tempoSeconds);
    }
    dose.insert(field::sets, d.sets.high);
    dose.insert(field::restSeconds, d.restSeconds);
    return dose;
}

QJsonObject exerciseObject(const Exercise& exercise, const ProgrammeFile& programme)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), exercise.id);
    o.insert(QStringLiteral("name"), exercise.name);
    if (!exercise.summary.isEmpty())
        o.insert(QStringLiteral("summary"), exercise.summary);
    o.insert(QStringLiteral("kind"), toId(exercise.kind));
    o.insert(QStringLiteral("per_side"), exercise.perSide);
    o.insert(QStringLiteral("mirrored"), exercise.mirrored);
    o.insert(QStringLiteral("dose"), doseObject(exercise.dose));
    if (!exercise.dose.parts.isEmpty()) {
        QJsonArray parts;
        for (const DosePart& part : exercise.dose.parts)
            parts.append(QJsonObject {{QStringLiteral("id"), part.id}, {QStringLiteral("name"), part.name}});
        o.insert(QStringLiteral("parts"), parts);
    }
    for (const auto& [key, list] :
         {std::pair {"steps", &exercise.steps}, std::pair {"cues", &exercise.cues},
          std::pair {"cautions", &exercise.cautions}, std::pair {"targets", &exercise.targets}}) {
        if (!list->isEmpty())
            o.insert(QLatin1String(key), toArray(*list));
    }
    const auto image = programme.images.constFind(exercise.id);
    if (image != programme.images.constEnd() && !image->bytes.isEmpty())
        o.insert(QStringLiteral("image"),
                 QJsonObject {{QStringLiteral("format"), image->format},
                              {QStringLiteral("data"), QString::fromLatin1(image->bytes.toBase64())}});
    return o;
}

// Only what differs from the exercise's own defaults is written.
QJsonObject itemObject(const RoutineItem& item)
{
    QJsonObject i;
    i.insert(QStringLiteral("exercise"), item.exerciseId);
    if (item.sides)
        i.insert(QStringLiteral("sides"), toId(*item.sides));
    if (item.dose) {
        if (item.dose->holdSeconds > 0)
            i.insert(field::holdSeconds, item.dose->holdSeconds);
        if (item.dose->reps > 0)
            i.insert(field::reps, item.dose->reps);
        i.insert(field::sets, item.dose->sets);
        i.insert(field::restSeconds, item.dose->restSeconds);
    }
    if (item.restAfterSeconds > 0)
        i.insert(field::restAfterSeconds, item.restAfterSeconds);
    if (item.getReadySeconds)
        i.insert(field::getReadySeconds, *item.getReadySeconds);
    if (!item.useParts)
        i.insert(QStringLiteral("two_part"), false);
    return i;
}

QJsonObject routineObject(const Routine& routine)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), routine.id);
    o.insert(QStringLiteral("name"), routine.name);
    if (!routine.description.isEmpty())
        o.insert(QStringLiteral("description"), routine.description);
    if (!routine.standsFor.isEmpty())
        o.insert(QStringLiteral("stands_for"), routine.standsFor);
    o.insert(QStringLiteral("use_in_plan"), toId(routine.planUse));
    QJsonArray items;
    for (const RoutineItem& item : routine.items)
        items.append(itemObject(item));
    o.insert(QStringLiteral("items"), items);
    return o;
}

} // namespace

QByteArray writeProgramme(const ProgrammeFile& programme)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kProgrammeFormatName);
    root.insert(QStringLiteral("version"), kProgrammeFormatVersion);
    if (!programme.title.isEmpty())
        root.insert(QStringLiteral("title"), programme.title);
    if (!programme.author.isEmpty())
        root.insert(QStringLiteral("author"), programme.author);
    if (!programme.note.isEmpty())
        root.insert(QStringLiteral("note"), programme.note);
    if (programme.reviewDate)
        root.insert(QStringLiteral("review_date"), programme.reviewDate->toString(Qt::ISODate));

    QJsonArray exercises;
    for (const Exercise& exercise : programme.exercises)
        exercises.append(exerciseObject(exercise, programme));
    if (!exercises.isEmpty())
        root.insert(QStringLiteral("exercises"), exercises);
    QJsonArray routines;
    for (const Routine& routine : programme.routines)
        routines.append(routineObject(routine));
    if (!routines.isEmpty())
        root.insert(QStringLiteral("routines"), routines);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace patella
