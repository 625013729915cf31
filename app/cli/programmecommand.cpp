#include "app/cli/programmecommand.h"

#include "app/ui/exerciseimage.h"
#include "core/catalog/catalog.h"
#include "core/catalog/programmefile.h"
#include "core/store/customcatalog.h"
#include "core/store/journalstore.h"

#include <QDir>
#include <QFileInfo>

namespace patella::cli {
namespace {

QString line(const QString& text)
{
    return text + QLatin1Char('\n');
}

QString listed(const QStringList& names)
{
    QString text;
    for (const QString& name : names)
        text += QStringLiteral("  ") + line(name);
    return text;
}

} // namespace

CommandOutput ProgrammeCommand::importProgramme(const QString& journalPath, const QString& file, const Clock& clock)
{
    CommandOutput output;
    const QString shown = QDir::toNativeSeparators(file);
    if (const QFileInfo info(file); !info.isFile() || !info.isReadable()) {
        output.exitCode = programmeexit::NoInput;
        output.err = line(tr("%1: there is no readable file of that name.").arg(shown));
        return output;
    }
    Result<Catalog> builtIn
        = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), &Catalog::illustrationResourceExists);
    if (!builtIn) {
        output.exitCode = programmeexit::Software;
        output.err = line(builtIn.error().text());
        return output;
    }
    // The file is read and checked whole before the journal is even opened: a refused file writes nothing.
    const Result<ProgrammeFile> programme = readProgrammeFile(file, builtIn.value(), &exerciseimage::decodeProblem);
    if (!programme) {
        output.exitCode = programmeexit::Refused;
        output.err = line(tr("Refused, nothing was imported: %1").arg(programme.error().text()));
        return output;
    }

    const bool existed = QFileInfo::exists(journalPath);
    JournalStore store(clock);
    if (const Result<void> opened = store.open(journalPath); !opened) {
        output.exitCode = programmeexit::Journal;
        output.err = line(opened.error().text());
        return output;
    }
    if (existed) {
        // The programme may replace routines: a copy of the journal as it was comes first.
        if (auto backup = store.backupIfDue(); !backup) {
            output.exitCode = programmeexit::Journal;
            output.err = line(backup.error().text());
            return output;
        }
    }
    CustomCatalog custom(builtIn.value(), store);
    if (const Result<void> loaded = custom.reload(); !loaded) {
        output.exitCode = programmeexit::Journal;
        output.err = line(loaded.error().text());
        return output;
    }
    const CustomCatalog::ImportPreview preview = custom.preview(programme.value());
    if (const Result<qint64> imported = custom.importProgramme(programme.value(), QFileInfo(file).fileName());
        !imported) {
        output.exitCode = programmeexit::Refused;
        output.err = line(tr("Refused, nothing was imported: %1").arg(imported.error().text()));
        return output;
    }
    const ProgrammeFile& p = programme.value();
    QString text = tr("Imported %1 into %2.").arg(shown, QDir::toNativeSeparators(store.path()));
    if (!p.author.isEmpty())
        text += QLatin1Char(' ') + tr("Programme by %1.").arg(p.author);
    if (p.reviewDate)
        text += QLatin1Char(' ') + tr("Review on %1.").arg(p.reviewDate->toString(Qt::ISODate));
    output.out = line(text);
    if (!preview.addedRoutines.isEmpty())
        output.out += line(tr("New routines (%1):").arg(preview.addedRoutines.size())) + listed(preview.addedRoutines);
    if (!preview.replacedRoutines.isEmpty())
        output.out += line(tr("Routines replaced (%1):").arg(preview.replacedRoutines.size()))
            + listed(preview.replacedRoutines);
    if (!preview.addedExercises.isEmpty())
        output.out
            += line(tr("New exercises (%1):").arg(preview.addedExercises.size())) + listed(preview.addedExercises);
    if (!preview.replacedExercises.isEmpty())
        output.out += line(tr("Exercises replaced (%1):").arg(preview.replacedExercises.size()))
            + listed(preview.replacedExercises);
    return output;
}

} // namespace patella::cli
