// Today's doses: the programme's progression over the journal's recent pain reports, and fixed routine
// doses winning over it.
#include "app/presentation/sessiondoses.h"
#include "core/catalog/programme.h"
#include "tests/app/sessionplayer/pageharness.h"

using namespace patella;
using test::PageHarness;

namespace {

SessionRecord ratedSession(QDate day, const char* exerciseId, std::optional<int> left, std::optional<int> right)
{
    SessionRecord r;
    r.routineId = QString::fromLatin1(exerciseId);
    r.start = QDateTime(day, QTime(8, 0), QTimeZone::utc());
    r.end = r.start.addSecs(300);
    r.localDate = day;
    r.outcome = SessionOutcome::Completed;
    for (const auto& [side, pain] : {std::pair {Side::Left, left}, std::pair {Side::Right, right}}) {
        SessionItem item;
        item.exerciseId = QString::fromLatin1(exerciseId);
        item.side = side;
        item.plannedSeconds = item.actualSeconds = 20;
        item.pain = pain;
        r.items.append(item);
    }
    return r;
}

} // namespace

TEST(SessionDoses, OneReportPerSessionTheWorstSideOldestFirst)
{
    const QDate today = test::referenceDate();
    const SessionDoses doses = SessionDoses::fromSessions({
        ratedSession(today.addDays(-1), "standing-quad-stretch", 1, 4),
        ratedSession(today.addDays(-3), "standing-quad-stretch", 2, 0),
        ratedSession(today.addDays(-2), "standing-quad-stretch", std::nullopt, std::nullopt),
    });
    EXPECT_EQ(doses.recentPain(QStringLiteral("standing-quad-stretch")), (QList<int> {2, 4}));
    EXPECT_TRUE(doses.recentPain(QStringLiteral("wall-sit")).isEmpty());
}

TEST(SessionDoses, AKneeWorseTheMorningAfterStepsTheDoseBack)
{
    PageHarness h;
    const Exercise& quad = *h.catalog.exercise(QStringLiteral("standing-quad-stretch"));
    const QDate today = test::referenceDate();
    for (int day = 4; day >= 1; --day)
        ASSERT_TRUE(h.store.add<SessionRecord>(ratedSession(today.addDays(-day), "standing-quad-stretch", 1, 2)).ok());
    const PlannedDose settled = plannedDose(quad, {2, 2, 2, 2});

    MorningCheck worse;
    worse.date = today;
    worse.worse = true;
    ASSERT_TRUE(h.store.add(worse).ok());
    const Result<SessionDoses> doses = SessionDoses::load(h.store, today);
    ASSERT_TRUE(doses.ok());
    EXPECT_EQ(doses->recentPain(quad.id), (QList<int> {2, 2, 2, 2, SessionDoses::kWorseMorningScore}));
    EXPECT_LT(doses->doseFor(quad).holdSeconds * doses->doseFor(quad).sets, settled.holdSeconds * settled.sets);

    // The worse morning sits between the sessions before it and the ones after it.
    const SessionDoses ordered
        = SessionDoses::fromSessions({ratedSession(today.addDays(-1), "standing-quad-stretch", 1, 1),
                                      ratedSession(today.addDays(-3), "standing-quad-stretch", 3, 3)},
                                     {today.addDays(-2)});
    EXPECT_EQ(ordered.recentPain(quad.id), (QList<int> {3, SessionDoses::kWorseMorningScore, 1}));
}

TEST(SessionDoses, SettledReportsRaiseTheHoldAndRoutineDosesStayFixed)
{
    PageHarness h;
    const Exercise& quad = *h.catalog.exercise(QStringLiteral("standing-quad-stretch"));
    const QDate today = test::referenceDate();
    for (int day = 4; day >= 1; --day)
        ASSERT_TRUE(h.store.add<SessionRecord>(ratedSession(today.addDays(-day), "standing-quad-stretch", 1, 2)).ok());
    // Older than the window: would have stepped the dose back.
    ASSERT_TRUE(h.store.add<SessionRecord>(ratedSession(today.addDays(-60), "standing-quad-stretch", 9, 9)).ok());

    const Result<SessionDoses> doses = SessionDoses::load(h.store, today);
    ASSERT_TRUE(doses.ok());
    EXPECT_EQ(doses->recentPain(quad.id), (QList<int> {2, 2, 2, 2}));
    const PlannedDose raised = doses->doseFor(quad);
    EXPECT_GT(raised.holdSeconds, quad.dose.holdSeconds.low);
    EXPECT_EQ(raised, plannedDose(quad, {2, 2, 2, 2}));

    ASSERT_TRUE(h.page->startExercise(quad.id));
    EXPECT_EQ(h.player().items().first().dose, raised);
    ASSERT_TRUE(h.page->finishOrInterrupt());

    // The desk break fixes its quad stretch at 20 s, one set: the programme does not move it.
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("desk-break")));
    EXPECT_EQ(h.player().items().first().exercise.id, quad.id);
    EXPECT_EQ(h.player().items().first().dose.holdSeconds, 20);
    EXPECT_EQ(h.player().items().first().dose.sets, 1);
}

TEST(SessionDoses, UnknownIdsAreErrorsThatNameThem)
{
    const Catalog catalog = test::loadCatalog(true);
    const SessionDoses doses;
    const Result<QList<PlannedItem>> routine = doses.routineItems(catalog, QStringLiteral("nope"));
    ASSERT_FALSE(routine.ok());
    EXPECT_TRUE(routine.error().message.contains(QStringLiteral("nope")));
    EXPECT_FALSE(doses.exerciseItems(catalog, QStringLiteral("nope")).ok());
    const Result<QList<PlannedItem>> daily = doses.routineItems(catalog, QStringLiteral("daily-knee-mobility"));
    ASSERT_TRUE(daily.ok());
    EXPECT_EQ(daily->size(), 6);
}
