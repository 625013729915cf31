#include "app/activities/foldernotice.h"

#include "app/activities/activityimportactions.h"
#include "app/ui/appcontext.h"
#include "app/ui/formatting.h"
#include "app/ui/notifier.h"
#include "core/model/preferences.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>

namespace patella {
namespace {

constexpr int kStatusMessageMs = 60 * 1000;

} // namespace

FolderImportNotice::FolderImportNotice(AppContext& context, QMainWindow* window, FolderImport& folders,
                                       ActivityImportActions& actions, Notifier* notifier)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_folders(folders)
    , m_actions(actions)
    , m_notifier(notifier)
{
    connect(&folders, &FolderImport::imported, this, &FolderImportNotice::tell);
}

bool FolderImportNotice::usesTray() const
{
    return m_notifier && m_notifier->available();
}

QString FolderImportNotice::title()
{
    return tr("Runs from your folder");
}

QString FolderImportNotice::message(const FolderImport::Outcome& outcome, DistanceUnit unit)
{
    QStringList parts;
    if (!outcome.error.isEmpty())
        parts.append(tr("Runs from your folder could not be imported: %1").arg(outcome.error));
    if (outcome.runs > 0)
        //: %1 the distance of the new runs with its unit ("24.1 km")
        parts.append(tr("%n new run(s): %1.", nullptr, outcome.runs).arg(fmt::distance(outcome.metres, unit, 1)));
    if (!outcome.choiceFiles.isEmpty())
        parts.append(tr("%n run(s) may already be in your journal, typed by hand: choose merge or keep both.", nullptr,
                        int(outcome.choiceFiles.size())));
    if (!outcome.rejectedFiles.isEmpty()) {
        QStringList names;
        for (const QString& file : outcome.rejectedFiles)
            names.append(QFileInfo(file).fileName());
        //: %1 the file names
        parts.append(
            tr("%n file(s) could not be read: %1.", nullptr, int(names.size())).arg(names.join(QStringLiteral(", "))));
    }
    return parts.join(QLatin1Char(' '));
}

void FolderImportNotice::tell(const FolderImport::Outcome& outcome)
{
    const QString text = message(outcome, m_context.preferences.distanceUnit());
    updateReview();
    if (text.isEmpty())
        return;
    if (usesTray()) {
        // The notifier brings the window up on a click; runs waiting for a choice then open in the preview.
        m_notifier->notify(title(), text, [self = QPointer<FolderImportNotice>(this)] {
            if (self && !self->m_folders.choiceFiles().isEmpty())
                self->review();
        });
        return;
    }
    m_window->statusBar()->show();
    m_window->statusBar()->showMessage(text, kStatusMessageMs);
}

void FolderImportNotice::updateReview()
{
    const int waiting = int(m_folders.choiceFiles().size());
    if (waiting == 0) {
        if (m_review)
            m_review->hide();
        return;
    }
    if (!m_review) {
        m_review = new QPushButton(m_window);
        m_review->setObjectName(QStringLiteral("folderImportReview"));
        m_review->setFlat(true);
        connect(m_review, &QPushButton::clicked, this, &FolderImportNotice::review);
        m_window->statusBar()->addPermanentWidget(m_review);
    }
    m_window->statusBar()->show();
    m_review->setText(tr("Choose for %n run(s) from your folder…", nullptr, waiting));
    m_review->show();
}

void FolderImportNotice::review()
{
    if (m_actions.busy() || m_folders.choiceFiles().isEmpty())
        return;
    m_actions.importFiles(m_folders.takeChoiceFiles());
    updateReview();
}

} // namespace patella
