#pragma once

#include "app/cli/csvcommands.h"
#include "core/model/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// `patella --report FILE.pdf [--weeks N|start] [--name TEXT] [--end YYYY-MM-DD] [--data-dir DIR | --demo]`: the
// physiotherapist's report from the journal in the data folder, without a window. It prints what it wrote
// (stdout) or what went wrong (stderr) and returns the exit code.
namespace patella::cli {

struct ReportRequest
{
    QString file; // absolute
    int weeks = 12; // 0: since the programme started
    QString name;
    QDate end; // --end: the report's last day; invalid = the clock's today
    bool demo = false; // --demo: from a twelve-week demo journal made in the (throwaway) data folder
};

// Exit codes of --report (sysexits.h), beside the shell's 0 and 64.
namespace reportexit {
constexpr int Ok = 0;
constexpr int NoJournal = 66; // EX_NOINPUT: no journal in the data folder
constexpr int Software = 70; // EX_SOFTWARE: the built-in exercise catalog is damaged
constexpr int CantCreate = 73; // EX_CANTCREAT: the PDF cannot be written (nothing is left half-written)
constexpr int Journal = 74; // EX_IOERR: the journal cannot be read
} // namespace reportexit

class ReportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(patella::cli::ReportCommand)

public:
    // Reads --weeks: a whole number of weeks from 1 to 520, or "start". Returns -1 when unreadable.
    static int parseWeeks(const QString& text);

    // Needs a QGuiApplication (fonts). dataDir holds journal.sqlite and settings.ini; the settings give the
    // unit, the programme's start and a journal kept elsewhere.
    static CommandOutput run(const ReportRequest& request, const QString& dataDir, const Clock& clock);
};

} // namespace patella::cli
