#include "app/shell/journalproblemdialog.h"

#include "app/ui/formatting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStorageInfo>
#include <QVBoxLayout>

namespace patella {

QString JournalProblemDialog::explain(OpenFailure failure)
{
    switch (failure) {
    case OpenFailure::NewerVersion:
        return tr("This journal was written by a newer version of Patella. It has not been changed; open it with "
                  "that version, or update Patella.");
    case OpenFailure::Corrupt:
        return tr("This file is not a Patella journal, or it is damaged. It has been left exactly as it was.");
    case OpenFailure::Empty:
        return tr("The journal file is empty, but backups of it exist. Restore the newest one to get your entries "
                  "back.");
    case OpenFailure::Busy:
        return tr("The journal is in use by another program. Nothing is wrong with it: close that program, then "
                  "try again.");
    case OpenFailure::DiskFull:
        return tr("The disk is full. Free some space, then try again; the journal has not been changed.");
    case OpenFailure::FolderUnusable:
        return tr("The journal can be read, but its folder does not accept the files Patella keeps beside it. "
                  "Check the folder, then try again.");
    case OpenFailure::AccessDenied:
        return tr("The journal cannot be read or written with your permissions.");
    case OpenFailure::InvalidPath:
        return tr("The journal's path is too long or cannot be used as a file name. Choose a shorter data folder.");
    case OpenFailure::MigrationFailed:
        return tr("Updating the journal to this version of Patella failed and was rolled back; a copy taken "
                  "before the update is among the backups.");
    case OpenFailure::None:
    case OpenFailure::NotOpen:
        break;
    }
    return tr("The journal could not be opened.");
}

bool JournalProblemDialog::offersRestore(OpenFailure failure)
{
    return failure == OpenFailure::Corrupt || failure == OpenFailure::Empty || failure == OpenFailure::MigrationFailed;
}

bool JournalProblemDialog::offersRetry(OpenFailure failure)
{
    return failure == OpenFailure::Busy || failure == OpenFailure::DiskFull || failure == OpenFailure::FolderUnusable
        || failure == OpenFailure::AccessDenied;
}

JournalProblemDialog::JournalProblemDialog(const QString& path, OpenFailure failure, const QString& detail,
                                           const QList<BackupInfo>& backups, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("journalProblemDialog"));
    setWindowTitle(tr("Patella cannot open your journal"));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(tr("<b>%1</b>").arg(explain(failure).toHtmlEscaped()), this);
    what->setWordWrap(true);
    auto* where = new QLabel(tr("File: %1").arg(path), this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    auto* why = new QLabel(detail, this);
    why->setWordWrap(true);
    why->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(what);
    layout->addWidget(where);
    layout->addWidget(why);

    if (failure == OpenFailure::DiskFull) {
        const QStorageInfo disk(QFileInfo(path).absolutePath());
        if (disk.isValid())
            layout->addWidget(new QLabel(
                tr("Free space on that disk: %1").arg(QLocale().formattedDataSize(disk.bytesAvailable())), this));
    }

    const bool restoreFits = offersRestore(failure);
    auto* backupList = new QComboBox(this);
    backupList->setObjectName(QStringLiteral("backupList"));
    backupList->setAccessibleName(tr("Backups"));
    for (const BackupInfo& b : backups)
        backupList->addItem(tr("%1 (%2)").arg(fmt::dateTime(b.created), QLocale().formattedDataSize(b.bytes)), b.path);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* restore = buttons->addButton(tr("Restore this backup"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreBackup"));
    QPushButton* retry = buttons->addButton(tr("Try again"), QDialogButtonBox::AcceptRole);
    retry->setObjectName(QStringLiteral("retryOpen"));
    retry->setVisible(offersRetry(failure));
    QPushButton* fresh = buttons->addButton(tr("Start a new journal elsewhere…"), QDialogButtonBox::ActionRole);
    QPushButton* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    restore->setEnabled(restoreFits && !backups.isEmpty());
    restore->setVisible(restoreFits);
    if (!restoreFits) {
        backupList->hide();
    } else if (backups.isEmpty()) {
        layout->addWidget(new QLabel(tr("There are no backups of this journal yet."), this));
        backupList->hide();
    } else {
        layout->addWidget(new QLabel(tr("Backups, newest first:"), this));
    }
    layout->addWidget(backupList);
    layout->addWidget(buttons);

    connect(retry, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Retry;
        accept();
    });
    connect(restore, &QPushButton::clicked, this, [this, backupList] {
        m_choice = Choice::RestoreBackup;
        m_backup = backupList->currentData().toString();
        accept();
    });
    connect(fresh, &QPushButton::clicked, this, [this] {
        m_choice = Choice::NewJournal;
        accept();
    });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    setMinimumWidth(520);
}

} // namespace patella
