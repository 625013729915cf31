#pragma once

#include "model/records.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace patella {

struct AppContext;
class PainQuickLog;

// The page a runner opens every day: what to do today and why, what is done, the streak and this week
// against the programme's target, alerts from the insights, a quick pain log, the morning-after question,
// and one prevention habit a day.
class TodayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPage)

public:
    explicit TodayPage(AppContext& context, QWidget* parent = nullptr);

public slots:
    void refresh();

signals:
    void startRoutineRequested(const QString& routineId);
    void checkInRequested();

private:
    QWidget* card(const QString& title, QVBoxLayout*& body, const QString& objectName);
    void clear(QVBoxLayout* layout);
    void fillPlan(const QList<SessionRecord>& sessions, const QList<Run>& runsToday, bool painFree);
    void fillWeek(const QList<SessionRecord>& sessions);
    void fillAlerts();
    void fillMorning(const QList<SessionRecord>& sessions, const QList<Run>& runs);
    void fillHabit();
    void savePain(int score, PainSituation situation, Side side);
    void answerMorning(bool worse);

    AppContext& m_context;
    QLabel* m_subtitle = nullptr;
    QLabel* m_welcome = nullptr;
    QVBoxLayout* m_plan = nullptr;
    QVBoxLayout* m_week = nullptr;
    QVBoxLayout* m_alerts = nullptr;
    QVBoxLayout* m_morning = nullptr;
    QWidget* m_morningCard = nullptr;
    QVBoxLayout* m_habit = nullptr;
    PainQuickLog* m_painLog = nullptr;
    QDate m_shownDay;
};

} // namespace patella
