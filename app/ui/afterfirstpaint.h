#pragma once

#include <functional>

class QWidget;

namespace patella {

// Runs then once, delayMs after window's first paint: for work the first screen does not need, so it does not
// compete with the start for the processor (the journal's full integrity check is 36 ms of CPU on a ten-year
// journal, on a thread of its own). Nothing runs if the window is destroyed first.
void afterFirstPaint(QWidget* window, int delayMs, std::function<void()> then);

} // namespace patella
