#include "core/catalog/catalog.h"
#include "core/model/painband.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <optional>

// Reads catalog.json into a Catalog, checking every field on the way. The first problem stops the
// load: a half-read catalog would show some exercises and silently miss others.
namespace patella {

namespace {

// Catalog text a person reads goes through the translator, keyed by its English source.
// "{pain-bands}" in a text stands for the pain bands of core/model/painband.h, so the catalog never writes
// their numbers itself.
QString translated(const QString& text)
{
    const QByteArray source = text.toUtf8();
    QString out = QCoreApplication::translate("catalog", source.constData());
    out.replace(QLatin1String("{pain-bands}"), bandsSummary());
    return out;
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

class CatalogReader final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogReader)

public:
    CatalogReader(const IllustrationExists& illustrationExists)
        : m_illustrationExists(illustrationExists)
    {
    }

    Result<Catalog> read(const QByteArray& json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return Error {
                QStringLiteral("catalog"),
                tr("not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString())};
        if (!document.isObject())
            return Error {QStringLiteral("catalog"), tr("must be a JSON object")};
        const QJsonObject root = document.object();

        int version = 0;
        if (!readInt(root, QStringLiteral("version"), QStringLiteral("catalog"), version, 1))
            return *m_error;
        if (version != 1)
            return Error {QStringLiteral("catalog.version"), tr("version %1 is not supported").arg(version)};

        if (!readEach(root, QStringLiteral("muscleGroups"),
                      [this](const QJsonObject& o, const QString& p) { return readMuscleGroup(o, p); }))
            return *m_error;
        if (!readEach(root, QStringLiteral("exercises"),
                      [this](const QJsonObject& o, const QString& p) { return readExercise(o, p); }))
            return *m_error;
        if (!checkVariants())
            return *m_error;
        if (!readEach(root, QStringLiteral("routines"),
                      [this](const QJsonObject& o, const QString& p) { return readRoutine(o, p); }))
            return *m_error;
        if (!readEach(root, QStringLiteral("habits"),
                      [this](const QJsonObject& o, const QString& p) { return readHabit(o, p); }))
            return *m_error;
        return std::move(m_catalog);
    }

private:
    bool fail(const QString& field, const QString& message)
    {
        m_error = Error {field, message};
        return false;
    }

    static QString join(const QString& path, const QString& key) { return path + QLatin1Char('.') + key; }

    // Calls readOne for every object of the array root[key]; the path of an entry is its id when it
    // has a usable one, otherwise "key[index]".
    template <typename ReadOne> bool readEach(const QJsonObject& root, const QString& key, ReadOne readOne)
    {
        const QJsonValue value = root.value(key);
        if (value.isUndefined())
            return fail(join(QStringLiteral("catalog"), key), tr("is missing"));
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(join(QStringLiteral("catalog"), key), tr("must be a non-empty list"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString path = key + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!array.at(i).isObject())
                return fail(path, tr("must be an object"));
            const QJsonObject object = array.at(i).toObject();
            const QString id = object.value(QStringLiteral("id")).toString();
            if (isUsableId(id))
                path = id;
            if (!readOne(object, path))
                return false;
        }
        return true;
    }

    static bool isUsableId(const QString& id)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        return pattern.match(id).hasMatch();
    }

    bool readId(const QJsonObject& object, const QString& path, QSet<QString>& seen, QString& out)
    {
        if (!readString(object, QStringLiteral("id"), path, out))
            return false;
        if (!isUsableId(out))
            return fail(join(path, QStringLiteral("id")),
                        tr("%1 is not an id: use lower-case letters, digits and dashes").arg(quoted(out)));
        if (seen.contains(out))
            return fail(join(path, QStringLiteral("id")), tr("duplicate id %1").arg(quoted(out)));
        seen.insert(out);
        return true;
    }

    bool readString(const QJsonObject& object, const QString& key, const QString& path, QString& out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fail(join(path, key), tr("is missing"));
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return fail(join(path, key), tr("must be a non-empty text"));
        out = value.toString();
        return true;
    }

    bool readText(const QJsonObject& object, const QString& key, const QString& path, QString& out)
    {
        if (!readString(object, key, path, out))
            return false;
        out = translated(out);
        return true;
    }

    bool readTextList(const QJsonObject& object, const QString& key, const QString& path, QStringList& out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fail(join(path, key), tr("is missing"));
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(join(path, key), tr("must be a non-empty list"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty())
                return fail(join(path, key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                            tr("must be a non-empty text"));
            out.append(array.at(i).toString());
        }
        return true;
    }

    bool readInt(const QJsonObject& object, const QString& key, const QString& path, int& out, int minimum)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fail(join(path, key), tr("is missing"));
        const double number = value.toDouble(-1.0);
        if (!value.isDouble() || number != static_cast<double>(static_cast<int>(number)))
            return fail(join(path, key), tr("must be a whole number"));
        out = static_cast<int>(number);
        if (out < minimum)
            return fail(join(path, key), tr("%1 is below the minimum of %2").arg(out).arg(minimum));
        return true;
    }

    bool readRange(const QJsonObject& object, const QString& key, const QString& path, IntRange& out, int minimum)
    {
        const QJsonValue value = object.value(key);
        const QString field = join(path, key);
        if (value.isUndefined())
            return fail(field, tr("is missing"));
        if (!value.isObject())
            return fail(field, tr("must be an object with low and high"));
        const QJsonObject range = value.toObject();
        if (!readInt(range, QStringLiteral("low"), field, out.low, minimum)
            || !readInt(range, QStringLiteral("high"), field, out.high, minimum))
            return false;
        if (out.low > out.high)
            return fail(field, tr("low (%1) is above high (%2)").arg(out.low).arg(out.high));
        return true;
    }

    bool readIllustration(const QJsonObject& object, const QString& path, QString& out)
    {
        if (!readString(object, QStringLiteral("illustration"), path, out))
            return false;
        if (!m_illustrationExists || !m_illustrationExists(out))
            return fail(join(path, QStringLiteral("illustration")), tr("unknown illustration %1").arg(quoted(out)));
        return true;
    }

    bool readMuscleGroup(const QJsonObject& object, const QString& path)
    {
        MuscleGroup group;
        if (!readId(object, path, m_muscleGroupIds, group.id)
            || !readText(object, QStringLiteral("name"), path, group.name))
            return false;
        m_catalog.m_muscleGroups.append(group);
        return true;
    }

    bool readDose(const QJsonObject& object, const QString& path, Dose& dose)
    {
        const QString field = join(path, QStringLiteral("dose"));
        if (object.value(QStringLiteral("dose")).isUndefined())
            return fail(field, tr("is missing"));
        if (!object.value(QStringLiteral("dose")).isObject())
            return fail(field, tr("must be an object"));
        const QJsonObject o = object.value(QStringLiteral("dose")).toObject();

        QString type;
        if (!readString(o, QStringLiteral("type"), field, type))
            return false;
        if (type == QStringLiteral("hold")) {
            dose.type = DoseType::Hold;
            if (!readRange(o, QStringLiteral("holdSeconds"), field, dose.holdSeconds, 1))
                return false;
        } else if (type == QStringLiteral("reps")) {
            dose.type = DoseType::Reps;
            if (!readRange(o, QStringLiteral("reps"), field, dose.reps, 1)
                || !readInt(o, QStringLiteral("tempoSeconds"), field, dose.tempoSeconds, 1))
                return false;
        } else {
            return fail(join(field, QStringLiteral("type")),
                        tr("unknown dose type %1: use \"hold\" or \"reps\"").arg(quoted(type)));
        }
        if (!readRange(o, QStringLiteral("sets"), field, dose.sets, 1)
            || !readInt(o, QStringLiteral("restSeconds"), field, dose.restSeconds, 0))
            return false;

        const QJsonValue parts = o.value(QStringLiteral("parts"));
        if (parts.isUndefined())
            return true;
        const QString partsField = join(field, QStringLiteral("parts"));
        if (!parts.isArray() || parts.toArray().size() < 2)
            return fail(partsField, tr("must list two or more parts, or be left out"));
        QSet<QString> partIds;
        const QJsonArray array = parts.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString partPath = partsField + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            DosePart part;
            if (!array.at(i).isObject())
                return fail(partPath, tr("must be an object"));
            if (!readId(array.at(i).toObject(), partPath, partIds, part.id)
                || !readText(array.at(i).toObject(), QStringLiteral("name"), partPath, part.name))
                return false;
            const QJsonObject partObject = array.at(i).toObject();
            if (partObject.contains(QStringLiteral("illustration"))
                && !readIllustration(partObject, partPath, part.illustration))
                return false;
            dose.parts.append(part);
        }
        return true;
    }

