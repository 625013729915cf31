#include "core/catalog/programme.h"
#include "tests/core/catalog/catalogtesting.h"
#include "tests/support/testsupport.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace patella;

TEST(Programme, PhaseAndWeekForDates)
{
    const QDate start = test::referenceDate();
    const auto phase = [start](int day) { return programmeStatus(start.addDays(day), start, {}).phase; };
    EXPECT_EQ(phase(0), Phase::Gentle);
    EXPECT_EQ(programmeWeek(start, start), 1);
    EXPECT_EQ(phase(13), Phase::Gentle);
    EXPECT_EQ(programmeWeek(start.addDays(13), start), 2);
    EXPECT_EQ(phase(14), Phase::Strength);
    EXPECT_EQ(programmeWeek(start.addDays(14), start), 3);
    EXPECT_EQ(phase(60), Phase::Strength);
    // A start date in the future (set ahead) is still week one.
    EXPECT_EQ(phase(-5), Phase::Gentle);
    EXPECT_EQ(programmeWeek(start.addDays(-5), start), 1);
}

TEST(Programme, LaddersClimbInsideTheRanges)
{
    const Catalog catalog = test::realCatalog();
    const QList<PlannedDose> quad = doseLadder(*catalog.exercise(QStringLiteral("standing-quad-stretch")));
    ASSERT_EQ(quad.size(), 3);
    EXPECT_EQ(quad.at(0), (PlannedDose {20, 0, 2, 10}));
    EXPECT_EQ(quad.at(1), (PlannedDose {25, 0, 2, 10}));
    EXPECT_EQ(quad.at(2), (PlannedDose {30, 0, 2, 10}));

    // The calf's hold is fixed at 20 s: progression is the second set.
    const QList<PlannedDose> calf = doseLadder(*catalog.exercise(QStringLiteral("calf-wall-stretch")));
    ASSERT_EQ(calf.size(), 2);
    EXPECT_EQ(calf.at(0).sets, 1);
    EXPECT_EQ(calf.at(1), (PlannedDose {20, 0, 2, 10}));

    const QList<PlannedDose> bridge = doseLadder(*catalog.exercise(QStringLiteral("glute-bridge")));
    QList<int> reps;
    for (const PlannedDose& d : bridge)
        reps.append(d.reps * 10 + d.sets);
    EXPECT_EQ(reps, (QList<int> {102, 122, 142, 152, 153})); // 10,12,14,15 reps at 2 sets, then 15 at 3
}

TEST(Programme, StartsLowAndProgressesAsPainSettles)
{
    const Catalog catalog = test::realCatalog();
    const Exercise& quad = *catalog.exercise(QStringLiteral("standing-quad-stretch"));
    EXPECT_EQ(progressionFor(quad, {}).change, DoseChange::Start);
    EXPECT_EQ(plannedDose(quad, {}).holdSeconds, 20);
    EXPECT_EQ(plannedDose(quad, {2}).holdSeconds, 20); // one calm session is not yet a trend
    EXPECT_EQ(progressionFor(quad, {2}).change, DoseChange::Kept);
    const Progression up = progressionFor(quad, {2, 1});
    EXPECT_EQ(up.dose.holdSeconds, 25);
    EXPECT_EQ(up.change, DoseChange::Progressed);
    EXPECT_EQ(plannedDose(quad, {2, 1, 0, 2}).holdSeconds, 30);
    EXPECT_EQ(plannedDose(quad, {0, 0, 0, 0, 0, 0, 0, 0}).holdSeconds, 30); // the top of the range, never past it

    const Exercise& calf = *catalog.exercise(QStringLiteral("calf-wall-stretch"));
    EXPECT_EQ(plannedDose(calf, {1, 1}).sets, 2); // "or a second set"
}

TEST(Programme, AcceptablePainKeepsTheDose)
{
    const Catalog catalog = test::realCatalog();
    const Exercise& quad = *catalog.exercise(QStringLiteral("standing-quad-stretch"));
    EXPECT_EQ(plannedDose(quad, {2, 4, 1}).holdSeconds, 20); // 4 breaks the run of calm sessions
    EXPECT_EQ(plannedDose(quad, {2, 1, 5}).holdSeconds, 25);
    EXPECT_EQ(progressionFor(quad, {2, 1, 5}).change, DoseChange::Kept);
}

