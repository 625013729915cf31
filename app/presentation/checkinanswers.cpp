#include "app/presentation/checkinanswers.h"

#include "core/model/weekdistance.h"

#include <QCoreApplication>

namespace patella {

QList<PainSituation> checkInSituations()
{
    return {PainSituation::DuringRun, PainSituation::Stairs, PainSituation::LongSitting, PainSituation::Squatting};
}

JournalBatch checkInBatch(const CheckInAnswers& answers, const QDateTime& now, QDate today)
{
    JournalBatch batch;
    const QDate monday = isoWeekStart(today);
    CheckIn checkIn;
    checkIn.weekStart = monday;
    checkIn.worstPain = answers.worstPain;
    checkIn.usualPain = answers.usualPain;
    checkIn.notes = answers.notes.trimmed();
    checkIn.warningSigns = answers.warningSigns;
    batch.checkIns.append(checkIn);

    const QDateTime at = now.toUTC();
    for (PainSituation situation : checkInSituations()) {
        const auto score = answers.situations.constFind(situation);
        if (score == answers.situations.constEnd())
            continue;
        PainEntry entry;
        entry.at = at;
        entry.localDate = today;
        entry.score = *score;
        entry.situation = situation;
        entry.side = Side::Both;
        entry.note = QCoreApplication::translate("CheckIn", "Weekly check-in");
        batch.painEntries.append(entry);
    }
    for (const FlexAnswer& answer : answers.flex) {
        FlexCheck check;
        check.at = at;
        check.localDate = today;
        check.test = answer.test;
        check.side = answer.side;
        check.value = answer.value;
        check.unit = answer.unit;
        batch.flexChecks.append(check);
    }
    if (answers.weekTotalMetres) {
        WeeklyTotal total;
        total.weekStart = monday;
        total.distanceMetres = *answers.weekTotalMetres;
        total.runs = answers.weekTotalRuns;
        batch.weeklyTotals.append(total);
    }
    if (answers.functionScore) {
        PsfsRound round = *answers.functionScore;
        round.date = today;
        batch.psfsRounds.append(round);
    }
    return batch;
}

Result<void> saveCheckIn(JournalStore& store, const CheckInAnswers& answers, const QDateTime& now, QDate today)
{
    JournalBatch batch = checkInBatch(answers, now, today);
    const QDate monday = isoWeekStart(today);
    auto existing = store.list<CheckIn>(DateRange {monday, monday});
    if (!existing)
        return existing.error();
    // One transaction: the check-in (or this week's earlier one, updated), its records and the retired shoes
    // land together, or nothing does.
    return store.writeTogether([&]() -> Result<void> {
        if (!existing.value().isEmpty()) {
            const CheckIn& earlier = existing.value().constFirst();
            CheckIn updated = batch.checkIns.constFirst();
            updated.id = earlier.id;
            updated.kneeWorseMorning = earlier.kneeWorseMorning;
            if (auto written = store.update(updated); !written)
                return written;
            batch.checkIns.clear();
        }
        if (auto added = store.addBatch(batch); !added)
            return added;
        for (RecordId id : answers.retireShoes) {
            auto shoe = store.get<Shoe>(id);
            if (!shoe)
                return shoe.error();
            Shoe retired = shoe.value();
            retired.retired = today;
            if (auto updated = store.update(retired); !updated)
                return updated;
        }
        return {};
    });
}

WeekFigures previousWeek(JournalStore& store, QDate today)
{
    WeekFigures figures;
    const QDate monday = isoWeekStart(today);
    const QDate lastMonday = monday.addDays(-7);
    if (auto checkIns = store.list<CheckIn>(DateRange {QDate(), monday.addDays(-1)});
        checkIns && !checkIns.value().isEmpty()) {
        const CheckIn& last = checkIns.value().constLast();
        figures.worstPain = last.worstPain;
        figures.usualPain = last.usualPain;
        figures.checkInWeek = last.weekStart;
    }
    if (auto checks = store.list<FlexCheck>(DateRange {QDate(), monday.addDays(-1)}); checks) {
        // Lists are ordered by time: the last of each test and side wins.
        for (const FlexCheck& check : checks.value()) {
            bool found = false;
            for (FlexAnswer& answer : figures.flex) {
                if (answer.test == check.test && answer.side == check.side) {
                    answer.value = check.value;
                    answer.unit = check.unit;
                    found = true;
                }
            }
            if (!found)
                figures.flex.append(FlexAnswer {check.test, check.side, check.value, check.unit});
        }
    }
    if (auto weeks = store.weeklyMileage(DateRange {lastMonday, monday.addDays(-1)});
        weeks && !weeks.value().isEmpty()) {
        figures.metres = weeks.value().constFirst().distanceMetres;
        figures.metresFromTotal = weeks.value().constFirst().fromWeeklyTotal;
    }
    return figures;
}

WeekMileageSoFar thisWeekMileage(JournalStore& store, QDate today)
{
    WeekMileageSoFar week;
    const QDate monday = isoWeekStart(today);
    const auto runs = store.list<Run>(DateRange {monday, monday.addDays(6)});
    const auto totals = store.list<WeeklyTotal>(DateRange {monday, monday});
    const QMap<QDate, WeeklyDistance> weeks
        = weeklyDistances(runs ? runs.value() : QList<Run>(), totals ? totals.value() : QList<WeeklyTotal>());
    if (const auto it = weeks.constFind(monday); it != weeks.cend()) {
        week.metres = it->distanceMetres;
        week.runs = it->runs;
        week.fromRuns = !it->fromWeeklyTotal;
        week.fromTotal = it->fromWeeklyTotal;
    }
    return week;
}

} // namespace patella
