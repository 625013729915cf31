#include "core/catalog/customroutines.h"

#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace patella {
namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct CustomRoutinesText
{
    Q_DECLARE_TR_FUNCTIONS(customroutines)
};

QString join(const QString& prefix, const QString& key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

QString indexed(const QString& prefix, const char* key, qsizetype index)
{
    return join(prefix, QLatin1String(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']'));
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

std::optional<Error> checkName(const QString& path, const QString& name)
{
    if (name.trimmed().isEmpty())
        return Error {path, CustomRoutinesText::tr("is empty")};
    if (name.size() > doselimit::kNameMax)
        return Error {path, CustomRoutinesText::tr("is longer than %1 characters").arg(doselimit::kNameMax)};
    return std::nullopt;
}

} // namespace

std::optional<Error> checkLimit(const QString& path, int value, int minimum, int maximum)
{
    if (value < minimum)
        return Error {path, CustomRoutinesText::tr("%1 is below %2").arg(value).arg(minimum)};
    if (value > maximum)
        return Error {path, CustomRoutinesText::tr("%1 is above %2").arg(value).arg(maximum)};
    return std::nullopt;
}

bool isUsableCustomId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return id.size() <= 64 && pattern.match(id).hasMatch();
}

QString newCustomId(const QString& name, const Catalog& catalog)
{
    QString slug;
    bool dash = false;
    for (const QChar c : name.toLower()) {
        const bool plain
            = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (plain) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            slug += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    slug = QStringLiteral("my-") + (slug.isEmpty() ? QStringLiteral("entry") : slug.left(40));
    QString id = slug;
    for (int n = 2; catalog.exercise(id) || catalog.routine(id); ++n)
        id = slug + QLatin1Char('-') + QString::number(n);
    return id;
}

Result<void> validateCustomExercise(const Exercise& exercise, const Catalog& catalog, const QString& prefix)
{
    if (!isUsableCustomId(exercise.id))
        return Error {join(prefix, QStringLiteral("id")),
                      CustomRoutinesText::tr("%1 is not an id: use lower-case letters, digits and dashes")
                          .arg(quoted(exercise.id))};
    if (auto error = checkName(join(prefix, QStringLiteral("name")), exercise.name))
        return *error;
    for (qsizetype i = 0; i < exercise.targets.size(); ++i) {
        const QString& target = exercise.targets.at(i);
        const bool known = std::any_of(catalog.muscleGroups().cbegin(), catalog.muscleGroups().cend(),
                                       [&target](const MuscleGroup& group) { return group.id == target; });
        if (!known)
            return Error {indexed(prefix, "targets", i),
                          CustomRoutinesText::tr("unknown muscle group %1").arg(quoted(target))};
    }
    const QString dose = join(prefix, QStringLiteral("dose"));
    const Dose& d = exercise.dose;
    if (d.type == DoseType::Hold) {
        if (auto error
            = checkLimit(join(dose, field::holdSeconds), d.holdSeconds.high, doselimit::kHoldMin, doselimit::kHoldMax))
            return *error;
    } else {
        if (auto error = checkLimit(join(dose, field::reps), d.reps.high, doselimit::kRepsMin, doselimit::kRepsMax))
            return *error;
        if (auto error
            = checkLimit(join(dose, field::tempoSeconds), d.tempoSeconds, doselimit::kTempoMin, doselimit::kTempoMax))
            return *error;
    }
    if (auto error = checkLimit(join(dose, field::sets), d.sets.high, doselimit::kSetsMin, doselimit::kSetsMax))
        return *error;
    if (auto error
        = checkLimit(join(dose, field::restSeconds), d.restSeconds, doselimit::kRestMin, doselimit::kRestMax))
        return *error;
    if (d.parts.size() == 1)
        return Error {join(dose, QStringLiteral("parts")),
                      CustomRoutinesText::tr("must list two or more parts, or none")};
    QSet<QString> partIds;
    for (qsizetype i = 0; i < d.parts.size(); ++i) {
        const DosePart& part = d.parts.at(i);
        if (!isUsableCustomId(part.id))
            return Error {join(indexed(dose, "parts", i), QStringLiteral("id")),
                          CustomRoutinesText::tr("%1 is not an id: use lower-case letters, digits and dashes")
                              .arg(quoted(part.id))};
        if (partIds.contains(part.id))
            return Error {join(indexed(dose, "parts", i), QStringLiteral("id")),
                          CustomRoutinesText::tr("duplicate part %1").arg(quoted(part.id))};
        partIds.insert(part.id);
        if (auto error = checkName(join(indexed(dose, "parts", i), QStringLiteral("name")), part.name))
            return *error;
    }
    return {};
}

Result<void> validateCustomRoutine(const Routine& routine, const Catalog& catalog, const QString& prefix)
{
    if (!isUsableCustomId(routine.id))
        return Error {join(prefix, QStringLiteral("id")),
                      CustomRoutinesText::tr("%1 is not an id: use lower-case letters, digits and dashes")
                          .arg(quoted(routine.id))};
    if (auto error = checkName(join(prefix, QStringLiteral("name")), routine.name))
        return *error;
    if (!routine.standsFor.isEmpty()) {
        const Routine* builtIn = catalog.routine(routine.standsFor);
        if (!builtIn || builtIn->isCustom())
            return Error {join(prefix, QStringLiteral("stands_for")),
                          CustomRoutinesText::tr("%1 is not one of Patella's routines").arg(quoted(routine.standsFor))};
    } else if (routine.planUse != PlanUse::NotInPlan) {
        return Error {
            join(prefix, QStringLiteral("stands_for")),
            CustomRoutinesText::tr("is needed to use the routine in the plan: name the built-in routine it goes with")};
    }
    if (routine.items.isEmpty())
        return Error {join(prefix, QStringLiteral("items")), CustomRoutinesText::tr("needs at least one exercise")};
    for (qsizetype i = 0; i < routine.items.size(); ++i) {
        const RoutineItem& item = routine.items.at(i);
        const QString path = indexed(prefix, "items", i);
        const Exercise* exercise = catalog.exercise(item.exerciseId);
        if (!exercise)
            return Error {join(path, QStringLiteral("exercise")),
                          CustomRoutinesText::tr("unknown exercise %1").arg(quoted(item.exerciseId))};
        if (exercise->retired)
            return Error {join(path, QStringLiteral("exercise")),
                          CustomRoutinesText::tr("%1 was deleted").arg(quoted(exercise->name))};
        if (item.dose) {
            const PlannedDose& dose = *item.dose;
            if (exercise->dose.type == DoseType::Hold) {
                if (auto error = checkLimit(join(path, field::holdSeconds), dose.holdSeconds, doselimit::kHoldMin,
                                            doselimit::kHoldMax))
                    return *error;
            } else if (auto error
                       = checkLimit(join(path, field::reps), dose.reps, doselimit::kRepsMin, doselimit::kRepsMax)) {
                return *error;
            }
            if (auto error = checkLimit(join(path, field::sets), dose.sets, doselimit::kSetsMin, doselimit::kSetsMax))
                return *error;
            if (auto error = checkLimit(join(path, field::restSeconds), dose.restSeconds, doselimit::kRestMin,
                                        doselimit::kRestMax))
                return *error;
        }
        if (item.sides && *item.sides != ItemSides::Both && !exercise->perSide)
            return Error {
                join(path, QStringLiteral("sides")),
                CustomRoutinesText::tr("%1 is not done one side at a time: use \"both\"").arg(quoted(exercise->name))};
        if (item.getReadySeconds) {
            if (auto error = checkLimit(join(path, field::getReadySeconds), *item.getReadySeconds,
                                        doselimit::kGetReadyMin, doselimit::kGetReadyMax))
                return *error;
        }
        if (auto error = checkLimit(join(path, field::restAfterSeconds), item.restAfterSeconds, doselimit::kRestMin,
                                    doselimit::kRestMax))
            return *error;
    }
    return {};
}

Routine duplicateRoutine(const Routine& source, const Catalog& catalog)
{
    Routine copy = source;
    copy.name = CustomRoutinesText::tr("%1 (mine)").arg(source.name);
    copy.id = newCustomId(copy.name, catalog);
    copy.origin = Origin::Runner;
    copy.programmeId = 0;
    copy.retired = false;
    copy.standsFor = source.isCustom() ? source.standsFor : source.id;
    copy.planUse = PlanUse::NotInPlan;
    return copy;
}

} // namespace patella
