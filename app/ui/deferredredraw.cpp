#include "app/ui/deferredredraw.h"

#include <QEvent>
#include <QWidget>

namespace patella {

DeferredRedraw::DeferredRedraw(QWidget* view, std::function<void()> redraw)
    : QObject(view)
    , m_view(view)
    , m_redraw(std::move(redraw))
{
    view->installEventFilter(this);
}

void DeferredRedraw::request()
{
    if (m_view->isVisible()) {
        m_pending = false;
        m_redraw();
    } else {
        m_pending = true;
    }
}

bool DeferredRedraw::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view) {
        if (event->type() == QEvent::Show && m_pending) {
            m_pending = false;
            m_redraw();
        } else if (event->type() == QEvent::PaletteChange) {
            request();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace patella
