#pragma once

#include "app/journal/recorddialog.h"
#include "core/model/records.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace patella {

// Adds or edits one flexibility self-test result (test, side, value in the test's unit).
class FlexDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlexDialog)

public:
    FlexDialog(const FlexCheck& check, bool isNew, const QDateTime& now, QWidget* parent = nullptr);

    FlexCheck flexCheck() const;

    // The units a test is measured in (the straight-leg raise takes an angle or a tightness score).
    static QList<FlexUnit> unitsOf(FlexTest test);

protected:
    QList<Error> check() const override;

private:
    void fillUnits();

    FlexCheck m_original;
    QDate m_today;
    QDateEdit* m_date = nullptr;
    QComboBox* m_test = nullptr;
    QComboBox* m_side = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_value = nullptr;
};

} // namespace patella
