#include "journal/shoemodel.h"

#include "insights/shoes.h"
#include "journal/journalroles.h"
#include "model/preferences.h"
#include "shell/formatting.h"
#include "store/journalstore.h"

#include <QCoreApplication>
#include <QHash>

namespace patella {
namespace {

double usedFraction(const ShoeModel::Row& row)
{
    return row.shoe.limitMetres > 0.0 ? row.metres / row.shoe.limitMetres : 0.0;
}

} // namespace

ShoeModel::ShoeModel(JournalStore& store, const Preferences& preferences, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_preferences(preferences)
{
    connect(&m_store, &JournalStore::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::Shoes || kind == RecordKind::Runs || kind == RecordKind::All)
            reload();
    });
    connect(&m_preferences, &Preferences::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    });
    reload();
}

QString ShoeModel::limitNote(const Row& row)
{
    if (row.shoe.retired)
        return {};
    const double fraction = usedFraction(row);
    if (fraction >= 1.0)
        return QCoreApplication::translate("ShoeModel",
                                           "Past the limit you set: how does the midsole look? Creases or a "
                                           "flattened heel mean it is time for a new pair.");
    if (fraction >= kShoeNearLimit)
        return QCoreApplication::translate("ShoeModel",
                                           "Near the limit you set: have a look at the midsole for creases or a "
                                           "flattened heel.");
    return {};
}

void ShoeModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    auto shoes = m_store.list<Shoe>();
    auto distances = m_store.shoeDistances();
    if (!shoes || !distances) {
        m_error = !shoes ? shoes.error().text() : distances.error().text();
    } else {
        QHash<RecordId, ShoeDistance> byId;
        for (const ShoeDistance& distance : distances.value())
            byId.insert(distance.shoeId, distance);
        for (const Shoe& shoe : shoes.value()) {
            const ShoeDistance distance = byId.value(shoe.id);
            m_rows.append(Row {shoe, distance.distanceMetres, distance.runs});
        }
    }
    endResetModel();
}

int ShoeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShoeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ShoeModel::rowOf(RecordId id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).shoe.id == id)
            return row;
    return -1;
}

QVariant ShoeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const DistanceUnit unit = m_preferences.distanceUnit();
    if (role == journalrole::Id)
        return row.shoe.id;
    if (role == journalrole::Date)
        return row.shoe.firstUse;
    if (role == Qt::TextAlignmentRole
        && (index.column() == Distance || index.column() == Used || index.column() == Runs))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == journalrole::Sort) {
        switch (index.column()) {
        case FirstUse:
            return row.shoe.firstUse;
        case Distance:
            return row.metres;
        case Used:
            return usedFraction(row);
        case Runs:
            return row.runs;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Status) {
        const QString note = limitNote(row);
        return note.isEmpty() ? data(index, Qt::DisplayRole) : QVariant(note);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.shoe.name;
    case FirstUse:
        return fmt::date(row.shoe.firstUse);
    case Distance:
        return tr("%1 of %2").arg(fmt::distance(row.metres, unit, 0), fmt::distance(row.shoe.limitMetres, unit, 0));
    case Used:
        return tr("%1%").arg(qRound(usedFraction(row) * 100.0));
    case Runs:
        return row.runs;
    case Status:
        if (row.shoe.retired)
            return tr("Retired %1").arg(fmt::date(*row.shoe.retired));
        if (usedFraction(row) >= kShoeNearLimit)
            return tr("Check the midsole");
        return tr("In use");
    default:
        return {};
    }
}

QVariant ShoeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Shoe");
    case FirstUse:
        return tr("First run");
    case Distance:
        return tr("Distance so far / limit");
    case Used:
        return tr("Used");
    case Runs:
        return tr("Runs");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace patella
