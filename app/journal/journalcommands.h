#pragma once

#include "core/model/records.h"
#include "core/store/journalstore.h"

#include <QHash>
#include <QUndoCommand>

#include <functional>
#include <memory>

// Undoable journal edits. The page writes to the store first and pushes a command only when the store
// agreed, so the first redo() does nothing; later undo()/redo() calls replay the change through the store.
// A deleted record comes back with a new id, so commands keep the id they first saw and look up the id it has
// now in a RecordIds table they share; runs and pain entries are linked back to a restored shoe or session.
namespace patella {

// The id a record has now, for the id it had when a command first saw it.
class RecordIds final
{
public:
    RecordId current(RecordKind kind, RecordId original) const;
    void moved(RecordKind kind, RecordId from, RecordId to);

    // Points a record's links (a run's shoe, a pain entry's session) at the linked record's current id.
    void relink(Run& run) const;
    void relink(PainEntry& entry) const;
    template <typename R> void relink(R&) const { }

private:
    QHash<RecordKind, QHash<RecordId, RecordId>> m_moves;
};

using ErrorReporter = std::function<void(const Error&)>;

struct CommandContext
{
    JournalStore& store;
    std::shared_ptr<RecordIds> ids;
    ErrorReporter report;
};

namespace detail {

template <typename R> constexpr RecordKind kindOf();
template <> constexpr RecordKind kindOf<PainEntry>()
{
    return RecordKind::PainEntries;
}
template <> constexpr RecordKind kindOf<FlexCheck>()
{
    return RecordKind::FlexChecks;
}
template <> constexpr RecordKind kindOf<Run>()
{
    return RecordKind::Runs;
}
template <> constexpr RecordKind kindOf<WeeklyTotal>()
{
    return RecordKind::WeeklyTotals;
}
template <> constexpr RecordKind kindOf<Shoe>()
{
    return RecordKind::Shoes;
}
template <> constexpr RecordKind kindOf<SessionRecord>()
{
    return RecordKind::Sessions;
}

// The records that point at a shoe or a session, so a restored one can be linked again.
QList<RecordId> linkedTo(JournalStore& store, const Shoe& shoe);
QList<RecordId> linkedTo(JournalStore& store, const SessionRecord& session);
template <typename R> QList<RecordId> linkedTo(JournalStore&, const R&)
{
    return {};
}

Result<void> restoreLinks(JournalStore& store, const RecordIds& ids, const Shoe&, RecordId now,
                          const QList<RecordId>& linked);
Result<void> restoreLinks(JournalStore& store, const RecordIds& ids, const SessionRecord&, RecordId now,
                          const QList<RecordId>& linked);
template <typename R>
Result<void> restoreLinks(JournalStore&, const RecordIds&, const R&, RecordId, const QList<RecordId>&)
{
    return {};
}

} // namespace detail

// The record was added (its id given); undo removes it, redo adds it again.
template <typename R> class AddRecordCommand final : public QUndoCommand
{
public:
    AddRecordCommand(CommandContext context, R record, RecordId added, const QString& text)
        : QUndoCommand(text)
        , m_context(std::move(context))
        , m_record(std::move(record))
        , m_original(added)
    {
    }

    void undo() override
    {
        const RecordId id = m_context.ids->current(detail::kindOf<R>(), m_original);
        if (auto removed = m_context.store.remove<R>(id); !removed)
            fail(removed.error());
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        R record = m_record;
        record.id = NoId;
        m_context.ids->relink(record);
        auto added = m_context.store.add(record);
        if (!added)
            return fail(added.error());
        m_context.ids->moved(detail::kindOf<R>(), m_context.ids->current(detail::kindOf<R>(), m_original), *added);
    }

private:
    void fail(const Error& error)
    {
        setObsolete(true);
        if (m_context.report)
            m_context.report(error);
    }

    CommandContext m_context;
    R m_record;
    RecordId m_original;
    bool m_first = true;
};

// The record was changed from before to after; undo writes before back.
template <typename R> class EditRecordCommand final : public QUndoCommand
{
public:
    EditRecordCommand(CommandContext context, R before, R after, const QString& text)
        : QUndoCommand(text)
        , m_context(std::move(context))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void undo() override { write(m_before); }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        write(m_after);
    }

private:
    void write(R record)
    {
        record.id = m_context.ids->current(detail::kindOf<R>(), m_before.id);
        m_context.ids->relink(record);
        if (auto updated = m_context.store.update(record); !updated) {
            setObsolete(true);
            if (m_context.report)
                m_context.report(updated.error());
        }
    }

    CommandContext m_context;
    R m_before;
    R m_after;
    bool m_first = true;
};

// The record was deleted; undo adds it again (with a new id) and links back the runs or pain entries that
// pointed at it.
template <typename R> class DeleteRecordCommand final : public QUndoCommand
{
public:
    // Call before deleting: remembers what points at the record.
    static QList<RecordId> linkedRecords(JournalStore& store, const R& record)
    {
        return detail::linkedTo(store, record);
    }

    DeleteRecordCommand(CommandContext context, R record, QList<RecordId> linked, const QString& text)
        : QUndoCommand(text)
        , m_context(std::move(context))
        , m_record(std::move(record))
        , m_linked(std::move(linked))
    {
    }

    void undo() override
    {
        R record = m_record;
        record.id = NoId;
        m_context.ids->relink(record);
        auto added = m_context.store.add(record);
        if (!added)
            return fail(added.error());
        m_context.ids->moved(detail::kindOf<R>(), m_context.ids->current(detail::kindOf<R>(), m_record.id), *added);
        if (auto linked = detail::restoreLinks(m_context.store, *m_context.ids, m_record, *added, m_linked); !linked)
            fail(linked.error());
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        const RecordId id = m_context.ids->current(detail::kindOf<R>(), m_record.id);
        if (auto removed = m_context.store.remove<R>(id); !removed)
            fail(removed.error());
    }

private:
    void fail(const Error& error)
    {
        setObsolete(true);
        if (m_context.report)
            m_context.report(error);
    }

    CommandContext m_context;
    R m_record;
    QList<RecordId> m_linked;
    bool m_first = true;
};

} // namespace patella
