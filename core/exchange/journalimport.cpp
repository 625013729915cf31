#include "core/exchange/journalimport.h"

#include "core/exchange/csvfolderreader.h"
#include "core/exchange/csvformat.h"
#include "core/store/journalstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace patella::exchange {
namespace {

using detail::CsvExchangeText;
using detail::FolderImport;
using detail::Parsed;

QString ms(const QDateTime& at)
{
    return QString::number(at.toMSecsSinceEpoch());
}

QString keyOf(const PainEntry& e)
{
    return ms(e.at) + QLatin1Char('|') + toId(e.situation) + QLatin1Char('|') + toId(e.side);
}
QString keyOf(const FlexCheck& c)
{
    return ms(c.at) + QLatin1Char('|') + toId(c.test) + QLatin1Char('|') + toId(c.side);
}
QString keyOf(const SessionRecord& s)
{
    return ms(s.start) + QLatin1Char('|') + s.routineId;
}
QString keyOf(const Shoe& s)
{
    return s.name.trimmed() + QLatin1Char('|') + s.firstUse.toString(Qt::ISODate);
}
QString keyOf(const WeeklyTotal& t)
{
    return t.weekStart.toString(Qt::ISODate);
}
QString keyOf(const CheckIn& c)
{
    return c.weekStart.toString(Qt::ISODate);
}
QString keyOf(const MorningCheck& c)
{
    return c.date.toString(Qt::ISODate);
}
QString keyOf(const PsfsActivity& a)
{
    return a.name.trimmed() + QLatin1Char('|') + a.added.toString(Qt::ISODate);
}
QString keyOf(const PsfsScore& s)
{
    return QString::number(s.activityId) + QLatin1Char('|') + s.date.toString(Qt::ISODate);
}

struct Merged
{
    QList<RecordId> ids; // each record's id in the journal: the new one, or the one it duplicates
    QList<bool> fresh; // added (not already in the journal)
};

// Adds the records whose key the journal does not hold yet, so references can follow them.
template <typename R> Result<Merged> merge(JournalStore& store, const QList<R>& records, ImportedFile& counts)
{
    auto existing = store.list<R>();
    if (!existing)
        return existing.error();
    QHash<QString, RecordId> known;
    known.reserve(existing.value().size());
    for (const R& r : existing.value())
        known.insert(keyOf(r), r.id);
    QList<R> fresh;
    QList<qsizetype> freshAt;
    Merged merged {QList<RecordId>(records.size(), NoId), QList<bool>(records.size(), false)};
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (const auto at = known.constFind(keyOf(records.at(i))); at != known.constEnd()) {
            merged.ids[i] = *at;
            continue;
        }
        merged.fresh[i] = true;
        fresh.append(records.at(i));
        freshAt.append(i);
    }
    if (!fresh.isEmpty()) {
        auto added = store.addAll(fresh);
        if (!added)
            return added.error();
        for (qsizetype k = 0; k < freshAt.size(); ++k)
            merged.ids[freshAt.at(k)] = added.value().at(k);
    }
    counts.rows = int(records.size());
    counts.added = int(fresh.size());
    counts.skipped = counts.rows - counts.added;
    return merged;
}

// Runs: the same run when its external id or its start time is in the journal.
Result<void> mergeRuns(JournalStore& store, const QList<Run>& runs, ImportedFile& counts)
{
    auto existing = store.list<Run>();
    if (!existing)
        return existing.error();
    QSet<QString> externalIds;
    QSet<qint64> starts;
    for (const Run& r : existing.value()) {
        if (!r.externalId.isEmpty())
            externalIds.insert(r.externalId);
        starts.insert(r.start.toMSecsSinceEpoch());
    }
    QList<Run> fresh;
    for (const Run& r : runs) {
        if ((!r.externalId.trimmed().isEmpty() && externalIds.contains(r.externalId.trimmed()))
            || starts.contains(r.start.toMSecsSinceEpoch()))
            continue;
        fresh.append(r);
    }
    if (!fresh.isEmpty()) {
        if (auto added = store.addAll(fresh); !added)
            return added.error();
    }
    counts.rows = int(runs.size());
    counts.added = int(fresh.size());
    counts.skipped = counts.rows - counts.added;
    return {};
}

template <typename R> ImportedFile countsFor()
{
    return ImportedFile {format<R>().fileName, 0, 0, 0};
}

