#include "app/journal/painmodel.h"

#include "app/journal/journaltext.h"
#include "app/ui/formatting.h"
#include "core/model/recordnames.h"

namespace patella {

PainModel::PainModel(JournalStore& store, QObject* parent)
    : RecordTableModel(store, {RecordKind::PainEntries}, ColumnCount, parent)
{
    reload();
}

QVariant PainModel::sortKey(const PainEntry& entry, int column) const
{
    switch (column) {
    case Date:
    case Time:
        return entry.at;
    case Score:
        return entry.score;
    default:
        return {};
    }
}

QVariant PainModel::display(const PainEntry& entry, int column) const
{
    switch (column) {
    case Date:
        return fmt::date(entry.localDate);
    case Time:
        return journaltext::time(entry.at);
    case Situation:
        return situationName(entry.situation);
    case Side:
        return sideName(entry.side);
    case Score:
        return fmt::pain(entry.score);
    case Note:
        return entry.note;
    default:
        return {};
    }
}

QVariant PainModel::header(int column) const
{
    switch (column) {
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
