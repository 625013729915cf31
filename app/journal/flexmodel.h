#pragma once

#include "app/journal/recordtablemodel.h"

namespace patella {

// Every flexibility self-test result, one row per test and side.
class FlexModel final : public RecordTableModel<FlexCheck>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlexModel)

public:
    enum Column
    {
        Date,
        Test,
        Side,
        Value,
        ColumnCount,
    };

    explicit FlexModel(JournalStore& store, QObject* parent = nullptr);

private:
    QVariant display(const FlexCheck& check, int column) const override;
    QVariant sortKey(const FlexCheck& check, int column) const override;
    QVariant header(int column) const override;
    bool rightAligned(int column) const override { return column == Value; }
};

} // namespace patella
