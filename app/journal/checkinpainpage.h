#pragma once

#include "app/journal/checkinfield.h"
#include "app/presentation/checkinanswers.h"

#include <QWizardPage>

namespace patella {

// The week's pain: the worst and the usual (both needed), and each situation (left empty when it did not come up).
class CheckInPainPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInPainPage)

public:
    explicit CheckInPainPage(QWidget* parent = nullptr);

    bool isComplete() const override;
    void collect(CheckInAnswers& answers) const;

private:
    void check();

    CheckedField m_worst;
    CheckedField m_usual;
    QList<QPair<PainSituation, CheckedField>> m_situations;
    bool m_valid = false;
};

} // namespace patella