TEST(Programme, SharpPainStepsBack)
{
    const Catalog catalog = test::realCatalog();
    const Exercise& quad = *catalog.exercise(QStringLiteral("standing-quad-stretch"));
    const Progression back = progressionFor(quad, {1, 1, 1, 1, 8});
    EXPECT_EQ(back.dose.holdSeconds, 25);
    EXPECT_EQ(back.change, DoseChange::SteppedBack);
    EXPECT_EQ(plannedDose(quad, {1, 1, 6}).holdSeconds, 20);
    EXPECT_EQ(plannedDose(quad, {6, 7}).holdSeconds, 20); // never below the low end
    EXPECT_EQ(plannedDose(quad, {1, 1, 9, 42, -1}).holdSeconds, 20); // out-of-scale scores ignored
}

TEST(Programme, EveryPlannedDoseStaysInsideTheExercisesRanges)
{
    const Catalog catalog = test::realCatalog();
    QRandomGenerator random(20260316);
    for (const Exercise& exercise : catalog.exercises()) {
        for (int trial = 0; trial < 50; ++trial) {
            QList<int> reports;
            const int count = random.bounded(12);
            for (int i = 0; i < count; ++i)
                reports.append(random.bounded(11));
            const PlannedDose dose = plannedDose(exercise, reports);
            const Dose& range = exercise.dose;
            SCOPED_TRACE(exercise.id.toStdString());
            EXPECT_GE(dose.sets, range.sets.low);
            EXPECT_LE(dose.sets, range.sets.high);
            if (range.type == DoseType::Hold) {
                EXPECT_GE(dose.holdSeconds, range.holdSeconds.low);
                EXPECT_LE(dose.holdSeconds, range.holdSeconds.high);
            } else {
                EXPECT_GE(dose.reps, range.reps.low);
                EXPECT_LE(dose.reps, range.reps.high);
            }
        }
    }
}

TEST(Programme, PainReportsComeFromSessionsOldestFirstWorstPerSession)
{
    const auto sessionOn = [](int day, QList<std::pair<QString, std::optional<int>>> items) {
        SessionRecord record;
        record.localDate = test::referenceDate().addDays(day);
        record.start = QDateTime(record.localDate, QTime(8, 0), QTimeZone::utc());
        for (const auto& [exerciseId, pain] : items) {
            SessionItem item;
            item.exerciseId = exerciseId;
            item.pain = pain;
            record.items.append(item);
        }
        return record;
    };
    const QString quad = QStringLiteral("standing-quad-stretch");
    const QString calf = QStringLiteral("calf-wall-stretch");
    const QList<SessionRecord> sessions {
        sessionOn(3, {{quad, 2}, {quad, 5}, {calf, 1}}), // worst of the two quad reports
        sessionOn(1, {{quad, 1}}), // older, listed later
        sessionOn(2, {{calf, 0}, {quad, std::nullopt}}), // no quad report
        sessionOn(4, {{quad, 0}}),
    };
    EXPECT_EQ(painReportsFor(sessions, quad), (QList<int> {1, 5, 0}));
    EXPECT_EQ(painReportsFor(sessions, calf), (QList<int> {0, 1}));
    EXPECT_TRUE(painReportsFor(sessions, QStringLiteral("wall-sit")).isEmpty());
}

TEST(Programme, WeeklySessionTargetFollowsThePhase)
{
    EXPECT_EQ(weeklySessionTarget(Phase::Gentle), 14); // twice a day
    EXPECT_EQ(weeklySessionTarget(Phase::Strength), 10); // daily stretching + three strength days
    EXPECT_EQ(weeklySessionTarget(Phase::Maintenance), 4); // at least 3-4 times a week
}

