#pragma once

#include <QWidget>

class QButtonGroup;
class QPushButton;

namespace patella {

// A 0-10 pain row for the journal's pain form: eleven checkable buttons, like Today's quick log and the
// session player, with "not set" (-1) until one is chosen. Buttons take focus so the form works by keyboard.
class PainPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PainPicker)

public:
    explicit PainPicker(QWidget* parent = nullptr);

    int value() const; // -1: not set
    void setValue(int score); // -1 clears
    QPushButton* button(int score) const;

signals:
    void valueChanged(int score);

private:
    QButtonGroup* m_group = nullptr;
};

} // namespace patella
