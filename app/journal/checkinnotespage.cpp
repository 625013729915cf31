#include "app/journal/checkinnotespage.h"

#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace patella {

CheckInNotesPage::CheckInNotesPage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("checkInNotesPage"));
    setTitle(tr("Notes"));
    setSubTitle(tr("Anything worth remembering about this week: a flare-up and what came before it, a new "
                   "exercise, a question for your physio. Optional."));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("checkInNotes"));
    m_notes->setTabChangesFocus(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notes);
}

void CheckInNotesPage::collect(CheckInAnswers& answers) const
{
    answers.notes = m_notes->toPlainText().trimmed();
}

} // namespace patella
