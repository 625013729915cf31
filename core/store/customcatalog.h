#pragma once

#include "core/catalog/catalog.h"
#include "core/catalog/programmefile.h"
#include "core/model/result.h"
#include "core/store/customcontent.h"

#include <QObject>
#include <QStringList>

namespace patella {

class JournalStore;

// The catalog the app shows and plays: Patella's built-in one merged with the runner's own exercises and
// routines and the imported programmes, all kept in the journal. Every write is checked here first
// (customroutines.h), then stored in one transaction, then the merged catalog is rebuilt and changed()
// is emitted. catalog() stays the same object for the app's lifetime; look entries up again after
// changed() (pointers into it do not survive a rebuild).
class CustomCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomCatalog)

public:
    CustomCatalog(const Catalog& builtIn, JournalStore& store, QObject* parent = nullptr);
    ~CustomCatalog() override;

    Result<void> reload();
    const Catalog& catalog() const { return m_merged; }
    const Catalog& builtIn() const { return m_builtIn; }
    const QList<ProgrammeInfo>& programmes() const { return m_programmes; }
    const ProgrammeInfo* programme(qint64 id) const;

    // New entries: give an empty id and one is made from the name. Returns the id.
    Result<QString> saveExercise(Exercise exercise, const ProgrammeImage& image = {});
    Result<QString> saveRoutine(Routine routine);
    // Deleting keeps the entry for the history (the journal's sessions still name it) and hides it;
    // restore() undoes it. An exercise still used by one of your routines is not deleted.
    Result<void> remove(const QString& id);
    Result<void> restore(const QString& id);

    // What an import would do, by name, before anything is written.
    struct ImportPreview
    {
        QStringList addedRoutines;
        QStringList replacedRoutines; // "new name (replaces old name)"
        QStringList addedExercises;
        QStringList replacedExercises;
    };
    ImportPreview preview(const ProgrammeFile& programme) const;
    Result<qint64> importProgramme(const ProgrammeFile& programme, const QString& fileName);

    // A programme file holding these routines and every custom exercise they use, pictures included.
    Result<ProgrammeFile> exportRoutines(const QStringList& routineIds) const;

signals:
    void changed();

private:
    const Catalog& m_builtIn;
    JournalStore& m_store;
    Catalog m_merged;
    QList<ProgrammeInfo> m_programmes;
};

} // namespace patella
