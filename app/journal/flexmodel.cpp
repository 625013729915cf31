#include "journal/flexmodel.h"

#include "journal/journalroles.h"
#include "journal/journaltext.h"
#include "shell/formatting.h"
#include "store/journalstore.h"

namespace patella {

FlexModel::FlexModel(JournalStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &JournalStore::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::FlexChecks || kind == RecordKind::All)
            reload();
    });
    reload();
}

void FlexModel::reload()
{
    beginResetModel();
    auto rows = m_store.list<FlexCheck>();
    m_rows = rows ? rows.value() : QList<FlexCheck> {};
    m_error = rows ? QString() : rows.error().text();
    endResetModel();
}

int FlexModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlexModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int FlexModel::rowOf(RecordId id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

QVariant FlexModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FlexCheck& check = m_rows.at(index.row());
    if (role == journalrole::Id)
        return check.id;
    if (role == journalrole::Date)
        return check.localDate;
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == journalrole::Sort) {
        switch (index.column()) {
        case Date:
            return check.at;
        case Value:
            return check.value;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Date:
        return fmt::date(check.localDate);
    case Test:
        return journaltext::flexTest(check.test);
    case Side:
        return journaltext::side(check.side);
    case Value:
        return journaltext::flexValue(check.value, check.unit);
    default:
        return {};
    }
}

QVariant FlexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Test:
        return tr("Test");
    case Side:
        return tr("Side");
    case Value:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace patella
