#include "core/catalog/programmefile.h"

#include "core/catalog/catalog.h"
#include "core/catalog/customroutines.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace patella {
namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct ProgrammeFileText
{
    Q_DECLARE_TR_FUNCTIONS(programmefile)
};

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString at(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Reads one programme document; the first problem is kept in m_error and stops the read.
class ProgrammeReader final
{
public:
    ProgrammeReader(const Catalog& builtIn, const QString& folder, const ImageCheck& imageCheck)
        : m_builtIn(builtIn)
        , m_folder(folder)
        , m_imageCheck(imageCheck)
    {
    }

    Result<ProgrammeFile> read(const QByteArray& json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return Error {QStringLiteral("programme"),
                          ProgrammeFileText::tr("not valid JSON at character %1: %2")
                              .arg(parseError.offset)
                              .arg(parseError.errorString())};
        if (!document.isObject())
            return Error {QStringLiteral("programme"), ProgrammeFileText::tr("must be a JSON object")};
        if (!readRoot(document.object()))
            return *m_error;
        return std::move(m_file);
    }

private:
    bool fail(const QString& path, const QString& message)
    {
        m_error = Error {path, message};
        return false;
    }

    bool onlyKeys(const QJsonObject& object, const QString& path, const QStringList& allowed)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(
                    join(path, it.key()),
                    ProgrammeFileText::tr("is not a field here (allowed: %1)").arg(allowed.join(QStringLiteral(", "))));
        }
        return true;
    }

    bool readString(const QJsonObject& object, const QString& key, const QString& path, QString& out, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                return fail(join(path, key), ProgrammeFileText::tr("is missing"));
            return true;
        }
        if (!value.isString())
            return fail(join(path, key), ProgrammeFileText::tr("must be a text"));
        if (required && value.toString().trimmed().isEmpty())
            return fail(join(path, key), ProgrammeFileText::tr("is empty"));
        out = value.toString();
        return true;
    }

    bool readInt(const QJsonObject& object, const QString& key, const QString& path, std::optional<int>& out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        const double number = value.toDouble();
        // The range first: casting a double beyond qint64 to it is undefined.
        if (!value.isDouble() || !(number >= -1e6 && number <= 1e6)
            || number != static_cast<double>(static_cast<qint64>(number)))
            return fail(join(path, key), ProgrammeFileText::tr("must be a whole number"));
        out = static_cast<int>(number);
        return true;
    }

    bool readBool(const QJsonObject& object, const QString& key, const QString& path, bool& out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return fail(join(path, key), ProgrammeFileText::tr("must be true or false"));
        out = value.toBool();
        return true;
    }

    bool readTextList(const QJsonObject& object, const QString& key, const QString& path, QStringList& out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return fail(join(path, key), ProgrammeFileText::tr("must be a list of texts"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty())
                return fail(at(join(path, key), i), ProgrammeFileText::tr("must be a non-empty text"));
            out.append(array.at(i).toString());
        }
        return true;
    }

    bool readArray(const QJsonObject& object, const QString& key, QJsonArray& out, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                return fail(key, ProgrammeFileText::tr("is missing"));
            return true;
        }
        if (!value.isArray())
            return fail(key, ProgrammeFileText::tr("must be a list"));
        out = value.toArray();
        return true;
    }

    bool readRoot(const QJsonObject& root)
    {
        if (!onlyKeys(root, {},
                      {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("title"),
                       QStringLiteral("author"), QStringLiteral("note"), QStringLiteral("review_date"),
                       QStringLiteral("exercises"), QStringLiteral("routines")}))
            return false;
        QString format;
        if (!readString(root, QStringLiteral("format"), {}, format, true))
            return false;
        if (format != kProgrammeFormatName)
            return fail(QStringLiteral("format"),
                        ProgrammeFileText::tr("%1 is not a Patella programme (expected %2)")
                            .arg(quoted(format), quoted(kProgrammeFormatName)));
        std::optional<int> version;
        if (!readInt(root, QStringLiteral("version"), {}, version))
            return false;
        if (!version)
            return fail(QStringLiteral("version"), ProgrammeFileText::tr("is missing"));
        if (*version != kProgrammeFormatVersion)
            return fail(QStringLiteral("version"),
                        ProgrammeFileText::tr("version %1 is not supported (this Patella reads version %2)")
                            .arg(*version)
                            .arg(kProgrammeFormatVersion));
        if (!readString(root, QStringLiteral("title"), {}, m_file.title, false)
            || !readString(root, QStringLiteral("author"), {}, m_file.author, false)
            || !readString(root, QStringLiteral("note"), {}, m_file.note, false))
            return false;
        QString review;
        if (!readString(root, QStringLiteral("review_date"), {}, review, false))
            return false;
        if (!review.isEmpty()) {
            const QDate date = QDate::fromString(review, Qt::ISODate);
            if (!date.isValid())
                return fail(QStringLiteral("review_date"),
                            ProgrammeFileText::tr("%1 is not a date like 2027-01-31").arg(quoted(review)));
            m_file.reviewDate = date;
        }

        QJsonArray exercises;
        QJsonArray routines;
        if (!readArray(root, QStringLiteral("exercises"), exercises, false)
            || !readArray(root, QStringLiteral("routines"), routines, false))
            return false;
        if (exercises.isEmpty() && routines.isEmpty())
            return fail(QStringLiteral("routines"),
                        ProgrammeFileText::tr("the programme holds no routine and no exercise"));
        for (qsizetype i = 0; i < exercises.size(); ++i) {
            if (!readExercise(exercises.at(i), at(QStringLiteral("exercises"), i)))
                return false;
        }
        m_catalog = Catalog::withCustom(m_builtIn, m_file.exercises, {});
        for (qsizetype i = 0; i < routines.size(); ++i) {
            if (!readRoutine(routines.at(i), at(QStringLiteral("routines"), i)))
                return false;
        }
        return true;
    }

    bool readId(const QJsonObject& object, const QString& path, QString& out)
    {
        if (!readString(object, QStringLiteral("id"), path, out, true))
            return false;
        const QString field = join(path, QStringLiteral("id"));
        if (!isUsableCustomId(out))
            return fail(
                field,
                ProgrammeFileText::tr("%1 is not an id: use lower-case letters, digits and dashes").arg(quoted(out)));
        if (m_builtIn.exercise(out) || m_builtIn.routine(out))
            return fail(field,
                        ProgrammeFileText::tr("%1 is one of Patella's own exercises or routines: choose another id")
                            .arg(quoted(out)));
        if (m_ids.contains(out))
            return fail(field, ProgrammeFileText::tr("duplicate id %1").arg(quoted(out)));
        m_ids.insert(out);
        return true;
    }

    bool readExercise(const QJsonValue& value, const QString& path)
    {
        if (!value.isObject())
            return fail(path, ProgrammeFileText::tr("must be an object"));
        const QJsonObject o = value.toObject();
        if (!onlyKeys(o, path,
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("summary"), QStringLiteral("kind"),
                       QStringLiteral("per_side"), QStringLiteral("mirrored"), QStringLiteral("dose"),
                       QStringLiteral("parts"), QStringLiteral("steps"), QStringLiteral("cues"),
                       QStringLiteral("cautions"), QStringLiteral("targets"), QStringLiteral("image")}))
            return false;
        Exercise exercise;
        exercise.origin = Origin::Programme;
        QString kind;
        if (!readId(o, path, exercise.id) || !readString(o, QStringLiteral("name"), path, exercise.name, true)
            || !readString(o, QStringLiteral("summary"), path, exercise.summary, false)
            || !readString(o, QStringLiteral("kind"), path, kind, true))
            return false;
        const std::optional<ExerciseKind> parsedKind = exerciseKindFromId(kind);
        if (!parsedKind)
            return fail(join(path, QStringLiteral("kind")), ProgrammeFileText::tr("unknown kind %1").arg(quoted(kind)));
        exercise.kind = *parsedKind;
        if (!readBool(o, QStringLiteral("per_side"), path, exercise.perSide)
            || !readBool(o, QStringLiteral("mirrored"), path, exercise.mirrored)
            || !readTextList(o, QStringLiteral("steps"), path, exercise.steps)
            || !readTextList(o, QStringLiteral("cues"), path, exercise.cues)
            || !readTextList(o, QStringLiteral("cautions"), path, exercise.cautions)
            || !readTextList(o, QStringLiteral("targets"), path, exercise.targets))
            return false;
        if (!readExerciseDose(o, path, exercise.dose) || !readParts(o, path, exercise.dose.parts))
            return false;
        if (auto valid = validateCustomExercise(exercise, m_builtIn, path); !valid)
            return fail(valid.error().field, valid.error().message);
        if (o.contains(QStringLiteral("image"))
            && !readImage(o.value(QStringLiteral("image")), join(path, QStringLiteral("image")), exercise.id))
            return false;
        m_file.exercises.append(exercise);
        return true;
    }

    bool readExerciseDose(const QJsonObject& object, const QString& path, Dose& dose)
    {
        const QString field = join(path, QStringLiteral("dose"));
        const QJsonValue value = object.value(QStringLiteral("dose"));
        if (value.isUndefined())
            return fail(field, ProgrammeFileText::tr("is missing"));
        if (!value.isObject())
            return fail(field, ProgrammeFileText::tr("must be an object"));
        const QJsonObject o = value.toObject();
        if (!onlyKeys(o, field,
                      {QStringLiteral("type"), field::holdSeconds, field::reps, field::tempoSeconds, field::sets,
                       field::restSeconds}))
            return false;
        QString type;
        if (!readString(o, QStringLiteral("type"), field, type, true))
            return false;
        std::optional<int> hold, reps, tempo, sets, rest;
        if (!readInt(o, field::holdSeconds, field, hold) || !readInt(o, field::reps, field, reps)
            || !readInt(o, field::tempoSeconds, field, tempo) || !readInt(o, field::sets, field, sets)
            || !readInt(o, field::restSeconds, field, rest))
            return false;
        if (type == QLatin1String("hold")) {
            dose.type = DoseType::Hold;
            if (!hold)
                return fail(join(field, field::holdSeconds), ProgrammeFileText::tr("is missing"));
            if (reps)
                return fail(join(field, field::reps), ProgrammeFileText::tr("does not apply to a hold"));
            dose.holdSeconds = {*hold, *hold};
        } else if (type == QLatin1String("reps")) {
            dose.type = DoseType::Reps;
            if (!reps)
                return fail(join(field, field::reps), ProgrammeFileText::tr("is missing"));
            if (hold)
                return fail(join(field, field::holdSeconds), ProgrammeFileText::tr("does not apply to reps"));
            dose.reps = {*reps, *reps};
            dose.tempoSeconds = tempo.value_or(3);
        } else {
            return fail(join(field, QStringLiteral("type")),
                        ProgrammeFileText::tr("unknown dose type %1: use \"hold\" or \"reps\"").arg(quoted(type)));
        }
        dose.sets = {sets.value_or(1), sets.value_or(1)};
        dose.restSeconds = rest.value_or(0);
        return true;
    }

    bool readParts(const QJsonObject& object, const QString& path, QList<DosePart>& parts)
    {
        const QJsonValue value = object.value(QStringLiteral("parts"));
        if (value.isUndefined())
            return true;
        const QString field = join(path, QStringLiteral("parts"));
        if (!value.isArray())
            return fail(field, ProgrammeFileText::tr("must be a list"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString partPath = at(field, i);
            if (!array.at(i).isObject())
                return fail(partPath, ProgrammeFileText::tr("must be an object"));
            const QJsonObject p = array.at(i).toObject();
            if (!onlyKeys(p, partPath, {QStringLiteral("id"), QStringLiteral("name")}))
                return false;
            DosePart part;
            if (!readString(p, QStringLiteral("id"), partPath, part.id, true)
                || !readString(p, QStringLiteral("name"), partPath, part.name, true))
                return false;
            parts.append(part);
        }
        // validateCustomExercise names a wrong count or a duplicate under dose.parts; keep the file's path.
        if (parts.size() == 1)
            return fail(field, ProgrammeFileText::tr("must list two or more parts, or be left out"));
        return true;
    }

    bool readImage(const QJsonValue& value, const QString& path, const QString& exerciseId)
    {
        if (!value.isObject())
            return fail(path, ProgrammeFileText::tr("must be an object with \"data\" (base64) or \"file\""));
        const QJsonObject o = value.toObject();
        if (!onlyKeys(o, path, {QStringLiteral("format"), QStringLiteral("data"), QStringLiteral("file")}))
            return false;
        QString format, data, file;
        if (!readString(o, QStringLiteral("format"), path, format, false)
            || !readString(o, QStringLiteral("data"), path, data, false)
            || !readString(o, QStringLiteral("file"), path, file, false))
            return false;
        if (data.isEmpty() == file.isEmpty())
            return fail(path, ProgrammeFileText::tr("give either \"data\" (base64) or \"file\", not both or neither"));
        ProgrammeImage image;
        if (!data.isEmpty()) {
            const auto decoded
                = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.isEmpty())
                return fail(join(path, QStringLiteral("data")), ProgrammeFileText::tr("is not valid base64"));
            image.bytes = decoded.decoded;
        } else {
            const QString filePath = join(path, QStringLiteral("file"));
            if (m_folder.isEmpty())
                return fail(filePath,
                            ProgrammeFileText::tr("images beside the file cannot be read here: embed them as base64"));
            if (file.contains(QLatin1Char('/')) || file.contains(QLatin1Char('\\'))
                || file.startsWith(QLatin1Char('.')))
                return fail(
                    filePath,
                    ProgrammeFileText::tr("%1 must be a file name in the programme's folder").arg(quoted(file)));
            QFile input(QDir(m_folder).filePath(file));
            if (input.size() > kMaxImageBytes)
                return fail(filePath, ProgrammeFileText::tr("%1 is larger than 5 MB").arg(quoted(file)));
            if (!input.open(QIODevice::ReadOnly))
                return fail(filePath,
                            ProgrammeFileText::tr("%1 cannot be read: %2").arg(quoted(file), input.errorString()));
            image.bytes = input.read(kMaxImageBytes + 1);
        }
        if (image.bytes.size() > kMaxImageBytes)
            return fail(path, ProgrammeFileText::tr("the image is larger than 5 MB"));
        const QString sniffed = sniffImageFormat(image.bytes);
        if (sniffed.isEmpty())
            return fail(path, ProgrammeFileText::tr("is not a PNG, JPEG or SVG image"));
        if (!format.isEmpty() && format != sniffed)
            return fail(join(path, QStringLiteral("format")),
                        ProgrammeFileText::tr("says %1 but the image is %2").arg(quoted(format), quoted(sniffed)));
        image.format = sniffed;
        if (m_imageCheck) {
            if (const std::optional<QString> problem = m_imageCheck(image.bytes, image.format))
                return fail(path, ProgrammeFileText::tr("the image does not decode: %1").arg(*problem));
        }
        m_file.images.insert(exerciseId, image);
        return true;
    }

    bool readRoutine(const QJsonValue& value, const QString& path)
    {
        if (!value.isObject())
            return fail(path, ProgrammeFileText::tr("must be an object"));
        const QJsonObject o = value.toObject();
        if (!onlyKeys(o, path,
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                       QStringLiteral("stands_for"), QStringLiteral("use_in_plan"), QStringLiteral("items")}))
            return false;
        Routine routine;
        routine.origin = Origin::Programme;
        QString use;
        if (!readId(o, path, routine.id) || !readString(o, QStringLiteral("name"), path, routine.name, true)
            || !readString(o, QStringLiteral("description"), path, routine.description, false)
            || !readString(o, QStringLiteral("stands_for"), path, routine.standsFor, false)
            || !readString(o, QStringLiteral("use_in_plan"), path, use, false))
            return false;
        if (!use.isEmpty()) {
            const std::optional<PlanUse> parsed = planUseFromId(use);
            if (!parsed)
                return fail(
                    join(path, QStringLiteral("use_in_plan")),
                    ProgrammeFileText::tr("unknown value %1: use \"no\", \"beside\" or \"instead\"").arg(quoted(use)));
            routine.planUse = *parsed;
        }
        const QString itemsPath = join(path, QStringLiteral("items"));
        const QJsonValue items = o.value(QStringLiteral("items"));
        if (items.isUndefined())
            return fail(itemsPath, ProgrammeFileText::tr("is missing"));
        if (!items.isArray())
            return fail(itemsPath, ProgrammeFileText::tr("must be a list"));
        const QJsonArray array = items.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            RoutineItem item;
            if (!readItem(array.at(i), at(itemsPath, i), item))
                return false;
            routine.items.append(item);
        }
        if (auto valid = validateCustomRoutine(routine, m_catalog, path); !valid)
            return fail(valid.error().field, valid.error().message);
        m_file.routines.append(routine);
        return true;
    }

    bool readItem(const QJsonValue& value, const QString& path, RoutineItem& item)
    {
        if (!value.isObject())
            return fail(path, ProgrammeFileText::tr("must be an object"));
        const QJsonObject o = value.toObject();
        if (!onlyKeys(o, path,
                      {QStringLiteral("exercise"), QStringLiteral("sides"), field::holdSeconds, field::reps,
                       field::sets, field::restSeconds, field::restAfterSeconds, field::getReadySeconds,
                       QStringLiteral("two_part")}))
            return false;
        if (!readString(o, QStringLiteral("exercise"), path, item.exerciseId, true))
            return false;
        const Exercise* exercise = m_catalog.exercise(item.exerciseId);
        if (!exercise)
            return fail(join(path, QStringLiteral("exercise")),
                        ProgrammeFileText::tr("unknown exercise %1").arg(quoted(item.exerciseId)));
        QString sides;
        if (!readString(o, QStringLiteral("sides"), path, sides, false))
            return false;
        if (!sides.isEmpty()) {
            item.sides = itemSidesFromId(sides);
            if (!item.sides)
                return fail(join(path, QStringLiteral("sides")),
                            ProgrammeFileText::tr(
                                "unknown value %1: use \"left-then-right\", \"both\", \"left-only\" or \"right-only\"")
                                .arg(quoted(sides)));
        }
        std::optional<int> hold, reps, sets, rest, restAfter;
        if (!readInt(o, field::holdSeconds, path, hold) || !readInt(o, field::reps, path, reps)
            || !readInt(o, field::sets, path, sets) || !readInt(o, field::restSeconds, path, rest)
            || !readInt(o, field::restAfterSeconds, path, restAfter)
            || !readInt(o, field::getReadySeconds, path, item.getReadySeconds)
            || !readBool(o, QStringLiteral("two_part"), path, item.useParts))
            return false;
        const bool holds = exercise->dose.type == DoseType::Hold;
        if (holds && reps)
            return fail(join(path, field::reps),
                        ProgrammeFileText::tr("does not apply to %1, which is a hold").arg(quoted(exercise->name)));
        if (!holds && hold)
            return fail(
                join(path, field::holdSeconds),
                ProgrammeFileText::tr("does not apply to %1, which is counted in reps").arg(quoted(exercise->name)));
        if (hold || reps || sets || rest) {
            // Any dose field fixes the dose; the others come from the exercise's starting point.
            PlannedDose dose;
            dose.holdSeconds = holds ? hold.value_or(exercise->dose.holdSeconds.low) : 0;
            dose.reps = holds ? 0 : reps.value_or(exercise->dose.reps.low);
            dose.sets = sets.value_or(std::max(1, exercise->dose.sets.low));
            dose.restSeconds = rest.value_or(exercise->dose.restSeconds);
            item.dose = dose;
        }
        item.restAfterSeconds = restAfter.value_or(0);
        return true;
    }

    const Catalog& m_builtIn;
    QString m_folder;
    const ImageCheck& m_imageCheck;
    Catalog m_catalog; // built-in plus the file's exercises, for the routines
    ProgrammeFile m_file;
    QSet<QString> m_ids;
    std::optional<Error> m_error;
};

} // namespace

