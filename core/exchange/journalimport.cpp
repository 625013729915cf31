#include "core/exchange/journalimport.h"

#include "core/csv/csvtable.h"
#include "core/exchange/csvformat.h"
#include "core/exchange/exchangefiles.h"
#include "core/store/journalstore.h"
#include "core/store/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace patella::exchange {
namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct CsvExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(CsvExchange)
};

// One file's rows as records, each with the line it came from.
template <typename R> struct Parsed
{
    bool present = false;
    bool ok = true;
    QList<R> records;
    QList<int> lines;
    QHash<QString, int> columnIndex; // column name -> 0-based field number in this file
};

std::optional<Error> check(const ItemRow& row, QDate today)
{
    if (row.position < 1)
        return Error {QStringLiteral("position"), CsvExchangeText::tr("must be 1 or more")};
    // The item's own checks are the session's; a stand-in session carries it.
    SessionRecord session;
    session.routineId = QStringLiteral("import");
    session.localDate = today;
    session.start = QDateTime(today, QTime(12, 0), Qt::UTC);
    session.end = session.start;
    session.items.append(row);
    auto error = validation::validate(session, today);
    if (error && error->field == QLatin1String("seconds"))
        error->field = (row.plannedSeconds < 0 || row.plannedSeconds > 3600) ? QStringLiteral("planned_s")
                                                                             : QStringLiteral("actual_s");
    if (error && error->field == QLatin1String("reps"))
        error->field = (row.plannedReps < 0 || row.plannedReps > 500) ? QStringLiteral("planned_reps")
                                                                      : QStringLiteral("actual_reps");
    return error;
}

template <typename R> std::optional<Error> check(const R& record, QDate today)
{
    return validation::validate(record, today);
}

class FolderImport
{
public:
    FolderImport(const QString& folder, QDate today)
        : m_folder(folder)
        , m_today(today)
    {
    }

