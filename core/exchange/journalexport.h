#pragma once

#include "core/model/result.h"

#include <QList>
#include <QString>
#include <QTimeZone>

// Writes the journal as a Patella CSV folder (csvformat.h): one file per record kind, every file written
// even when it has no rows, plus README.txt. Reads through the store's API; files are 0600, a folder it
// creates 0700. Existing files of the same names in the folder are replaced.
namespace patella {

class JournalStore;

namespace exchange {

struct ExportedFile
{
    QString fileName;
    int rows = 0;
};

struct ExportSummary
{
    QString folder;
    QList<ExportedFile> files; // README.txt not included
};

struct ExportOptions
{
    QTimeZone zone = QTimeZone::systemTimeZone(); // the offset times are written with
};

// The runner's own exercises and routines (and imported programmes' ones), pictures included, are written
// beside the CSV files in the programme format (docs/programme-format.md), when there are any.
QString ownProgrammeFileName();

Result<ExportSummary> exportJournal(JournalStore& store, const QString& folder, const ExportOptions& options = {});

} // namespace exchange
} // namespace patella