TEST(Programme, SharpKindOrAnUnsettledSessionStepsTheDoseBack)
{
    SessionRecord calm;
    calm.localDate = test::referenceDate();
    SessionItem item;
    item.exerciseId = QStringLiteral("step-up");
    item.pain = 2;
    calm.items = {item};
    EXPECT_EQ(painReportsFor({calm}, QStringLiteral("step-up")), QList<int> {2});

    SessionRecord sharp = calm;
    sharp.items[0].painKind = PainKind::SharpStabbingOrCatching;
    EXPECT_EQ(painReportsFor({sharp}, QStringLiteral("step-up")), QList<int> {6}) << "stops at any score";

    SessionRecord unsettled = calm;
    unsettled.items[0].pain = 4;
    unsettled.settled = false;
    EXPECT_EQ(painReportsFor({unsettled}, QStringLiteral("step-up")), QList<int> {6})
        << "acceptable only if it settles within about an hour";
    unsettled.settled = true;
    EXPECT_EQ(painReportsFor({unsettled}, QStringLiteral("step-up")), QList<int> {4});
}

TEST(SessionPain, AnAcceptableEndAsksHasItSettledAnHourLater)
{
    SessionRecord session;
    session.id = 7;
    session.localDate = test::referenceDate();
    session.start = test::referenceNow();
    session.end = session.start.addSecs(900);
    SessionItem item;
    item.exerciseId = QStringLiteral("wall-sit");
    item.pain = 2;
    session.items = {item};
    EXPECT_FALSE(asksIfSettled(session, {})) << "safe: nothing to settle";

    PainEntry kneeNow; // "how is your knee now?" after the session
    kneeNow.sessionId = 7;
    kneeNow.score = 4;
    EXPECT_TRUE(asksIfSettled(session, {kneeNow}));
    EXPECT_EQ(sessionWorstPain(session, {kneeNow}), 4);
    EXPECT_EQ(settledQuestionDue(session), session.end.addSecs(3600));

    session.items[0].pain = 7; // pain stopped an exercise: too much, not acceptable
    EXPECT_FALSE(asksIfSettled(session, {kneeNow}));
}

TEST(SessionPain, TheSettledQuestionAsksAboutTheLatestDueSessionAndWaitsForTheHour)
{
    const QDate day = test::referenceDate();
    const QDateTime now = test::referenceNow();
    const auto ended = [&](RecordId id, int minutesAgo, int pain) {
        SessionRecord s;
        s.id = id;
        s.localDate = day;
        s.end = now.addSecs(-60 * minutesAgo);
        s.start = s.end.addSecs(-600);
        SessionItem item;
        item.exerciseId = QStringLiteral("wall-sit");
        item.pain = pain;
        s.items = {item};
        return s;
    };
    // Two acceptable sessions whose hour is up, one that ended 20 minutes ago, one safe, one of yesterday.
    QList<SessionRecord> sessions {ended(1, 200, 4), ended(2, 90, 5), ended(3, 20, 3), ended(4, 120, 1)};
    SessionRecord yesterday = ended(5, 60 * 24, 4);
    yesterday.localDate = day.addDays(-1);
    sessions.append(yesterday);

    SettleQuestion q = settleQuestion(sessions, {}, day, now);
    EXPECT_EQ(q.ask, std::optional<RecordId>(2)) << "the one that ended last of those due";
    EXPECT_EQ(q.nextDue, now.addSecs(40 * 60)) << "the 20-minute-old one comes up at its hour";
    EXPECT_FALSE(q.notSettled.has_value());

    sessions[1].settled = false; // answered: not settled
    q = settleQuestion(sessions, {}, day, now);
    EXPECT_EQ(q.ask, std::optional<RecordId>(1));
    EXPECT_EQ(q.notSettled, std::optional<RecordId>(2));
    sessions[0].settled = true;
    q = settleQuestion(sessions, {}, day, now);
    EXPECT_FALSE(q.ask.has_value());
    EXPECT_EQ(q.nextDue, now.addSecs(40 * 60));
    EXPECT_FALSE(settleQuestion(sessions, {}, day, now.addSecs(40 * 60)).nextDue.isValid());
    EXPECT_EQ(settleQuestion(sessions, {}, day, now.addSecs(40 * 60)).ask, std::optional<RecordId>(3));
}

