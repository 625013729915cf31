#include "core/store/journalstore.h"
#include "core/store/recordtables.h"
#include "core/store/sqlutil.h"
#include "core/store/validation.h"

#include <QCoreApplication>
#include <QHash>

#include <type_traits>
#include <utility>

// The store's CRUD, written once against the table traits in recordtables.h and instantiated for each
// record type at the end of this file. Sessions add their items (same transaction, replaced on update).
namespace patella {

using tables::Table;

namespace {

template <typename R> QStringList columnList()
{
    return QString::fromLatin1(Table<R>::columns).split(QLatin1Char(','));
}

template <typename R> QString insertSql(const QString& conflictClause = {})
{
    const QStringList columns = columnList<R>();
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
        .arg(QLatin1String(Table<R>::name), columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')),
             conflictClause);
}

template <typename R> QString updateSql()
{
    QStringList sets;
    for (const QString& column : columnList<R>())
        sets.append(column + QStringLiteral("=?"));
    return QStringLiteral("UPDATE %1 SET %2 WHERE id=?")
        .arg(QLatin1String(Table<R>::name), sets.join(QLatin1Char(',')));
}

template <typename R> QString selectSql(const QString& where)
{
    return QStringLiteral("SELECT id,%1 FROM %2 %3 ORDER BY %4")
        .arg(QLatin1String(Table<R>::columns), QLatin1String(Table<R>::name), where, QLatin1String(Table<R>::order));
}

const char* const kItemSelect = "SELECT i.id,%1 FROM session_items i %2 ORDER BY i.session_id, i.position";

// Turns SQLite's constraint failures into an Error that names the field.
template <typename R> Error explain(const Error& error)
{
    if (error.message.contains(QLatin1String("UNIQUE constraint failed")))
        return Error {QString::fromLatin1(Table<R>::uniqueField),
                      QCoreApplication::translate("JournalStore", "is already in the journal")};
    if (error.message.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return Error {QString::fromLatin1(Table<R>::foreignField),
                      QCoreApplication::translate("JournalStore", "refers to a record that is not in the journal")};
    return error;
}

// In a batch, the field names the record too: "runs[3].distance".
template <typename R> Error inBatch(Error error, qsizetype index, qsizetype count)
{
    if (count > 1)
        error.field = QStringLiteral("%1[%2].%3").arg(QLatin1String(Table<R>::name)).arg(index).arg(error.field);
    return error;
}

Error notFound(RecordId id)
{
    return Error {QStringLiteral("id"),
                  QCoreApplication::translate("JournalStore", "no record %1 is in the journal").arg(id)};
}

// Validates every record, then inserts them with one prepared statement. No transaction of its own.
// insertedOnly: when a conflict clause skips rows, counts only the rows written (ids are not reported).
template <typename R>
Result<QList<RecordId>> insertRows(QSqlDatabase& db, QList<R>& records, const QDateTime& now,
                                   const QString& conflictClause, int* written)
{
    const QDate today = now.toLocalTime().date();
    for (qsizetype i = 0; i < records.size(); ++i) {
        validation::fillLocalDate(records[i]);
        if (auto error = validation::validate(records[i], today))
            return inBatch<R>(*error, i, records.size());
        if (auto error = validation::validateAgainstNow(records[i], now))
            return inBatch<R>(*error, i, records.size());
    }
    QList<RecordId> ids;
    if (records.isEmpty())
        return ids;
    auto insert = sql::prepare(db, insertSql<R>(conflictClause));
    if (!insert)
        return insert.error();
    std::optional<QSqlQuery> insertItem;
    if constexpr (std::is_same_v<R, SessionRecord>) {
        auto prepared = sql::prepare(db,
                                     QStringLiteral("INSERT INTO session_items (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                                         .arg(QLatin1String(tables::kItemColumns)));
        if (!prepared)
            return prepared.error();
        insertItem = std::move(prepared).value();
    }
    ids.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (auto done = sql::exec(insert.value(), Table<R>::values(records.at(i))); !done)
            return inBatch<R>(explain<R>(done.error()), i, records.size());
        if (written)
            *written += insert.value().numRowsAffected();
        const RecordId id = insert.value().lastInsertId().toLongLong();
        ids.append(id);
        if constexpr (std::is_same_v<R, SessionRecord>) {
            const QList<SessionItem>& items = records.at(i).items;
            for (qsizetype position = 0; position < items.size(); ++position) {
                if (auto done = sql::exec(*insertItem, tables::itemValues(id, int(position), items.at(position)));
                    !done)
                    return inBatch<R>(done.error(), i, records.size());
            }
        }
    }
    return ids;
}

// Records that also change when a record of this kind is removed (ON DELETE SET NULL).
template <typename R> std::optional<RecordKind> alsoChangedOnRemove()
{
    if constexpr (std::is_same_v<R, Shoe>)
        return RecordKind::Runs;
    if constexpr (std::is_same_v<R, SessionRecord>)
        return RecordKind::PainEntries;
    return std::nullopt;
}

} // namespace

template <typename R> Result<QList<RecordId>> JournalStore::insertAll(QList<R> records, bool announce)
{
    if (auto ready = requireWritable(); !ready)
        return ready.error();
    sql::Transaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun.error();
    auto ids = insertRows(m_db, records, m_clock.now(), {}, nullptr);
    if (!ids)
        return ids;
    if (auto committed = commitWrite(transaction); !committed)
        return committed.error();
    if (announce && !ids.value().isEmpty())
        notify(Table<R>::kind, &ids.value());
    return ids;
}

template <typename R> Result<RecordId> JournalStore::add(const R& record)
{
    auto ids = insertAll<R>({record}, true);
    if (!ids)
        return ids.error();
    return ids.value().constFirst();
}

template <typename R> Result<QList<RecordId>> JournalStore::addAll(const QList<R>& records)
{
    return insertAll<R>(records, true);
}

Result<int> JournalStore::importRuns(const QList<Run>& runs)
{
    if (auto ready = requireWritable(); !ready)
        return ready.error();
    QList<Run> imported = runs;
    sql::Transaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun.error();
    int written = 0;
    auto ids
        = insertRows(m_db, imported, m_clock.now(),
                     QStringLiteral(" ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO NOTHING"), &written);
    if (!ids)
        return ids.error();
    if (auto committed = commitWrite(transaction); !committed)
        return committed.error();
    if (written > 0)
        notify(RecordKind::Runs);
    return written;
}

Result<void> JournalStore::addBatch(const JournalBatch& batch)
{
    if (auto ready = requireWritable(); !ready)
        return ready;
    JournalBatch copy = batch;
    sql::Transaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun;
    const QDateTime now = m_clock.now();
    QList<RecordKind> kinds;
    auto write = [&](auto& records) -> Result<void> {
        using R = typename std::decay_t<decltype(records)>::value_type;
        auto ids = insertRows(m_db, records, now, {}, nullptr);
        if (!ids)
            return ids.error();
        if (!records.isEmpty())
            kinds.append(Table<R>::kind);
        return {};
    };
    if (auto done = write(copy.shoes); !done)
        return done;
    if (auto done = write(copy.sessions); !done)
        return done;
    if (auto done = write(copy.painEntries); !done)
        return done;
    if (auto done = write(copy.flexChecks); !done)
        return done;
    if (auto done = write(copy.runs); !done)
        return done;
    if (auto done = write(copy.weeklyTotals); !done)
        return done;
    if (auto done = write(copy.checkIns); !done)
        return done;
    if (auto done = write(copy.morningChecks); !done)
        return done;
    for (qsizetype i = 0; i < copy.psfsRounds.size(); ++i) {
        if (auto done = writePsfsRound(copy.psfsRounds.at(i)); !done) {
            Error error = done.error();
            if (copy.psfsRounds.size() > 1)
                error.field = QStringLiteral("psfsRounds[%1].%2").arg(i).arg(error.field);
            return error;
        }
        if (i == 0)
            kinds.append(RecordKind::FunctionScores);
    }
    if (auto committed = commitWrite(transaction); !committed)
        return committed;
    for (RecordKind kind : kinds)
        notify(kind);
    return {};
}

Result<void> JournalStore::writeTogether(const std::function<Result<void>()>& work)
{
    if (auto ready = requireWritable(); !ready)
        return ready;
    if (m_together)
        return work(); // already inside one: join it
    sql::Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    m_together = true;
    m_pending.clear();
    Result<void> done = work();
    m_together = false;
    if (done)
        done = transaction.commit();
    const QList<PendingChange> changes = std::exchange(m_pending, {});
    if (!done)
        return done; // the transaction rolls back as it goes out of scope
    for (const PendingChange& change : changes)
        emitChange(change);
    return {};
}

Result<void> JournalStore::beginWrite(sql::Transaction& transaction)
{
    return m_together ? Result<void>() : transaction.begin();
}

Result<void> JournalStore::commitWrite(sql::Transaction& transaction)
{
    return m_together ? Result<void>() : transaction.commit();
}

void JournalStore::notify(RecordKind kind, const QList<RecordId>* addedIds)
{
    PendingChange change {kind, addedIds ? *addedIds : QList<RecordId>(), addedIds != nullptr};
    if (!m_together) {
        emitChange(change);
        return;
    }
    const auto pending = std::find_if(m_pending.begin(), m_pending.end(),
                                      [kind](const PendingChange& other) { return other.kind == kind; });
    if (pending == m_pending.end()) {
        m_pending.append(std::move(change));
        return;
    }
    pending->onlyAdded = pending->onlyAdded && change.onlyAdded;
    pending->added += change.added;
}

void JournalStore::emitChange(const PendingChange& change)
{
    if (change.onlyAdded && !change.added.isEmpty())
        emit added(change.kind, change.added);
    emit changed(change.kind);
}

template <typename R> Result<QList<R>> JournalStore::select(const QString& where, const QVariantList& values)
{
    if (auto ready = requireOpen(); !ready)
        return ready.error();
    auto query = sql::run(m_db, selectSql<R>(where), values);
    if (!query)
        return noteReadFailure(query.error());
    QList<R> records;
    while (query.value().next()) {
        auto record = Table<R>::read(query.value());
        if (!record)
            return noteReadFailure(record.error());
        records.append(std::move(record).value());
    }
    // next() returning false may be the end or a read error (a damaged page): tell them apart.
    if (query.value().lastError().isValid())
        return noteReadFailure(sql::databaseError(QCoreApplication::translate("JournalStore", "read a record"),
                                                  sql::errorText(query.value().lastError()),
                                                  sql::resultCode(query.value().lastError())));
    if constexpr (std::is_same_v<R, SessionRecord>) {
        const QString itemWhere = where.isEmpty()
            ? QString()
            : QStringLiteral("WHERE i.session_id IN (SELECT id FROM sessions %1)").arg(where);
        if (auto loaded = loadItems(records, itemWhere, values); !loaded)
            return noteReadFailure(loaded.error());
    }
    return records;
}

Result<void> JournalStore::loadItems(QList<SessionRecord>& sessions, const QString& where, const QVariantList& values)
{
    if (sessions.isEmpty())
        return {};
    QHash<RecordId, qsizetype> index;
    for (qsizetype i = 0; i < sessions.size(); ++i)
        index.insert(sessions.at(i).id, i);
    auto query
        = sql::run(m_db, QString::fromLatin1(kItemSelect).arg(QLatin1String(tables::kItemColumns), where), values);
    if (!query)
        return query.error();
    while (query.value().next()) {
        const auto at = index.constFind(query.value().value(1).toLongLong());
        if (at == index.constEnd())
            continue;
        auto item = tables::readItem(query.value());
        if (!item)
            return item.error();
        sessions[*at].items.append(std::move(item).value());
    }
    return {};
}

template <typename R> Result<R> JournalStore::get(RecordId id)
{
    auto found = select<R>(QStringLiteral("WHERE id=?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return notFound(id);
    return found.value().constFirst();
}

template <typename R> Result<QList<R>> JournalStore::list(DateRange range)
{
    if (!range.from.isValid() && !range.to.isValid())
        return select<R>({}, {});
    return select<R>(QStringLiteral("WHERE %1 BETWEEN ? AND ?").arg(QLatin1String(Table<R>::dateColumn)),
                     {sql::rangeFrom(range.from), sql::rangeTo(range.to)});
}

template <typename R> Result<void> JournalStore::update(const R& record)
{
    if (auto ready = requireWritable(); !ready)
        return ready;
    R copy = record;
    validation::fillLocalDate(copy);
    if (auto error = validation::validate(copy, today()))
        return *error;
    if (auto error = validation::validateAgainstNow(copy, m_clock.now()))
        return *error;
    sql::Transaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun;
    QVariantList values = Table<R>::values(copy);
    values.append(copy.id);
    auto query = sql::run(m_db, updateSql<R>(), values);
    if (!query)
        return explain<R>(query.error());
    if (query.value().numRowsAffected() == 0)
        return notFound(copy.id);
    if constexpr (std::is_same_v<R, SessionRecord>) {
        if (auto cleared = sql::run(m_db, QStringLiteral("DELETE FROM session_items WHERE session_id=?"), {copy.id});
            !cleared)
            return cleared.error();
        auto insertItem = sql::prepare(m_db,
                                       QStringLiteral("INSERT INTO session_items (%1) VALUES "
                                                      "(?,?,?,?,?,?,?,?,?,?,?,?,?)")
                                           .arg(QLatin1String(tables::kItemColumns)));
        if (!insertItem)
            return insertItem.error();
        for (qsizetype position = 0; position < copy.items.size(); ++position) {
            if (auto done
                = sql::exec(insertItem.value(), tables::itemValues(copy.id, int(position), copy.items.at(position)));
                !done)
                return done;
        }
    }
    if (auto committed = commitWrite(transaction); !committed)
        return committed;
    notify(Table<R>::kind);
    return {};
}

template <typename R> Result<void> JournalStore::remove(RecordId id)
{
    if (auto ready = requireWritable(); !ready)
        return ready;
    auto query = sql::run(m_db, QStringLiteral("DELETE FROM %1 WHERE id=?").arg(QLatin1String(Table<R>::name)), {id});
    if (!query)
        return explain<R>(query.error());
    if (query.value().numRowsAffected() == 0)
        return notFound(id);
    notify(Table<R>::kind);
    if (auto other = alsoChangedOnRemove<R>())
        notify(*other);
    return {};
}

// The record types the store knows.
#define PATELLA_STORE_RECORD(R)                                                                                        \
    template Result<RecordId> JournalStore::add<R>(const R&);                                                          \
    template Result<QList<RecordId>> JournalStore::addAll<R>(const QList<R>&);                                         \
    template Result<R> JournalStore::get<R>(RecordId);                                                                 \
    template Result<void> JournalStore::update<R>(const R&);                                                           \
    template Result<void> JournalStore::remove<R>(RecordId);                                                           \
    template Result<QList<R>> JournalStore::list<R>(DateRange);

PATELLA_STORE_RECORD(PainEntry)
PATELLA_STORE_RECORD(FlexCheck)
PATELLA_STORE_RECORD(Run)
PATELLA_STORE_RECORD(WeeklyTotal)
PATELLA_STORE_RECORD(Shoe)
PATELLA_STORE_RECORD(SessionRecord)
PATELLA_STORE_RECORD(CheckIn)
PATELLA_STORE_RECORD(MorningCheck)
PATELLA_STORE_RECORD(PsfsActivity)
PATELLA_STORE_RECORD(PsfsScore)

#undef PATELLA_STORE_RECORD

} // namespace patella
