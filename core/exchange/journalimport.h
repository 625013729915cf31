#pragma once

#include "core/model/clock.h"
#include "core/model/result.h"

#include <QList>
#include <QString>
#include <QStringList>

// Reads a Patella CSV folder (csvformat.h) into the journal. Every file is checked whole first: a file
// with a mistake (not UTF-8, another delimiter, an unknown or missing column, a value out of range, a
// date beyond tomorrow, an id that points nowhere) is refused with its line, column and field named,
// and then nothing at all is written. Otherwise every file is written in one transaction. Records the
// journal already holds are skipped, by a natural key per kind (README.txt names them): pain and
// flexibility by time, situation or test, and side; runs by external id or start time; sessions by start
// and routine; shoes by name and first use; weekly totals and check-ins by week; morning checks by date;
// function-score activities by name and the day they were added, their scores by activity and date.
// So importing the same folder twice adds nothing the second time. A file that is absent is no records.
namespace patella {

class JournalStore;

namespace exchange {

struct FileProblem
{
    QString file; // "pain.csv"
    int line = 0; // 0: the file as a whole
    int column = 0; // 1-based field number; 0 when the problem is not in one field
    QString columnName; // "score"
    QString message; // translated

    // "pain.csv, line 4, column 3 (score): must be between 0 and 10"
    QString text() const;
};

struct ImportedFile
{
    QString fileName;
    int rows = 0;
    int added = 0;
    int skipped = 0; // already in the journal
};

struct ImportSummary
{
    QList<ImportedFile> files; // the files found, in import order
    QList<FileProblem> refused; // when not empty, nothing was written
    QStringList ignored; // other files in the folder

    bool written() const { return refused.isEmpty(); }
    int added() const;
    int skipped() const;
};

// An Error only when the folder cannot be read or holds no Patella CSV file, or the journal fails.
Result<ImportSummary> importJournal(JournalStore& store, const QString& folder, const Clock& clock);

} // namespace exchange
} // namespace patella