    template <typename R> Parsed<R> parse()
    {
        Parsed<R> out;
        const FileFormat<R>& f = format<R>();
        const QString path = QDir(m_folder).filePath(f.fileName);
        if (!QFileInfo::exists(path))
            return out;
        out.present = true;
        auto bytes = readWholeFile(path);
        if (!bytes) {
            refuse(out, {f.fileName, 0, 0, {}, bytes.error().message});
            return out;
        }
        const csv::Table table = csv::Table::parse(bytes.value());
        if (!table.ok()) {
            refuse(out, {f.fileName, table.problem()->line, table.problem()->column, {}, table.problem()->message});
            return out;
        }

        // The header: every name a column of this file, none twice, every required one there.
        QList<const Column<R>*> columns;
        for (qsizetype i = 0; i < table.header().size(); ++i) {
            const QString& name = table.header().at(i);
            const auto found = std::find_if(f.columns.cbegin(), f.columns.cend(),
                                            [&](const Column<R>& c) { return c.name == name; });
            if (found == f.columns.cend()) {
                refuse(out,
                       {f.fileName, 1, int(i + 1), name,
                        CsvExchangeText::tr("is not a column of this file (its columns are %1)")
                            .arg(f.header().join(QStringLiteral(", ")))});
                return out;
            }
            if (out.columnIndex.contains(name)) {
                refuse(out, {f.fileName, 1, int(i + 1), name, CsvExchangeText::tr("appears twice in the header")});
                return out;
            }
            out.columnIndex.insert(name, int(i));
            columns.append(&*found);
        }
        for (const Column<R>& c : f.columns) {
            if (c.required && !out.columnIndex.contains(c.name)) {
                refuse(out, {f.fileName, 1, 0, c.name, CsvExchangeText::tr("this column is missing from the header")});
                return out;
            }
        }

        out.records.reserve(table.rows().size());
        out.lines.reserve(table.rows().size());
        for (const csv::Record& row : table.rows()) {
            R record {};
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const QString& text = row.fields.at(i);
                if (text.isEmpty()) {
                    if (columns.at(i)->required) {
                        refuse(
                            out,
                            {f.fileName, row.line, int(i + 1), columns.at(i)->name, CsvExchangeText::tr("is empty")});
                        return out;
                    }
                    continue;
                }
                if (auto error = columns.at(i)->read(record, text)) {
                    refuse(out, {f.fileName, row.line, int(i + 1), columns.at(i)->name, *error});
                    return out;
                }
            }
            f.finish(record);
            if (auto error = check(record, m_today)) {
                const QString name = f.columnFor(error->field).isEmpty() ? error->field : f.columnFor(error->field);
                refuse(out, {f.fileName, row.line, out.columnIndex.value(name, -1) + 1, name, error->message});
                return out;
            }
            out.records.append(std::move(record));
            out.lines.append(row.line);
        }
        return out;
    }

    template <typename R> void refuse(Parsed<R>& parsed, FileProblem problem)
    {
        parsed.ok = false;
        parsed.records.clear();
        parsed.lines.clear();
        m_refused.append(std::move(problem));
    }

    // A problem found after parsing (a duplicate, an id that points nowhere), at a record's line.
    template <typename R> void refuseAt(Parsed<R>& parsed, qsizetype index, const char* column, QString message)
    {
        const QString name = QString::fromLatin1(column);
        refuse(parsed,
               {format<R>().fileName, parsed.lines.at(index), parsed.columnIndex.value(name, -1) + 1, name,
                std::move(message)});
    }

    // Every key once in the file: two rows for one week cannot both be right.
    template <typename R, typename Key> void requireUnique(Parsed<R>& parsed, const char* column, Key key)
    {
        QHash<QString, int> seen;
        for (qsizetype i = 0; i < parsed.records.size(); ++i) {
            const QString k = key(parsed.records.at(i));
            if (k.isEmpty())
                continue;
            if (const auto at = seen.constFind(k); at != seen.constEnd()) {
                refuseAt(parsed, i, column, CsvExchangeText::tr("\"%1\" is already on line %2").arg(k).arg(*at));
                return;
            }
            seen.insert(k, parsed.lines.at(i));
        }
    }

    const QList<FileProblem>& refused() const { return m_refused; }

