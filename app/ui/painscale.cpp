#include "app/ui/painscale.h"

#include "app/ui/theme.h"
#include "core/model/painband.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace patella {
namespace {

QColor bandColour(const QPalette& palette, int score)
{
    switch (painBand(score)) {
    case PainBand::Safe:
        return theme::accent(palette);
    case PainBand::Acceptable:
        return theme::warning(palette);
    case PainBand::TooMuch:
        return theme::danger(palette);
    }
    return theme::accent(palette);
}

// The band's name from the one definition, with the acceptable band's conditions.
QString bandHint(int score)
{
    const PainBand band = painBand(score);
    if (band == PainBand::Acceptable)
        return PainScale::tr("%1: %2, if %3").arg(score).arg(bandName(band), bandConditions(band));
    return PainScale::tr("%1: %2").arg(score).arg(bandName(band));
}

} // namespace

PainScale::PainScale(const QString& prefix, Size size, QWidget* parent)
    : QWidget(parent)
    , m_size(size)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* row = new QHBoxLayout;
    row->setSpacing(size == Size::Large ? 8 : 4);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (int score = 0; score <= 10; ++score) {
        auto* button = new QPushButton(QString::number(score), this);
        button->setObjectName(prefix + QString::number(score));
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setAccessibleName(tr("Pain %1 out of 10").arg(score));
        button->setToolTip(bandHint(score));
        if (size == Size::Large) {
            button->setFocusPolicy(Qt::NoFocus);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        } else {
            button->setMinimumSize(28, 34);
            button->setMaximumWidth(48);
        }
        m_group->addButton(button, score);
        row->addWidget(button);
    }
    if (size == Size::Compact) {
        row->addStretch();
        layout->addLayout(row);
        auto* ends = new QLabel(tr("0 = no pain, 10 = the worst you can imagine"), this);
        ends->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(ends);
        setFocusProxy(m_group->button(0));
    } else {
        layout->addLayout(row);
    }
    connect(m_group, &QButtonGroup::idToggled, this, [this](int score, bool checked) {
        if (checked)
            emit valueChanged(score);
        if (m_size == Size::Large)
            restyle();
    });
    connect(m_group, &QButtonGroup::idClicked, this, &PainScale::scoreChosen);
    restyle();
}

int PainScale::value() const
{
    return m_group->checkedId();
}

void PainScale::setValue(int score)
{
    if (score == value())
        return;
    if (QAbstractButton* button = m_group->button(score)) {
        button->setChecked(true);
        return;
    }
    // An exclusive group keeps one button checked; clearing needs it off for a moment.
    m_group->setExclusive(false);
    if (QAbstractButton* checked = m_group->checkedButton())
        checked->setChecked(false);
    m_group->setExclusive(true);
    restyle();
    emit valueChanged(-1);
}

QPushButton* PainScale::button(int score) const
{
    return qobject_cast<QPushButton*>(m_group->button(score));
}

void PainScale::setButtonHeight(int height)
{
    if (height == m_height)
        return;
    m_height = height;
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
    if (m_size != Size::Large)
        return; // compact rows look like the form's other buttons
    const QPalette& pal = palette();
    const int selected = value();
    for (int score = 0; score <= 10; ++score) {
        QPushButton* button = this->button(score);
        const QColor colour = bandColour(pal, score);
        // Band colour as a full fill when chosen, as a thick border and tinted fill otherwise, so the
        // three bands read at a glance without every button shouting.
        QColor fill = colour;
        fill.setAlphaF(score == selected ? 1.0f : 0.18f);
        const QColor text = score == selected ? (theme::isDark(pal) ? QColor(0x10, 0x14, 0x18) : QColor(Qt::white))
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
