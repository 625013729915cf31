#include "app/sessionplayer/painscale.h"

#include "app/shell/theme.h"
#include "core/session/sessiontypes.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace patella {
namespace {

QColor bandColour(const QPalette& palette, int score)
{
    switch (painBand(score)) {
    case PainBand::Fine:
        return theme::accent(palette);
    case PainBand::Acceptable:
        return theme::warning(palette);
    case PainBand::Sharp:
        return theme::danger(palette);
    }
    return theme::accent(palette);
}

} // namespace

PainScale::PainScale(const QString& prefix, QWidget* parent)
    : QWidget(parent)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    for (int score = 0; score <= 10; ++score) {
        auto* button = new QPushButton(QString::number(score), this);
        button->setObjectName(prefix + QString::number(score));
        button->setFocusPolicy(Qt::NoFocus); // the page takes the keys; Space must not press a score
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setAccessibleName(tr("Pain %1 out of 10").arg(score));
        connect(button, &QPushButton::clicked, this, [this, score] { emit scoreChosen(score); });
        row->addWidget(button);
        m_buttons.append(button);
    }
    restyle();
}

void PainScale::setButtonHeight(int height)
{
    if (height == m_height)
        return;
    m_height = height;
    restyle();
}

void PainScale::setSelected(int score)
{
    if (score == m_selected)
        return;
    m_selected = score;
    restyle();
}

void PainScale::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void PainScale::restyle()
{
    const QPalette& pal = palette();
    for (int score = 0; score < m_buttons.size(); ++score) {
        QPushButton* button = m_buttons.at(score);
        const QColor colour = bandColour(pal, score);
        const bool selected = score == m_selected;
        // Band colour as a full fill when chosen, as a thick border and tinted fill otherwise, so the
        // three bands read at a glance without every button shouting.
        QColor fill = colour;
        fill.setAlphaF(selected ? 1.0f : 0.18f);
        const QColor text = selected ? (theme::isDark(pal) ? QColor(0x10, 0x14, 0x18) : QColor(Qt::white))
                                     : pal.color(QPalette::WindowText);
        button->setFixedHeight(m_height);
        button->setStyleSheet(QStringLiteral("QPushButton { background-color: %1; color: %2; border: 3px solid %3;"
                                             " border-radius: 10px; font-size: %4px; font-weight: bold; }"
                                             "QPushButton:pressed { background-color: %3; }")
                                  .arg(fill.name(QColor::HexArgb), text.name(), colour.name())
                                  .arg(std::max(14, m_height * 2 / 5)));
    }
}

} // namespace patella
