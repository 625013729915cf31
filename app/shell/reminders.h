#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTime>

class QSystemTrayIcon;
class QTimer;

namespace patella {

struct AppContext;

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

// Optional reminders through the system tray while Patella runs: once a day at the chosen time, and never on
// a day the work is already done.
class Reminders final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reminders)

public:
    explicit Reminders(AppContext& context, QObject* parent = nullptr);

    bool trayAvailable() const;

public slots:
    void check();

signals:
    void activated(); // the runner clicked a reminder: show the window

private:
    AppContext& m_context;
    QSystemTrayIcon* m_tray = nullptr;
    QTimer* m_timer = nullptr;
    QDate m_stretchShownOn;
    QDate m_checkInShownOn;
};

} // namespace patella
