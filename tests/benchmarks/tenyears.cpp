#include "tests/benchmarks/tenyears.h"

#include <QTimeZone>

namespace patella::bench {
namespace {

SessionItem item(const char* exercise, Side side, int set, int part, int seconds, int reps)
{
    SessionItem i;
    i.exerciseId = QString::fromLatin1(exercise);
    i.side = side;
    i.set = set;
    i.part = part;
    i.plannedSeconds = seconds;
    i.actualSeconds = seconds;
    i.plannedReps = reps;
    i.actualReps = reps;
    return i;
}

} // namespace

QDateTime utcAt(QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc());
}

JournalBatch tenYears(RecordId shoeA, RecordId shoeB)
{
    JournalBatch batch;
    const QDate first = kTenYearsEnd.addDays(-(kTenYearsDays - 1));
    for (int d = 0; d < kTenYearsDays; ++d) {
        const QDate date = first.addDays(d);
        SessionRecord mobility;
        mobility.routineId = QStringLiteral("daily-mobility");
        mobility.start = utcAt(date, 19, 0);
        mobility.end = mobility.start.addSecs(600);
        mobility.localDate = date;
        mobility.outcome = d % 17 == 0 ? SessionOutcome::Interrupted : SessionOutcome::Completed;
        for (Side side : {Side::Left, Side::Right}) {
            mobility.items.append(item("standing-quad-stretch", side, 1, 0, 30, 0));
            mobility.items.append(item("calf-wall-stretch", side, 1, 0, 20, 0));
            mobility.items.append(item("calf-wall-stretch", side, 1, 1, 20, 0));
        }
        mobility.items.append(item("glute-bridge", Side::Both, 1, 0, 36, 12));
        mobility.items.append(item("glute-bridge", Side::Both, 2, 0, 36, 12));
        SessionRecord second = mobility;
        second.routineId = d % 2 ? QStringLiteral("post-run") : QStringLiteral("strength");
        second.start = utcAt(date, 7, 45);
        second.end = second.start.addSecs(420);
        second.outcome = SessionOutcome::Completed;
        second.items.resize(4);
        batch.sessions.append(mobility);
        batch.sessions.append(second);

        for (int k = 0; k < 2; ++k) {
            PainEntry pain;
            pain.at = utcAt(date, k ? 21 : 7, 30);
            pain.localDate = date;
            pain.score = (d * 7 + k * 3) % 11;
            pain.situation = allSituations().at((d + k) % 7);
            pain.side = k ? Side::Right : Side::Both;
            batch.painEntries.append(pain);
        }

        Run run;
        run.start = utcAt(date, 7, 0);
        run.localDate = date;
        run.distanceMetres = 4000.0 + (d % 9) * 1000.0;
        run.durationSeconds = int(run.distanceMetres * 0.33);
        run.effort = 1 + d % 9;
        run.shoeId = d % 3 ? shoeA : shoeB;
        run.painDuring = d % 5;
        run.painAfter = d % 6;
        batch.runs.append(run);

        if (date.dayOfWeek() == Qt::Sunday) {
            CheckIn checkIn;
            checkIn.weekStart = isoWeekStart(date);
            checkIn.worstPain = 6;
            checkIn.usualPain = 3;
            checkIn.kneeWorseMorning = d % 2 == 0;
            batch.checkIns.append(checkIn);
            for (FlexTest test : allFlexTests()) {
                for (Side side : {Side::Left, Side::Right}) {
                    FlexCheck check;
                    check.at = utcAt(date, 9, 0);
                    check.localDate = date;
                    check.test = test;
                    check.side = side;
                    check.unit = FlexUnit::Tightness;
                    check.value = (d / 7) % 10;
                    batch.flexChecks.append(check);
                }
            }
        }
        batch.morningChecks.append(MorningCheck {NoId, date, d % 4 == 0});
    }
    return batch;
}

Result<QList<RecordId>> addShoes(JournalStore& store)
{
    Shoe a;
    a.name = QStringLiteral("A");
    a.firstUse = kTenYearsEnd.addYears(-11);
    Shoe b = a;
    b.name = QStringLiteral("B");
    return store.addAll(QList<Shoe> {a, b});
}

Result<void> writeTenYears(JournalStore& store)
{
    const auto shoes = addShoes(store);
    if (!shoes)
        return shoes.error();
    return store.addBatch(tenYears(shoes.value().at(0), shoes.value().at(1)));
}

} // namespace patella::bench
