#include "app/cli/csvcommands.h"

#include "core/exchange/journalexport.h"
#include "core/exchange/journalimport.h"
#include "core/store/journalstore.h"

#include <QDir>
#include <QFileInfo>

namespace patella::cli {
namespace {

QString line(const QString& text)
{
    return text + QLatin1Char('\n');
}

} // namespace

CommandOutput CsvCommands::exportCsv(const QString& journalPath, const QString& folder, const Clock& clock)
{
    CommandOutput output;
    if (!QFileInfo::exists(journalPath)) {
        output.exitCode = csvexit::NoInput;
        output.err = line(tr("There is no journal at %1 to export.").arg(QDir::toNativeSeparators(journalPath)));
        return output;
    }
    JournalStore store(clock);
    if (auto opened = store.open(journalPath); !opened) {
        output.exitCode = csvexit::Journal;
        output.err = line(opened.error().text());
        return output;
    }
    auto exported = exchange::exportJournal(store, folder);
    if (!exported) {
        output.exitCode = csvexit::CantCreate;
        output.err = line(exported.error().text());
        return output;
    }
    int rows = 0;
    QString files;
    for (const exchange::ExportedFile& file : exported.value().files) {
        rows += file.rows;
        files += line(tr("  %1: %n row(s)", nullptr, file.rows).arg(file.fileName));
    }
    output.out = line(tr("Exported %n record(s) to %1:", nullptr, rows).arg(QDir::toNativeSeparators(folder))) + files
        + line(tr("  README.txt names every column."));
    return output;
}

CommandOutput CsvCommands::importCsv(const QString& journalPath, const QString& folder, const Clock& clock)
{
    CommandOutput output;
    const bool existed = QFileInfo::exists(journalPath);
    JournalStore store(clock);
    if (auto opened = store.open(journalPath); !opened) {
        output.exitCode = csvexit::Journal;
        output.err = line(opened.error().text());
        return output;
    }
    if (existed) {
        // A copy of the journal as it was, in case the import was not what the runner meant.
        if (auto backup = store.backupIfDue(); !backup) {
            output.exitCode = csvexit::Journal;
            output.err = line(backup.error().text());
            return output;
        }
    }
    auto imported = exchange::importJournal(store, folder, clock);
    if (!imported) {
        // The folder's own problems name the folder; anything else is the journal's.
        const bool folderProblem = imported.error().field == QDir::toNativeSeparators(folder);
        output.exitCode = folderProblem ? csvexit::NoInput : csvexit::Journal;
        output.err = line(imported.error().text());
        return output;
    }
    const exchange::ImportSummary& summary = imported.value();
    if (!summary.written()) {
        output.exitCode = csvexit::Refused;
        for (const exchange::FileProblem& problem : summary.refused)
            output.err += line(tr("Refused %1").arg(problem.text()));
        output.err += line(tr("Nothing was imported: correct the file and import the folder again."));
        return output;
    }
    QString files;
    for (const exchange::ImportedFile& file : summary.files)
        files += line(
            tr("  %1: %2 added, %3 already in the journal").arg(file.fileName).arg(file.added).arg(file.skipped));
    output.out = line(tr("Imported %n record(s) from %1 into %2:", nullptr, summary.added())
                          .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(journalPath)))
        + files;
    for (const QString& ignored : summary.ignored)
        output.out += line(tr("  %1: not a Patella CSV file, ignored").arg(ignored));
    return output;
}

} // namespace patella::cli
