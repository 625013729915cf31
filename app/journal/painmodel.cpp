#include "journal/painmodel.h"

#include "journal/journalroles.h"
#include "journal/journaltext.h"
#include "shell/formatting.h"
#include "store/journalstore.h"

namespace patella {

PainModel::PainModel(JournalStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &JournalStore::changed, this, &PainModel::onChanged);
    reload();
}

void PainModel::onChanged(RecordKind kind)
{
    if (kind == RecordKind::PainEntries || kind == RecordKind::All)
        reload();
}

void PainModel::reload()
{
    beginResetModel();
    auto rows = m_store.list<PainEntry>();
    m_rows = rows ? rows.value() : QList<PainEntry> {};
    m_error = rows ? QString() : rows.error().text();
    endResetModel();
}

int PainModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PainModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PainModel::rowOf(RecordId id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

QVariant PainModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PainEntry& entry = m_rows.at(index.row());
    if (role == journalrole::Id)
        return entry.id;
    if (role == journalrole::Date)
        return entry.localDate;
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == journalrole::Sort) {
        switch (index.column()) {
        case Date:
        case Time:
            return entry.at;
        case Score:
            return entry.score;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Date:
        return fmt::date(entry.localDate);
    case Time:
        return journaltext::time(entry.at);
    case Situation:
        return journaltext::situation(entry.situation);
    case Side:
        return journaltext::side(entry.side);
    case Score:
        return fmt::pain(entry.score);
    case Note:
        return entry.note;
    default:
        return {};
    }
}

QVariant PainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Situation:
        return tr("Situation");
    case Side:
        return tr("Side");
    case Score:
        return tr("Pain");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace patella
