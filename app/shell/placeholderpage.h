#pragma once

#include <QWidget>

namespace patella {

// A page whose feature has not landed yet: says plainly what will be there.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace patella
