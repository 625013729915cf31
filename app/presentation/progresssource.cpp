#include "app/presentation/progresssource.h"

#include "core/store/journalstore.h"

#include <algorithm>

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
    PainAdded = 1u << 7, // only the entries in m_addedPain are new
};

// Beyond this many added at once, reading every entry again is as quick as reading them one by one.
constexpr qsizetype kMostAddedReadAlone = 32;

// The store's order: by time, then id.
bool painBefore(const PainEntry& a, const PainEntry& b)
{
    const qint64 at = a.at.toMSecsSinceEpoch();
    const qint64 bt = b.at.toMSecsSinceEpoch();
    return at != bt ? at < bt : a.id < b.id;
}

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
    connect(&m_store, &JournalStore::added, this, &ProgressSource::noteAdded);
    connect(&m_store, &JournalStore::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::PainEntries && std::exchange(m_painAddedJustNow, false))
            markStale(PainAdded);
        else
            markStale(partsFor(kind));
    });
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

void ProgressSource::noteAdded(RecordKind kind, const QList<RecordId>& ids)
{
    if (kind != RecordKind::PainEntries)
        return;
    m_addedPain += ids;
    m_painAddedJustNow = true;
}

// Reads the added pain entries alone and puts each in its place; false when that did not work out (too many,
// or one could not be read), and every entry has to be read again.
bool ProgressSource::readAddedPain()
{
    const QList<RecordId> ids = std::exchange(m_addedPain, {});
    if (ids.size() > kMostAddedReadAlone)
        return false;
    QList<PainEntry>& pain = m_records.pain;
    QDate from;
    for (RecordId id : ids) {
        auto entry = m_store.get<PainEntry>(id);
        if (!entry)
            return false;
        pain.insert(std::upper_bound(pain.cbegin(), pain.cend(), entry.value(), painBefore), entry.value());
        if (!from.isValid() || entry.value().localDate < from)
            from = entry.value().localDate;
    }
    m_records.painChange = {m_records.revisions.pain, from};
    return true;
}

void ProgressSource::reloadStale()
{
    unsigned parts = std::exchange(m_stale, 0u);
    // Entries added to a part read whole anyway need no reading alone.
    if ((parts & PainAdded) && (parts & Pain))
        m_addedPain.clear();
    m_coalesce.stop();
    m_error.clear();
    if (!m_store.isOpen()) {
        const ProgressRevisions before = m_records.revisions;
        m_records = {};
        m_addedPain.clear();
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
    m_records.painChange = {};
    if ((parts & PainAdded) && !(parts & Pain) && !readAddedPain())
        parts |= Pain;
    if (parts & Pain) {
        m_records.painChange = {};
        m_addedPain.clear();
        read(m_store, m_records.pain, m_error);
    }
    if (parts & (Pain | PainAdded))
        ++revisions.pain;
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
