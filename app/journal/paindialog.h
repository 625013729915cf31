#pragma once

#include "app/journal/recorddialog.h"
#include "core/model/records.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace patella {

class Preferences;

class PainScale;

// Adds or edits one pain entry: when, where (situation and side), how much (0-10, picked on a row of buttons)
// and a note. A new entry starts at the situation and side last saved (in the data folder's settings, through
// Preferences::remembered(); none when remembered is null).
class PainDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PainDialog)

public:
    // now: the clock's time, the default for a new entry; today limits the date.
    PainDialog(const PainEntry& entry, bool isNew, const QDateTime& now, Preferences* remembered,
               QWidget* parent = nullptr);

    // The entry as typed (valid when check() is empty); keeps the id and session link of the edited one.
    PainEntry entry() const;
    PainScale* scorePicker() const { return m_score; }

protected:
    QList<Error> check() const override;

private:
    void remember() const;
    QString scoreText() const;

    PainEntry m_original;
    QDate m_today;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QComboBox* m_situation = nullptr;
    QComboBox* m_side = nullptr;
    PainScale* m_score = nullptr;
    QLineEdit* m_note = nullptr;
    Preferences* m_remembered = nullptr;
};

} // namespace patella
