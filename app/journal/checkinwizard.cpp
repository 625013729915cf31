#include "app/journal/checkinwizard.h"

#include "app/journal/checkinflexpage.h"
#include "app/journal/checkinfunctionpage.h"
#include "app/journal/checkinmileagepage.h"
#include "app/journal/checkinnotespage.h"
#include "app/journal/checkinpainpage.h"
#include "app/journal/checkinshoepage.h"
#include "app/journal/checkinsummarypage.h"
#include "app/journal/checkinwarningpage.h"
#include "app/ui/appcontext.h"
#include "app/ui/formatting.h"
#include "core/insights/psfs.h"
#include "core/model/clock.h"
#include "core/model/preferences.h"

#include <QMessageBox>
#include <QScreen>
#include <QShowEvent>

namespace patella {

CheckInWizard::CheckInWizard(AppContext& context, QWidget* parent)
    : QWizard(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("checkInWizard"));
    const QDate today = context.clock.today();
    setWindowTitle(tr("Weekly check-in, week of %1").arg(fmt::date(isoWeekStart(today))));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    const DistanceUnit unit = context.preferences.distanceUnit();

    m_pain = new CheckInPainPage(this);
    addPage(m_pain);
    m_warnings = new CheckInWarningPage(this);
    addPage(m_warnings);
    if (auto asked = context.store.currentPsfsActivities(); asked) {
        auto scores = context.store.list<PsfsScore>();
        const std::optional<QDate> last = scores && !scores.value().isEmpty()
            ? std::optional<QDate>(scores.value().constLast().date)
            : std::nullopt;
        if (psfsDue(last, today, context.preferences.functionScoreEveryWeeks())) {
            m_function = new CheckInFunctionPage(asked.value(), today, this);
            addPage(m_function);
        }
    }
    for (FlexTest test : allFlexTests()) {
        auto* page = new CheckInFlexPage(test, this);
        m_flex.append(page);
        addPage(page);
    }
    m_mileage = new CheckInMileagePage(context.store, today, unit, this);
    addPage(m_mileage);
    m_shoes = new CheckInShoePage(context.store, unit, this);
    addPage(m_shoes);
    m_notes = new CheckInNotesPage(this);
    addPage(m_notes);
    m_summary = new CheckInSummaryPage(
        context.store, today, unit, [this] { return answers(); }, [this] { return m_mileage->weekMetres(); }, this);
    addPage(m_summary);
    // Big enough for the longest page (the flexibility guides), no bigger: the pages are short forms.
    resize(760, 600);
}

void CheckInWizard::showEvent(QShowEvent* event)
{
    QWizard::showEvent(event);
    if (!m_placed && !event->spontaneous()) {
        m_placed = true;
        placeOverParent();
    }
}

void CheckInWizard::placeOverParent()
{
    // Centred on the main window and kept on its screen, so the title bar never opens above the window's top
    // edge or off screen.
    QRect frame = frameGeometry();
    if (QWidget* owner = parentWidget() ? parentWidget()->window() : nullptr)
        frame.moveCenter(owner->frameGeometry().center());
    if (const QScreen* screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        frame.moveLeft(
            qBound(available.left(), frame.left(), qMax(available.left(), available.right() - frame.width())));
        frame.moveTop(qBound(available.top(), frame.top(), qMax(available.top(), available.bottom() - frame.height())));
    }
    move(frame.topLeft());
}

CheckInAnswers CheckInWizard::answers() const
{
    CheckInAnswers answers;
    m_pain->collect(answers);
    m_warnings->collect(answers);
    if (m_function)
        m_function->collect(answers);
    for (const CheckInFlexPage* page : m_flex)
        page->collect(answers);
    m_mileage->collect(answers);
    m_shoes->collect(answers);
    m_notes->collect(answers);
    return answers;
}

void CheckInWizard::accept()
{
    const auto saved = saveCheckIn(m_context.store, answers(), m_context.clock.now(), m_context.clock.today());
    if (!saved) {
        m_lastError = saved.error().text();
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("Check-in not saved"),
            tr("The journal did not accept the check-in, and nothing of it was saved: %1").arg(m_lastError),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("checkInError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_lastError.clear();
    emit this->saved();
    QWizard::accept();
}

} // namespace patella
