#include "app/ui/theme.h"

namespace patella::theme {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor accent(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x4f, 0xc3, 0xb5) : QColor(0x0c, 0x73, 0x6b);
}

QColor warning(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xf2, 0xb1, 0x4c) : QColor(0x98, 0x57, 0x00);
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

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xf1, 0xf1));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf7, 0xf7));
    p.setColor(QPalette::Text, QColor(0x1d, 0x26, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x26, 0x2d));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x26, 0x2d));
    p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x6b, 0x73));
    p.setColor(QPalette::Highlight, QColor(0x0f, 0x7c, 0x74));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette darkPalette()
{
    const QColor window(0x20, 0x25, 0x29);
    const QColor text(0xe6, 0xea, 0xec);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x17, 0x1b, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x1d, 0x22, 0x25));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2c, 0x32, 0x37));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x2c, 0x32, 0x37));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa5, 0xab));
    p.setColor(QPalette::Highlight, QColor(0x4f, 0xc3, 0xb5));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x20, 0x1e));
    p.setColor(QPalette::Light, QColor(0x3a, 0x41, 0x46));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x3a, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x30, 0x34));
    p.setColor(QPalette::Dark, QColor(0x12, 0x15, 0x17));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x4f, 0xc3, 0xb5));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6f, 0x78, 0x7d));
    return p;
}

} // namespace patella::theme