TEST(SessionPain, TheMorningQuestionIsTiedToYesterdaysLastTraining)
{
    const QDate today = test::referenceDate();
    const QDate yesterday = today.addDays(-1);
    SessionRecord morning;
    morning.id = 11;
    morning.localDate = yesterday;
    morning.start = QDateTime(yesterday, QTime(7, 0), QTimeZone::utc());
    morning.end = morning.start.addSecs(900);
    patella::Run evening;
    evening.id = 21;
    evening.localDate = yesterday;
    evening.start = QDateTime(yesterday, QTime(18, 0), QTimeZone::utc());
    evening.durationSeconds = 1800;
    SessionRecord older = morning;
    older.id = 12;
    older.localDate = today.addDays(-2);
    older.start = older.start.addDays(-1);
    older.end = older.end.addDays(-1);

    EXPECT_FALSE(morningQuestion({older}, {}, today).has_value()) << "nothing yesterday: no question";
    std::optional<MorningCheck> q = morningQuestion({morning, older}, {}, today);
    ASSERT_TRUE(q.has_value());
    EXPECT_EQ(q->date, today);
    EXPECT_EQ(q->sessionId, std::optional<RecordId>(11));
    EXPECT_FALSE(q->runId.has_value());

    q = morningQuestion({morning}, {evening}, today);
    ASSERT_TRUE(q.has_value());
    EXPECT_EQ(q->runId, std::optional<RecordId>(21)) << "the run ended later";
    EXPECT_FALSE(q->sessionId.has_value());

    morning.start = morning.start.addSecs(12 * 3600); // a 19:00 session after the run
    morning.end = morning.end.addSecs(12 * 3600);
    q = morningQuestion({morning}, {evening}, today);
    EXPECT_EQ(q->sessionId, std::optional<RecordId>(11));
}

TEST(Progression, SingleLegSquatWaitsForAWeekOfStepUpsAtFullDoseInTheSafeZone)
{
    const Catalog catalog = test::realCatalog();
    const Exercise& stepUp = *catalog.exercise(kGroundworkId);
    const PlannedDose full = doseLadder(stepUp).constLast();
    const QDate today = test::referenceDate();
    const auto stepUps = [&](QDate day, int reps, int pain) {
        SessionRecord s;
        s.localDate = day;
        s.routineId = QStringLiteral("strength");
        for (int set = 1; set <= full.sets; ++set) {
            for (Side side : {Side::Left, Side::Right}) {
                SessionItem item;
                item.exerciseId = stepUp.id;
                item.side = side;
                item.set = set;
                item.plannedReps = reps;
                item.actualReps = reps;
                if (set == full.sets)
                    item.pain = pain;
                s.items.append(item);
            }
        }
        return s;
    };
    EXPECT_FALSE(hardestStrengthGate(stepUp, {}, today).open);
    EXPECT_TRUE(hardestStrengthGate(stepUp, {}, today).reason.contains(QStringLiteral("0-2")));

    // Full dose, pain 1, from eight days ago: a week is done.
    const QList<SessionRecord> week {stepUps(today.addDays(-8), full.reps, 1), stepUps(today.addDays(-5), full.reps, 0),
                                     stepUps(today.addDays(-2), full.reps, 2)};
    const ExerciseGate open = hardestStrengthGate(stepUp, week, today);
    EXPECT_TRUE(open.open);
    EXPECT_TRUE(open.reason.isEmpty());

    // Only four days of it: not yet, and the reason counts the days.
    const ExerciseGate soon = hardestStrengthGate(stepUp, week.mid(1), today);
    EXPECT_FALSE(soon.open);
    EXPECT_EQ(soon.daysAtFullDose, 5);
    EXPECT_TRUE(soon.reason.contains(QStringLiteral("5 day"))) << soon.reason.toStdString();

    // Pain of 3 in the last one restarts the count; so does a session below full dose.
    QList<SessionRecord> acceptable = week;
    acceptable.append(stepUps(today, full.reps, 3));
    EXPECT_FALSE(hardestStrengthGate(stepUp, acceptable, today).open);
    QList<SessionRecord> lighter = week;
    lighter.append(stepUps(today, full.reps - 2, 0));
    EXPECT_FALSE(hardestStrengthGate(stepUp, lighter, today).open);
}
