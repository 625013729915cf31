#pragma once

#include "app/activities/activityimportdialog.h"
#include "core/import/activity.h"
#include "core/model/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

class QMenu;
class QWidget;

namespace patella {

struct AppContext;

// File > Import > Runs from a watch or app (GPX, TCX, FIT)…: the files are chosen (several at once), read
// off the GUI thread (QtConcurrent) with a progress bar and Cancel for a batch, then previewed in an
// ActivityImportDialog. importFiles() skips the file dialog (tests, files dropped on the window).
class ActivityImportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityImportActions)

public:
    ActivityImportActions(AppContext& context, QWidget* window);
    ~ActivityImportActions() override;

    void addTo(QMenu* importMenu);
    void importFiles(const QStringList& paths);
    bool busy() const { return m_watcher.isRunning(); }

    QProgressDialog* progress() const { return m_progress; }
    ActivityImportDialog* preview() const { return m_preview; }

signals:
    void previewShown(patella::ActivityImportDialog* dialog);
    void canceled();

private:
    void chooseFiles();
    void parsed();

    AppContext& m_context;
    QWidget* m_window;
    QFutureWatcher<Result<ParsedFile>> m_watcher;
    QPointer<QProgressDialog> m_progress;
    QPointer<ActivityImportDialog> m_preview;
    bool m_canceled = false;
};

} // namespace patella
