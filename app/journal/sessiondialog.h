#pragma once

#include "app/journal/recorddialog.h"
#include "core/model/records.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace patella {

class Catalog;

// Logs a session done without the player, or corrects one: routine, when, how long, outcome. The exercises
// a guided session recorded are kept as they are.
class SessionDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDialog)

public:
    SessionDialog(const SessionRecord& session, bool isNew, const QDateTime& now, const Catalog& catalog,
                  QWidget* parent = nullptr);

    SessionRecord session() const;

protected:
    QList<Error> check() const override;

private:
    SessionRecord m_original;
    QDate m_today;
    QComboBox* m_routine = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QLineEdit* m_length = nullptr;
    QComboBox* m_outcome = nullptr;
};

} // namespace patella
