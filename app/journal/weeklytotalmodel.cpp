#include "journal/weeklytotalmodel.h"

#include "journal/journalroles.h"
#include "model/preferences.h"
#include "shell/formatting.h"
#include "store/journalstore.h"

namespace patella {

WeeklyTotalModel::WeeklyTotalModel(JournalStore& store, const Preferences& preferences, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_preferences(preferences)
{
    connect(&m_store, &JournalStore::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::WeeklyTotals || kind == RecordKind::All)
            reload();
    });
    connect(&m_preferences, &Preferences::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Distance), index(int(m_rows.size()) - 1, Distance));
    });
    reload();
}

void WeeklyTotalModel::reload()
{
    beginResetModel();
    auto rows = m_store.list<WeeklyTotal>();
    m_rows = rows ? rows.value() : QList<WeeklyTotal> {};
    m_error = rows ? QString() : rows.error().text();
    endResetModel();
}

int WeeklyTotalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WeeklyTotalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int WeeklyTotalModel::rowOf(RecordId id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

QVariant WeeklyTotalModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WeeklyTotal& total = m_rows.at(index.row());
    if (role == journalrole::Id)
        return total.id;
    if (role == journalrole::Date)
        return total.weekStart;
    if (role == Qt::TextAlignmentRole && (index.column() == Distance || index.column() == Runs))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == journalrole::Sort) {
        switch (index.column()) {
        case Week:
            return total.weekStart;
        case Distance:
            return total.distanceMetres;
        case Runs:
            return total.runs;
        default:
            return total.note;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Week:
        return tr("Week of %1").arg(fmt::date(total.weekStart));
    case Distance:
        return fmt::distance(total.distanceMetres, m_preferences.distanceUnit(), 1);
    case Runs:
        return total.runs > 0 ? QVariant(total.runs) : QVariant();
    case Note:
        return total.note;
    default:
        return {};
    }
}

QVariant WeeklyTotalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Week:
        return tr("Week");
    case Distance:
        return tr("Distance");
    case Runs:
        return tr("Runs");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace patella
