#pragma once

#include "model/records.h"
#include "store/storetypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace patella {

class JournalStore;

// Every pain entry in the journal, one row each; reloads when the store says pain entries changed.
class PainModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const PainEntry& record(int row) const { return m_rows.at(row); }
    int rowOf(RecordId id) const; // -1 when absent
    QString loadError() const { return m_error; }

public slots:
    void reload();

private:
    void onChanged(RecordKind kind);

    JournalStore& m_store;
    QList<PainEntry> m_rows;
    QString m_error;
};

} // namespace patella
