#pragma once

#include "app/journal/recordtablemodel.h"

#include <QHash>

namespace patella {

class Preferences;

// The runner's shoes with the distance run in each against the limit they set. Near the limit the status asks
// for a look at the midsole; it never declares a shoe worn out.
class ShoeModel final : public RecordTableModel<Shoe>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShoeModel)

public:
    enum Column
    {
        Name,
        FirstUse,
        Distance,
        Used,
        Runs,
        Status,
        ColumnCount,
    };

    struct Row
    {
        Shoe shoe;
        double metres = 0.0;
        int runs = 0;
    };

    ShoeModel(JournalStore& store, const Preferences& preferences, QObject* parent = nullptr);

    Row shoeRow(int row) const { return rowFor(record(row)); }

    // "Near your limit: have a look at the midsole", or empty when the shoe is well inside it.
    static QString limitNote(const Row& row);

private:
    QVariant display(const Shoe& shoe, int column) const override;
    QVariant sortKey(const Shoe& shoe, int column) const override;
    QVariant header(int column) const override;
    bool rightAligned(int column) const override { return column == Distance || column == Used || column == Runs; }
    QVariant toolTip(const Shoe& shoe, int column) const override;
    void reloaded() override;
    Row rowFor(const Shoe& shoe) const;

    const Preferences& m_preferences;
    QHash<RecordId, ShoeDistance> m_distances;
};

} // namespace patella
