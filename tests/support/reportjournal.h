#pragma once

#include "core/store/journalstore.h"

#include <QTimeZone>

// A small journal with figures chosen by hand, for the report's tests and `patella --report`'s: the
// report for the 12 weeks ending Monday 16 March 2026 must show exactly these numbers.
//
// Programme started Monday 5 January 2026 (week 11 on 16 March). Stairs pain 5 every day of its first week
// and 3 every day of the last: first 5, last 3, change -2 (more than 1.16 lower). Running pain 4 and 4.
// Runs: 15, 15 and 18 km in the weeks of 5, 12 and 19 January (the third +20%, with an 8 km run on 23 January,
// 60% longer than the 5 km longest of the 30 days before; cadence 168 and 172 on 19 and 21 January). Quad stretch
// sessions Monday, Wednesday and Friday from 5 January, pain 1 after each, except 7 on Wednesday 11 March (the dose
// stepped back). Function score rounds on 11 January (2, 4, 5), 8 February (4, 5, 6) and 15 March (6, 7, 8):
// average 3.7 to 7, +3.3. Knee-to-wall left 8 to 10 cm, right 7 to 9 cm. Two check-ins with notes.
namespace patella::test {

inline QDate reportProgrammeStart()
{
    return QDate(2026, 1, 5);
}

inline QDateTime reportAt(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc());
}

inline Result<void> fillReportJournal(JournalStore& store)
{
    JournalBatch batch;
    const QDate start = reportProgrammeStart();
    for (int i = 0; i < 7; ++i) {
        PainEntry early;
        early.at = reportAt(start.addDays(i), 18);
        early.localDate = start.addDays(i);
        early.score = 5;
        early.situation = PainSituation::Stairs;
        batch.painEntries.append(early);
        PainEntry late = early;
        late.at = reportAt(QDate(2026, 3, 9).addDays(i), 18);
        late.localDate = QDate(2026, 3, 9).addDays(i);
        late.score = 3;
        batch.painEntries.append(late);
    }
    for (const QDate day : {QDate(2026, 1, 6), QDate(2026, 3, 10)}) {
        PainEntry running;
        running.at = reportAt(day, 8);
        running.localDate = day;
        running.score = 4;
        running.situation = PainSituation::DuringRun;
        running.note = day.month() == 3 ? QStringLiteral("Hill repeats felt fine") : QString();
        batch.painEntries.append(running);
    }
    const QList<QPair<QDate, double>> runs = {
        {QDate(2026, 1, 5), 5000},  {QDate(2026, 1, 7), 5000},  {QDate(2026, 1, 9), 5000},
        {QDate(2026, 1, 12), 5000}, {QDate(2026, 1, 14), 5000}, {QDate(2026, 1, 16), 5000},
        {QDate(2026, 1, 19), 5000}, {QDate(2026, 1, 21), 5000}, {QDate(2026, 1, 23), 8000},
    };
    for (const auto& [day, metres] : runs) {
        Run run;
        run.start = reportAt(day, 7);
        run.localDate = day;
        run.distanceMetres = metres;
        run.durationSeconds = int(metres * 0.36);
        run.painDuring = 2;
        // The watch gave a cadence for the first two runs of the week of 19 January only: 168 and 172, mean 170.
        if (day == QDate(2026, 1, 19))
            run.cadenceSpm = 168.0;
        if (day == QDate(2026, 1, 21))
            run.cadenceSpm = 172.0;
        if (metres > 6000) {
            run.painAfter = 6;
            run.note = QStringLiteral("Long run by the river");
        }
        batch.runs.append(run);
    }
    for (QDate day = start; day <= QDate(2026, 3, 13); day = day.addDays(1)) {
        if (day.dayOfWeek() != Qt::Monday && day.dayOfWeek() != Qt::Wednesday && day.dayOfWeek() != Qt::Friday)
            continue;
        SessionRecord session;
        session.routineId = QStringLiteral("daily-knee-mobility");
        session.start = reportAt(day, 19);
        session.end = session.start.addSecs(600);
        session.localDate = day;
        SessionItem item;
        item.exerciseId = QStringLiteral("standing-quad-stretch");
        item.side = Side::Left;
        item.plannedSeconds = 30;
        item.actualSeconds = 30;
        item.pain = day == QDate(2026, 3, 11) ? 7 : 1;
        session.items.append(item);
        batch.sessions.append(session);
    }
    CheckIn first;
    first.weekStart = start;
    first.worstPain = 6;
    first.usualPain = 4;
    first.notes = QStringLiteral("Stairs hurt going down");
    CheckIn last;
    last.weekStart = QDate(2026, 3, 9);
    last.worstPain = 4;
    last.usualPain = 2;
    last.notes = QStringLiteral("Stairs easier this week");
    batch.checkIns = {first, last};
    for (const auto& [day, left, right] :
         {std::tuple {QDate(2026, 1, 11), 8.0, 7.0}, std::tuple {QDate(2026, 3, 15), 10.0, 9.0}}) {
        for (const auto& [side, value] : {std::pair {Side::Left, left}, std::pair {Side::Right, right}}) {
            FlexCheck check;
            check.at = reportAt(day, 9);
            check.localDate = day;
            check.test = FlexTest::KneeToWall;
            check.side = side;
            check.value = value;
            batch.flexChecks.append(check);
        }
    }
    if (auto added = store.addBatch(batch); !added)
        return added;

    PsfsRound round;
    round.date = QDate(2026, 1, 11);
    round.ratings = {PsfsRating {NoId, QStringLiteral("Running 5 km"), 2},
                     PsfsRating {NoId, QStringLiteral("Going down stairs"), 4},
                     PsfsRating {NoId, QStringLiteral("Sitting through a film"), 5}};
    if (auto recorded = store.recordPsfsRound(round); !recorded)
        return recorded;
    const QList<QPair<QDate, QList<int>>> later = {{QDate(2026, 2, 8), {4, 5, 6}}, {QDate(2026, 3, 15), {6, 7, 8}}};
    for (const auto& [day, scores] : later) {
        auto asked = store.currentPsfsActivities();
        if (!asked)
            return asked.error();
        PsfsRound next;
        next.date = day;
        for (qsizetype i = 0; i < asked.value().size(); ++i)
            next.ratings.append(PsfsRating {asked.value().at(i).id, {}, scores.at(i)});
        if (auto recorded = store.recordPsfsRound(next); !recorded)
            return recorded;
    }
    return {};
}

} // namespace patella::test
