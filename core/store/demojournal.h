#pragma once

#include "core/model/result.h"
#include "core/store/journalstore.h"

#include <QDate>
#include <QTimeZone>

// A demo journal for `patella --demo` and for tests and screenshots: twelve weeks of a runner recovering
// from runner's knee, ending at a given date. Deterministic for a given seed and time zone (its own
// random numbers, no std distributions, so every platform makes the same journal).
//
// The story: pain falls from about 5/10 to about 1-2/10 with day-to-day noise, with one flare-up in the
// week after mileage jumps past the 10% rule; weekly running distance builds from about 12 km; daily
// mobility sessions on about 80% of days, post-run stretches after most runs, strength twice a week;
// two shoes (the second taken up midway); the Tuesday and Sunday runs come from a watch, with a
// step rate that rises about 6% in the second half; weekly flexibility checks for every test on both sides; a
// weekly check-in and most mornings' "worse this morning?" answer.
namespace patella {

struct DemoJournalOptions
{
    QDate endDate; // the last day of the twelve weeks (usually today)
    quint32 seed = 20260316;
    QTimeZone zone = QTimeZone::systemTimeZone(); // where the runner lives: local dates and times
    int weeks = 12;
};

// The records, with the given shoe ids on the runs. Pure: no store involved.
JournalBatch makeDemoJournal(const DemoJournalOptions& options, RecordId olderShoe, RecordId newerShoe);

// The function score (PSFS) of the same twelve weeks: a round every Sunday, one activity retired and
// another added midway. Rounds need the ids of the activities asked, so they are written round by round.
Result<void> addDemoFunctionScores(JournalStore& store, const DemoJournalOptions& options);

// Adds the two shoes, then everything else in one batch, then the function scores. The store should be empty.
Result<void> fillDemoJournal(JournalStore& store, const DemoJournalOptions& options);

} // namespace patella
