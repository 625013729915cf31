#include "app/journal/runmodel.h"

#include "app/ui/formatting.h"
#include "core/model/preferences.h"

#include <cmath>

namespace patella {

RunModel::RunModel(JournalStore& store, const Preferences& preferences, QObject* parent)
    : RecordTableModel(store, {RecordKind::Runs, RecordKind::Shoes}, ColumnCount, parent)
    , m_preferences(preferences)
{
    connect(&m_preferences, &Preferences::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    });
    reload();
}

void RunModel::reloaded()
{
    m_shoeNames.clear();
    if (auto shoes = m_store.list<patella::Shoe>(); shoes) {
        for (const patella::Shoe& shoe : shoes.value())
            m_shoeNames.insert(shoe.id, shoe.name);
    }
}

QString RunModel::pace(const Run& run) const
{
    const double distance = toUnit(run.distanceMetres, m_preferences.distanceUnit());
    if (distance <= 0.0)
        return {};
    const int secondsPerUnit = int(run.durationSeconds / distance + 0.5);
    return tr("%1 /%2").arg(formatDuration(secondsPerUnit), fmt::unitSuffix(m_preferences.distanceUnit()));
}

QString RunModel::source(const Run& run) const
{
    if (run.source == RunSource::Manual)
        return tr("By hand");
    const QString device = run.device.trimmed();
    return device.isEmpty() ? tr("Imported") : tr("Imported from %1").arg(device);
}

bool RunModel::rightAligned(int column) const
{
    return column == Distance || column == Duration || column == Moving || column == Pace || column == Cadence
        || column == Effort || column == PainDuring || column == PainAfter;
}

QVariant RunModel::sortKey(const Run& run, int column) const
{
    switch (column) {
    case Date:
        return run.start;
    case Distance:
        return run.distanceMetres;
    case Duration:
        return run.durationSeconds;
    case Moving:
        return run.movingSeconds.value_or(-1);
    case Pace:
        return run.distanceMetres > 0.0 ? run.durationSeconds / run.distanceMetres : 0.0;
    case Cadence:
        return run.cadenceSpm.value_or(-1.0);
    case Source:
        return source(run);
    case Effort:
        return run.effort;
    case PainDuring:
        return run.painDuring.value_or(-1);
    case PainAfter:
        return run.painAfter.value_or(-1);
    default:
        return {};
    }
}

QVariant RunModel::display(const Run& run, int column) const
{
    switch (column) {
    case Date:
        return fmt::date(run.localDate);
    case Distance:
        return fmt::distance(run.distanceMetres, m_preferences.distanceUnit(), 2);
    case Duration:
        return fmt::duration(run.durationSeconds);
    case Moving:
        return run.movingSeconds ? fmt::duration(*run.movingSeconds) : QString();
    case Pace:
        return pace(run);
    case Cadence:
        //: average steps per minute
        return run.cadenceSpm ? tr("%1 spm").arg(std::lround(*run.cadenceSpm)) : QString();
    case Source:
        return source(run);
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

QVariant RunModel::header(int column) const
{
    switch (column) {
    case Date:
        return tr("Date");
    case Distance:
        return tr("Distance");
    case Duration:
        return tr("Duration");
    case Moving:
        return tr("Moving time");
    case Pace:
        return tr("Pace");
    case Cadence:
        return tr("Cadence");
    case Source:
        return tr("Source");
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
