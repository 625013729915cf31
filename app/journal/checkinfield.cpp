#include "app/journal/checkinfield.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace patella {

QString CheckedField::text() const
{
    return edit->text();
}

bool CheckedField::show(const std::optional<Error>& error) const
{
    message->setText(error ? error->message : QString());
    message->setVisible(error.has_value());
    return !error;
}

CheckedField addCheckedField(QFormLayout* form, QWidget* parent, const QString& objectName, const QString& label,
                             const QString& placeholder)
{
    CheckedField field;
    auto* box = new QWidget(parent);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    field.edit = new QLineEdit(box);
    field.edit->setObjectName(objectName);
    field.edit->setPlaceholderText(placeholder);
    field.edit->setMaximumWidth(260);
    column->addWidget(field.edit);
    field.message = new QLabel(box);
    field.message->setObjectName(objectName + QStringLiteral("Error"));
    field.message->setWordWrap(true);
    QPalette palette = field.message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    field.message->setPalette(palette);
    field.message->setVisible(false);
    column->addWidget(field.message);
    auto* caption = new QLabel(label, parent);
    caption->setBuddy(field.edit);
    form->addRow(caption, box);
    return field;
}

} // namespace patella
