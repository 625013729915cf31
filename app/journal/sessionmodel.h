#pragma once

#include "model/records.h"
#include "store/storetypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace patella {

class Catalog;
class JournalStore;

// Every guided session (or one logged by hand): routine, length, outcome, exercises done, worst pain reported.
class SessionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionModel)

public:
    enum Column
    {
        Date,
        Time,
        Routine,
        Duration,
        Outcome,
        Exercises,
        WorstPain,
        ColumnCount,
    };

    SessionModel(JournalStore& store, const Catalog& catalog, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const SessionRecord& record(int row) const { return m_rows.at(row); }
    int rowOf(RecordId id) const;
    QString loadError() const { return m_error; }

    // The routine's name from the catalog, or its id when the catalog does not know it.
    static QString routineName(const Catalog& catalog, const QString& routineId);

public slots:
    void reload();

private:
    JournalStore& m_store;
    const Catalog& m_catalog;
    QList<SessionRecord> m_rows;
    QString m_error;
};

} // namespace patella
