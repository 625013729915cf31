#pragma once

#include "app/journal/recordtablemodel.h"

#include <QHash>

namespace patella {

class Preferences;

// Every logged run, with distances in the runner's unit, the shoe's name and, for imported runs, moving time,
// cadence and the device or app that recorded it; reloads when runs or shoes change
// and redraws when the unit changes.
class RunModel final : public RecordTableModel<Run>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunModel)

public:
    enum Column
    {
        Date,
        Distance,
        Duration,
        Moving, // the watch's timer time, for imported runs
        Pace,
        Cadence, // steps per minute, for imported runs
        Effort,
        Shoe,
        PainDuring,
        PainAfter,
        Source, // typed by hand, or the file's device or app
        Note,
        ColumnCount,
    };

    RunModel(JournalStore& store, const Preferences& preferences, QObject* parent = nullptr);

private:
    QVariant display(const Run& run, int column) const override;
    QVariant sortKey(const Run& run, int column) const override;
    QVariant header(int column) const override;
    bool rightAligned(int column) const override;
    void reloaded() override;
    QString pace(const Run& run) const;
    QString source(const Run& run) const;

    const Preferences& m_preferences;
    QHash<RecordId, QString> m_shoeNames;
};

} // namespace patella
