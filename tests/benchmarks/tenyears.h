#pragma once

#include "core/store/journalstore.h"

#include <QDate>
#include <QDateTime>

// The benchmarks' ten-year journal: 3,650 days ending on kTenYearsEnd, each with two sessions with items, two
// pain entries, a run and a morning check; a weekly check-in and weekly flexibility checks for every test and
// side (about 71,000 rows). bench_store writes and queries it, bench_startup opens Patella on it.
namespace patella::bench {

inline const QDate kTenYearsEnd {2026, 3, 15};
constexpr int kTenYearsDays = 3650;

QDateTime utcAt(QDate date, int hour, int minute);
JournalBatch tenYears(RecordId shoeA, RecordId shoeB);
// The two shoes the ten years' runs are worn in; returns their ids.
Result<QList<RecordId>> addShoes(JournalStore& store);
// addShoes(), then tenYears() in one batch; the store must be open and empty.
Result<void> writeTenYears(JournalStore& store);

} // namespace patella::bench
