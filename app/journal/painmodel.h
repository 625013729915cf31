#pragma once

#include "app/journal/recordtablemodel.h"

namespace patella {

// Every pain entry in the journal, one row each; reloads when the store says pain entries changed.
class PainModel final : public RecordTableModel<PainEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PainModel)

public:
    enum Column
    {
        Date,
        Time,
        Situation,
        Side,
        Score,
        Note,
        ColumnCount,
    };

    explicit PainModel(JournalStore& store, QObject* parent = nullptr);

private:
    QVariant display(const PainEntry& entry, int column) const override;
    QVariant sortKey(const PainEntry& entry, int column) const override;
    QVariant header(int column) const override;
    bool rightAligned(int column) const override { return column == Score; }
};

} // namespace patella
