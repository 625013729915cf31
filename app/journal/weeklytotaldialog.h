#pragma once

#include "app/journal/recorddialog.h"
#include "core/model/records.h"
#include "core/model/units.h"

class QDateEdit;
class QLabel;
class QLineEdit;

namespace patella {

// Logs a week's running as one total, for runners who do not log single runs.
class WeeklyTotalDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyTotalDialog)

public:
    WeeklyTotalDialog(const WeeklyTotal& total, bool isNew, QDate today, DistanceUnit unit, QWidget* parent = nullptr);

    WeeklyTotal total() const;

protected:
    QList<Error> check() const override;

private:
    void showWeek();

    WeeklyTotal m_original;
    QDate m_today;
    DistanceUnit m_unit;
    QString m_originalDistance;
    QDateEdit* m_week = nullptr;
    QLabel* m_weekText = nullptr;
    QLineEdit* m_distance = nullptr;
    QLineEdit* m_runs = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace patella
