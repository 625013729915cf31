#pragma once

#include "app/journal/recorddialog.h"
#include "core/model/records.h"
#include "core/model/units.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace patella {

// Adds or edits a shoe: its name, first run, the distance limit the runner chooses, and retirement.
class ShoeDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShoeDialog)

public:
    ShoeDialog(const Shoe& shoe, bool isNew, QDate today, DistanceUnit unit, QWidget* parent = nullptr);

    Shoe shoe() const;

protected:
    QList<Error> check() const override;

private:
    Shoe m_original;
    QDate m_today;
    DistanceUnit m_unit;
    QString m_originalLimit;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_firstUse = nullptr;
    QLineEdit* m_limit = nullptr;
    QCheckBox* m_retired = nullptr;
    QDateEdit* m_retiredOn = nullptr;
};

} // namespace patella