    bool readExercise(const QJsonObject& object, const QString& path)
    {
        Exercise exercise;
        if (!readId(object, path, m_ids, exercise.id) || !readText(object, QStringLiteral("name"), path, exercise.name)
            || !readText(object, QStringLiteral("summary"), path, exercise.summary))
            return false;

        QString kind;
        if (!readString(object, QStringLiteral("kind"), path, kind))
            return false;
        const std::optional<ExerciseKind> parsedKind = exerciseKindFromId(kind);
        if (!parsedKind)
            return fail(join(path, QStringLiteral("kind")), tr("unknown kind %1").arg(quoted(kind)));
        exercise.kind = *parsedKind;

        if (!readTextList(object, QStringLiteral("targets"), path, exercise.targets))
            return false;
        for (qsizetype i = 0; i < exercise.targets.size(); ++i) {
            if (!m_muscleGroupIds.contains(exercise.targets.at(i)))
                return fail(join(path, QStringLiteral("targets")) + QLatin1Char('[') + QString::number(i)
                                + QLatin1Char(']'),
                            tr("unknown muscle group %1").arg(quoted(exercise.targets.at(i))));
        }

        const QJsonValue perSide = object.value(QStringLiteral("perSide"));
        if (perSide.isUndefined())
            return fail(join(path, QStringLiteral("perSide")), tr("is missing"));
        if (!perSide.isBool())
            return fail(join(path, QStringLiteral("perSide")), tr("must be true or false"));
        exercise.perSide = perSide.toBool();

        if (!readDose(object, path, exercise.dose))
            return false;

        QStringList bestTimes;
        if (!readTextList(object, QStringLiteral("bestTimes"), path, bestTimes))
            return false;
        for (qsizetype i = 0; i < bestTimes.size(); ++i) {
            const std::optional<BestTime> time = bestTimeFromId(bestTimes.at(i));
            if (!time)
                return fail(join(path, QStringLiteral("bestTimes")) + QLatin1Char('[') + QString::number(i)
                                + QLatin1Char(']'),
                            tr("unknown best time %1").arg(quoted(bestTimes.at(i))));
            exercise.bestTimes.append(*time);
        }

        if (!readTextList(object, QStringLiteral("steps"), path, exercise.steps)
            || !readTextList(object, QStringLiteral("cues"), path, exercise.cues)
            || !readTextList(object, QStringLiteral("cautions"), path, exercise.cautions))
            return false;
        for (QStringList* list : {&exercise.steps, &exercise.cues, &exercise.cautions}) {
            for (QString& line : *list)
                line = translated(line);
        }

        if (!readIllustration(object, path, exercise.illustration))
            return false;

        if (object.contains(QStringLiteral("easierVariantOf"))
            && !readString(object, QStringLiteral("easierVariantOf"), path, exercise.easierVariantOf))
            return false;

        m_catalog.m_exercises.append(exercise);
        return true;
    }

