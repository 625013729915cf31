#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace patella::ui {

// A page's heading, in the size and weight every page uses (objectName "pageTitle").
QLabel* pageTitle(const QString& text, QWidget* parent);

} // namespace patella::ui