QStringList knownFileNames()
{
    return {format<PainEntry>().fileName,    format<Run>().fileName,           format<WeeklyTotal>().fileName,
            format<FlexCheck>().fileName,    format<SessionRecord>().fileName, format<ItemRow>().fileName,
            format<Shoe>().fileName,         format<CheckIn>().fileName,       format<MorningCheck>().fileName,
            format<PsfsActivity>().fileName, format<PsfsScore>().fileName};
}

// Every file of a folder, read and checked on its own; the order is the order of the refusals.
struct FolderRecords
{
    Parsed<Shoe> shoes;
    Parsed<SessionRecord> sessions;
    Parsed<ItemRow> items;
    Parsed<PainEntry> pain;
    Parsed<Run> runs;
    Parsed<WeeklyTotal> weekly;
    Parsed<FlexCheck> flex;
    Parsed<CheckIn> checkIns;
    Parsed<MorningCheck> mornings;
    Parsed<PsfsActivity> activities;
    Parsed<PsfsScore> scores;
};

// What was added and skipped of each file.
struct FolderCounts
{
    ImportedFile shoes = countsFor<Shoe>();
    ImportedFile sessions = countsFor<SessionRecord>();
    ImportedFile items = countsFor<ItemRow>();
    ImportedFile pain = countsFor<PainEntry>();
    ImportedFile runs = countsFor<Run>();
    ImportedFile weekly = countsFor<WeeklyTotal>();
    ImportedFile flex = countsFor<FlexCheck>();
    ImportedFile checkIns = countsFor<CheckIn>();
    ImportedFile mornings = countsFor<MorningCheck>();
    ImportedFile activities = countsFor<PsfsActivity>();
    ImportedFile scores = countsFor<PsfsScore>();
};

// The folder must hold at least one Patella CSV file; the other files (README.txt aside) are listed as ignored.
std::optional<Error> scanFolder(const QString& folder, ImportSummary& summary)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return Error {QDir::toNativeSeparators(folder), CsvExchangeText::tr("is not a folder")};
    const QStringList known = knownFileNames();
    bool any = false;
    const QStringList entries = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& name : entries) {
        if (known.contains(name))
            any = true;
        else if (name != QLatin1String("README.txt"))
            summary.ignored.append(name);
    }
    if (!any)
        return Error {QDir::toNativeSeparators(folder),
                      CsvExchangeText::tr("holds no Patella CSV file (%1)").arg(known.join(QStringLiteral(", ")))};
    return std::nullopt;
}

// Each file parsed, then its keys checked: an id, a week or a date once in its file.
FolderRecords readFolder(FolderImport& reader)
{
    FolderRecords in;
    in.shoes = reader.parse<Shoe>();
    in.sessions = reader.parse<SessionRecord>();
    in.items = reader.parse<ItemRow>();
    in.pain = reader.parse<PainEntry>();
    in.runs = reader.parse<Run>();
    in.weekly = reader.parse<WeeklyTotal>();
    in.flex = reader.parse<FlexCheck>();
    in.checkIns = reader.parse<CheckIn>();
    in.mornings = reader.parse<MorningCheck>();
    in.activities = reader.parse<PsfsActivity>();
    in.scores = reader.parse<PsfsScore>();

    auto idText = [](RecordId id) { return QString::number(id); };
    reader.requireUnique(in.shoes, "id", [&](const Shoe& s) { return idText(s.id); });
    reader.requireUnique(in.sessions, "id", [&](const SessionRecord& s) { return idText(s.id); });
    reader.requireUnique(in.runs, "external_id", [](const Run& r) { return r.externalId.trimmed(); });
    reader.requireUnique(in.weekly, "week_start", [](const WeeklyTotal& t) { return keyOf(t); });
    reader.requireUnique(in.checkIns, "week_start", [](const CheckIn& c) { return keyOf(c); });
    reader.requireUnique(in.mornings, "date", [](const MorningCheck& c) { return keyOf(c); });
    reader.requireUnique(in.activities, "id", [&](const PsfsActivity& a) { return idText(a.id); });
    reader.requireUnique(in.scores, "date", [](const PsfsScore& s) { return keyOf(s); });
    reader.requireUnique(in.items, "position", [](const ItemRow& i) -> QString {
        return QString::number(i.sessionId) + QLatin1Char('/') + QString::number(i.position);
    });
    return in;
}

