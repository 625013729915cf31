#include "app/journal/shoedialog.h"

#include "app/journal/forminput.h"
#include "app/ui/formatting.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace patella {

ShoeDialog::ShoeDialog(const Shoe& shoe, bool isNew, QDate today, DistanceUnit unit, QWidget* parent)
    : RecordDialog(isNew ? tr("Add a shoe") : tr("Edit shoe"), parent)
    , m_original(shoe)
    , m_today(today)
    , m_unit(unit)
{
    setObjectName(QStringLiteral("shoeDialog"));
    m_name = lineEdit("name", tr("e.g. Blue trail shoes"));
    m_name->setText(shoe.name);
    addField("name", tr("&Name:"), m_name);

    m_firstUse = dateEdit("firstUse");
    m_firstUse->setDate(isNew ? today : shoe.firstUse);
    addField("firstUse", tr("&First run in them:"), m_firstUse);

    m_limit = lineEdit("limit");
    m_limit->setText(QLocale().toString(qRound(toUnit(shoe.limitMetres, unit))));
    m_originalLimit = m_limit->text();
    addField("limit", tr("Distance &limit (%1):").arg(fmt::unitSuffix(unit)), m_limit);
    auto* hint = new QLabel(tr("The usual advice is a new pair after %1 to %2, but the evidence for any figure "
                               "is thin. Choose your own; near it Patella asks you to look at the midsole.")
                                .arg(fmt::distance(480000.0, unit, 0), fmt::distance(800000.0, unit, 0)),
                            this);
    hint->setObjectName(QStringLiteral("limitHint"));
    hint->setWordWrap(true);
    form()->addRow(QString(), hint);

    m_retired = new QCheckBox(tr("Retired"), this);
    m_retired->setChecked(shoe.retired.has_value());
    addField("retiredFlag", tr("&Retired:"), m_retired);
    m_retiredOn = dateEdit("retired");
    m_retiredOn->setDate(shoe.retired.value_or(today));
    m_retiredOn->setEnabled(m_retired->isChecked());
    addField("retired", tr("Retired &on:"), m_retiredOn);
    connect(m_retired, &QCheckBox::toggled, m_retiredOn, &QWidget::setEnabled);
    revalidate();
}

QList<Error> ShoeDialog::check() const
{
    QList<Error> errors;
    if (m_name->text().trimmed().isEmpty())
        errors.append(Error {QStringLiteral("name"), tr("Name is needed, so you can tell your shoes apart.")});
    if (auto date = forms::pastDate(m_firstUse->date(), m_today, "firstUse", tr("First run")); !date)
        errors.append(date.error());
    if (auto limit = forms::distance(m_limit->text(), m_unit, "limit", tr("Limit"), false); !limit)
        errors.append(limit.error());
    else if (*limit > 10000000.0)
        errors.append(
            Error {QStringLiteral("limit"), tr("Limit must be below %1.").arg(fmt::distance(1e7, m_unit, 0))});
    if (m_retired->isChecked()) {
        if (auto date = forms::pastDate(m_retiredOn->date(), m_today, "retired", tr("Retired on")); !date)
            errors.append(date.error());
        else if (m_retiredOn->date() < m_firstUse->date())
            errors.append(Error {QStringLiteral("retired"), tr("Retired on cannot be before the first run.")});
    }
    return errors;
}

Shoe ShoeDialog::shoe() const
{
    Shoe shoe = m_original;
    shoe.name = m_name->text().trimmed();
    shoe.firstUse = m_firstUse->date();
    if (m_limit->text() != m_originalLimit) {
        if (auto metres = forms::distance(m_limit->text(), m_unit, "limit", {}, false); metres)
            shoe.limitMetres = *metres;
    }
    shoe.retired = m_retired->isChecked() ? std::optional<QDate>(m_retiredOn->date()) : std::nullopt;
    return shoe;
}

} // namespace patella
