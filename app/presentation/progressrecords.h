#pragma once

#include "core/model/records.h"

#include <QDate>
#include <QList>
#include <QMap>

// The journal as the Progress page needs it, in plain values. Kept apart from the store's header so the
// page's chart code can include the insights headers (the two areas share some struct names).
namespace patella {

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

    // The earliest local date of any record; invalid when the journal is empty.
    QDate firstDate() const;
    bool isEmpty() const;
};

} // namespace patella
