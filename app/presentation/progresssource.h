#pragma once

#include "app/presentation/progressrecords.h"
#include "core/store/storetypes.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace patella {

class JournalStore;

// Reads what the Progress page shows from the journal store and keeps it. When the store reports a change,
// only the kinds that changed are read again, once per turn of the event loop however many writes came in
// (a 0-ms single-shot timer coalesces them), and then updated() is emitted.
class ProgressSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressSource)

public:
    explicit ProgressSource(JournalStore& store, QObject* parent = nullptr);

    const ProgressRecords& records() const { return m_records; }
    QString lastError() const { return m_error; } // empty when the last read worked

    void reloadAll();

signals:
    void updated();

private:
    void markStale(unsigned parts);
    void reloadStale();
    void noteAdded(RecordKind kind, const QList<RecordId>& ids);
    bool readAddedPain();

    JournalStore& m_store;
    ProgressRecords m_records;
    QString m_error;
    QTimer m_coalesce;
    unsigned m_stale = 0;
    // Pain entries added since the last read, when that is all that happened to them (read alone, not all).
    QList<RecordId> m_addedPain;
    bool m_painAddedJustNow = false; // added() came; the changed() right after it is covered by m_addedPain
};

} // namespace patella
