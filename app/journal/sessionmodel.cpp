#include "journal/sessionmodel.h"

#include "catalog/catalog.h"
#include "journal/journalroles.h"
#include "journal/journaltext.h"
#include "shell/formatting.h"
#include "store/journalstore.h"

#include <algorithm>
#include <optional>

namespace patella {
namespace {

int doneCount(const SessionRecord& session)
{
    return int(std::count_if(session.items.cbegin(), session.items.cend(),
                             [](const SessionItem& item) { return !item.skipped; }));
}

std::optional<int> worstPain(const SessionRecord& session)
{
    std::optional<int> worst;
    for (const SessionItem& item : session.items)
        if (item.pain && (!worst || *item.pain > *worst))
            worst = item.pain;
    return worst;
}

} // namespace

SessionModel::SessionModel(JournalStore& store, const Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_catalog(catalog)
{
    connect(&m_store, &JournalStore::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::Sessions || kind == RecordKind::All)
            reload();
    });
    reload();
}

QString SessionModel::routineName(const Catalog& catalog, const QString& routineId)
{
    if (const patella::Routine* routine = catalog.routine(routineId))
        return routine->name;
    if (const Exercise* exercise = catalog.exercise(routineId))
        return exercise->name;
    // A routine the catalog no longer has: its id made readable ("post-run" -> "Post run").
    QString readable = routineId;
    readable.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!readable.isEmpty())
        readable[0] = readable.at(0).toUpper();
    return readable;
}

void SessionModel::reload()
{
    beginResetModel();
    auto rows = m_store.list<SessionRecord>();
    m_rows = rows ? rows.value() : QList<SessionRecord> {};
    m_error = rows ? QString() : rows.error().text();
    endResetModel();
}

int SessionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SessionModel::rowOf(RecordId id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

QVariant SessionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SessionRecord& session = m_rows.at(index.row());
    if (role == journalrole::Id)
        return session.id;
    if (role == journalrole::Date)
        return session.localDate;
    if (role == Qt::TextAlignmentRole
        && (index.column() == Duration || index.column() == Exercises || index.column() == WorstPain))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == journalrole::Sort) {
        switch (index.column()) {
        case Date:
        case Time:
            return session.start;
        case Duration:
            return session.start.secsTo(session.end);
        case Exercises:
            return doneCount(session);
        case WorstPain:
            return worstPain(session).value_or(-1);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Date:
        return fmt::date(session.localDate);
    case Time:
        return journaltext::time(session.start);
    case Routine:
        return routineName(m_catalog, session.routineId);
    case Duration:
        return fmt::duration(int(session.start.secsTo(session.end)));
    case Outcome:
        return journaltext::outcome(session.outcome);
    case Exercises:
        return session.items.isEmpty() ? QString() : tr("%1 of %2").arg(doneCount(session)).arg(session.items.size());
    case WorstPain: {
        const auto worst = worstPain(session);
        return worst ? fmt::pain(*worst) : QString();
    }
    default:
        return {};
    }
}

QVariant SessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Start");
    case Routine:
        return tr("Routine");
    case Duration:
        return tr("Length");
    case Outcome:
        return tr("Outcome");
    case Exercises:
        return tr("Exercises done");
    case WorstPain:
        return tr("Worst pain");
    default:
        return {};
    }
}

} // namespace patella
