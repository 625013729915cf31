#include "app/journal/weeklytotalmodel.h"

#include "app/ui/formatting.h"
#include "core/model/preferences.h"

namespace patella {

WeeklyTotalModel::WeeklyTotalModel(JournalStore& store, const Preferences& preferences, QObject* parent)
    : RecordTableModel(store, {RecordKind::WeeklyTotals}, ColumnCount, parent)
    , m_preferences(preferences)
{
    connect(&m_preferences, &Preferences::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Distance), index(int(m_rows.size()) - 1, Distance));
    });
    reload();
}

QVariant WeeklyTotalModel::sortKey(const WeeklyTotal& total, int column) const
{
    switch (column) {
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

QVariant WeeklyTotalModel::display(const WeeklyTotal& total, int column) const
{
    switch (column) {
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

QVariant WeeklyTotalModel::header(int column) const
{
    switch (column) {
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
