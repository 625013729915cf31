#pragma once

#include "app/journal/recorddialog.h"
#include "core/model/records.h"
#include "core/model/units.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace patella {

// Adds or edits one run: distance in the runner's unit, time as h:mm:ss, effort, shoe, pain during and after.
class RunDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDialog)

public:
    // shoes: every shoe; the combo offers those in use (and the run's own shoe, even if retired since).
    RunDialog(const Run& run, bool isNew, const QDateTime& now, DistanceUnit unit, const QList<Shoe>& shoes,
              QWidget* parent = nullptr);

    Run run() const;

protected:
    QList<Error> check() const override;

private:
    Run m_original;
    QDate m_today;
    DistanceUnit m_unit;
    QString m_originalDistance; // as first shown: unchanged text keeps the stored metres (no rounding drift)
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QLineEdit* m_distance = nullptr;
    QLineEdit* m_duration = nullptr;
    QLineEdit* m_effort = nullptr;
    QComboBox* m_shoe = nullptr;
    QLineEdit* m_painDuring = nullptr;
    QLineEdit* m_painAfter = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace patella
