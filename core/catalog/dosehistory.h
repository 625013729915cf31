#pragma once

#include "core/catalog/programme.h"
#include "core/model/records.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Which pain reports steer an exercise's dose, with their dates, and when the dose last changed and why.
// One home for the session player (today's dose) and the physiotherapist's report (the dose and its last
// step up or back).
namespace patella {

constexpr int kDoseRecentDays = 42; // pain reports older than six weeks no longer steer the dose
constexpr int kWorseMorningScore = kAcceptablePainMax + 1; // a worse morning steps the dose back like too much pain

struct DoseReport
{
    QDate date;
    int score = 0;
    bool worseMorning = false; // the knee was worse the morning after, counted as too much pain
};

// Per session (oldest first) the worst score reported after the exercise (painReportsFor), and each morning
// the knee was worse than the one before, counted as a report of kWorseMorningScore on that morning, before
// that day's sessions (pain-monitoring model: the knee should be no worse the next day).
QList<DoseReport> doseReports(const QList<SessionRecord>& sessions, const QList<QDate>& worseMornings,
                              const QString& exerciseId);
QList<int> doseScores(const QList<DoseReport>& reports);

struct DoseStep
{
    DoseReport report; // the report that moved the dose
    DoseChange change = DoseChange::Kept; // Progressed or SteppedBack
    PlannedDose before;
    PlannedDose after;
};

struct DoseHistory
{
    Progression current; // progressionFor over every report
    std::optional<DoseStep> lastChange; // the last report that moved the dose up or back
    int reports = 0;
};

// The current dose and the last time it moved, from the reports (oldest first) by progressionFor itself.
DoseHistory doseHistory(const Exercise& exercise, const QList<DoseReport>& reports);

} // namespace patella
