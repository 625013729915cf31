#include "app/activities/foldernotice.h"

#include "app/activities/activityimportactions.h"
#include "app/ui/appcontext.h"
#include "app/ui/formatting.h"
#include "core/model/preferences.h"

#include <QFileInfo>
#include <QIcon>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace patella {
namespace {

constexpr int kStatusMessageMs = 60 * 1000;

} // namespace

FolderImportNotice::FolderImportNotice(AppContext& context, QMainWindow* window, FolderImport& folders,
                                       ActivityImportActions& actions, bool useTray)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_folders(folders)
    , m_actions(actions)
{
    if (useTray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/patella.svg")), this);
        m_tray->setToolTip(tr("Patella"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_folders.choiceFiles().isEmpty())
                review();
            else if (m_window) {
                m_window->show();
                m_window->raise();
                m_window->activateWindow();
            }
        });
    }
    connect(&folders, &FolderImport::imported, this, &FolderImportNotice::tell);
}

FolderImportNotice* FolderImportNotice::attach(AppContext& context, QMainWindow* window, FolderImport& folders,
                                               ActivityImportActions& actions)
{
    return new FolderImportNotice(context, window, folders, actions, QSystemTrayIcon::isSystemTrayAvailable());
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
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(tr("Runs from your folder"), text, QSystemTrayIcon::Information);
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
