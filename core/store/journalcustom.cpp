#include "core/catalog/programmefile.h"
#include "core/store/journalstore.h"
#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

#include <utility>

// The store's custom content: exercises, routines with their items, programmes, and the pictures.
namespace patella {
namespace {

constexpr auto kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kFolderMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString storeText(const char* text)
{
    return QCoreApplication::translate("JournalStore", text);
}

QString toJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QVariant& value)
{
    QStringList list;
    for (const QJsonValue& item : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        list.append(item.toString());
    return list;
}

QString partsJson(const QList<DosePart>& parts)
{
    QJsonArray array;
    for (const DosePart& part : parts)
        array.append(QJsonObject {{QStringLiteral("id"), part.id}, {QStringLiteral("name"), part.name}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<DosePart> partsFrom(const QVariant& value)
{
    QList<DosePart> parts;
    for (const QJsonValue& item : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        parts.append(DosePart {item[QStringLiteral("id")].toString(), item[QStringLiteral("name")].toString(), {}});
    return parts;
}

QString extensionFor(const QString& format)
{
    return format == QLatin1String("jpeg") ? QStringLiteral("jpg") : format;
}

// Every row a statement selects, each made into a T by read.
template <typename T, typename Read> Result<QList<T>> selectAll(QSqlDatabase& db, const QString& statement, Read read)
{
    auto query = sql::run(db, statement);
    if (!query)
        return query.error();
    QList<T> out;
    while (query.value().next())
        out.append(read(query.value()));
    return out;
}

const QString kProgrammeColumns = QStringLiteral("SELECT id,title,author,note,review_date,imported_ms,file_name "
                                                 "FROM programmes ORDER BY id");

ProgrammeInfo programmeFrom(const QSqlQuery& q)
{
    ProgrammeInfo info;
    info.id = q.value(0).toLongLong();
    info.title = q.value(1).toString();
    info.author = q.value(2).toString();
    info.note = q.value(3).toString();
    info.reviewDate = sql::optionalDateFrom(q.value(4));
    info.imported = sql::instantFrom(q.value(5));
    info.fileName = q.value(6).toString();
    return info;
}

const QString kExerciseColumns = QStringLiteral("SELECT id,name,summary,kind,per_side,dose_type,hold_s,reps,tempo_s,"
                                                "sets,rest_s,parts,steps,cues,cautions,targets,image,mirrored,"
                                                "origin,programme_id,retired FROM custom_exercises ORDER BY "
                                                "created_ms, id");

// The dose is one fixed value (a range from it to itself): the runner's own exercises have no dose steps.
Dose doseFrom(const QSqlQuery& q)
{
    Dose dose;
    dose.type = q.value(5).toString() == QLatin1String("reps") ? DoseType::Reps : DoseType::Hold;
    const int hold = q.value(6).toInt();
    const int reps = q.value(7).toInt();
    const int sets = q.value(9).toInt();
    dose.holdSeconds = dose.type == DoseType::Hold ? IntRange {hold, hold} : IntRange {};
    dose.reps = dose.type == DoseType::Reps ? IntRange {reps, reps} : IntRange {};
    dose.tempoSeconds = q.value(8).toInt();
    dose.sets = IntRange {sets, sets};
    dose.restSeconds = q.value(10).toInt();
    dose.parts = partsFrom(q.value(11));
    return dose;
}

Exercise exerciseFrom(const QSqlQuery& q, const QDir& images)
{
    Exercise e;
    e.id = q.value(0).toString();
    e.name = q.value(1).toString();
    e.summary = q.value(2).toString();
    e.kind = exerciseKindFromId(q.value(3).toString()).value_or(ExerciseKind::Stretch);
    e.perSide = q.value(4).toBool();
    e.dose = doseFrom(q);
    e.steps = listFrom(q.value(12));
    e.cues = listFrom(q.value(13));
    e.cautions = listFrom(q.value(14));
    e.targets = listFrom(q.value(15));
    const QString image = q.value(16).toString();
    e.imagePath = image.isEmpty() ? QString() : images.filePath(image);
    e.mirrored = q.value(17).toBool();
    e.origin = originFromId(q.value(18).toString()).value_or(Origin::Runner);
    e.programmeId = q.value(19).toLongLong();
    e.retired = q.value(20).toBool();
    return e;
}

const QString kRoutineColumns = QStringLiteral("SELECT id,name,description,stands_for,plan_use,origin,programme_id,"
                                               "retired FROM custom_routines ORDER BY created_ms, id");

Routine routineFrom(const QSqlQuery& q)
{
    Routine r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.description = q.value(2).toString();
    r.standsFor = q.value(3).toString();
    r.planUse = planUseFromId(q.value(4).toString()).value_or(PlanUse::NotInPlan);
    r.origin = originFromId(q.value(5).toString()).value_or(Origin::Runner);
    r.programmeId = q.value(6).toLongLong();
    r.retired = q.value(7).toBool();
    return r;
}

const QString kItemColumns = QStringLiteral("SELECT routine_id,exercise_id,fixed,hold_s,reps,sets,rest_s,sides,"
                                            "use_parts,get_ready_s,rest_after_s FROM custom_routine_items "
                                            "ORDER BY routine_id, position");

// An item with the id of the routine it belongs to.
std::pair<QString, RoutineItem> itemFrom(const QSqlQuery& q)
{
    RoutineItem item;
    item.exerciseId = q.value(1).toString();
    if (q.value(2).toBool())
        item.dose = PlannedDose {q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt()};
    item.sides = itemSidesFromId(q.value(7).toString());
    item.useParts = q.value(8).toBool();
    item.getReadySeconds = sql::optionalIntFrom(q.value(9));
    item.restAfterSeconds = q.value(10).toInt();
    return {q.value(0).toString(), item};
}

} // namespace

QString JournalStore::imageFolder() const
{
    return QDir(QFileInfo(m_path).absolutePath()).filePath(QStringLiteral("images"));
}

Result<QString> JournalStore::storeImage(const ProgrammeImage& image)
{
    const QString format = sniffImageFormat(image.bytes);
    if (format.isEmpty() || image.bytes.size() > kMaxImageBytes)
        return Error {QStringLiteral("image"), storeText("is not a PNG, JPEG or SVG picture of at most 5 MB")};
    const QString folder = imageFolder();
    if (!QFileInfo::exists(folder) && (!QDir().mkpath(folder) || !QFile::setPermissions(folder, kFolderMode)))
        return Error {QStringLiteral("image"),
                      storeText("the folder %1 cannot be created").arg(QDir::toNativeSeparators(folder))};
    const QString name
        = QString::fromLatin1(QCryptographicHash::hash(image.bytes, QCryptographicHash::Sha256).toHex().left(32))
        + QLatin1Char('.') + extensionFor(format);
    const QString path = QDir(folder).filePath(name);
    if (QFileInfo::exists(path) && QFileInfo(path).size() == image.bytes.size())
        return name; // the same content is already there
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kFileMode)
        || file.write(image.bytes) != image.bytes.size() || !file.commit())
        return Error {QStringLiteral("image"),
                      storeText("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    if (!QFile::setPermissions(path, kFileMode))
        return Error {QStringLiteral("image"),
                      storeText("%1 cannot be made private (0600)").arg(QDir::toNativeSeparators(path))};
    return name;
}

Result<void> JournalStore::writeCustomExercise(const Exercise& e, const QString& imageFile, qint64 programmeId)
{
    const bool hold = e.dose.type == DoseType::Hold;
    auto done = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO custom_exercises (id,name,summary,kind,per_side,dose_type,hold_s,reps,tempo_s,sets,rest_s,"
            "parts,steps,cues,cautions,targets,image,mirrored,origin,programme_id,retired,created_ms)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)"
            " ON CONFLICT (id) DO UPDATE SET name=excluded.name, summary=excluded.summary, kind=excluded.kind,"
            " per_side=excluded.per_side, dose_type=excluded.dose_type, hold_s=excluded.hold_s, reps=excluded.reps,"
            " tempo_s=excluded.tempo_s, sets=excluded.sets, rest_s=excluded.rest_s, parts=excluded.parts,"
            " steps=excluded.steps, cues=excluded.cues, cautions=excluded.cautions, targets=excluded.targets,"
            " image=excluded.image, mirrored=excluded.mirrored, origin=excluded.origin,"
            " programme_id=excluded.programme_id, retired=0"),
        {e.id,
         e.name,
         sql::textValue(e.summary),
         toId(e.kind),
         e.perSide,
         hold ? QStringLiteral("hold") : QStringLiteral("reps"),
         hold ? e.dose.holdSeconds.high : 0,
         hold ? 0 : e.dose.reps.high,
         e.dose.tempoSeconds,
         e.dose.sets.high,
         e.dose.restSeconds,
         partsJson(e.dose.parts),
         toJson(e.steps),
         toJson(e.cues),
         toJson(e.cautions),
         toJson(e.targets),
         sql::textValue(imageFile),
         e.mirrored,
         toId(e.origin),
         programmeId > 0 ? QVariant(programmeId) : QVariant(QMetaType(QMetaType::LongLong)),
         m_clock.now().toMSecsSinceEpoch()});
    if (!done)
        return done.error();
    return {};
}

Result<void> JournalStore::writeCustomRoutine(const Routine& r, qint64 programmeId)
{
    auto done = sql::run(
        m_db,
        QStringLiteral("INSERT INTO custom_routines (id,name,description,stands_for,plan_use,origin,programme_id,"
                       "retired,created_ms) VALUES (?,?,?,?,?,?,?,0,?)"
                       " ON CONFLICT (id) DO UPDATE SET name=excluded.name, description=excluded.description,"
                       " stands_for=excluded.stands_for, plan_use=excluded.plan_use, origin=excluded.origin,"
                       " programme_id=excluded.programme_id, retired=0"),
        {r.id, r.name, sql::textValue(r.description), sql::textValue(r.standsFor), toId(r.planUse), toId(r.origin),
         programmeId > 0 ? QVariant(programmeId) : QVariant(QMetaType(QMetaType::LongLong)),
         m_clock.now().toMSecsSinceEpoch()});
    if (!done)
        return done.error();
    if (auto cleared = sql::run(m_db, QStringLiteral("DELETE FROM custom_routine_items WHERE routine_id=?"), {r.id});
        !cleared)
        return cleared.error();
    auto insert = sql::prepare(m_db,
                               QStringLiteral("INSERT INTO custom_routine_items (routine_id,position,exercise_id,"
                                              "fixed,hold_s,reps,sets,rest_s,sides,use_parts,get_ready_s,"
                                              "rest_after_s) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!insert)
        return insert.error();
    for (qsizetype i = 0; i < r.items.size(); ++i) {
        const RoutineItem& item = r.items.at(i);
        const PlannedDose dose = item.dose.value_or(PlannedDose {});
        if (auto added
            = sql::exec(insert.value(),
                        {r.id, int(i), item.exerciseId, item.dose.has_value(), dose.holdSeconds, dose.reps, dose.sets,
                         dose.restSeconds, item.sides ? toId(*item.sides) : QString(QLatin1String("")), item.useParts,
                         sql::optionalInt(item.getReadySeconds), item.restAfterSeconds});
            !added)
            return added.error();
    }
    return {};
}

Result<CustomContent> JournalStore::customContent()
{
    if (auto ready = requireOpen(); !ready)
        return ready.error();
    auto programmes = selectAll<ProgrammeInfo>(m_db, kProgrammeColumns, programmeFrom);
    if (!programmes)
        return programmes.error();
    const QDir images(imageFolder());
    auto exercises = selectAll<Exercise>(m_db, kExerciseColumns,
                                         [&images](const QSqlQuery& q) { return exerciseFrom(q, images); });
    if (!exercises)
        return exercises.error();
    auto routines = selectAll<Routine>(m_db, kRoutineColumns, routineFrom);
    if (!routines)
        return routines.error();
    auto items = selectAll<std::pair<QString, RoutineItem>>(m_db, kItemColumns, itemFrom);
    if (!items)
        return items.error();
    for (const auto& [routineId, item] : items.value()) {
        for (Routine& r : routines.value()) {
            if (r.id == routineId)
                r.items.append(item);
        }
    }
    return CustomContent {std::move(exercises).value(), std::move(routines).value(), std::move(programmes).value()};
}

Result<void> JournalStore::saveCustomExercise(const Exercise& exercise, const ProgrammeImage& image)
{
    if (auto ready = requireOpen(); !ready)
        return ready;
    QString imageFile = exercise.imagePath.isEmpty() ? QString() : QFileInfo(exercise.imagePath).fileName();
    if (!image.bytes.isEmpty()) {
        auto stored = storeImage(image);
        if (!stored)
            return stored.error();
        imageFile = stored.value();
    }
    sql::Transaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun;
    if (auto written = writeCustomExercise(exercise, imageFile, exercise.programmeId); !written)
        return written;
    return commitWrite(transaction);
}

Result<void> JournalStore::saveCustomRoutine(const Routine& routine)
{
    if (auto ready = requireOpen(); !ready)
        return ready;
    sql::Transaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun;
    if (auto written = writeCustomRoutine(routine, routine.programmeId); !written)
        return written;
    return commitWrite(transaction);
}

Result<void> JournalStore::setCustomRetired(const QString& id, bool retired)
{
    if (auto ready = requireOpen(); !ready)
        return ready;
    int rows = 0;
    for (const char* table : {"custom_exercises", "custom_routines"}) {
        auto done = sql::run(m_db, QStringLiteral("UPDATE %1 SET retired=? WHERE id=?").arg(QLatin1String(table)),
                             {retired, id});
        if (!done)
            return done.error();
        rows += done.value().numRowsAffected();
    }
    if (rows == 0)
        return Error {QStringLiteral("id"), storeText("no exercise or routine %1 of yours is in the journal").arg(id)};
    return {};
}

Result<qint64> JournalStore::importProgramme(const ProgrammeFile& programme, const QString& fileName)
{
    if (auto ready = requireOpen(); !ready)
        return ready.error();
    // Pictures first: named by content, so a refused import leaves at most an unused file, never a
    // half-written journal.
    QHash<QString, QString> imageFiles;
    for (auto it = programme.images.constBegin(); it != programme.images.constEnd(); ++it) {
        auto stored = storeImage(it.value());
        if (!stored)
            return Error {QStringLiteral("exercises.%1.image").arg(it.key()), stored.error().message};
        imageFiles.insert(it.key(), stored.value());
    }
    sql::Transaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun.error();
    auto added = sql::run(m_db,
                          QStringLiteral("INSERT INTO programmes (title,author,note,review_date,imported_ms,file_name)"
                                         " VALUES (?,?,?,?,?,?)"),
                          {sql::textValue(programme.title), sql::textValue(programme.author),
                           sql::textValue(programme.note), sql::optionalDate(programme.reviewDate),
                           m_clock.now().toMSecsSinceEpoch(), sql::textValue(fileName)});
    if (!added)
        return added.error();
    const qint64 id = added.value().lastInsertId().toLongLong();
    for (Exercise exercise : programme.exercises) {
        exercise.origin = Origin::Programme;
        if (auto written = writeCustomExercise(exercise, imageFiles.value(exercise.id), id); !written)
            return written.error();
    }
    for (Routine routine : programme.routines) {
        routine.origin = Origin::Programme;
        if (auto written = writeCustomRoutine(routine, id); !written)
            return written.error();
    }
    if (auto committed = commitWrite(transaction); !committed)
        return committed.error();
    return id;
}

} // namespace patella
