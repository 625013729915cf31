#include "app/activities/activitydrop.h"

#include "app/activities/activityimportactions.h"
#include "core/import/activityfile.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace patella {

ActivityDropTarget::ActivityDropTarget(QWidget* window, ActivityImportActions& actions)
    : QObject(window)
    , m_window(window)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("activityDropTarget"));
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool ActivityDropTarget::accepts(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return false;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            return true;
    return false;
}

ActivityDropTarget::Sorted ActivityDropTarget::sort(const QStringList& paths)
{
    Sorted sorted;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QFileInfoList files
                = QDir(path).entryInfoList(ActivityFile::nameFilters(), QDir::Files | QDir::Readable, QDir::Name);
            for (const QFileInfo& file : files)
                sorted.activityFiles.append(file.absoluteFilePath());
            if (files.isEmpty())
                sorted.refused.append(path);
        } else if (info.isFile() && ActivityFile::hasActivityExtension(info.fileName())) {
            sorted.activityFiles.append(info.absoluteFilePath());
        } else {
            sorted.refused.append(path);
        }
    }
    return sorted;
}

bool ActivityDropTarget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (accepts(drag->mimeData())) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        if (!accepts(drop->mimeData()))
            break;
        QStringList paths;
        for (const QUrl& url : drop->mimeData()->urls())
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        drop->acceptProposedAction();
        dropped(paths);
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ActivityDropTarget::dropped(const QStringList& paths)
{
    const Sorted sorted = sort(paths);
    if (!sorted.activityFiles.isEmpty())
        m_actions.importFiles(sorted.activityFiles);
    if (sorted.refused.isEmpty())
        return;
    QStringList names;
    for (const QString& path : sorted.refused)
        names.append(QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName());
    if (m_refusal)
        m_refusal->close();
    auto* box = new QMessageBox(QMessageBox::Information, tr("Not a run"),
                                //: %1 the file names
                                tr("Patella cannot import %1: it reads runs from GPX, TCX and FIT files (and "
                                   ".gz copies of them), as a watch or a phone app writes them.")
                                    .arg(names.join(QStringLiteral(", "))),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("dropRefused"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_refusal = box;
    box->open(); // window-modal at most: a session playing behind it goes on
}

} // namespace patella
