#include "app/cli/checkcommand.h"
#include "app/cli/csvcommands.h"
#include "app/cli/importcommand.h"
#include "app/cli/programmecommand.h"
#include "app/cli/reportcommand.h"
#include "app/shell/application.h"
#include "app/shell/commandline.h"
#include "app/shell/demofolder.h"
#include "app/shell/instanceguard.h"
#include "app/shell/mainwindow.h"
#include "app/shell/translations.h"
#include "app/ui/firstpaintprobe.h"
#include "core/model/clock.h"
#include "core/model/language.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

using namespace patella;

namespace {

void print(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Patella"));
    QCoreApplication::setApplicationName(QStringLiteral("Patella"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATELLA_VERSION));
}

// --help, --version and bad usage are answered before any window system is touched, so they work in a
// terminal without a display.
CommandLineResult readCommandLine(int argc, char* argv[])
{
    QCoreApplication core(argc, argv);
    nameApplication();
    return CommandLine::parse(QCoreApplication::arguments());
}

// Qt aborts (exit 134) when it finds no display to connect to: say so first, with a documented code.
bool displayAvailable()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// On stderr for a terminal, and in a dialog for someone who started Patella from the desktop menu.
int refuse(const QString& title, const QString& text, int code)
{
    print(stderr, text + QLatin1Char('\n'));
    // No one could answer a dialog on the offscreen platform (scripts, tests).
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::critical(nullptr, title, text);
    return code;
}

// --export-csv and --import-csv: no window system, no second-instance check (SQLite locks the journal).
int runCsvCommand(int argc, char* argv[], const LaunchOptions& options)
{
    QCoreApplication core(argc, argv);
    nameApplication();
    if (!options.importCsv.isEmpty()) {
        if (const QString problem = CommandLine::prepareDataDir(options.dataDir); !problem.isEmpty()) {
            print(stderr, problem + QLatin1Char('\n'));
            return exitcode::DataDir;
        }
    }
    SystemClock clock;
    const QString journal = QDir(options.dataDir).filePath(Application::journalFileName());
    const cli::CommandOutput output = options.exportCsv.isEmpty()
        ? cli::CsvCommands::importCsv(journal, options.importCsv, clock)
        : cli::CsvCommands::exportCsv(journal, options.exportCsv, clock);
    print(stdout, output.out);
    print(stderr, output.err);
    return output.exitCode;
}

// --import-programme: no window, so no display is needed.
int importProgramme(int argc, char* argv[], const LaunchOptions& options)
{
    QCoreApplication core(argc, argv);
    nameApplication();
    if (const QString problem = CommandLine::prepareDataDir(options.dataDir); !problem.isEmpty()) {
        print(stderr, problem + QLatin1Char('\n'));
        return exitcode::DataDir;
    }
    SystemClock clock;
    const QString journal = QDir(options.dataDir).filePath(Application::journalFileName());
    const cli::CommandOutput output = cli::ProgrammeCommand::importProgramme(journal, options.importProgramme, clock);
    print(stdout, output.out);
    print(stderr, output.err);
    return output.exitCode;
}

// --import works in a terminal without a display: a QCoreApplication, no window system.
int importWithoutWindow(int argc, char* argv[], const LaunchOptions& options)
{
    QCoreApplication core(argc, argv);
    nameApplication();
    if (const QString problem = CommandLine::prepareDataDir(options.dataDir); !problem.isEmpty()) {
        print(stderr, problem + QLatin1Char('\n'));
        return exitcode::DataDir;
    }
    // In the runner's language, with English plural forms ("1 run", "2 runs").
    const Translations translations(
        language::resolve(language::storedChoice(QDir(options.dataDir).filePath(QStringLiteral("settings.ini"))),
                          QLocale::system().uiLanguages()));
    switch (ImportCommand::run(options.dataDir, options.importFiles, options.json, stdout, stderr)) {
    case ImportCommand::Outcome::AllRead:
        return exitcode::Ok;
    case ImportCommand::Outcome::SomeRejected:
        return exitcode::DataError;
    case ImportCommand::Outcome::JournalFailed:
        break;
    }
    return exitcode::Journal;
}

// --report: the PDF without a window or a display, in the runner's language.
int writeReport(int argc, char* argv[], const LaunchOptions& options)
{
    // No window: fonts and the PDF need a QGuiApplication, and "offscreen" needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    nameApplication();
    // Nothing is created in the data folder; --demo makes its journal in a folder removed at exit.
    std::optional<QTemporaryDir> demoReportDir;
    QString dataDir = options.dataDir;
    if (options.report->demo) {
        if (!demoReportDir.emplace().isValid()) {
            print(stderr, demoReportDir->errorString() + QLatin1Char('\n'));
            return exitcode::DataDir;
        }
        dataDir = demoReportDir->path();
    }
    // The runner's language and its dates, as the window would show them.
    const Translations translations(
        language::resolve(language::storedChoice(QDir(dataDir).filePath(QStringLiteral("settings.ini"))),
                          QLocale::system().uiLanguages()));
    SystemClock clock;
    const cli::CommandOutput output = cli::ReportCommand::run(*options.report, dataDir, clock);
    print(stdout, output.out);
    print(stderr, output.err);
    return output.exitCode;
}

// --check: one line per file, nothing written.
int checkJournal(int argc, char* argv[], const LaunchOptions& options)
{
    QCoreApplication core(argc, argv);
    nameApplication();
    QTextStream out(stdout);
    return CheckCommand::run(options.dataDir, out) ? exitcode::Ok : exitcode::Journal;
}

// The commands that do their work without a window and exit; nothing when the window was asked for.
std::optional<int> runCommand(int argc, char* argv[], const LaunchOptions& options)
{
    if (!options.importProgramme.isEmpty())
        return importProgramme(argc, argv, options);
    if (options.import)
        return importWithoutWindow(argc, argv, options);
    if (options.report)
        return writeReport(argc, argv, options);
    if (options.check)
        return checkJournal(argc, argv, options);
    if (!options.exportCsv.isEmpty() || !options.importCsv.isEmpty())
        return runCsvCommand(argc, argv, options);
    return std::nullopt;
}

// One Patella per data folder: a second start raises the first one's window and exits.
std::optional<int> refusedForAnotherPatella(InstanceGuard& guard, const QString& dataDir)
{
    switch (guard.claim()) {
    case InstanceGuard::Claim::Acquired:
        break;
    case InstanceGuard::Claim::RaisedOther:
        print(stderr,
              QApplication::translate("main",
                                      "Patella is already running with the data folder %1; "
                                      "its window has been brought to the front.\n")
                  .arg(dataDir));
        return exitcode::AlreadyRunning;
    case InstanceGuard::Claim::OtherUnreachable: {
        const QString text = QApplication::translate("main",
                                                     "Patella is already running with the data folder "
                                                     "%1. Switch to its window, or close it first.")
                                 .arg(dataDir);
        print(stderr, text + QLatin1Char('\n'));
        QMessageBox::information(nullptr, QApplication::translate("main", "Patella is already running"), text);
        return exitcode::AlreadyRunning;
    }
    case InstanceGuard::Claim::Failed:
        return refuse(QApplication::translate("main", "Patella cannot use its data folder"), guard.errorString(),
                      exitcode::DataDir);
    }
    return std::nullopt;
}

int runWindow(int argc, char* argv[], LaunchOptions options)
{
    QApplication app(argc, argv);
    FirstPaintProbe::mark("qapplication");
    nameApplication();
    QApplication::setDesktopFileName(QStringLiteral("org.patella.Patella"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/patella.svg")));

    // Only --demo makes a throwaway folder; one a crashed demo left behind goes now.
    DemoFolder::clearStale();
    std::unique_ptr<DemoFolder> demoDir;
    if (options.demo) {
        demoDir = std::make_unique<DemoFolder>();
        if (!demoDir->isValid())
            return refuse(QApplication::translate("main", "Patella cannot start"), demoDir->errorString(),
                          exitcode::DataDir);
        options.dataDir = demoDir->path();
    }

    if (const QString problem = CommandLine::prepareDataDir(options.dataDir); !problem.isEmpty())
        return refuse(QApplication::translate("main", "Patella cannot use its data folder"), problem,
                      exitcode::DataDir);

    InstanceGuard guard(options.dataDir);
    if (const std::optional<int> code = refusedForAnotherPatella(guard, options.dataDir))
        return *code;

    SystemClock clock;
    FirstPaintProbe::mark("instance");
    Application patella(options, clock);
    if (const int code = patella.start(); code != exitcode::Ok)
        return code;
    MainWindow* window = patella.window();
    QObject::connect(&guard, &InstanceGuard::raiseRequested, window, &MainWindow::bringToFront);
    FirstPaintProbe::installIfRequested(window);
    window->show();
    FirstPaintProbe::mark("shown");
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    FirstPaintProbe::mark("main");
    const CommandLineResult cli = readCommandLine(argc, argv);
    if (cli.action == CommandLineResult::Action::Exit) {
        print(cli.exitCode == exitcode::Ok ? stdout : stderr, cli.output);
        return cli.exitCode;
    }
    if (const std::optional<int> code = runCommand(argc, argv, cli.options))
        return *code;
    if (!displayAvailable()) {
        print(stderr,
              QCoreApplication::translate("main",
                                          "Patella's window needs a display, and none is set (DISPLAY and "
                                          "WAYLAND_DISPLAY are empty). Start it from a desktop session; "
                                          "`patella --check` works without one.\n"));
        return exitcode::NoDisplay;
    }
    return runWindow(argc, argv, cli.options);
}
