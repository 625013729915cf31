#pragma once

#include "model/records.h"
#include "store/storetypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace patella {

class JournalStore;

// Every flexibility self-test result, one row per test and side.
class FlexModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const FlexCheck& record(int row) const { return m_rows.at(row); }
    int rowOf(RecordId id) const;
    QString loadError() const { return m_error; }

public slots:
    void reload();

private:
    JournalStore& m_store;
    QList<FlexCheck> m_rows;
    QString m_error;
};

} // namespace patella
