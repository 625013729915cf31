#pragma once

#include "app/presentation/checkinanswers.h"

#include <QWizardPage>

class QPlainTextEdit;

namespace patella {

// Free notes for the week: what went well, what flared up, anything to tell a physio.
class CheckInNotesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInNotesPage)

public:
    explicit CheckInNotesPage(QWidget* parent = nullptr);

    void collect(CheckInAnswers& answers) const;

private:
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace patella
