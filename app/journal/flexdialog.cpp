#include "app/journal/flexdialog.h"

#include "app/journal/forminput.h"
#include "app/journal/journaltext.h"
#include "core/model/recordnames.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace patella {
namespace {

struct Range
{
    double min;
    double max;
};

Range rangeOf(FlexUnit unit)
{
    switch (unit) {
    case FlexUnit::Degrees:
        return {0.0, 180.0};
    case FlexUnit::Tightness:
        return {0.0, 10.0};
    case FlexUnit::Centimetres:
        break;
    }
    return {-50.0, 150.0};
}

} // namespace

QList<FlexUnit> FlexDialog::unitsOf(FlexTest test)
{
    switch (test) {
    case FlexTest::HalfKneelingHipFlexor:
        return {FlexUnit::Tightness};
    case FlexTest::StraightLegRaise:
        return {FlexUnit::Degrees, FlexUnit::Tightness};
    default:
        return {FlexUnit::Centimetres};
    }
}

FlexDialog::FlexDialog(const FlexCheck& check, bool isNew, const QDateTime& now, QWidget* parent)
    : RecordDialog(isNew ? tr("Log a flexibility test") : tr("Edit flexibility test"), parent)
    , m_original(check)
    , m_today(now.toLocalTime().date())
{
    setObjectName(QStringLiteral("flexDialog"));
    m_date = dateEdit("date");
    m_date->setDate(isNew ? m_today : check.localDate);
    addField("date", tr("&Date:"), m_date);
    addAlias("at", "date");
    addAlias("localDate", "date");

    m_test = new QComboBox(this);
    for (FlexTest test : allFlexTests())
        m_test->addItem(flexTestName(test), int(test));
    m_test->setCurrentIndex(m_test->findData(int(check.test)));
    addField("test", tr("&Test:"), m_test);

    m_side = new QComboBox(this);
    for (Side side : {Side::Left, Side::Right})
        m_side->addItem(sideName(side), int(side));
    m_side->setCurrentIndex(qMax(0, m_side->findData(int(check.side))));
    addField("side", tr("Si&de:"), m_side);

    m_unit = new QComboBox(this);
    addField("unit", tr("&Measured as:"), m_unit);
    fillUnits();
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(int(check.unit))));
    connect(m_test, &QComboBox::currentIndexChanged, this, &FlexDialog::fillUnits);

    m_value = lineEdit("value");
    if (!isNew)
        m_value->setText(QLocale().toString(check.value, 'g', 4));
    addField("value", tr("&Result:"), m_value);
    revalidate();
}

void FlexDialog::fillUnits()
{
    const QVariant previous = m_unit->currentData();
    m_unit->clear();
    for (FlexUnit unit : unitsOf(FlexTest(m_test->currentData().toInt())))
        m_unit->addItem(journaltext::flexUnit(unit), int(unit));
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(previous)));
    m_unit->setEnabled(m_unit->count() > 1);
}

QList<Error> FlexDialog::check() const
{
    QList<Error> errors;
    if (auto date = forms::pastDate(m_date->date(), m_today, "date", tr("Date")); !date)
        errors.append(date.error());
    const Range range = rangeOf(FlexUnit(m_unit->currentData().toInt()));
    if (auto value = forms::decimal(m_value->text(), "value", tr("Result"), range.min, range.max, true); !value)
        errors.append(value.error());
    return errors;
}

FlexCheck FlexDialog::flexCheck() const
{
    FlexCheck check = m_original;
    if (check.localDate != m_date->date() || !check.at.isValid()) {
        check.localDate = m_date->date();
        check.at = QDateTime(m_date->date(), QTime(12, 0)).toUTC();
    }
    check.test = FlexTest(m_test->currentData().toInt());
    check.side = Side(m_side->currentData().toInt());
    check.unit = FlexUnit(m_unit->currentData().toInt());
    if (auto value = forms::readNumber(m_value->text()))
        check.value = *value;
    return check;
}

} // namespace patella
