#include "journal/runmodel.h"

#include "journal/journalroles.h"
#include "model/preferences.h"
#include "shell/formatting.h"
#include "store/journalstore.h"

namespace patella {

RunModel::RunModel(JournalStore& store, const Preferences& preferences, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_preferences(preferences)
{
    connect(&m_store, &JournalStore::changed, this, &RunModel::onChanged);
    connect(&m_preferences, &Preferences::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    });
    reload();
}

void RunModel::onChanged(RecordKind kind)
{
    if (kind == RecordKind::Runs || kind == RecordKind::Shoes || kind == RecordKind::All)
        reload();
}

void RunModel::reload()
{
    beginResetModel();
    auto rows = m_store.list<Run>();
    m_rows = rows ? rows.value() : QList<Run> {};
    m_error = rows ? QString() : rows.error().text();
    m_shoeNames.clear();
    if (auto shoes = m_store.list<patella::Shoe>(); shoes) {
        for (const patella::Shoe& shoe : shoes.value())
            m_shoeNames.insert(shoe.id, shoe.name);
    }
    endResetModel();
}

int RunModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RunModel::rowOf(RecordId id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

QString RunModel::pace(const Run& run) const
{
    const double distance = toUnit(run.distanceMetres, m_preferences.distanceUnit());
    if (distance <= 0.0)
        return {};
    const int secondsPerUnit = int(run.durationSeconds / distance + 0.5);
    return tr("%1 /%2").arg(formatDuration(secondsPerUnit), fmt::unitSuffix(m_preferences.distanceUnit()));
}

QVariant RunModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Run& run = m_rows.at(index.row());
    if (role == journalrole::Id)
        return run.id;
    if (role == journalrole::Date)
        return run.localDate;
    if (role == Qt::TextAlignmentRole) {
        const int column = index.column();
        if (column == Distance || column == Duration || column == Pace || column == Effort || column == PainDuring
            || column == PainAfter)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == journalrole::Sort) {
        switch (index.column()) {
        case Date:
            return run.start;
        case Distance:
            return run.distanceMetres;
        case Duration:
            return run.durationSeconds;
        case Pace:
            return run.distanceMetres > 0.0 ? run.durationSeconds / run.distanceMetres : 0.0;
        case Effort:
            return run.effort;
        case PainDuring:
            return run.painDuring.value_or(-1);
        case PainAfter:
            return run.painAfter.value_or(-1);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Date:
        return fmt::date(run.localDate);
    case Distance:
        return fmt::distance(run.distanceMetres, m_preferences.distanceUnit(), 2);
    case Duration:
        return fmt::duration(run.durationSeconds);
    case Pace:
        return pace(run);
    case Effort:
        return run.effort > 0 ? QVariant(run.effort) : QVariant();
    case Shoe:
        return run.shoeId ? m_shoeNames.value(*run.shoeId) : QString();
    case PainDuring:
        return run.painDuring ? fmt::pain(*run.painDuring) : QString();
    case PainAfter:
        return run.painAfter ? fmt::pain(*run.painAfter) : QString();
    case Note:
        return run.note;
    default:
        return {};
    }
}

QVariant RunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Distance:
        return tr("Distance");
    case Duration:
        return tr("Duration");
    case Pace:
        return tr("Pace");
    case Effort:
        return tr("Effort");
    case Shoe:
        return tr("Shoe");
    case PainDuring:
        return tr("Pain during");
    case PainAfter:
        return tr("Pain after");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace patella