QString sniffImageFormat(const QByteArray& bytes)
{
    if (bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)))
        return QStringLiteral("png");
    if (bytes.startsWith(QByteArray("\xff\xd8\xff", 3)))
        return QStringLiteral("jpeg");
    // SVG is XML text: an optional declaration or comment, then an <svg> element near the start.
    const QByteArray head = bytes.left(4096).trimmed();
    if (head.startsWith('<') && head.contains("<svg"))
        return QStringLiteral("svg");
    return {};
}

std::optional<QString> sniffOnlyImageCheck(const QByteArray& bytes, const QString& format)
{
    if (sniffImageFormat(bytes) != format)
        return ProgrammeFileText::tr("it is not a %1 image").arg(format);
    return std::nullopt;
}

Result<ProgrammeFile> readProgramme(const QByteArray& json, const Catalog& builtIn, const QString& folder,
                                    const ImageCheck& imageCheck)
{
    ProgrammeReader reader(builtIn, folder, imageCheck);
    return reader.read(json);
}

Result<ProgrammeFile> readProgrammeFile(const QString& path, const Catalog& builtIn, const ImageCheck& imageCheck)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QDir::toNativeSeparators(path),
                      ProgrammeFileText::tr("cannot be read: %1").arg(file.errorString())};
    // Images are at most 5 MB each, base64 adds a third: a programme far beyond that is not one.
    constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
    if (file.size() > kMaxFileBytes)
        return Error {QDir::toNativeSeparators(path),
                      ProgrammeFileText::tr("is larger than 64 MB: not a programme file")};
    Result<ProgrammeFile> read = readProgramme(file.readAll(), builtIn, QFileInfo(path).absolutePath(), imageCheck);
    if (!read)
        return Error {QFileInfo(path).fileName() + QStringLiteral(": ") + read.error().field, read.error().message};
    return read;
}

} // namespace patella
