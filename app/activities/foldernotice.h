#pragma once

#include "app/activities/folderimport.h"
#include "core/model/units.h"

#include <QObject>
#include <QPointer>
#include <QPushButton>

class QMainWindow;

namespace patella {

class ActivityImportActions;
struct AppContext;
class Notifier;

// Tells the runner what the watched folders brought ("3 new runs: 24.1 km"): a tray message through the
// shell's notifier where the desktop has a system tray, else a message in the window's status bar, never a
// dialog (a session may be playing). Runs that may be ones typed by hand wait behind a status-bar button (and
// the tray message's click) that opens the import preview with their files.
class FolderImportNotice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderImportNotice)

public:
    // notifier: the tray (it outlives the window); null, or not available(), for the status bar. Owned by window.
    FolderImportNotice(AppContext& context, QMainWindow* window, FolderImport& folders, ActivityImportActions& actions,
                       Notifier* notifier);

    static QString title();
    static QString message(const FolderImport::Outcome& outcome, DistanceUnit unit);
    bool usesTray() const;
    QPushButton* reviewButton() const { return m_review; }

public slots:
    void review(); // opens the preview with the files that wait for a choice

private:
    void tell(const FolderImport::Outcome& outcome);
    void updateReview();

    AppContext& m_context;
    QMainWindow* m_window;
    FolderImport& m_folders;
    ActivityImportActions& m_actions;
    Notifier* m_notifier;
    QPointer<QPushButton> m_review;
};

} // namespace patella