    // After all exercises are read, so a variant may point forward in the file.
    bool checkVariants()
    {
        for (const Exercise& exercise : std::as_const(m_catalog.m_exercises)) {
            if (exercise.easierVariantOf.isEmpty())
                continue;
            const Exercise* harder = m_catalog.exercise(exercise.easierVariantOf);
            const QString field = join(exercise.id, QStringLiteral("easierVariantOf"));
            if (!harder)
                return fail(field, tr("unknown exercise %1").arg(quoted(exercise.easierVariantOf)));
            if (harder->id == exercise.id)
                return fail(field, tr("an exercise cannot be its own variant"));
        }
        return true;
    }

    // A routine may fix a lighter dose than the exercise's usual range (one set of clamshells to
    // switch the glutes on before a run), but never more than its highs.
    bool readFixedDose(const QJsonObject& object, const QString& path, const Exercise& exercise,
                       std::optional<PlannedDose>& out)
    {
        const QJsonValue value = object.value(QStringLiteral("dose"));
        if (value.isUndefined())
            return true;
        const QString field = join(path, QStringLiteral("dose"));
        if (!value.isObject())
            return fail(field, tr("must be an object"));
        const QJsonObject o = value.toObject();
        const Dose& range = exercise.dose;
        PlannedDose dose;
        dose.holdSeconds = range.type == DoseType::Hold ? range.holdSeconds.low : 0;
        dose.reps = range.type == DoseType::Reps ? range.reps.low : 0;
        dose.sets = range.sets.low;
        dose.restSeconds = range.restSeconds;

        const auto readWithin = [&](const QString& key, int& target, const IntRange& limits) {
            if (!o.contains(key))
                return true;
            if (!readInt(o, key, field, target, limits.low))
                return false;
            if (target > limits.high)
                return fail(join(field, key), tr("%1 is above the exercise's high of %2").arg(target).arg(limits.high));
            return true;
        };
        if (range.type == DoseType::Hold
            && !readWithin(QStringLiteral("holdSeconds"), dose.holdSeconds, range.holdSeconds))
            return false;
        if (range.type == DoseType::Reps && !readWithin(QStringLiteral("reps"), dose.reps, range.reps))
            return false;
        const QString wrongKey = range.type == DoseType::Hold ? QStringLiteral("reps") : QStringLiteral("holdSeconds");
        if (o.contains(wrongKey))
            return fail(join(field, wrongKey), tr("does not apply to %1").arg(quoted(exercise.id)));
        if (!readWithin(QStringLiteral("sets"), dose.sets, IntRange {1, range.sets.high}))
            return false;
        if (o.contains(QStringLiteral("restSeconds"))
            && !readInt(o, QStringLiteral("restSeconds"), field, dose.restSeconds, 0))
            return false;
        out = dose;
        return true;
    }

