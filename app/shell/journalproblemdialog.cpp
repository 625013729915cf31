#include "app/shell/journalproblemdialog.h"

#include "app/ui/formatting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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
    case OpenFailure::AccessDenied:
        return tr("The journal cannot be read or written with your permissions.");
    case OpenFailure::MigrationFailed:
        return tr("Updating the journal to this version of Patella failed and was rolled back; a copy taken "
                  "before the update is among the backups.");
    case OpenFailure::None:
    case OpenFailure::NotOpen:
        break;
    }
    return tr("The journal could not be opened.");
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

    auto* backupList = new QComboBox(this);
    backupList->setObjectName(QStringLiteral("backupList"));
    for (const BackupInfo& b : backups)
        backupList->addItem(tr("%1 (%2 KB)").arg(fmt::dateTime(b.created)).arg(b.bytes / 1024), b.path);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* restore = buttons->addButton(tr("Restore this backup"), QDialogButtonBox::AcceptRole);
    QPushButton* fresh = buttons->addButton(tr("Start a new journal elsewhere…"), QDialogButtonBox::ActionRole);
    QPushButton* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    restore->setEnabled(!backups.isEmpty());
    if (backups.isEmpty()) {
        layout->addWidget(new QLabel(tr("There are no backups of this journal yet."), this));
        backupList->hide();
    } else {
        layout->addWidget(new QLabel(tr("Backups, newest first:"), this));
    }
    layout->addWidget(backupList);
    layout->addWidget(buttons);

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
