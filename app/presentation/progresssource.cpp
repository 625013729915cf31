#include "app/presentation/progresssource.h"

#include "core/store/journalstore.h"

namespace patella {
namespace {

enum Part : unsigned
{
    Runs = 1u << 0,
    WeeklyTotals = 1u << 1,
    Pain = 1u << 2,
    Flex = 1u << 3,
    Sessions = 1u << 4,
    Mornings = 1u << 5,
    FunctionScores = 1u << 6,
    Everything = Runs | WeeklyTotals | Pain | Flex | Sessions | Mornings | FunctionScores,
};

unsigned partsFor(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Runs:
        return Runs;
    case RecordKind::WeeklyTotals:
        return WeeklyTotals;
    case RecordKind::PainEntries:
        return Pain;
    case RecordKind::FlexChecks:
        return Flex;
    case RecordKind::Sessions:
        return Sessions;
    case RecordKind::All:
        return Everything;
    case RecordKind::MorningChecks:
        return Mornings;
    case RecordKind::FunctionScores:
        return FunctionScores;
    case RecordKind::Shoes:
    case RecordKind::CheckIns:
        break;
    }
    return 0;
}

template <typename R> bool read(JournalStore& store, QList<R>& into, QString& error)
{
    auto result = store.list<R>();
    if (!result) {
        error = result.error().text();
        return false;
    }
    into = std::move(result).value();
    return true;
}

} // namespace

QDate ProgressRecords::firstDate() const
{
    QDate first;
    const auto consider = [&first](QDate date) {
        if (date.isValid() && (!first.isValid() || date < first))
            first = date;
    };
    // Every list is ordered by time, so its first entry is its earliest.
    if (!runs.isEmpty())
        consider(runs.constFirst().localDate);
    for (const WeeklyTotal& total : weeklyTotals)
        consider(total.weekStart);
    if (!pain.isEmpty())
        consider(pain.constFirst().localDate);
    if (!flexChecks.isEmpty())
        consider(flexChecks.constFirst().localDate);
    if (!sessionsPerDay.isEmpty())
        consider(sessionsPerDay.firstKey());
    if (!psfsScores.isEmpty())
        consider(psfsScores.constFirst().date);
    return first;
}

bool ProgressRecords::isEmpty() const
{
    return runs.isEmpty() && weeklyTotals.isEmpty() && pain.isEmpty() && flexChecks.isEmpty()
        && sessionsPerDay.isEmpty() && psfsScores.isEmpty();
}

ProgressSource::ProgressSource(JournalStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &ProgressSource::reloadStale);
    connect(&m_store, &JournalStore::changed, this, [this](RecordKind kind) { markStale(partsFor(kind)); });
    m_stale = Everything;
    reloadStale();
}

void ProgressSource::reloadAll()
{
    m_stale = Everything;
    reloadStale();
}

void ProgressSource::markStale(unsigned parts)
{
    if (parts == 0)
        return;
    m_stale |= parts;
    m_coalesce.start();
}

void ProgressSource::reloadStale()
{
    const unsigned parts = std::exchange(m_stale, 0u);
    m_coalesce.stop();
    m_error.clear();
    if (!m_store.isOpen()) {
        const ProgressRevisions before = m_records.revisions;
        m_records = {};
        // Everything changed: nothing worked out from the records before may be kept.
        m_records.revisions = {before.runs + 1,     before.pain + 1,     before.flex + 1,
                               before.sessions + 1, before.mornings + 1, before.function + 1};
        emit updated();
        return;
    }
    ProgressRevisions& revisions = m_records.revisions;
    if (parts & Runs)
        read(m_store, m_records.runs, m_error);
    if (parts & WeeklyTotals)
        read(m_store, m_records.weeklyTotals, m_error);
    if (parts & (Runs | WeeklyTotals))
        ++revisions.runs;
    if (parts & Pain) {
        read(m_store, m_records.pain, m_error);
        ++revisions.pain;
    }
    if (parts & Flex) {
        read(m_store, m_records.flexChecks, m_error);
        ++revisions.flex;
    }
    if (parts & Sessions) {
        ++revisions.sessions;
        // Counts per day are enough for the charts and far cheaper than every session with its items.
        auto counts = m_store.sessionsPerDay(DateRange {});
        if (counts) {
            m_records.sessionsPerDay.clear();
            for (const SessionCount& count : std::as_const(counts.value()))
                if (count.completed > 0)
                    m_records.sessionsPerDay.insert(count.period, count.completed);
        } else {
            m_error = counts.error().text();
        }
    }
    if (parts & FunctionScores) {
        ++revisions.function;
        read(m_store, m_records.psfsActivities, m_error);
        read(m_store, m_records.psfsScores, m_error);
    }
    if (parts & Mornings) {
        ++revisions.mornings;
        QList<MorningCheck> mornings;
        if (read(m_store, mornings, m_error)) {
            m_records.worseMornings.clear();
            for (const MorningCheck& morning : std::as_const(mornings))
                if (morning.worse)
                    m_records.worseMornings.append(morning.date);
        }
    }
    emit updated();
}

} // namespace patella
