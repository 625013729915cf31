#include "app/csv/csvactions.h"

#include "app/csv/historyimportdialog.h"
#include "app/ui/appcontext.h"
#include "core/exchange/journalexport.h"
#include "core/exchange/journalimport.h"
#include "core/store/journalstore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace patella {

CsvActions::CsvActions(AppContext& context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
}

void CsvActions::addTo(QMenu* importMenu, QMenu* exportMenu)
{
    QAction* exportCsv = exportMenu->addAction(tr("&CSV…"), this, &CsvActions::chooseExportFolder);
    exportCsv->setObjectName(QStringLiteral("exportCsv"));
    QAction* importCsv = importMenu->addAction(tr("&Patella CSV…"), this, &CsvActions::chooseImportFolder);
    importCsv->setObjectName(QStringLiteral("importCsv"));
    QAction* history = importMenu->addAction(tr("&Running history (CSV)…"), this, &CsvActions::chooseHistoryFile);
    history->setObjectName(QStringLiteral("importHistoryCsv"));
}

void CsvActions::chooseExportFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(m_window, tr("Export the journal as CSV into"), QDir::homePath());
    if (!folder.isEmpty())
        exportTo(folder);
}

void CsvActions::chooseImportFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(m_window, tr("Import a Patella CSV folder"), QDir::homePath());
    if (!folder.isEmpty())
        importFrom(folder);
}

void CsvActions::chooseHistoryFile()
{
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Import a running history"), QDir::homePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        importHistoryFrom(file);
}

void CsvActions::exportTo(const QString& folder)
{
    auto exported = exchange::exportJournal(m_context.store, folder);
    if (!exported) {
        showResult(false, tr("Export failed"), tr("The journal could not be exported."), exported.error().text());
        return;
    }
    int rows = 0;
    QStringList lines;
    for (const exchange::ExportedFile& file : exported.value().files) {
        rows += file.rows;
        lines.append(tr("%1: %n row(s)", nullptr, file.rows).arg(file.fileName));
    }
    showResult(
        true, tr("Journal exported"),
        tr("%n record(s) written to %1, one CSV file per kind, with README.txt naming the columns.", nullptr, rows)
            .arg(QDir::toNativeSeparators(folder)),
        lines.join(QLatin1Char('\n')));
}

void CsvActions::importFrom(const QString& folder)
{
    auto imported = exchange::importJournal(m_context.store, folder, m_context.clock);
    if (!imported) {
        showResult(false, tr("Import failed"), tr("Nothing was imported."), imported.error().text());
        return;
    }
    const exchange::ImportSummary& summary = imported.value();
    if (!summary.written()) {
        QStringList problems;
        for (const exchange::FileProblem& problem : summary.refused)
            problems.append(problem.text());
        showResult(false, tr("Import refused"),
                   tr("Nothing was imported: %n file(s) have a mistake. Correct them and import the folder again.",
                      nullptr, int(summary.refused.size())),
                   problems.join(QLatin1Char('\n')));
        return;
    }
    QStringList lines;
    for (const exchange::ImportedFile& file : summary.files)
        lines.append(
            tr("%1: %2 added, %3 already in the journal").arg(file.fileName).arg(file.added).arg(file.skipped));
    for (const QString& ignored : summary.ignored)
        lines.append(tr("%1: not a Patella CSV file, ignored").arg(ignored));
    showResult(true, tr("Journal imported"),
               tr("%n record(s) added; %1 already in the journal.", nullptr, summary.added()).arg(summary.skipped()),
               lines.join(QLatin1Char('\n')));
}

void CsvActions::importHistoryFrom(const QString& file)
{
    auto* dialog = new HistoryImportDialog(m_context, file, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CsvActions::showResult(bool ok, const QString& title, const QString& text, const QString& details)
{
    auto* box
        = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("csvResult"));
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace patella
