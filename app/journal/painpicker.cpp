#include "app/journal/painpicker.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace patella {

PainPicker::PainPicker(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* row = new QHBoxLayout;
    row->setSpacing(3);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (int score = 0; score <= 10; ++score) {
        auto* button = new QPushButton(QString::number(score), this);
        button->setObjectName(QStringLiteral("score%1").arg(score));
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setMinimumSize(26, 30);
        button->setMaximumWidth(40);
        button->setAccessibleName(tr("Pain %1 out of 10").arg(score));
        m_group->addButton(button, score);
        row->addWidget(button);
    }
    row->addStretch();
    layout->addLayout(row);
    auto* ends = new QLabel(tr("0 = no pain, 10 = the worst you can imagine"), this);
    ends->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(ends);
    setFocusProxy(m_group->button(0));
    connect(m_group, &QButtonGroup::idToggled, this, [this](int score, bool checked) {
        if (checked)
            emit valueChanged(score);
    });
}

int PainPicker::value() const
{
    return m_group->checkedId();
}

void PainPicker::setValue(int score)
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
    emit valueChanged(-1);
}

QPushButton* PainPicker::button(int score) const
{
    return qobject_cast<QPushButton*>(m_group->button(score));
}

} // namespace patella
