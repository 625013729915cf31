#include "app/shell/application.h"
#include "app/shell/commandline.h"
#include "app/shell/instanceguard.h"
#include "app/shell/mainwindow.h"
#include "app/ui/firstpaintprobe.h"
#include "core/model/clock.h"

#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>

#include <cstdio>

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

} // namespace

int main(int argc, char* argv[])
{
    const CommandLineResult cli = readCommandLine(argc, argv);
    if (cli.action == CommandLineResult::Action::Exit) {
        print(cli.exitCode == exitcode::Ok ? stdout : stderr, cli.output);
        return cli.exitCode;
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setDesktopFileName(QStringLiteral("org.patella.Patella"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/patella.svg")));

    LaunchOptions options = cli.options;
    // The demo journal lives in a private throwaway folder: it never touches the runner's own journal.
    QTemporaryDir demoDir;
    if (options.demo) {
        if (!demoDir.isValid()) {
            print(stderr, demoDir.errorString() + QLatin1Char('\n'));
            return exitcode::DataDir;
        }
        options.dataDir = demoDir.path();
    }

    if (const QString problem = CommandLine::prepareDataDir(options.dataDir); !problem.isEmpty()) {
        print(stderr, problem + QLatin1Char('\n'));
        return exitcode::DataDir;
    }

    InstanceGuard guard(options.dataDir);
    switch (guard.claim()) {
    case InstanceGuard::Claim::Acquired:
        break;
    case InstanceGuard::Claim::RaisedOther:
        print(stderr,
              QApplication::translate("main",
                                      "Patella is already running with the data folder %1; "
                                      "its window has been brought to the front.\n")
                  .arg(options.dataDir));
        return exitcode::AlreadyRunning;
    case InstanceGuard::Claim::OtherUnreachable: {
        const QString text = QApplication::translate("main",
                                                     "Patella is already running with the data folder "
                                                     "%1. Switch to its window, or close it first.")
                                 .arg(options.dataDir);
        print(stderr, text + QLatin1Char('\n'));
        QMessageBox::information(nullptr, QApplication::translate("main", "Patella is already running"), text);
        return exitcode::AlreadyRunning;
    }
    case InstanceGuard::Claim::Failed:
        print(stderr, guard.errorString() + QLatin1Char('\n'));
        return exitcode::DataDir;
    }

    SystemClock clock;
    Application patella(options, clock);
    if (const int code = patella.start(); code != exitcode::Ok)
        return code;
    MainWindow* window = patella.window();
    QObject::connect(&guard, &InstanceGuard::raiseRequested, window, &MainWindow::bringToFront);
    FirstPaintProbe::installIfRequested(window);
    window->show();
    return QApplication::exec();
}
