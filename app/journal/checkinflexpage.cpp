#include "app/journal/checkinflexpage.h"

#include "app/journal/forminput.h"
#include "app/journal/journaltext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace patella {
namespace {

QPixmap renderPicture(const QString& path, QSize size, qreal ratio)
{
    QSvgRenderer renderer(path);
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    if (!renderer.isValid())
        return pixmap;
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return pixmap;
}

} // namespace

CheckInFlexPage::CheckInFlexPage(FlexTest test, QWidget* parent)
    : QWizardPage(parent)
    , m_guide(flexTestGuide(test))
{
    setObjectName(QStringLiteral("checkInFlexPage-") + toId(test));
    setTitle(tr("Flexibility: %1").arg(m_guide.title));
    setSubTitle(m_guide.measures);

    auto* picture = new QLabel(this);
    picture->setObjectName(QStringLiteral("flexPicture"));
    picture->setPixmap(renderPicture(m_guide.illustration, QSize(320, 240), devicePixelRatioF()));
    picture->setFixedSize(320, 240);
    picture->setAccessibleName(tr("Picture of the %1 test").arg(m_guide.title));

    QString steps = QStringLiteral("<ol style=\"margin-left:0px; -qt-list-indent:1\">");
    for (const QString& step : std::as_const(m_guide.steps))
        steps += QStringLiteral("<li style=\"margin-bottom:6px\">%1</li>").arg(step.toHtmlEscaped());
    steps += QStringLiteral("</ol>");
    auto* stepsLabel = new QLabel(steps, this);
    stepsLabel->setObjectName(QStringLiteral("flexSteps"));
    stepsLabel->setTextFormat(Qt::RichText);
    stepsLabel->setWordWrap(true);
    stepsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* top = new QHBoxLayout;
    top->addWidget(picture, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addWidget(stepsLabel, 1);

    auto* form = new QFormLayout;
    if (m_guide.units.size() > 1) {
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("flexUnit"));
        for (FlexUnit each : std::as_const(m_guide.units))
            m_unit->addItem(journaltext::flexUnit(each), int(each));
        auto* caption = new QLabel(tr("&Measured as:"), this);
        caption->setBuddy(m_unit);
        form->addRow(caption, m_unit);
        connect(m_unit, &QComboBox::currentIndexChanged, this, &CheckInFlexPage::check);
    }
    const QString hint = tr("%1, optional").arg(journaltext::flexUnit(unit()));
    m_left = addCheckedField(form, this, QStringLiteral("flexLeft"), tr("&Left side:"), hint);
    m_right = addCheckedField(form, this, QStringLiteral("flexRight"), tr("&Right side:"), hint);
    connect(m_left.edit, &QLineEdit::textChanged, this, &CheckInFlexPage::check);
    connect(m_right.edit, &QLineEdit::textChanged, this, &CheckInFlexPage::check);

    auto* reading = new QLabel(tr("%1 These home tests vary from one go to the next, so a single week says "
                                  "little: Patella shows how your own numbers move over the weeks, never a pass "
                                  "or a fail. Skip a side or the whole test if it hurts.")
                                   .arg(m_guide.reading),
                               this);
    reading->setObjectName(QStringLiteral("flexReading"));
    reading->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(reading);
    layout->addStretch();
    check();
}

FlexUnit CheckInFlexPage::unit() const
{
    return m_unit ? FlexUnit(m_unit->currentData().toInt()) : m_guide.units.constFirst();
}

void CheckInFlexPage::check()
{
    bool valid = true;
    const FlexUnit current = unit();
    for (const auto& [field, label] : {std::pair {&m_left, tr("Left")}, std::pair {&m_right, tr("Right")}}) {
        field->edit->setPlaceholderText(tr("%1, optional").arg(journaltext::flexUnit(current)));
        const auto value
            = forms::decimal(field->text(), "value", label, flexMinimum(current), flexMaximum(current), false);
        valid &= field->show(value ? std::nullopt : std::optional<Error>(value.error()));
    }
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

bool CheckInFlexPage::isComplete() const
{
    return m_valid;
}

void CheckInFlexPage::collect(CheckInAnswers& answers) const
{
    const FlexUnit current = unit();
    for (const auto& [field, side] : {std::pair {&m_left, Side::Left}, std::pair {&m_right, Side::Right}}) {
        if (auto value = forms::readNumber(field->text()))
            answers.flex.append(FlexAnswer {m_guide.test, side, *value, current});
    }
}

} // namespace patella
