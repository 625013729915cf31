#include "app/shell/commandline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <utility>

namespace patella {

CommandLineResult CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Patella: a recovery companion for runners with runner's knee.\n"
           "Exit codes: 0 ok, 64 bad usage, 69 no display for the window, 70 damaged catalog, 73 data folder "
           "unusable, 74 journal unreadable or (--check) not sound, 75 already running on this data folder; "
           "--export-csv, --import-csv and --import-programme: 65 a file was refused (nothing written), 66 nothing "
           "to read; --import: 65 a file could not be read (the others were imported); --report: 66 no journal, 73 "
           "the PDF not written."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringList {QStringLiteral("data-dir")},
                                           tr("Keep the journal in <dir> instead of the standard data folder."),
                                           tr("dir"));
    const QCommandLineOption demoOption(QStringList {QStringLiteral("demo")},
                                        tr("Open a throwaway journal filled with twelve weeks of example data."));
    const QCommandLineOption checkOption(
        QStringList {QStringLiteral("check")},
        tr("Check the journal and every backup (PRAGMA integrity_check), one line each; opens them read-only and "
           "writes nothing. Exit code 0 when the journal is sound, 74 when it is not."));
    const QCommandLineOption exportCsvOption(QStringList {QStringLiteral("export-csv")},
                                             tr("Write the journal as CSV files (one per record kind, with "
                                                "README.txt) into <dir>, then exit."),
                                             tr("dir"));
    const QCommandLineOption importCsvOption(QStringList {QStringLiteral("import-csv")},
                                             tr("Read a folder written by --export-csv into the journal, adding "
                                                "only what it does not hold yet, then exit."),
                                             tr("dir"));
    const QCommandLineOption importProgrammeOption(
        QStringList {QStringLiteral("import-programme")},
        tr("Import a programme file (routines and exercises, e.g. from your physiotherapist) into the journal "
           "and exit. Exit code 65 when the file is refused; nothing is written then."),
        tr("file"));
    const QCommandLineOption importOption(
        QStringList {QStringLiteral("import")},
        tr("Import the runs in the GPX, TCX or FIT files given after the options into the journal, without a "
           "window, and exit."));
    const QCommandLineOption jsonOption(QStringList {QStringLiteral("json")},
                                        tr("With --import: print one JSON object per activity."));
    parser.addOption(dataDirOption);
    parser.addOption(demoOption);
    parser.addOption(exportCsvOption);
    parser.addOption(importCsvOption);
    parser.addOption(checkOption);
    parser.addOption(importProgrammeOption);
    parser.addOption(importOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("files"), tr("With --import: the activity files."),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption reportOption(QStringList {QStringLiteral("report")},
                                          tr("Write the physiotherapist's report to <file> (PDF) and exit."),
                                          tr("file"));
    const QCommandLineOption weeksOption(QStringList {QStringLiteral("weeks")},
                                         tr("With --report: the last <n> weeks (1-520, default 12), or \"start\" "
                                            "for since the programme started."),
                                         tr("n"));
    const QCommandLineOption nameOption(QStringList {QStringLiteral("name")},
                                        tr("With --report: the name printed on the report."), tr("text"));
    const QCommandLineOption endOption(QStringList {QStringLiteral("end")},
                                       tr("With --report: the report's last day, YYYY-MM-DD (default today)."),
                                       tr("date"));
    parser.addOptions({reportOption, weeksOption, nameOption, endOption});

    CommandLineResult result;
    if (!parser.parse(arguments)) {
        result.action = CommandLineResult::Action::Exit;
        result.exitCode = exitcode::Usage;
        result.output = parser.errorText() + QLatin1Char('\n');
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.action = CommandLineResult::Action::Exit;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = CommandLineResult::Action::Exit;
        result.output = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
            + QLatin1Char('\n');
        return result;
    }
    result.options.import = parser.isSet(importOption);
    result.options.json = parser.isSet(jsonOption);
    if (result.options.import) {
        result.options.importFiles = parser.positionalArguments();
        if (result.options.importFiles.isEmpty() || parser.isSet(demoOption)) {
            result.action = CommandLineResult::Action::Exit;
            result.exitCode = exitcode::Usage;
            result.output = (parser.isSet(demoOption) ? tr("--import does not work with --demo.")
                                                      : tr("--import: name at least one file to import."))
                + QLatin1Char('\n');
            return result;
        }
    } else if (result.options.json) {
        result.action = CommandLineResult::Action::Exit;
        result.exitCode = exitcode::Usage;
        result.output = tr("--json only goes with --import.") + QLatin1Char('\n');
        return result;
    } else if (!parser.positionalArguments().isEmpty()) {
        result.action = CommandLineResult::Action::Exit;
        result.exitCode = exitcode::Usage;
        result.output
            = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()) + QLatin1Char('\n');
        return result;
    }

    result.options.demo = parser.isSet(demoOption);
    result.options.check = parser.isSet(checkOption);
    for (const auto& [option, target] : {std::pair {&exportCsvOption, &result.options.exportCsv},
                                         std::pair {&importCsvOption, &result.options.importCsv}}) {
        if (!parser.isSet(*option))
            continue;
        const QString dir = parser.value(*option);
        if (dir.trimmed().isEmpty()) {
            result.action = CommandLineResult::Action::Exit;
            result.exitCode = exitcode::Usage;
            result.output = tr("--%1: the folder name is empty.").arg(option->names().constFirst()) + QLatin1Char('\n');
            return result;
        }
        *target = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    }
    if (!result.options.exportCsv.isEmpty() && !result.options.importCsv.isEmpty()) {
        result.action = CommandLineResult::Action::Exit;
        result.exitCode = exitcode::Usage;
        result.output = tr("--export-csv and --import-csv cannot be given together.") + QLatin1Char('\n');
        return result;
    }
    if (parser.isSet(importProgrammeOption)) {
        const QString file = parser.value(importProgrammeOption);
        const QString problem = file.trimmed().isEmpty() ? tr("--import-programme: the file name is empty.")
            : !result.options.exportCsv.isEmpty() || !result.options.importCsv.isEmpty()
            ? tr("--import-programme cannot be given with --export-csv or --import-csv.")
            : QString();
        if (!problem.isEmpty()) {
            result.action = CommandLineResult::Action::Exit;
            result.exitCode = exitcode::Usage;
            result.output = problem + QLatin1Char('\n');
            return result;
        }
        result.options.importProgramme = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
    }
    if (result.options.import
        && (result.options.check || !result.options.exportCsv.isEmpty() || !result.options.importCsv.isEmpty()
            || !result.options.importProgramme.isEmpty())) {
        result.action = CommandLineResult::Action::Exit;
        result.exitCode = exitcode::Usage;
        result.output
            = tr("--import goes with no other command (--check, --export-csv, --import-csv, --import-programme).")
            + QLatin1Char('\n');
        return result;
    }
    if (parser.isSet(reportOption) || parser.isSet(weeksOption) || parser.isSet(nameOption)
        || parser.isSet(endOption)) {
        const auto refuse = [&result](const QString& text) {
            result.action = CommandLineResult::Action::Exit;
            result.exitCode = exitcode::Usage;
            result.output = text + QLatin1Char('\n');
            return result;
        };
        if (!parser.isSet(reportOption) || parser.value(reportOption).trimmed().isEmpty())
            return refuse(tr("--report: the PDF file name is missing."));
        cli::ReportRequest report;
        report.file = QDir::cleanPath(QFileInfo(parser.value(reportOption)).absoluteFilePath());
        report.name = parser.value(nameOption);
        if (parser.isSet(weeksOption)) {
            report.weeks = cli::ReportCommand::parseWeeks(parser.value(weeksOption));
            if (report.weeks < 0)
                return refuse(tr("--weeks: \"%1\" is not a number of weeks from 1 to 520, nor \"start\".")
                                  .arg(parser.value(weeksOption)));
        }
        if (parser.isSet(endOption)) {
            report.end = QDate::fromString(parser.value(endOption), Qt::ISODate);
            if (!report.end.isValid())
                return refuse(tr("--end: \"%1\" is not a date like 2026-03-16.").arg(parser.value(endOption)));
        }
        if (result.options.check || !result.options.exportCsv.isEmpty() || !result.options.importCsv.isEmpty()
            || !result.options.importProgramme.isEmpty() || result.options.import)
            return refuse(tr("--report cannot be given together with --check, --export-csv, --import-csv, --import or "
                             "--import-programme."));
        report.demo = result.options.demo;
        result.options.report = report;
    }
    if (parser.isSet(dataDirOption)) {
        const QString dir = parser.value(dataDirOption);
        if (dir.trimmed().isEmpty()) {
            result.action = CommandLineResult::Action::Exit;
            result.exitCode = exitcode::Usage;
            result.output = tr("--data-dir: the folder name is empty.") + QLatin1Char('\n');
            return result;
        }
        // Bytes that are not UTF-8 arrive as U+FFFD: that name would be another folder than the one typed.
        if (dir.contains(QChar::ReplacementCharacter)) {
            result.action = CommandLineResult::Action::Exit;
            result.exitCode = exitcode::Usage;
            result.output = tr("--data-dir: the folder name is not valid UTF-8 text, so Patella cannot name that "
                               "folder. Rename it, or choose another one.")
                + QLatin1Char('\n');
            return result;
        }
        result.options.dataDir = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    } else {
        result.options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    return result;
}

QString CommandLine::prepareDataDir(const QString& path)
{
    if (QFile::encodeName(path).size() > kMaxDataDirBytes)
        return tr("The data folder %1 is too long (%2 bytes; SQLite takes file names of at most 512 bytes, and the "
                  "backups add up to %3 more). Choose a shorter folder; nothing was created.")
            .arg(path)
            .arg(QFile::encodeName(path).size())
            .arg(512 - kMaxDataDirBytes);
    QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return tr("The data folder %1 is a file, not a folder.").arg(path);
    if (!info.exists()) {
        // Created private: the journal is health data.
        QDir parent = QDir::root();
        if (!parent.mkpath(path))
            return tr("The data folder %1 cannot be created. Check the permissions of its parent folder.").arg(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // Probe with a real file: directory permission bits do not tell the whole story (read-only mounts, ACLs).
    QTemporaryFile probe(QDir(path).filePath(QStringLiteral(".patella-write-check-XXXXXX")));
    if (!probe.open())
        return tr("The data folder %1 cannot be written: %2").arg(path, probe.errorString());
    return {};
}

} // namespace patella
