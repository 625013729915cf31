#include "app/shell/commandline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <utility>

namespace patella {

// The options --help lists, each with its text. Declared once, read by parse() and the read functions.
struct CommandLine::Declared
{
    const QCommandLineOption dataDirOption {
        QStringList {QStringLiteral("data-dir")},
        CommandLine::tr("Keep the journal in <dir> instead of the standard data folder."), CommandLine::tr("dir")};
    const QCommandLineOption demoOption {
        QStringList {QStringLiteral("demo")},
        CommandLine::tr("Open a throwaway journal filled with twelve weeks of example data.")};
    const QCommandLineOption checkOption {
        QStringList {QStringLiteral("check")},
        CommandLine::tr(
            "Check the journal and every backup (PRAGMA integrity_check), one line each; opens them read-only and "
            "writes nothing. Exit code 0 when the journal is sound, 74 when it is not.")};
    const QCommandLineOption exportCsvOption {
        QStringList {QStringLiteral("export-csv")},
        CommandLine::tr("Write the journal as CSV files (one per record kind, with "
                        "README.txt) into <dir>, then exit."),
        CommandLine::tr("dir")};
    const QCommandLineOption importCsvOption {
        QStringList {QStringLiteral("import-csv")},
        CommandLine::tr("Read a folder written by --export-csv into the journal, adding "
                        "only what it does not hold yet, then exit."),
        CommandLine::tr("dir")};
    const QCommandLineOption importProgrammeOption {
        QStringList {QStringLiteral("import-programme")},
        CommandLine::tr(
            "Import a programme file (routines and exercises, e.g. from your physiotherapist) into the journal "
            "and exit. Exit code 65 when the file is refused; nothing is written then."),
        CommandLine::tr("file")};
    const QCommandLineOption importOption {
        QStringList {QStringLiteral("import")},
        CommandLine::tr(
            "Import the runs in the GPX, TCX or FIT files given after the options into the journal, without a "
            "window, and exit.")};
    const QCommandLineOption jsonOption {QStringList {QStringLiteral("json")},
                                         CommandLine::tr("With --import: print one JSON object per activity.")};
    const QCommandLineOption reportOption {
        QStringList {QStringLiteral("report")},
        CommandLine::tr("Write the physiotherapist's report to <file> (PDF) and exit."), CommandLine::tr("file")};
    const QCommandLineOption weeksOption {
        QStringList {QStringLiteral("weeks")},
        CommandLine::tr("With --report: the last <n> weeks (1-520, default 12), or \"start\" "
                        "for since the programme started."),
        CommandLine::tr("n")};
    const QCommandLineOption nameOption {QStringList {QStringLiteral("name")},
                                         CommandLine::tr("With --report: the name printed on the report."),
                                         CommandLine::tr("text")};
    const QCommandLineOption endOption {
        QStringList {QStringLiteral("end")},
        CommandLine::tr("With --report: the report's last day, YYYY-MM-DD (default today)."), CommandLine::tr("date")};
};

namespace {

// An exit with the usage code and the text (a line) on stderr.
CommandLineResult usageError(const QString& text)
{
    CommandLineResult result;
    result.action = CommandLineResult::Action::Exit;
    result.exitCode = exitcode::Usage;
    result.output = text + QLatin1Char('\n');
    return result;
}

QString absolute(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

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
    const Declared o;
    parser.addOptions({o.dataDirOption, o.demoOption, o.exportCsvOption, o.importCsvOption, o.checkOption,
                       o.importProgrammeOption, o.importOption, o.jsonOption});
    parser.addPositionalArgument(QStringLiteral("files"), tr("With --import: the activity files."),
                                 QStringLiteral("[FILE...]"));
    parser.addOptions({o.reportOption, o.weeksOption, o.nameOption, o.endOption});

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    CommandLineResult result;
    if (parser.isSet(helpOption) || parser.isSet(versionOption)) {
        result.action = CommandLineResult::Action::Exit;
        result.output = parser.isSet(helpOption) ? parser.helpText()
                                                 : QCoreApplication::applicationName() + QLatin1Char(' ')
                + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return result;
    }
    result.options.demo = parser.isSet(o.demoOption);
    result.options.check = parser.isSet(o.checkOption);
    for (const auto read :
         {&CommandLine::readImport, &CommandLine::readFolders, &CommandLine::readReport, &CommandLine::readDataDir}) {
        if (const QString problem = read(parser, o, result.options); !problem.isEmpty())
            return usageError(problem);
    }
    return result;
}

QString CommandLine::readImport(const QCommandLineParser& parser, const Declared& o, LaunchOptions& out)
{
    out.import = parser.isSet(o.importOption);
    out.json = parser.isSet(o.jsonOption);
    if (out.import) {
        out.importFiles = parser.positionalArguments();
        if (parser.isSet(o.demoOption))
            return tr("--import does not work with --demo.");
        if (out.importFiles.isEmpty())
            return tr("--import: name at least one file to import.");
    } else if (out.json) {
        return tr("--json only goes with --import.");
    } else if (!parser.positionalArguments().isEmpty()) {
        return tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
    }
    return {};
}

QString CommandLine::readFolders(const QCommandLineParser& parser, const Declared& o, LaunchOptions& out)
{
    for (const auto& [option, target] :
         {std::pair {&o.exportCsvOption, &out.exportCsv}, std::pair {&o.importCsvOption, &out.importCsv}}) {
        if (!parser.isSet(*option))
            continue;
        const QString dir = parser.value(*option);
        if (dir.trimmed().isEmpty())
            return tr("--%1: the folder name is empty.").arg(option->names().constFirst());
        *target = absolute(dir);
    }
    if (!out.exportCsv.isEmpty() && !out.importCsv.isEmpty())
        return tr("--export-csv and --import-csv cannot be given together.");
    if (parser.isSet(o.importProgrammeOption)) {
        const QString file = parser.value(o.importProgrammeOption);
        if (file.trimmed().isEmpty())
            return tr("--import-programme: the file name is empty.");
        if (!out.exportCsv.isEmpty() || !out.importCsv.isEmpty())
            return tr("--import-programme cannot be given with --export-csv or --import-csv.");
        out.importProgramme = absolute(file);
    }
    if (out.import
        && (out.check || !out.exportCsv.isEmpty() || !out.importCsv.isEmpty() || !out.importProgramme.isEmpty()))
        return tr("--import goes with no other command (--check, --export-csv, --import-csv, --import-programme).");
    return {};
}

QString CommandLine::readReport(const QCommandLineParser& parser, const Declared& o, LaunchOptions& out)
{
    if (!parser.isSet(o.reportOption) && !parser.isSet(o.weeksOption) && !parser.isSet(o.nameOption)
        && !parser.isSet(o.endOption))
        return {};
    if (!parser.isSet(o.reportOption) || parser.value(o.reportOption).trimmed().isEmpty())
        return tr("--report: the PDF file name is missing.");
    cli::ReportRequest report;
    report.file = absolute(parser.value(o.reportOption));
    report.name = parser.value(o.nameOption);
    if (parser.isSet(o.weeksOption)) {
        report.weeks = cli::ReportCommand::parseWeeks(parser.value(o.weeksOption));
        if (report.weeks < 0)
            return tr("--weeks: \"%1\" is not a number of weeks from 1 to 520, nor \"start\".")
                .arg(parser.value(o.weeksOption));
    }
    if (parser.isSet(o.endOption)) {
        report.end = QDate::fromString(parser.value(o.endOption), Qt::ISODate);
        if (!report.end.isValid())
            return tr("--end: \"%1\" is not a date like 2026-03-16.").arg(parser.value(o.endOption));
    }
    if (out.check || !out.exportCsv.isEmpty() || !out.importCsv.isEmpty() || !out.importProgramme.isEmpty()
        || out.import)
        return tr("--report cannot be given together with --check, --export-csv, --import-csv, --import or "
                  "--import-programme.");
    report.demo = out.demo;
    out.report = report;
    return {};
}

QString CommandLine::readDataDir(const QCommandLineParser& parser, const Declared& o, LaunchOptions& out)
{
    if (!parser.isSet(o.dataDirOption)) {
        out.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        return {};
    }
    const QString dir = parser.value(o.dataDirOption);
    if (dir.trimmed().isEmpty())
        return tr("--data-dir: the folder name is empty.");
    // Bytes that are not UTF-8 arrive as U+FFFD: that name would be another folder than the one typed.
    if (dir.contains(QChar::ReplacementCharacter))
        return tr("--data-dir: the folder name is not valid UTF-8 text, so Patella cannot name that "
                  "folder. Rename it, or choose another one.");
    out.dataDir = absolute(dir);
    return {};
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
