#include "app/ui/firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace patella {

bool FirstPaintProbe::installIfRequested(QWidget* window)
{
    if (!qEnvironmentVariableIsSet(EnvironmentVariable))
        return false;
    new FirstPaintProbe(window);
    return true;
}

void FirstPaintProbe::mark(const char* stage)
{
    static const bool requested = qEnvironmentVariableIsSet(EnvironmentVariable);
    if (!requested)
        return;
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::printf("startup-mark %s %lld\n", stage,
                static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
}

FirstPaintProbe::FirstPaintProbe(QWidget* window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_fired) {
        m_fired = true;
        // Read the clock once this paint has been handled and flushed: the next turn of the event loop.
        QTimer::singleShot(0, this, [] {
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            std::printf("first-paint-ns %lld\n",
                        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace patella
