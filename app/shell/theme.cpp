#include "shell/theme.h"

namespace patella::theme {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor accent(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x4f, 0xc3, 0xb5) : QColor(0x0f, 0x7c, 0x74);
}

QColor warning(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xf2, 0xb1, 0x4c) : QColor(0xc2, 0x71, 0x0c);
}

QColor danger(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xef, 0x6f, 0x6c) : QColor(0xb4, 0x23, 0x18);
}

QColor sidebarBackground(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    return isDark(palette) ? window.lighter(115) : window.darker(104);
}

} // namespace patella::theme
