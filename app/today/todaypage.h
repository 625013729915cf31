#pragma once

#include "core/catalog/programme.h"
#include "core/insights/insights.h"
#include "core/insights/psfs.h"
#include "core/model/records.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace patella {

struct AppContext;
class JournalErrorBanner;
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
    void orderTabs();
    QWidget* card(const QString& title, QVBoxLayout*& body, const QString& objectName);
    void clear(QVBoxLayout* layout);
    // The journal's last weeks, read once per refresh and shared by every card.
    struct History
    {
        InsightInputs records;
        QList<MorningCheck> mornings;
        ProgrammeStatus status; // the core's phase, from the same records
        Phase phase = Phase::Gentle;
        std::optional<PsfsMove> functionMove; // the function score's latest round, when it moved
    };
    History readHistory() const;
    void fillPlan(const History& history);
    void fillWeek(const History& history);
    void fillAlerts(const History& history);
    void fillMorning(const History& history);
    void fillSettled(const History& history);
    void fillHabit();
    void savePain(int score, PainSituation situation, Side side);
    void answerMorning(bool worse);
    void answerSettled(RecordId sessionId, bool settled);

    AppContext& m_context;
    QWidget* m_settledCard = nullptr;
    QVBoxLayout* m_settled = nullptr;
    QDateTime m_settledDue; // when the next "Has it settled?" question comes up; invalid when none waits
    std::optional<MorningCheck> m_morningAbout; // what the morning question asks about (yesterday's session or run)
    QLabel* m_subtitle = nullptr;
    QLabel* m_welcome = nullptr;
    QVBoxLayout* m_plan = nullptr;
    QVBoxLayout* m_week = nullptr;
    QVBoxLayout* m_alerts = nullptr;
    QVBoxLayout* m_morning = nullptr;
    QWidget* m_morningCard = nullptr;
    QVBoxLayout* m_habit = nullptr;
    PainQuickLog* m_painLog = nullptr;
    JournalErrorBanner* m_journalError = nullptr;
    QDate m_shownDay;
    int m_busyRetries = 0;
    static constexpr int kBusyRetries = 40; // 20 s at kBusyRetryMs
};

} // namespace patella