private:
    QString m_folder;
    QDate m_today;
    QList<FileProblem> m_refused;
};

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
    const QFileInfo info(folder);
    if (!info.isDir())
        return Error {QDir::toNativeSeparators(folder), CsvExchangeText::tr("is not a folder")};
    const QStringList known = knownFileNames();
    ImportSummary summary;
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

    FolderImport reader(folder, clock.today());
    Parsed<Shoe> shoes = reader.parse<Shoe>();
    Parsed<SessionRecord> sessions = reader.parse<SessionRecord>();
    Parsed<ItemRow> items = reader.parse<ItemRow>();
    Parsed<PainEntry> pain = reader.parse<PainEntry>();
    Parsed<Run> runs = reader.parse<Run>();
    Parsed<WeeklyTotal> weekly = reader.parse<WeeklyTotal>();
    Parsed<FlexCheck> flex = reader.parse<FlexCheck>();
    Parsed<CheckIn> checkIns = reader.parse<CheckIn>();
    Parsed<MorningCheck> mornings = reader.parse<MorningCheck>();
    Parsed<PsfsActivity> activities = reader.parse<PsfsActivity>();
    Parsed<PsfsScore> scores = reader.parse<PsfsScore>();

    auto idText = [](RecordId id) { return QString::number(id); };
    reader.requireUnique(shoes, "id", [&](const Shoe& s) { return idText(s.id); });
    reader.requireUnique(sessions, "id", [&](const SessionRecord& s) { return idText(s.id); });
    reader.requireUnique(runs, "external_id", [](const Run& r) { return r.externalId.trimmed(); });
    reader.requireUnique(weekly, "week_start", [](const WeeklyTotal& t) { return keyOf(t); });
    reader.requireUnique(checkIns, "week_start", [](const CheckIn& c) { return keyOf(c); });
    reader.requireUnique(mornings, "date", [](const MorningCheck& c) { return keyOf(c); });
    reader.requireUnique(activities, "id", [&](const PsfsActivity& a) { return idText(a.id); });
    reader.requireUnique(scores, "date", [](const PsfsScore& s) { return keyOf(s); });
    reader.requireUnique(items, "position", [](const ItemRow& i) -> QString {
        return QString::number(i.sessionId) + QLatin1Char('/') + QString::number(i.position);
    });

    // References: a session's items, a pain entry's session and a run's shoe must be in their files.
    QHash<RecordId, qsizetype> sessionAt;
    for (qsizetype i = 0; i < sessions.records.size(); ++i)
        sessionAt.insert(sessions.records.at(i).id, i);
    QSet<RecordId> shoeIds;
    for (const Shoe& s : shoes.records)
        shoeIds.insert(s.id);
    const QString sessionsFile = format<SessionRecord>().fileName;
    if (sessions.ok && items.ok) {
        QList<QList<const ItemRow*>> bySession(sessions.records.size());
        for (qsizetype i = 0; i < items.records.size(); ++i) {
            const ItemRow& row = items.records.at(i);
            const auto at = sessionAt.constFind(row.sessionId);
            if (at == sessionAt.constEnd()) {
                reader.refuseAt(
                    items, i, "session_id",
                    CsvExchangeText::tr("no session has the id %1 in %2").arg(row.sessionId).arg(sessionsFile));
                break;
            }
            bySession[*at].append(&row);
        }
        for (qsizetype i = 0; items.ok && i < bySession.size(); ++i) {
            auto& rows = bySession[i];
            std::stable_sort(rows.begin(), rows.end(),
                             [](const ItemRow* a, const ItemRow* b) { return a->position < b->position; });
            for (const ItemRow* row : rows)
                sessions.records[i].items.append(static_cast<const SessionItem&>(*row));
        }
    }
    if (sessions.ok && pain.ok) {
        for (qsizetype i = 0; i < pain.records.size(); ++i) {
            const auto& id = pain.records.at(i).sessionId;
            if (id && !sessionAt.contains(*id)) {
                reader.refuseAt(pain, i, "session_id",
                                CsvExchangeText::tr("no session has the id %1 in %2").arg(*id).arg(sessionsFile));
                break;
            }
        }
    }
    if (shoes.ok && runs.ok) {
        for (qsizetype i = 0; i < runs.records.size(); ++i) {
            const auto& id = runs.records.at(i).shoeId;
            if (id && !shoeIds.contains(*id)) {
                reader.refuseAt(
                    runs, i, "shoe_id",
                    CsvExchangeText::tr("no shoe has the id %1 in %2").arg(*id).arg(format<Shoe>().fileName));
                break;
            }
        }
    }

    if (activities.ok && scores.ok) {
        QHash<RecordId, qsizetype> activityAt;
        for (qsizetype i = 0; i < activities.records.size(); ++i)
            activityAt.insert(activities.records.at(i).id, i);
        const QString activitiesFile = format<PsfsActivity>().fileName;
        for (qsizetype i = 0; i < scores.records.size(); ++i) {
            const PsfsScore& score = scores.records.at(i);
            const auto at = activityAt.constFind(score.activityId);
            if (at == activityAt.constEnd()) {
                reader.refuseAt(
                    scores, i, "activity_id",
                    CsvExchangeText::tr("no activity has the id %1 in %2").arg(score.activityId).arg(activitiesFile));
                break;
            }
            if (score.date < activities.records.at(*at).added) {
                reader.refuseAt(scores, i, "date",
                                CsvExchangeText::tr("lies before %1, the day its activity was added")
                                    .arg(activities.records.at(*at).added.toString(Qt::ISODate)));
                break;
            }
        }
    }

    summary.refused = reader.refused();
    if (!summary.written())
        return summary;

    ImportedFile shoeCounts = countsFor<Shoe>(), sessionCounts = countsFor<SessionRecord>(),
                 itemCounts = countsFor<ItemRow>(), painCounts = countsFor<PainEntry>(), runCounts = countsFor<Run>(),
                 weeklyCounts = countsFor<WeeklyTotal>(), flexCounts = countsFor<FlexCheck>(),
                 checkInCounts = countsFor<CheckIn>(), morningCounts = countsFor<MorningCheck>(),
                 activityCounts = countsFor<PsfsActivity>(), scoreCounts = countsFor<PsfsScore>();
    auto written = store.writeTogether([&]() -> Result<void> {
        // Shoes and sessions first: the runs and pain entries that point at them get their journal ids.
        auto shoeIdsInJournal = merge(store, shoes.records, shoeCounts);
        if (!shoeIdsInJournal)
            return shoeIdsInJournal.error();
        QHash<RecordId, RecordId> shoeMap;
        for (qsizetype i = 0; i < shoes.records.size(); ++i)
            shoeMap.insert(shoes.records.at(i).id, shoeIdsInJournal.value().ids.at(i));

        auto sessionIdsInJournal = merge(store, sessions.records, sessionCounts);
        if (!sessionIdsInJournal)
            return sessionIdsInJournal.error();
        QHash<RecordId, RecordId> sessionMap;
        for (qsizetype i = 0; i < sessions.records.size(); ++i)
            sessionMap.insert(sessions.records.at(i).id, sessionIdsInJournal.value().ids.at(i));
        // Items come with their session: added when it was, skipped with it.
        itemCounts.rows = int(items.records.size());
        for (qsizetype i = 0; i < sessions.records.size(); ++i) {
            if (sessionIdsInJournal.value().fresh.at(i))
                itemCounts.added += int(sessions.records.at(i).items.size());
        }
        itemCounts.skipped = itemCounts.rows - itemCounts.added;

        for (PainEntry& e : pain.records) {
            if (e.sessionId)
                e.sessionId = sessionMap.value(*e.sessionId);
        }
        if (auto done = merge(store, pain.records, painCounts); !done)
            return done.error();
        for (Run& r : runs.records) {
            if (r.shoeId)
                r.shoeId = shoeMap.value(*r.shoeId);
        }
        if (auto done = mergeRuns(store, runs.records, runCounts); !done)
            return done;
        if (auto done = merge(store, weekly.records, weeklyCounts); !done)
            return done.error();
        if (auto done = merge(store, flex.records, flexCounts); !done)
            return done.error();
        if (auto done = merge(store, checkIns.records, checkInCounts); !done)
            return done.error();
        if (auto done = merge(store, mornings.records, morningCounts); !done)
            return done.error();
        // Function scores follow their activity's id in the journal.
        auto activityIdsInJournal = merge(store, activities.records, activityCounts);
        if (!activityIdsInJournal)
            return activityIdsInJournal.error();
        QHash<RecordId, RecordId> activityMap;
        for (qsizetype i = 0; i < activities.records.size(); ++i)
            activityMap.insert(activities.records.at(i).id, activityIdsInJournal.value().ids.at(i));
        for (PsfsScore& score : scores.records)
            score.activityId = activityMap.value(score.activityId);
        if (auto done = merge(store, scores.records, scoreCounts); !done)
            return done.error();
        return {};
    });
    if (!written)
        return written.error();
    auto keep = [&](const auto& parsed, const ImportedFile& counts) {
        if (parsed.present)
            summary.files.append(counts);
    };
    keep(shoes, shoeCounts);
    keep(sessions, sessionCounts);
    keep(items, itemCounts);
    keep(pain, painCounts);
    keep(runs, runCounts);
    keep(weekly, weeklyCounts);
    keep(flex, flexCounts);
    keep(checkIns, checkInCounts);
    keep(mornings, morningCounts);
    keep(activities, activityCounts);
    keep(scores, scoreCounts);
    return summary;
}

} // namespace patella::exchange
