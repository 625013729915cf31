#pragma once

#include "model/records.h"
#include "store/storetypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace patella {

class JournalStore;
class Preferences;

// The weeks a runner logged as one total instead of single runs.
class WeeklyTotalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyTotalModel)

public:
    enum Column
    {
        Week,
        Distance,
        Runs,
        Note,
        ColumnCount,
    };

    WeeklyTotalModel(JournalStore& store, const Preferences& preferences, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const WeeklyTotal& record(int row) const { return m_rows.at(row); }
    int rowOf(RecordId id) const;
    QString loadError() const { return m_error; }

public slots:
    void reload();

private:
    JournalStore& m_store;
    const Preferences& m_preferences;
    QList<WeeklyTotal> m_rows;
    QString m_error;
};

} // namespace patella
