#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdio>

// `patella --import FILE... [--json]`: reads activity files into the journal in dataDir, without a
// window (a QCoreApplication is enough), and prints one line per activity found; with --json one JSON
// object per line with exactly the keys file, sport, start, distance_m, moving_s, elapsed_s, points,
// cadence_spm, status (imported, duplicate, skipped, rejected) and reason. What is imported: runs new
// to the journal, with the default shoe; other sports are skipped; a likely duplicate of a run typed by
// hand is left for the window's preview to merge or keep (reported as duplicate). All in one transaction.
namespace patella {

class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(patella::ImportCommand)

public:
    enum class Outcome
    {
        AllRead, // every file was read (some activities may have been skipped)
        SomeRejected, // at least one file could not be read; the others were imported
        JournalFailed, // the journal could not be opened or written; nothing was imported
    };

    // dataDir exists and is writable (the shell checked it).
    static Outcome run(const QString& dataDir, const QStringList& files, bool json, FILE* out, FILE* err);
};

} // namespace patella
