#include "app/shell/programmemenu.h"

#include "app/ui/exerciseimage.h"
#include "core/catalog/programmefile.h"
#include "core/store/customcatalog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace patella {
namespace {

QString bulleted(const QStringList& lines)
{
    QString text;
    for (const QString& line : lines)
        text += QStringLiteral("• ") + line + QLatin1Char('\n');
    return text;
}

} // namespace

ProgrammeMenu::ProgrammeMenu(CustomCatalog& custom, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_custom(custom)
    , m_window(window)
{
}

void ProgrammeMenu::addTo(QMenu* importMenu, QMenu* exportMenu)
{
    QAction* importAction = importMenu->addAction(tr("Pro&gramme…"), this, &ProgrammeMenu::importProgramme);
    importAction->setObjectName(QStringLiteral("importProgramme"));
    QAction* exportAction = exportMenu->addAction(tr("&Routine…"), this, &ProgrammeMenu::exportRoutines);
    exportAction->setObjectName(QStringLiteral("exportRoutine"));
}

void ProgrammeMenu::importProgramme()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import programme"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Patella programme (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ProgrammeMenu::importFile(const QString& path, bool confirm)
{
    const Result<ProgrammeFile> read = readProgrammeFile(path, m_custom.builtIn(), &exerciseimage::decodeProblem);
    if (!read) {
        m_lastMessage
            = tr("This programme cannot be imported, and nothing was changed.\n\n%1").arg(read.error().text());
        if (confirm)
            QMessageBox::warning(m_window, tr("Import programme"), m_lastMessage);
        return false;
    }
    const ProgrammeFile& programme = read.value();
    const CustomCatalog::ImportPreview preview = m_custom.preview(programme);
    QString summary;
    if (!programme.title.isEmpty())
        summary += programme.title + QLatin1Char('\n');
    if (!programme.author.isEmpty())
        summary += tr("From %1").arg(programme.author) + QLatin1Char('\n');
    if (programme.reviewDate)
        summary += tr("Review on %1").arg(QLocale().toString(*programme.reviewDate, QLocale::LongFormat))
            + QLatin1Char('\n');
    if (!programme.note.isEmpty())
        summary += QLatin1Char('\n') + programme.note + QLatin1Char('\n');
    QString details;
    if (!preview.addedRoutines.isEmpty())
        details += tr("New routines:") + QLatin1Char('\n') + bulleted(preview.addedRoutines);
    if (!preview.replacedRoutines.isEmpty())
        details += tr("Routines replaced:") + QLatin1Char('\n') + bulleted(preview.replacedRoutines);
    if (!preview.addedExercises.isEmpty())
        details += tr("New exercises:") + QLatin1Char('\n') + bulleted(preview.addedExercises);
    if (!preview.replacedExercises.isEmpty())
        details += tr("Exercises replaced:") + QLatin1Char('\n') + bulleted(preview.replacedExercises);
    m_lastMessage = summary + QLatin1Char('\n') + details;
    if (confirm) {
        QMessageBox box(QMessageBox::Question, tr("Import programme"), tr("Import %1?").arg(QFileInfo(path).fileName()),
                        QMessageBox::Cancel, m_window);
        box.setInformativeText(m_lastMessage);
        QPushButton* import = box.addButton(tr("Import"), QMessageBox::AcceptRole);
        box.setDefaultButton(import);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton*>(import))
            return false;
    }
    const Result<qint64> imported = m_custom.importProgramme(programme, QFileInfo(path).fileName());
    if (!imported) {
        m_lastMessage
            = tr("The programme could not be imported, and nothing was changed.\n\n%1").arg(imported.error().text());
        if (confirm)
            QMessageBox::warning(m_window, tr("Import programme"), m_lastMessage);
        return false;
    }
    return true;
}

void ProgrammeMenu::exportRoutines()
{
    QStringList names;
    QStringList ids;
    for (const Routine& routine : m_custom.catalog().routines()) {
        if (routine.retired)
            continue;
        names.append(routine.isCustom() ? tr("%1 (yours)").arg(routine.name) : routine.name);
        ids.append(routine.id);
    }
    bool chosen = false;
    const QString name
        = QInputDialog::getItem(m_window, tr("Export routine"), tr("Routine to export:"), names, 0, false, &chosen);
    if (!chosen)
        return;
    const QString id = ids.value(names.indexOf(name));
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export routine"),
                                       QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                           .filePath(id + QStringLiteral(".json")),
                                       tr("Patella programme (*.json)"));
    if (path.isEmpty())
        return;
    if (!exportRoutine(id, path))
        QMessageBox::warning(m_window, tr("Export routine"), m_lastMessage);
}

bool ProgrammeMenu::exportRoutine(const QString& routineId, const QString& path)
{
    const Result<ProgrammeFile> programme = m_custom.exportRoutines({routineId});
    if (!programme) {
        m_lastMessage = programme.error().text();
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = writeProgramme(programme.value());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_lastMessage = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_lastMessage = tr("Saved %1.").arg(QDir::toNativeSeparators(path));
    return true;
}

} // namespace patella
