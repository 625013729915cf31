#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace patella {

// "Redraw when shown" for views that are costly to draw: request() draws now when the view is visible, or
// at its next show otherwise, so a range switch pays only for the chart on screen. A palette change (dark
// mode, Settings' appearance) asks for a redraw the same way. Create it as a child of the view.
class DeferredRedraw final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredRedraw)

public:
    DeferredRedraw(QWidget* view, std::function<void()> redraw);

    void request();
    bool pending() const { return m_pending; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_view;
    std::function<void()> m_redraw;
    bool m_pending = false;
};

} // namespace patella
