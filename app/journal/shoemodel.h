#pragma once

#include "model/records.h"
#include "store/storetypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace patella {

class JournalStore;
class Preferences;

// The runner's shoes with the distance run in each against the limit they set. Near the limit the status asks
// for a look at the midsole; it never declares a shoe worn out.
class ShoeModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Shoe& record(int row) const { return m_rows.at(row).shoe; }
    const Row& shoeRow(int row) const { return m_rows.at(row); }
    int rowOf(RecordId id) const;
    QString loadError() const { return m_error; }

    // "Near your limit: have a look at the midsole", or empty when the shoe is well inside it.
    static QString limitNote(const Row& row);

public slots:
    void reload();

private:
    JournalStore& m_store;
    const Preferences& m_preferences;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace patella