// Every item row belongs to a session of sessions.csv; each session gets its items in position order.
void attachItems(FolderImport& reader, FolderRecords& in, const QHash<RecordId, qsizetype>& sessionAt)
{
    if (!in.sessions.ok || !in.items.ok)
        return;
    QList<QList<const ItemRow*>> bySession(in.sessions.records.size());
    for (qsizetype i = 0; i < in.items.records.size(); ++i) {
        const ItemRow& row = in.items.records.at(i);
        const auto at = sessionAt.constFind(row.sessionId);
        if (at == sessionAt.constEnd()) {
            reader.refuseAt(in.items, i, "session_id",
                            CsvExchangeText::tr("no session has the id %1 in %2")
                                .arg(row.sessionId)
                                .arg(format<SessionRecord>().fileName));
            break;
        }
        bySession[*at].append(&row);
    }
    for (qsizetype i = 0; in.items.ok && i < bySession.size(); ++i) {
        auto& rows = bySession[i];
        std::stable_sort(rows.begin(), rows.end(),
                         [](const ItemRow* a, const ItemRow* b) { return a->position < b->position; });
        for (const ItemRow* row : rows)
            in.sessions.records[i].items.append(static_cast<const SessionItem&>(*row));
    }
}

// A pain entry's session and a run's shoe, when given, are in their files.
void checkPainAndRunReferences(FolderImport& reader, FolderRecords& in, const QHash<RecordId, qsizetype>& sessionAt)
{
    if (in.sessions.ok && in.pain.ok) {
        for (qsizetype i = 0; i < in.pain.records.size(); ++i) {
            const auto& id = in.pain.records.at(i).sessionId;
            if (id && !sessionAt.contains(*id)) {
                reader.refuseAt(in.pain, i, "session_id",
                                CsvExchangeText::tr("no session has the id %1 in %2")
                                    .arg(*id)
                                    .arg(format<SessionRecord>().fileName));
                break;
            }
        }
    }
    if (in.shoes.ok && in.runs.ok) {
        QSet<RecordId> shoeIds;
        for (const Shoe& s : in.shoes.records)
            shoeIds.insert(s.id);
        for (qsizetype i = 0; i < in.runs.records.size(); ++i) {
            const auto& id = in.runs.records.at(i).shoeId;
            if (id && !shoeIds.contains(*id)) {
                reader.refuseAt(
                    in.runs, i, "shoe_id",
                    CsvExchangeText::tr("no shoe has the id %1 in %2").arg(*id).arg(format<Shoe>().fileName));
                break;
            }
        }
    }
}

// A function score names an activity of its file, and is not dated before the day the activity was added.
void checkScoreReferences(FolderImport& reader, FolderRecords& in)
{
    if (!in.activities.ok || !in.scores.ok)
        return;
    QHash<RecordId, qsizetype> activityAt;
    for (qsizetype i = 0; i < in.activities.records.size(); ++i)
        activityAt.insert(in.activities.records.at(i).id, i);
    const QString activitiesFile = format<PsfsActivity>().fileName;
    for (qsizetype i = 0; i < in.scores.records.size(); ++i) {
        const PsfsScore& score = in.scores.records.at(i);
        const auto at = activityAt.constFind(score.activityId);
        if (at == activityAt.constEnd()) {
            reader.refuseAt(
                in.scores, i, "activity_id",
                CsvExchangeText::tr("no activity has the id %1 in %2").arg(score.activityId).arg(activitiesFile));
            break;
        }
        if (score.date < in.activities.records.at(*at).added) {
            reader.refuseAt(in.scores, i, "date",
                            CsvExchangeText::tr("lies before %1, the day its activity was added")
                                .arg(in.activities.records.at(*at).added.toString(Qt::ISODate)));
            break;
        }
    }
}

// References between the files: a session's items, a pain entry's session, a run's shoe, a score's activity.
void checkReferences(FolderImport& reader, FolderRecords& in)
{
    QHash<RecordId, qsizetype> sessionAt;
    for (qsizetype i = 0; i < in.sessions.records.size(); ++i)
        sessionAt.insert(in.sessions.records.at(i).id, i);
    attachItems(reader, in, sessionAt);
    checkPainAndRunReferences(reader, in, sessionAt);
    checkScoreReferences(reader, in);
}

// The id in the file -> the id in the journal (the new one, or the one of the record it duplicates).
template <typename R> QHash<RecordId, RecordId> journalIds(const QList<R>& records, const Merged& merged)
{
    QHash<RecordId, RecordId> map;
    for (qsizetype i = 0; i < records.size(); ++i)
        map.insert(records.at(i).id, merged.ids.at(i));
    return map;
}

