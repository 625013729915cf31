#pragma once

#include "app/journal/checkinfield.h"
#include "app/journal/flextests.h"
#include "app/presentation/checkinanswers.h"

#include <QWizardPage>

class QComboBox;

namespace patella {

// One flexibility self-test: a picture, the steps, and a value for each side (either may be left empty when
// the test was skipped). The page says plainly that the numbers are for following a trend.
class CheckInFlexPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInFlexPage)

public:
    CheckInFlexPage(FlexTest test, QWidget* parent = nullptr);

    FlexTest test() const { return m_guide.test; }
    bool isComplete() const override;
    void collect(CheckInAnswers& answers) const;

private:
    void check();
    FlexUnit unit() const;

    FlexTestGuide m_guide;
    QComboBox* m_unit = nullptr;
    CheckedField m_left;
    CheckedField m_right;
    bool m_valid = true;
};

} // namespace patella
