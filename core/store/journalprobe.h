#pragma once

#include "core/model/result.h"
#include "core/store/storetypes.h"

#include <QString>
#include <QStringList>

// Looks at a journal (or a backup of one) without writing a byte of it: the file is opened read-only, and
// immutable when no -wal or -journal file lies beside it, so SQLite creates no -wal or -shm either. It
// reads the schema version, tells a Patella journal from another SQLite file, and runs PRAGMA quick_check
// or integrity_check. The store probes before it opens a journal for writing; restore probes the backup;
// `patella --check` probes the journal and every backup.
namespace patella {

enum class CheckDepth
{
    None, // version and tables only
    Quick, // PRAGMA quick_check: every page and record readable, no index cross-check
    Full, // PRAGMA integrity_check: quick_check plus every index against its table
};

struct EntryCounts
{
    int painEntries = 0;
    int runs = 0;
    int sessions = 0;
    int flexChecks = 0;
};

struct ProbeReport
{
    OpenFailure failure = OpenFailure::None; // None: a sound journal this Patella can open
    Error error; // when failure is not None: names the file and the problem
    int version = -1;
    bool countsRead = false;
    EntryCounts counts;

    bool sound() const { return failure == OpenFailure::None; }
};

// An empty or missing file is reported as NotOpen (there is nothing to check).
ProbeReport probeJournal(const QString& path, CheckDepth depth, bool countEntries = false);

// The failure an error from a write or an open means: busy, full, a folder without room for -wal and
// -shm, damage; fallback otherwise.
OpenFailure failureFor(const Error& error, OpenFailure fallback);

} // namespace patella
