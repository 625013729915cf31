#include "app/journal/checkinwarningpage.h"

#include "core/model/recordnames.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace patella {

CheckInWarningPage::CheckInWarningPage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("checkInWarningPage"));
    setTitle(tr("Warning signs"));
    setSubTitle(tr("Did any of these happen this week? Runner's knee does not usually do them, so each one is worth "
                   "a professional look."));
    auto* layout = new QVBoxLayout(this);
    for (WarningSign sign : allWarningSigns()) {
        auto* box = new QCheckBox(warningSignName(sign), this);
        box->setObjectName(QStringLiteral("warning-") + toId(sign));
        connect(box, &QCheckBox::toggled, this, &CheckInWarningPage::updateReferral);
        layout->addWidget(box);
        m_signs.append(box);
    }
    layout->addSpacing(12);
    m_referral = new QLabel(this);
    m_referral->setObjectName(QStringLiteral("warningReferral"));
    m_referral->setWordWrap(true);
    m_referral->setText(tr("Please see a physiotherapist or a doctor about this before your next session, and rest "
                           "the knee from whatever brings it on until then. Today will keep reminding you."));
    m_referral->hide();
    layout->addWidget(m_referral);
    layout->addStretch();
}

void CheckInWarningPage::updateReferral()
{
    const bool any = std::any_of(m_signs.cbegin(), m_signs.cend(), [](const QCheckBox* b) { return b->isChecked(); });
    m_referral->setVisible(any);
}

void CheckInWarningPage::collect(CheckInAnswers& answers) const
{
    QList<WarningSign> yes;
    const QList<WarningSign> all = allWarningSigns();
    for (qsizetype i = 0; i < m_signs.size(); ++i) {
        if (m_signs.at(i)->isChecked())
            yes.append(all.at(i));
    }
    answers.warningSigns = yes;
}

} // namespace patella
