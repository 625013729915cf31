#pragma once

#include "core/model/clock.h"

#include <QCoreApplication>
#include <QString>

// patella --export-csv DIR and --import-csv DIR: the journal's CSV folder from the command line, without
// a window. Each prints what it did (stdout) or what went wrong (stderr) and returns the exit code.
namespace patella::cli {

struct CommandOutput
{
    int exitCode = 0;
    QString out;
    QString err;
};

// Exit codes of the CSV commands (sysexits.h), beside the shell's 0, 64, 73, 74.
namespace csvexit {
constexpr int Ok = 0;
constexpr int Refused = 65; // EX_DATAERR: a file was refused; nothing was written
constexpr int NoInput = 66; // EX_NOINPUT: no journal to export, or no Patella CSV in the folder
constexpr int CantCreate = 73; // EX_CANTCREAT: the export folder cannot be written
constexpr int Journal = 74; // EX_IOERR: the journal cannot be opened or written
} // namespace csvexit

class CsvCommands final
{
    Q_DECLARE_TR_FUNCTIONS(patella::cli::CsvCommands)

public:
    static CommandOutput exportCsv(const QString& journalPath, const QString& folder, const Clock& clock);
    static CommandOutput importCsv(const QString& journalPath, const QString& folder, const Clock& clock);
};

} // namespace patella::cli
