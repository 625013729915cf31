#pragma once

#include "app/presentation/checkinanswers.h"
#include "core/model/units.h"

#include <QWizardPage>

class QCheckBox;
class QVBoxLayout;

namespace patella {

// The shoes in use with their distance against the runner's limit. Ticking "looks worn" suggests retiring the
// pair and offers to do it when the check-in is saved.
class CheckInShoePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInShoePage)

public:
    CheckInShoePage(JournalStore& store, DistanceUnit unit, QWidget* parent = nullptr);

    void initializePage() override;
    void collect(CheckInAnswers& answers) const;

private:
    JournalStore& m_store;
    DistanceUnit m_unit;
    QVBoxLayout* m_list = nullptr;
    QList<QPair<RecordId, QCheckBox*>> m_retire;
    bool m_built = false;
};

} // namespace patella
