#include "core/catalog/dosehistory.h"

#include <algorithm>

namespace patella {

QList<DoseReport> doseReports(const QList<SessionRecord>& sessions, const QList<QDate>& worseMornings,
                              const QString& exerciseId)
{
    QList<const SessionRecord*> ordered;
    ordered.reserve(sessions.size());
    for (const SessionRecord& session : sessions)
        ordered.append(&session);
    std::stable_sort(ordered.begin(), ordered.end(), [](const SessionRecord* a, const SessionRecord* b) {
        return a->localDate != b->localDate ? a->localDate < b->localDate : a->start < b->start;
    });
    QList<QDate> mornings = worseMornings;
    std::sort(mornings.begin(), mornings.end());

    QList<DoseReport> reports;
    qsizetype morning = 0;
    for (const SessionRecord* session : std::as_const(ordered)) {
        while (morning < mornings.size() && mornings.at(morning) <= session->localDate)
            reports.append(DoseReport {mornings.at(morning++), kWorseMorningScore, true});
        for (int score : painReportsFor({*session}, exerciseId))
            reports.append(DoseReport {session->localDate, score, false});
    }
    for (; morning < mornings.size(); ++morning)
        reports.append(DoseReport {mornings.at(morning), kWorseMorningScore, true});
    return reports;
}

QList<int> doseScores(const QList<DoseReport>& reports)
{
    QList<int> scores;
    scores.reserve(reports.size());
    for (const DoseReport& report : reports)
        scores.append(report.score);
    return scores;
}

DoseHistory doseHistory(const Exercise& exercise, const QList<DoseReport>& reports)
{
    DoseHistory history;
    history.reports = int(reports.size());
    QList<int> scores;
    scores.reserve(reports.size());
    Progression before = progressionFor(exercise, scores);
    // progressionFor is a fold, so each prefix is where the dose stood after that report.
    for (const DoseReport& report : reports) {
        scores.append(report.score);
        const Progression after = progressionFor(exercise, scores);
        if (after.step != before.step)
            history.lastChange = DoseStep {report, after.change, before.dose, after.dose};
        before = after;
    }
    history.current = before;
    return history;
}

} // namespace patella
