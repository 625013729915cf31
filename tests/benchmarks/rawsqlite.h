#pragma once

#include "core/store/journalstore.h"

#include <QString>

// The yardstick for the store's writes: the same ten-year batch written with the raw SQLite C API into a
// journal with Patella's schema (created by JournalStore, then closed), with the same durability settings
// (WAL, synchronous=FULL, foreign keys) and one transaction, through prepared statements. Returns an error
// text, empty on success.
namespace patella::bench {

QString writeRaw(const QString& path, const JournalBatch& batch);

} // namespace patella::bench
