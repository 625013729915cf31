#include "app/ui/afterfirstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace patella {
namespace {

class FirstPaintWatch final : public QObject
{
public:
    FirstPaintWatch(QWidget* window, int delayMs, std::function<void()> then)
        : QObject(window)
        , m_delayMs(delayMs)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            watched->removeEventFilter(this);
            QTimer::singleShot(m_delayMs, this, [this] {
                const auto then = std::exchange(m_then, nullptr);
                then();
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    int m_delayMs;
    std::function<void()> m_then;
};

} // namespace

void afterFirstPaint(QWidget* window, int delayMs, std::function<void()> then)
{
    new FirstPaintWatch(window, delayMs, std::move(then));
}

} // namespace patella
