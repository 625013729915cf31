#include "app/journal/shoemodel.h"

#include "app/ui/formatting.h"
#include "core/insights/shoes.h"
#include "core/model/preferences.h"

#include <QCoreApplication>

namespace patella {
namespace {

double usedFraction(const ShoeModel::Row& row)
{
    return row.shoe.limitMetres > 0.0 ? row.metres / row.shoe.limitMetres : 0.0;
}

} // namespace

ShoeModel::ShoeModel(JournalStore& store, const Preferences& preferences, QObject* parent)
    : RecordTableModel(store, {RecordKind::Shoes, RecordKind::Runs}, ColumnCount, parent)
    , m_preferences(preferences)
{
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

void ShoeModel::reloaded()
{
    m_distances.clear();
    if (!m_error.isEmpty())
        return;
    auto distances = m_store.shoeDistances();
    if (!distances) {
        m_rows.clear();
        m_error = distances.error().text();
        return;
    }
    for (const ShoeDistance& distance : distances.value())
        m_distances.insert(distance.shoeId, distance);
}

ShoeModel::Row ShoeModel::rowFor(const Shoe& shoe) const
{
    const ShoeDistance distance = m_distances.value(shoe.id);
    return Row {shoe, distance.distanceMetres, distance.runs};
}

QVariant ShoeModel::sortKey(const Shoe& shoe, int column) const
{
    switch (column) {
    case FirstUse:
        return shoe.firstUse;
    case Distance:
        return m_distances.value(shoe.id).distanceMetres;
    case Used:
        return usedFraction(rowFor(shoe));
    case Runs:
        return m_distances.value(shoe.id).runs;
    default:
        return {};
    }
}

QVariant ShoeModel::toolTip(const Shoe& shoe, int column) const
{
    if (column == Status) {
        if (const QString note = limitNote(rowFor(shoe)); !note.isEmpty())
            return note;
    }
    return display(shoe, column);
}

QVariant ShoeModel::display(const Shoe& shoe, int column) const
{
    const Row row = rowFor(shoe);
    const DistanceUnit unit = m_preferences.distanceUnit();
    switch (column) {
    case Name:
        return shoe.name;
    case FirstUse:
        return fmt::date(shoe.firstUse);
    case Distance:
        return tr("%1 of %2").arg(fmt::distance(row.metres, unit, 0), fmt::distance(shoe.limitMetres, unit, 0));
    case Used:
        return tr("%1%").arg(qRound(usedFraction(row) * 100.0));
    case Runs:
        return row.runs;
    case Status:
        if (shoe.retired)
            return tr("Retired %1").arg(fmt::date(*shoe.retired));
        if (usedFraction(row) >= kShoeNearLimit)
            return tr("Check the midsole");
        return tr("In use");
    default:
        return {};
    }
}

QVariant ShoeModel::header(int column) const
{
    switch (column) {
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