    bool readRoutine(const QJsonObject& object, const QString& path)
    {
        Routine routine;
        if (!readId(object, path, m_ids, routine.id) || !readText(object, QStringLiteral("name"), path, routine.name)
            || !readText(object, QStringLiteral("description"), path, routine.description))
            return false;
        const QJsonValue items = object.value(QStringLiteral("items"));
        const QString itemsField = join(path, QStringLiteral("items"));
        if (items.isUndefined())
            return fail(itemsField, tr("is missing"));
        if (!items.isArray() || items.toArray().isEmpty())
            return fail(itemsField, tr("must be a non-empty list"));
        const QJsonArray array = items.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = itemsField + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!array.at(i).isObject())
                return fail(itemPath, tr("must be an object"));
            const QJsonObject itemObject = array.at(i).toObject();
            RoutineItem item;
            if (!readString(itemObject, QStringLiteral("exercise"), itemPath, item.exerciseId))
                return false;
            const Exercise* exercise = m_catalog.exercise(item.exerciseId);
            if (!exercise)
                return fail(join(itemPath, QStringLiteral("exercise")),
                            tr("unknown exercise %1").arg(quoted(item.exerciseId)));
            if (!readFixedDose(itemObject, itemPath, *exercise, item.dose))
                return false;
            routine.items.append(item);
        }
        m_catalog.m_routines.append(routine);
        return true;
    }

    bool readHabit(const QJsonObject& object, const QString& path)
    {
        Habit habit;
        if (!readId(object, path, m_habitIds, habit.id) || !readText(object, QStringLiteral("title"), path, habit.title)
            || !readText(object, QStringLiteral("why"), path, habit.why)
            || !readText(object, QStringLiteral("howPatellaHelps"), path, habit.howPatellaHelps))
            return false;
        m_catalog.m_habits.append(habit);
        return true;
    }

    const IllustrationExists& m_illustrationExists;
    Catalog m_catalog;
    std::optional<Error> m_error;
    QSet<QString> m_ids; // exercises and routines share this namespace
    QSet<QString> m_muscleGroupIds;
    QSet<QString> m_habitIds;
};

Result<Catalog> Catalog::fromJson(const QByteArray& json, const IllustrationExists& illustrationExists)
{
    CatalogReader reader(illustrationExists);
    return reader.read(json);
}

} // namespace patella
