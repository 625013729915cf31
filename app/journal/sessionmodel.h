#pragma once

#include "app/journal/recordtablemodel.h"

namespace patella {

class Catalog;

// Every guided session (or one logged by hand): routine, length, outcome, exercises done, worst pain reported.
class SessionModel final : public RecordTableModel<SessionRecord>
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

    // The routine's name from the catalog, or its id when the catalog does not know it.
    static QString routineName(const Catalog& catalog, const QString& routineId);

private:
    QVariant display(const SessionRecord& session, int column) const override;
    QVariant sortKey(const SessionRecord& session, int column) const override;
    QVariant header(int column) const override;
    bool rightAligned(int column) const override
    {
        return column == Duration || column == Exercises || column == WorstPain;
    }

    const Catalog& m_catalog;
};

} // namespace patella
