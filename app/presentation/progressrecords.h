#pragma once

#include "core/model/records.h"

#include <QDate>
#include <QList>
#include <QMap>

// The journal as the Progress page needs it, in plain values. Kept apart from the store's header so the
// page's chart code can include the insights headers (the two areas share some struct names).
namespace patella {

// How often each part was read from the journal: a part whose revision did not move holds the same records,
// so what was worked out from it can be kept.
struct ProgressRevisions
{
    quint64 runs = 0; // runs and weekly totals
    quint64 pain = 0;
    quint64 flex = 0;
    quint64 sessions = 0;
    quint64 mornings = 0;
    quint64 function = 0;
    bool operator==(const ProgressRevisions&) const = default;
};

// What the last read of a part changed when only some records were added: the revision it was read at before,
// and the earliest local date of an added record. Invalid when the part was read whole.
struct PartialChange
{
    quint64 since = 0;
    QDate from;
    bool isValid() const { return from.isValid(); }
};

struct ProgressRecords
{
    QList<Run> runs;
    QList<WeeklyTotal> weeklyTotals;
    QList<PainEntry> pain;
    QList<FlexCheck> flexChecks;
    QMap<QDate, int> sessionsPerDay; // completed sessions per local day
    QList<QDate> worseMornings; // mornings the knee was worse than the one before, oldest first
    QList<PsfsActivity> psfsActivities; // the function score's activities, retired ones included
    QList<PsfsScore> psfsScores;
    ProgressRevisions revisions;
    PartialChange painChange; // pain entries added since revisions.pain - 1, from that day on

    // The earliest local date of any record; invalid when the journal is empty.
    QDate firstDate() const;
    bool isEmpty() const;
};

} // namespace patella
