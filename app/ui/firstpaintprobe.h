#pragma once

#include <QObject>

class QWidget;

namespace patella {

// For the startup benchmark: when the environment variable PATELLA_STARTUP_PROBE is set, the first paint of
// the watched window prints "first-paint-ns N" (N: the steady clock, CLOCK_MONOTONIC on Linux, in
// nanoseconds) on stdout and quits the application, so a launcher that read the same clock before exec
// knows how long the start took. Without the variable it does nothing.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    static constexpr const char* EnvironmentVariable = "PATELLA_STARTUP_PROBE";
    // Installs the probe on window when the variable is set; returns whether it did.
    static bool installIfRequested(QWidget* window);
    // With the variable set, prints "startup-mark STAGE N" (the same clock) so the benchmark can say where a
    // start spends its time; without it, nothing. stage: a short word, no spaces.
    static void mark(const char* stage);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FirstPaintProbe(QWidget* window);

    bool m_fired = false;
};

} // namespace patella
