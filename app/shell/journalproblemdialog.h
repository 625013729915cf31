#pragma once

#include "core/store/storetypes.h"

#include <QDialog>

namespace patella {

// Shown when the journal cannot be opened. Says what is wrong with which file, touches nothing, and offers
// the ways out that fit: restore a backup (only for a damaged, empty or half-upgraded journal, never for one
// that is merely busy, full or newer), try again (busy, full, folder), start a new journal in another file,
// or quit.
class JournalProblemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalProblemDialog)

public:
    enum class Choice
    {
        Quit,
        RestoreBackup,
        NewJournal,
        Retry,
    };

    JournalProblemDialog(const QString& path, OpenFailure failure, const QString& detail,
                         const QList<BackupInfo>& backups, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QString backupPath() const { return m_backup; }

    static QString explain(OpenFailure failure);
    static bool offersRestore(OpenFailure failure);
    static bool offersRetry(OpenFailure failure);

private:
    Choice m_choice = Choice::Quit;
    QString m_backup;
};

} // namespace patella
