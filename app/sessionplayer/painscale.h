#pragma once

#include <QList>
#include <QWidget>

class QPushButton;

namespace patella {

// A one-tap 0-10 pain row: eleven large buttons coloured by band (0-3 fine, 4-5 acceptable, above 5
// stop). The page maps the keys 0-9, and T for 10, to it too.
class PainScale final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PainScale)

public:
    // prefix: objectName stem of the buttons ("<prefix>0" .. "<prefix>10").
    explicit PainScale(const QString& prefix, QWidget* parent = nullptr);

    QPushButton* button(int score) const { return m_buttons.value(score); }
    void setButtonHeight(int height);
    void setSelected(int score); // -1: none

signals:
    void scoreChosen(int score);

protected:
    void changeEvent(QEvent* event) override;

private:
    void restyle();

    QList<QPushButton*> m_buttons;
    int m_selected = -1;
    int m_height = 72;
};

} // namespace patella
