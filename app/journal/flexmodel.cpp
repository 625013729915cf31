#include "app/journal/flexmodel.h"

#include "app/journal/journaltext.h"
#include "app/ui/formatting.h"
#include "core/model/recordnames.h"

namespace patella {

FlexModel::FlexModel(JournalStore& store, QObject* parent)
    : RecordTableModel(store, {RecordKind::FlexChecks}, ColumnCount, parent)
{
    reload();
}

QVariant FlexModel::sortKey(const FlexCheck& check, int column) const
{
    switch (column) {
    case Date:
        return check.at;
    case Value:
        return check.value;
    default:
        return {};
    }
}

QVariant FlexModel::display(const FlexCheck& check, int column) const
{
    switch (column) {
    case Date:
        return fmt::date(check.localDate);
    case Test:
        return flexTestName(check.test);
    case Side:
        return sideName(check.side);
    case Value:
        return journaltext::flexValue(check.value, check.unit);
    default:
        return {};
    }
}

QVariant FlexModel::header(int column) const
{
    switch (column) {
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
