#pragma once

#include "app/cli/reportcommand.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace patella {

struct LaunchOptions
{
    QString dataDir; // absolute, resolved from --data-dir or the standard location
    bool demo = false;
    bool check = false; // --check: integrity of the journal and its backups, no window, nothing written
    QString exportCsv; // --export-csv DIR: write the journal's CSV folder and exit
    QString importCsv; // --import-csv DIR: read a CSV folder into the journal and exit
    QString importProgramme; // --import-programme FILE: import it without a window, then exit
    bool import = false; // --import FILE...: import without a window, then exit (app/cli/importcommand.h)
    QStringList importFiles;
    bool json = false;
    std::optional<cli::ReportRequest> report; // --report: write the PDF and exit, no window
};

// Outcome of reading the command line: either options to run with, or an exit (help, version, error)
// with the text to print and the process exit code.
struct CommandLineResult
{
    enum class Action
    {
        Run,
        Exit,
    };
    Action action = Action::Run;
    int exitCode = 0;
    QString output; // to stdout on success, stderr on failure
    LaunchOptions options;
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(patella::CommandLine)

public:
    static CommandLineResult parse(const QStringList& arguments);

    // Creates the folder (0700) if missing and checks it can be written. Returns an error text or empty;
    // a path too long for the journal and its backups is refused before anything is created.
    static QString prepareDataDir(const QString& path);
    static constexpr int kMaxDataDirBytes = 420; // 512 (SQLite) less the longest file name in it

private:
    struct Declared; // the options --help lists (commandline.cpp)
    // Each reads its options into out and returns the usage error, or an empty text.
    static QString readImport(const QCommandLineParser& parser, const Declared& o, LaunchOptions& out);
    static QString readFolders(const QCommandLineParser& parser, const Declared& o, LaunchOptions& out);
    static QString readReport(const QCommandLineParser& parser, const Declared& o, LaunchOptions& out);
    static QString readDataDir(const QCommandLineParser& parser, const Declared& o, LaunchOptions& out);
};

// Process exit codes, documented in --help.
namespace exitcode {
constexpr int Ok = 0;
constexpr int Usage = 64;
constexpr int DataError = 65; // EX_DATAERR: --import met a file it cannot read (the others were imported)
constexpr int DataDir = 73; // EX_CANTCREAT: the data folder cannot be created or written
constexpr int AlreadyRunning = 75; // EX_TEMPFAIL: another Patella uses this data folder
constexpr int Journal = 74; // EX_IOERR: the journal cannot be opened
constexpr int Software = 70; // EX_SOFTWARE: the built-in exercise catalog is damaged
constexpr int NoDisplay = 69; // EX_UNAVAILABLE: the window was asked for, but there is no display
} // namespace exitcode

} // namespace patella
