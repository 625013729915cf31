#include "app/ui/pagetitle.h"

#include <QLabel>

namespace patella::ui {

QLabel* pageTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setAccessibleName(text);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setWeight(QFont::DemiBold);
    title->setFont(font);
    return title;
}

} // namespace patella::ui
