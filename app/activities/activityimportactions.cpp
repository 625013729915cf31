#include "app/activities/activityimportactions.h"

#include "app/activities/activityimportdialog.h"
#include "app/ui/appcontext.h"
#include "core/import/activityfile.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace patella {
namespace {

constexpr int kShowProgressAfterMs = 300; // a batch that reads faster never flashes a dialog

// Runs on a pool thread: one result per file, in order, stopping between files when canceled.
void readFiles(QPromise<Result<ParsedFile>>& promise, const QStringList& paths)
{
    promise.setProgressRange(0, int(paths.size()));
    for (int i = 0; i < paths.size(); ++i) {
        if (promise.isCanceled())
            return;
        promise.addResult(ActivityFile::read(QFileInfo(paths.at(i)).absoluteFilePath()));
        promise.setProgressValue(i + 1);
    }
}

} // namespace

ActivityImportActions::ActivityImportActions(AppContext& context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<Result<ParsedFile>>::finished, this, &ActivityImportActions::parsed);
}

ActivityImportActions::~ActivityImportActions()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ActivityImportActions::addTo(QMenu* importMenu)
{
    QAction* action = importMenu->addAction(tr("Runs from a &watch or app (GPX, TCX, FIT)…"), this,
                                            &ActivityImportActions::chooseFiles);
    action->setObjectName(QStringLiteral("importActivities"));
}

void ActivityImportActions::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import runs"), QDir::homePath(),
        tr("Activity files (*.gpx *.tcx *.fit *.gpx.gz *.tcx.gz *.fit.gz *.gz);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void ActivityImportActions::importFiles(const QStringList& paths)
{
    if (paths.isEmpty() || m_watcher.isRunning())
        return;
    m_canceled = false;
    if (paths.size() > 1) {
        m_progress = new QProgressDialog(tr("Reading %n file(s)…", nullptr, int(paths.size())), tr("Cancel"), 0,
                                         int(paths.size()), m_window);
        m_progress->setObjectName(QStringLiteral("activityImportProgress"));
        m_progress->setWindowTitle(tr("Import runs"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(kShowProgressAfterMs);
        m_progress->setAutoReset(false);
        m_progress->setAutoClose(false);
        connect(&m_watcher, &QFutureWatcher<Result<ParsedFile>>::progressValueChanged, m_progress,
                &QProgressDialog::setValue);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            m_canceled = true;
            m_watcher.cancel();
        });
    }
    m_watcher.setFuture(QtConcurrent::run(readFiles, paths));
}

void ActivityImportActions::parsed()
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (m_canceled || m_watcher.future().isCanceled()) {
        emit canceled(); // nothing was written: the preview never opened
        return;
    }
    const QList<Result<ParsedFile>> files = m_watcher.future().results();
    auto* dialog = new ActivityImportDialog(m_context, files, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_preview = dialog;
    dialog->open();
    emit previewShown(dialog);
}

} // namespace patella
