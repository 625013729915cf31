#pragma once

#include <QWidget>

class QButtonGroup;
class QPushButton;

namespace patella {

// The one 0-10 pain row of the app: Today's quick log, the journal's pain form and the session player all
// use it. Eleven checkable buttons, "not set" (-1) until one is chosen; each says its score to a screen
// reader and its band in a tooltip. Compact rows take focus so a form works by keyboard. Large rows are the
// player's: tall, tinted by the band core defines, and left without focus because the page maps the keys
// 0-9 and T itself (Space must pause, not press a score).
class PainScale final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PainScale)

public:
    enum class Size
    {
        Compact,
        Large,
    };

    // prefix: objectName stem of the buttons ("<prefix>0" .. "<prefix>10").
    PainScale(const QString& prefix, Size size, QWidget* parent = nullptr);

    int value() const; // -1: not set
    void setValue(int score); // -1 clears; emits valueChanged when it changes
    QPushButton* button(int score) const;
    void setButtonHeight(int height); // Large rows: follows the page's scale

signals:
    void valueChanged(int score); // any change, -1 when cleared
    void scoreChosen(int score); // a button pressed by the runner

protected:
    void changeEvent(QEvent* event) override;

private:
    void restyle();

    QButtonGroup* m_group = nullptr;
    Size m_size;
    int m_height = 72;
};

} // namespace patella
