#pragma once

#include "app/presentation/checkinanswers.h"
#include "core/model/units.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QTableWidget;

namespace patella {

// The last page: this week beside the last check-in (worst and usual pain, each flexibility value, mileage),
// with the change written out plainly and no verdicts.
class CheckInSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInSummaryPage)

public:
    using Answers = std::function<CheckInAnswers()>;
    using WeekMetres = std::function<std::optional<double>()>;

    CheckInSummaryPage(JournalStore& store, QDate today, DistanceUnit unit, Answers answers, WeekMetres weekMetres,
                       QWidget* parent = nullptr);

    void initializePage() override;

private:
    void addRow(const QString& what, const QString& last, const QString& now, const QString& change);

    JournalStore& m_store;
    QDate m_today;
    DistanceUnit m_unit;
    Answers m_answers;
    WeekMetres m_weekMetres;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace patella
