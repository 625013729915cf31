#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTime>

class QTimer;

namespace patella {

struct AppContext;
class Notifier;

// Which reminders are due at a moment. Pure, so the rules are tested without a tray or a clock.
struct ReminderState
{
    QDateTime nowLocal;
    bool stretchEnabled = false;
    QTime stretchAt;
    bool checkInEnabled = false;
    QTime checkInAt;
    Qt::DayOfWeek checkInDay = Qt::Sunday;
    bool flexibilityDoneToday = false; // a completed session today: the stretch reminder stays quiet
    bool checkInDoneThisWeek = false;
    QDate stretchShownOn; // the day the stretch reminder was last shown
    QDate checkInShownOn;
};

struct DueReminders
{
    bool stretch = false;
    bool checkIn = false;
};

DueReminders dueReminders(const ReminderState& state);

// Optional reminders through the system tray (the shell's one tray icon, as a Notifier) while Patella runs:
// once a day at the chosen time, and never on a day the work is already done. Quiet where there is no tray.
class Reminders final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reminders)

public:
    Reminders(AppContext& context, Notifier& notifier, QObject* parent = nullptr);

public slots:
    void check();

signals:
    void activated(); // the runner clicked a reminder: show the window

private:
    AppContext& m_context;
    Notifier& m_notifier;
    QTimer* m_timer = nullptr;
    QDate m_stretchShownOn;
    QDate m_checkInShownOn;
};

} // namespace patella