// Writes what the journal does not hold yet, inside the caller's transaction. Records that point at others
// (pain at sessions, runs at shoes, scores at activities) follow them to their ids in the journal.
Result<void> writeFolder(JournalStore& store, FolderRecords& in, FolderCounts& counts)
{
    auto shoeIdsInJournal = merge(store, in.shoes.records, counts.shoes);
    if (!shoeIdsInJournal)
        return shoeIdsInJournal.error();
    const QHash<RecordId, RecordId> shoeMap = journalIds(in.shoes.records, shoeIdsInJournal.value());

    auto sessionIdsInJournal = merge(store, in.sessions.records, counts.sessions);
    if (!sessionIdsInJournal)
        return sessionIdsInJournal.error();
    const QHash<RecordId, RecordId> sessionMap = journalIds(in.sessions.records, sessionIdsInJournal.value());
    // Items come with their session: added when it was, skipped with it.
    counts.items.rows = int(in.items.records.size());
    for (qsizetype i = 0; i < in.sessions.records.size(); ++i) {
        if (sessionIdsInJournal.value().fresh.at(i))
            counts.items.added += int(in.sessions.records.at(i).items.size());
    }
    counts.items.skipped = counts.items.rows - counts.items.added;

    for (PainEntry& e : in.pain.records) {
        if (e.sessionId)
            e.sessionId = sessionMap.value(*e.sessionId);
    }
    if (auto done = merge(store, in.pain.records, counts.pain); !done)
        return done.error();
    for (Run& r : in.runs.records) {
        if (r.shoeId)
            r.shoeId = shoeMap.value(*r.shoeId);
    }
    if (auto done = mergeRuns(store, in.runs.records, counts.runs); !done)
        return done;
    if (auto done = merge(store, in.weekly.records, counts.weekly); !done)
        return done.error();
    if (auto done = merge(store, in.flex.records, counts.flex); !done)
        return done.error();
    if (auto done = merge(store, in.checkIns.records, counts.checkIns); !done)
        return done.error();
    if (auto done = merge(store, in.mornings.records, counts.mornings); !done)
        return done.error();
    // Function scores follow their activity's id in the journal.
    auto activityIdsInJournal = merge(store, in.activities.records, counts.activities);
    if (!activityIdsInJournal)
        return activityIdsInJournal.error();
    const QHash<RecordId, RecordId> activityMap = journalIds(in.activities.records, activityIdsInJournal.value());
    for (PsfsScore& score : in.scores.records)
        score.activityId = activityMap.value(score.activityId);
    if (auto done = merge(store, in.scores.records, counts.scores); !done)
        return done.error();
    return {};
}

// The files the folder held, in import order, with their counts.
QList<ImportedFile> filesFound(const FolderRecords& in, const FolderCounts& counts)
{
    QList<ImportedFile> files;
    auto keep = [&](const auto& parsed, const ImportedFile& c) {
        if (parsed.present)
            files.append(c);
    };
    keep(in.shoes, counts.shoes);
    keep(in.sessions, counts.sessions);
    keep(in.items, counts.items);
    keep(in.pain, counts.pain);
    keep(in.runs, counts.runs);
    keep(in.weekly, counts.weekly);
    keep(in.flex, counts.flex);
    keep(in.checkIns, counts.checkIns);
    keep(in.mornings, counts.mornings);
    keep(in.activities, counts.activities);
    keep(in.scores, counts.scores);
    return files;
}

} // namespace

QString FileProblem::text() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(", ") + CsvExchangeText::tr("line %1").arg(line);
    if (column > 0)
        where += QStringLiteral(", ") + CsvExchangeText::tr("column %1").arg(column);
    if (!columnName.isEmpty())
        where += QStringLiteral(" (%1)").arg(columnName);
    return where + QStringLiteral(": ") + message;
}

int ImportSummary::added() const
{
    int n = 0;
    for (const ImportedFile& f : files)
        n += f.added;
    return n;
}

int ImportSummary::skipped() const
{
    int n = 0;
    for (const ImportedFile& f : files)
        n += f.skipped;
    return n;
}

Result<ImportSummary> importJournal(JournalStore& store, const QString& folder, const Clock& clock)
{
    ImportSummary summary;
    if (auto unreadable = scanFolder(folder, summary))
        return *unreadable;

    FolderImport reader(folder, clock.today());
    FolderRecords in = readFolder(reader);
    checkReferences(reader, in);
    summary.refused = reader.refused();
    if (!summary.written())
        return summary;

    FolderCounts counts;
    auto written = store.writeTogether([&]() { return writeFolder(store, in, counts); });
    if (!written)
        return written.error();
    summary.files = filesFound(in, counts);
    return summary;
}

} // namespace patella::exchange
