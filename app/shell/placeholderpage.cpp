#include "app/shell/placeholderpage.h"

#include "app/ui/pagetitle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace patella {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    QLabel* heading = ui::pageTitle(title, this);
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
