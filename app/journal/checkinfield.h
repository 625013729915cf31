#pragma once

#include "core/model/result.h"

#include <QString>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace patella {

// A check-in number field with its inline message underneath (the wizard's version of RecordDialog's fields).
struct CheckedField
{
    QLineEdit* edit = nullptr;
    QLabel* message = nullptr;

    QString text() const;
    // Shows the error under the field (or hides the line); returns true when there is none.
    bool show(const std::optional<Error>& error) const;
};

CheckedField addCheckedField(QFormLayout* form, QWidget* parent, const QString& objectName, const QString& label,
                             const QString& placeholder);

} // namespace patella
