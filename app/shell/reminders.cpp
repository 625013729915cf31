#include "app/shell/reminders.h"

#include "app/ui/appcontext.h"
#include "app/ui/notifier.h"
#include "core/model/clock.h"
#include "core/model/preferences.h"
#include "core/store/journalstore.h"

#include <QPointer>
#include <QTimer>

namespace patella {
namespace {

constexpr int kCheckEveryMs = 60 * 1000;

} // namespace

DueReminders dueReminders(const ReminderState& s)
{
    DueReminders due;
    const QDate today = s.nowLocal.date();
    const QTime now = s.nowLocal.time();
    due.stretch = s.stretchEnabled && s.stretchAt.isValid() && now >= s.stretchAt && !s.flexibilityDoneToday
        && s.stretchShownOn != today;
    due.checkIn = s.checkInEnabled && s.checkInAt.isValid() && today.dayOfWeek() == s.checkInDay && now >= s.checkInAt
        && !s.checkInDoneThisWeek && s.checkInShownOn != today;
    return due;
}

Reminders::Reminders(AppContext& context, Notifier& notifier, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_notifier(notifier)
{
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &Reminders::check);
    m_timer->start(kCheckEveryMs);
}

void Reminders::check()
{
    const Preferences& prefs = m_context.preferences;
    if (!m_notifier.available() || (!prefs.stretchReminderEnabled() && !prefs.checkInReminderEnabled()))
        return;
    const QDate today = m_context.today();
    ReminderState state;
    state.nowLocal = m_context.clock.now().toLocalTime();
    state.stretchEnabled = prefs.stretchReminderEnabled();
    state.stretchAt = prefs.stretchReminderTime();
    state.checkInEnabled = prefs.checkInReminderEnabled();
    state.checkInAt = prefs.checkInReminderTime();
    state.checkInDay = prefs.checkInDay();
    state.stretchShownOn = m_stretchShownOn;
    state.checkInShownOn = m_checkInShownOn;
    if (const auto sessions = m_context.store.list<SessionRecord>({today, today})) {
        for (const SessionRecord& s : sessions.value())
            state.flexibilityDoneToday = state.flexibilityDoneToday || s.outcome == SessionOutcome::Completed;
    }
    if (const auto checkIns = m_context.store.list<CheckIn>({isoWeekStart(today), today}))
        state.checkInDoneThisWeek = !checkIns.value().isEmpty();

    const DueReminders due = dueReminders(state);
    const auto toToday = [self = QPointer<Reminders>(this)] {
        if (self)
            emit self->activated();
    };
    if (due.stretch) {
        m_stretchShownOn = today;
        m_notifier.notify(tr("Time to stretch"),
                          tr("A few calm minutes for your knee: today's plan is waiting in Patella."), toToday);
    }
    if (due.checkIn) {
        m_checkInShownOn = today;
        m_notifier.notify(tr("Weekly check-in"),
                          tr("Note this week's pain, flexibility and mileage: it takes about three minutes."), toToday);
    }
}

} // namespace patella
