#pragma once

#include "model/records.h"
#include "store/storetypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace patella {

class JournalStore;
class Preferences;

// Every logged run, with distances in the runner's unit and the shoe's name; reloads when runs or shoes change
// and redraws when the unit changes.
class RunModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunModel)

public:
    enum Column
    {
        Date,
        Distance,
        Duration,
        Pace,
        Effort,
        Shoe,
        PainDuring,
        PainAfter,
        Note,
        ColumnCount,
    };

    RunModel(JournalStore& store, const Preferences& preferences, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Run& record(int row) const { return m_rows.at(row); }
    int rowOf(RecordId id) const;
    QString loadError() const { return m_error; }

public slots:
    void reload();

private:
    void onChanged(RecordKind kind);
    QString pace(const Run& run) const;

    JournalStore& m_store;
    const Preferences& m_preferences;
    QList<Run> m_rows;
    QHash<RecordId, QString> m_shoeNames;
    QString m_error;
};

} // namespace patella
