#pragma once

#include "app/presentation/checkinanswers.h"

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace patella {

// The warning signs, asked every week: swelling, locking, giving way, pain at night or at rest, a fall or a
// blow. Any one ticked says, on the page itself, to see a physiotherapist or doctor; Today says it too.
class CheckInWarningPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInWarningPage)

public:
    explicit CheckInWarningPage(QWidget* parent = nullptr);

    void collect(CheckInAnswers& answers) const;

private:
    void updateReferral();

    QList<QCheckBox*> m_signs; // in allWarningSigns() order
    QLabel* m_referral = nullptr;
};

} // namespace patella
