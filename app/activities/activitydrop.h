#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QMimeData;
class QWidget;

namespace patella {

class ActivityImportActions;

// Files dropped on the window: GPX, TCX and FIT files (and .gz copies of them) open the same import preview
// as File > Import > Runs…; a folder dropped brings its activity files. Anything else is named in a message
// that says what Patella reads. Installed on the window as an event filter, so the window itself knows
// nothing of it.
class ActivityDropTarget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDropTarget)

public:
    ActivityDropTarget(QWidget* window, ActivityImportActions& actions);

    // The dropped local paths split into activity files (folders expanded) and what cannot be imported.
    struct Sorted
    {
        QStringList activityFiles;
        QStringList refused;
    };
    static Sorted sort(const QStringList& paths);
    static bool accepts(const QMimeData* mime);

    QMessageBox* refusal() const { return m_refusal; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void dropped(const QStringList& paths);

    QWidget* m_window;
    ActivityImportActions& m_actions;
    QPointer<QMessageBox> m_refusal;
};

} // namespace patella
