#pragma once

#include "app/journal/recordtablemodel.h"

namespace patella {

class Preferences;

// The weeks a runner logged as one total instead of single runs.
class WeeklyTotalModel final : public RecordTableModel<WeeklyTotal>
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

private:
    QVariant display(const WeeklyTotal& total, int column) const override;
    QVariant sortKey(const WeeklyTotal& total, int column) const override;
    QVariant header(int column) const override;
    bool rightAligned(int column) const override { return column == Distance || column == Runs; }

    const Preferences& m_preferences;
};

} // namespace patella
