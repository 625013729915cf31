#include "app/shell/placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace patella {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    auto* body = new QLabel(description, this);
    body->setWordWrap(true);
    body->setObjectName(QStringLiteral("pageDescription"));
    body->setTextFormat(Qt::PlainText);
    body->setMaximumWidth(640);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(body);
    layout->addStretch();
}

} // namespace patella
