#pragma once

#include "app/journal/checkinfield.h"
#include "app/presentation/checkinanswers.h"
#include "core/model/units.h"

#include <QWizardPage>

class QLabel;

namespace patella {

// The week's running: the sum of the runs logged this week, or, when none were, a total the runner types.
class CheckInMileagePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInMileagePage)

public:
    CheckInMileagePage(JournalStore& store, QDate today, DistanceUnit unit, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    void collect(CheckInAnswers& answers) const;
    // This week's distance as the page ends up with it (logged runs, a logged total, or the typed total).
    std::optional<double> weekMetres() const;

private:
    void check();

    JournalStore& m_store;
    QDate m_today;
    DistanceUnit m_unit;
    WeekMileageSoFar m_week;
    QLabel* m_summary = nullptr;
    QWidget* m_entry = nullptr;
    CheckedField m_total;
    CheckedField m_runs;
    bool m_valid = true;
};

} // namespace patella
