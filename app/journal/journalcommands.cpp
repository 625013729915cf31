#include "app/journal/journalcommands.h"

namespace patella {

RecordId RecordIds::current(RecordKind kind, RecordId original) const
{
    const auto moves = m_moves.constFind(kind);
    if (moves == m_moves.constEnd())
        return original;
    RecordId id = original;
    // A record restored twice moved twice; follow the chain (bounded, in case SQLite reused an id).
    for (int step = 0; step < 64; ++step) {
        const auto next = moves->constFind(id);
        if (next == moves->constEnd() || *next == id)
            break;
        id = *next;
    }
    return id;
}

void RecordIds::moved(RecordKind kind, RecordId from, RecordId to)
{
    if (from == to)
        return;
    auto& moves = m_moves[kind];
    moves.remove(to); // the new id starts a fresh chain
    moves.insert(from, to);
}

void RecordIds::relink(Run& run) const
{
    if (run.shoeId)
        run.shoeId = current(RecordKind::Shoes, *run.shoeId);
}

void RecordIds::relink(PainEntry& entry) const
{
    if (entry.sessionId)
        entry.sessionId = current(RecordKind::Sessions, *entry.sessionId);
}

namespace detail {

QList<RecordId> linkedTo(JournalStore& store, const Shoe& shoe)
{
    QList<RecordId> ids;
    if (const auto runs = store.list<Run>(); runs) {
        for (const Run& run : runs.value())
            if (run.shoeId == shoe.id)
                ids.append(run.id);
    }
    return ids;
}

QList<RecordId> linkedTo(JournalStore& store, const SessionRecord& session)
{
    QList<RecordId> ids;
    if (const auto entries = store.list<PainEntry>(); entries) {
        for (const PainEntry& entry : entries.value())
            if (entry.sessionId == session.id)
                ids.append(entry.id);
    }
    return ids;
}

Result<void> restoreLinks(JournalStore& store, const RecordIds& ids, const Shoe&, RecordId now,
                          const QList<RecordId>& linked)
{
    for (RecordId original : linked) {
        auto run = store.get<Run>(ids.current(RecordKind::Runs, original));
        if (!run)
            continue; // the run itself was deleted since
        Run relinked = run.value();
        relinked.shoeId = now;
        if (auto updated = store.update(relinked); !updated)
            return updated;
    }
    return {};
}

Result<void> restoreLinks(JournalStore& store, const RecordIds& ids, const SessionRecord&, RecordId now,
                          const QList<RecordId>& linked)
{
    for (RecordId original : linked) {
        auto entry = store.get<PainEntry>(ids.current(RecordKind::PainEntries, original));
        if (!entry)
            continue;
        PainEntry relinked = entry.value();
        relinked.sessionId = now;
        if (auto updated = store.update(relinked); !updated)
            return updated;
    }
    return {};
}

} // namespace detail
} // namespace patella
