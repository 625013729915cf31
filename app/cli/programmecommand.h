#pragma once

#include "app/cli/csvcommands.h"
#include "core/model/clock.h"

#include <QCoreApplication>
#include <QString>

// patella --import-programme FILE [--data-dir DIR]: imports a physiotherapist's programme file into the
// journal without a window. Prints what was added and replaced; a file that is not valid is refused whole
// with the field and the problem, and nothing is written.
namespace patella::cli {

// Exit codes of --import-programme (sysexits.h), beside the shell's 0, 64, 73.
namespace programmeexit {
constexpr int Ok = 0;
constexpr int Refused = 65; // EX_DATAERR: the programme file was refused; nothing was written
constexpr int NoInput = 66; // EX_NOINPUT: the file does not exist or cannot be read
constexpr int Software = 70; // EX_SOFTWARE: the built-in catalog is damaged
constexpr int Journal = 74; // EX_IOERR: the journal cannot be opened or written
} // namespace programmeexit

class ProgrammeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(patella::cli::ProgrammeCommand)

public:
    // Needs a QCoreApplication; the journal's folder must exist (CommandLine::prepareDataDir).
    static CommandOutput importProgramme(const QString& journalPath, const QString& file, const Clock& clock);
};

} // namespace patella::cli
