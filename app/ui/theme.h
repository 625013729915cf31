#pragma once

#include <QColor>
#include <QPalette>

namespace patella::theme {

// Patella follows the system palette; these helpers derive its few accent colours from it, so
// light and dark desktops both read well.
bool isDark(const QPalette& palette);
QColor accent(const QPalette& palette); // calm teal, for highlights and the countdown ring
QColor warning(const QPalette& palette); // amber, for over-limit weeks and alerts
QColor danger(const QPalette& palette); // red, for stop-now pain
QColor sidebarBackground(const QPalette& palette);

// Light and dark palettes of Patella's own, for when the runner picks one over the desktop's.
QPalette lightPalette();
QPalette darkPalette();

} // namespace patella::theme
