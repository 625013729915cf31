#include "core/store/demojournal.h"
#include "tests/core/store/storetesting.h"

#include <algorithm>

using namespace patella;
using namespace patella::test;

namespace {

class QueriesTest : public StoreTest
{
protected:
    void SetUp() override
    {
        clock.setNow(QDateTime(QDate(2027, 2, 1), QTime(12, 0), QTimeZone::utc()));
        StoreTest::SetUp();
    }

    // A run lived at a local time in Berlin.
    RecordId runAt(QDate date, QTime time, double metres)
    {
        const QDateTime local(date, time, berlin());
        patella::Run run;
        run.start = local.toUTC();
        run.localDate = local.date();
        run.distanceMetres = metres;
        run.durationSeconds = int(metres / 1000.0 * 360.0);
        auto id = store.add(run);
        EXPECT_TRUE(id.ok()) << why(id);
        return id.ok() ? id.value() : NoId;
    }

    void painAt(QDate date, QTime time, int score, PainSituation situation)
    {
        const QDateTime local(date, time, berlin());
        PainEntry entry;
        entry.at = local.toUTC();
        entry.localDate = local.date();
        entry.score = score;
        entry.situation = situation;
        auto id = store.add(entry);
        EXPECT_TRUE(id.ok()) << why(id);
    }

    void sessionAt(QDate date, QTime time, const char* routine, SessionOutcome outcome)
    {
        const QDateTime local(date, time, berlin());
        SessionRecord session;
        session.routineId = QString::fromLatin1(routine);
        session.start = local.toUTC();
        session.end = session.start.addSecs(600);
        session.localDate = local.date();
        session.outcome = outcome;
        auto id = store.add(session);
        EXPECT_TRUE(id.ok()) << why(id);
    }

    double weekDistance(QDate monday)
    {
        auto weeks = store.weeklyMileage({});
        EXPECT_TRUE(weeks.ok()) << why(weeks);
        for (const WeeklyDistance& week : weeks.value()) {
            if (week.weekStart == monday)
                return week.distanceMetres;
        }
        return -1.0;
    }
};

TEST_F(QueriesTest, WeeksFollowTheLocalDateAcrossDaylightSavingStart)
{
    ASSERT_TRUE(berlin().isValid());
    // Summer time starts in Berlin on Sunday 2026-03-29. Both runs happen on Sunday in UTC.
    runAt(QDate(2026, 3, 29), QTime(23, 30), 5000.0); // 21:30 UTC Sunday, lived on Sunday
    runAt(QDate(2026, 3, 30), QTime(0, 30), 7000.0); // 22:30 UTC Sunday, lived on Monday
    ASSERT_EQ(QDateTime(QDate(2026, 3, 30), QTime(0, 30), berlin()).toUTC().date(), QDate(2026, 3, 29));
    EXPECT_DOUBLE_EQ(weekDistance(QDate(2026, 3, 23)), 5000.0);
    EXPECT_DOUBLE_EQ(weekDistance(QDate(2026, 3, 30)), 7000.0);

    painAt(QDate(2026, 3, 29), QTime(23, 30), 6, PainSituation::AfterRun);
    painAt(QDate(2026, 3, 30), QTime(0, 30), 2, PainSituation::AfterRun);
    auto days = store.painSummaryPerDay({QDate(2026, 3, 29), QDate(2026, 3, 30)});
    ASSERT_TRUE(days.ok()) << why(days);
    ASSERT_EQ(days->size(), 2);
    EXPECT_EQ(days->at(0).date, QDate(2026, 3, 29));
    EXPECT_EQ(days->at(0).worst, 6);
    EXPECT_EQ(days->at(1).date, QDate(2026, 3, 30));
    EXPECT_EQ(days->at(1).worst, 2);
}

TEST_F(QueriesTest, WeeksFollowTheLocalDateAcrossDaylightSavingEnd)
{
    // Winter time returns on Sunday 2026-10-25; 02:30 happens twice that night.
    runAt(QDate(2026, 10, 25), QTime(2, 30), 3000.0);
    runAt(QDate(2026, 10, 25), QTime(23, 30), 4000.0); // 22:30 UTC Sunday
    runAt(QDate(2026, 10, 26), QTime(0, 15), 6000.0); // 23:15 UTC Sunday, lived on Monday
    EXPECT_DOUBLE_EQ(weekDistance(QDate(2026, 10, 19)), 7000.0);
    EXPECT_DOUBLE_EQ(weekDistance(QDate(2026, 10, 26)), 6000.0);

    sessionAt(QDate(2026, 10, 25), QTime(23, 50), "daily-mobility", SessionOutcome::Completed);
    sessionAt(QDate(2026, 10, 26), QTime(0, 10), "daily-mobility", SessionOutcome::Interrupted);
    auto weeks = store.sessionsPerWeek({QDate(2026, 10, 20), QDate(2026, 11, 1)});
    ASSERT_TRUE(weeks.ok()) << why(weeks);
    ASSERT_EQ(weeks->size(), 2);
    EXPECT_EQ(weeks->at(0).period, QDate(2026, 10, 19)); // the range's week is included whole
    EXPECT_EQ(weeks->at(0).sessions, 1);
    EXPECT_EQ(weeks->at(0).completed, 1);
    EXPECT_EQ(weeks->at(1).period, QDate(2026, 10, 26));
    EXPECT_EQ(weeks->at(1).completed, 0);
}

TEST_F(QueriesTest, IsoWeeksSpanYearEnds)
{
    runAt(QDate(2025, 12, 31), QTime(10, 0), 5000.0); // ISO 2026-W01 starts Monday 2025-12-29
    runAt(QDate(2026, 1, 1), QTime(10, 0), 6000.0);
    runAt(QDate(2026, 1, 4), QTime(23, 30), 7000.0);
    runAt(QDate(2026, 12, 31), QTime(10, 0), 8000.0); // ISO 2026-W53 starts Monday 2026-12-28
    runAt(QDate(2027, 1, 3), QTime(23, 45), 9000.0);
    runAt(QDate(2027, 1, 4), QTime(0, 30), 10000.0); // 23:30 UTC on Sunday 2027-01-03, lived on Monday
    EXPECT_DOUBLE_EQ(weekDistance(QDate(2025, 12, 29)), 18000.0);
    EXPECT_DOUBLE_EQ(weekDistance(QDate(2026, 12, 28)), 17000.0);
    EXPECT_DOUBLE_EQ(weekDistance(QDate(2027, 1, 4)), 10000.0);
    EXPECT_EQ(QDate(2026, 12, 28).weekNumber(), 53);
    EXPECT_EQ(QDate(2025, 12, 29).weekNumber(), 1);
}

TEST_F(QueriesTest, WeeklyTotalsFillOnlyWeeksWithoutRuns)
{
    runAt(QDate(2026, 6, 2), QTime(7, 0), 5000.0);
    runAt(QDate(2026, 6, 4), QTime(7, 0), 6000.0);
    WeeklyTotal covered;
    covered.weekStart = QDate(2026, 6, 1);
    covered.distanceMetres = 99000.0; // the runs of that week win
    covered.runs = 9;
    ASSERT_TRUE(store.add(covered).ok());
    WeeklyTotal logged;
    logged.weekStart = QDate(2026, 6, 8);
    logged.distanceMetres = 20000.0;
    logged.runs = 3;
    ASSERT_TRUE(store.add(logged).ok());

    auto weeks = store.weeklyMileage({QDate(2026, 6, 3), QDate(2026, 6, 30)});
    ASSERT_TRUE(weeks.ok()) << why(weeks);
    ASSERT_EQ(weeks->size(), 2);
    EXPECT_EQ(weeks->at(0).weekStart, QDate(2026, 6, 1));
    EXPECT_DOUBLE_EQ(weeks->at(0).distanceMetres, 11000.0);
    EXPECT_EQ(weeks->at(0).runs, 2);
    EXPECT_EQ(weeks->at(0).durationSeconds, 3960);
    EXPECT_FALSE(weeks->at(0).fromWeeklyTotal);
    EXPECT_EQ(weeks->at(1).weekStart, QDate(2026, 6, 8));
    EXPECT_DOUBLE_EQ(weeks->at(1).distanceMetres, 20000.0);
    EXPECT_EQ(weeks->at(1).runs, 3);
    EXPECT_TRUE(weeks->at(1).fromWeeklyTotal);
}

TEST_F(QueriesTest, DailyPainPerSituation)
{
    const QDate day(2026, 5, 12);
    painAt(day, QTime(8, 0), 2, PainSituation::Stairs);
    painAt(day, QTime(18, 0), 5, PainSituation::Stairs);
    painAt(day, QTime(12, 0), 3, PainSituation::AtRest);
    painAt(day.addDays(1), QTime(8, 0), 1, PainSituation::Stairs);
    auto days = store.painSummaryPerDay({day, day});
    ASSERT_TRUE(days.ok()) << why(days);
    ASSERT_EQ(days->size(), 2);
    const auto stairs = std::find_if(days->begin(), days->end(),
                                     [](const PainDaySummary& d) { return d.situation == PainSituation::Stairs; });
    ASSERT_NE(stairs, days->end());
    EXPECT_DOUBLE_EQ(stairs->average, 3.5);
    EXPECT_EQ(stairs->worst, 5);
    EXPECT_EQ(stairs->entries, 2);
}

TEST_F(QueriesTest, SessionsPerDayCountCompletedAndFilterByRoutine)
{
    const QDate day(2026, 5, 12);
    sessionAt(day, QTime(7, 0), "daily-mobility", SessionOutcome::Completed);
    sessionAt(day, QTime(19, 0), "post-run", SessionOutcome::Interrupted);
    sessionAt(day.addDays(2), QTime(19, 0), "daily-mobility", SessionOutcome::Completed);
    auto all = store.sessionsPerDay({day, day.addDays(6)});
    ASSERT_TRUE(all.ok()) << why(all);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).period, day);
    EXPECT_EQ(all->at(0).sessions, 2);
    EXPECT_EQ(all->at(0).completed, 1);
    auto mobility = store.sessionsPerDay({day, day.addDays(6)}, QStringLiteral("daily-mobility"));
    ASSERT_EQ(mobility->size(), 2);
    EXPECT_EQ(mobility->at(0).sessions, 1);
    auto weeks = store.sessionsPerWeek({day, day.addDays(6)});
    ASSERT_EQ(weeks->size(), 1);
    EXPECT_EQ(weeks->at(0).period, QDate(2026, 5, 11));
    EXPECT_EQ(weeks->at(0).sessions, 3);
}

TEST_F(QueriesTest, FlexSeriesPerTestAndSideAndShoeDistance)
{
    for (int week = 0; week < 3; ++week) {
        for (Side side : {Side::Left, Side::Right}) {
            FlexCheck check;
            check.localDate = QDate(2026, 4, 5).addDays(7 * week);
            check.at = QDateTime(check.localDate, QTime(9, 0), QTimeZone::utc());
            check.test = FlexTest::StraightLegRaise;
            check.unit = FlexUnit::Degrees;
            check.side = side;
            check.value = 60 + week + (side == Side::Right ? 10 : 0);
            ASSERT_TRUE(store.add(check).ok());
        }
    }
    auto right = store.flexSeries(FlexTest::StraightLegRaise, Side::Right);
    ASSERT_TRUE(right.ok()) << why(right);
    ASSERT_EQ(right->size(), 3);
    EXPECT_DOUBLE_EQ(right->at(0).value, 70.0);
    EXPECT_DOUBLE_EQ(right->at(2).value, 72.0);
    EXPECT_EQ(right->at(2).unit, FlexUnit::Degrees);
    EXPECT_TRUE(store.flexSeries(FlexTest::KneeToWall, Side::Right)->isEmpty());
    EXPECT_EQ(store.flexSeries(FlexTest::StraightLegRaise, Side::Left, {QDate(2026, 4, 10), QDate()})->size(), 2);

    auto shoe = store.add(sampleShoe());
    Shoe other = sampleShoe();
    other.name = QStringLiteral("Spare");
    other.retired = QDate(2026, 1, 1);
    auto spare = store.add(other);
    ASSERT_TRUE(shoe.ok() && spare.ok());
    for (double metres : {5000.0, 7500.0}) {
        patella::Run run = sampleRun();
        run.distanceMetres = metres;
        run.shoeId = shoe.value();
        ASSERT_TRUE(store.add(run).ok());
    }
    ASSERT_TRUE(store.add(sampleRun()).ok()); // no shoe
    auto shoes = store.shoeDistances();
    ASSERT_TRUE(shoes.ok()) << why(shoes);
    ASSERT_EQ(shoes->size(), 2);
    EXPECT_EQ(shoes->at(0).shoeId, shoe.value());
    EXPECT_DOUBLE_EQ(shoes->at(0).distanceMetres, 12500.0);
    EXPECT_EQ(shoes->at(0).runs, 2);
    EXPECT_DOUBLE_EQ(shoes->at(0).limitMetres, 650000.0);
    EXPECT_FALSE(shoes->at(0).retired);
    EXPECT_DOUBLE_EQ(shoes->at(1).distanceMetres, 0.0);
    EXPECT_TRUE(shoes->at(1).retired);
}

TEST(DemoJournal, TwelveRealisticWeeksAndTheSameForTheSameSeed)
{
    TempDir dir;
    FixedClock clock(referenceNow());
    DemoJournalOptions options;
    options.endDate = referenceDate().addDays(-1); // a Sunday: twelve whole weeks
    options.zone = berlin();
    JournalStore store(clock);
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("demo.sqlite"))).ok());
    auto filled = fillDemoJournal(store, options);
    ASSERT_TRUE(filled.ok()) << why(filled);

    const QDate last = options.endDate;
    const QDate first = isoWeekStart(last).addDays(-77);
    // Pain falls: the first two weeks hurt more than the last two.
    auto days = store.painSummaryPerDay({});
    ASSERT_TRUE(days.ok());
    double early = 0, late = 0;
    int earlyCount = 0, lateCount = 0;
    for (const PainDaySummary& day : days.value()) {
        EXPECT_GE(day.date, first);
        EXPECT_LE(day.date, last);
        if (day.date < first.addDays(14)) {
            early += day.average;
            ++earlyCount;
        } else if (day.date > last.addDays(-14)) {
            late += day.average;
            ++lateCount;
        }
    }
    ASSERT_GT(earlyCount, 0);
    ASSERT_GT(lateCount, 0);
    EXPECT_GT(early / earlyCount, late / lateCount + 1.5);

    // Mileage builds, with exactly one week more than 10% over the one before.
    auto weeks = store.weeklyMileage({});
    ASSERT_TRUE(weeks.ok());
    ASSERT_EQ(weeks->size(), 12);
    EXPECT_EQ(weeks->at(0).weekStart, first);
    int overTenPercent = 0;
    for (qsizetype i = 1; i < weeks->size(); ++i)
        overTenPercent += weeks->at(i).distanceMetres > 1.10 * weeks->at(i - 1).distanceMetres ? 1 : 0;
    EXPECT_EQ(overTenPercent, 1);
    EXPECT_GT(weeks->last().distanceMetres, weeks->at(0).distanceMetres);

    // About 80% of days have the daily mobility routine, with items.
    auto mobility = store.sessionsPerDay({}, QStringLiteral("daily-knee-mobility"));
    const double adherence = double(mobility->size()) / double(first.daysTo(last) + 1);
    EXPECT_GT(adherence, 0.65);
    EXPECT_LT(adherence, 0.95);
    auto sessions = store.list<SessionRecord>();
    ASSERT_TRUE(sessions.ok());
    for (const SessionRecord& session : sessions.value())
        EXPECT_FALSE(session.items.isEmpty());
    EXPECT_FALSE(store.sessionsPerDay({}, QStringLiteral("post-run-cool-down"))->isEmpty());
    EXPECT_FALSE(store.sessionsPerDay({}, QStringLiteral("strength"))->isEmpty());

    // Two shoes in use, weekly flexibility checks for every test and side, weekly check-ins.
    auto shoes = store.shoeDistances();
    ASSERT_EQ(shoes->size(), 2);
    EXPECT_GT(shoes->at(0).distanceMetres, 0.0);
    EXPECT_GT(shoes->at(1).distanceMetres, 0.0);
    for (FlexTest test : allFlexTests()) {
        for (Side side : {Side::Left, Side::Right})
            EXPECT_EQ(store.flexSeries(test, side)->size(), 12);
    }
    EXPECT_EQ(store.list<CheckIn>()->size(), 12);
    EXPECT_GT(store.list<MorningCheck>()->size(), 60);

    // Deterministic.
    const JournalBatch a = makeDemoJournal(options, 1, 2);
    const JournalBatch b = makeDemoJournal(options, 1, 2);
    ASSERT_EQ(a.painEntries.size(), b.painEntries.size());
    ASSERT_EQ(a.runs.size(), b.runs.size());
    for (qsizetype i = 0; i < a.runs.size(); ++i)
        EXPECT_EQ(a.runs.at(i).distanceMetres, b.runs.at(i).distanceMetres);
    for (qsizetype i = 0; i < a.painEntries.size(); ++i)
        EXPECT_EQ(a.painEntries.at(i).score, b.painEntries.at(i).score);
    options.seed += 1;
    const JournalBatch c = makeDemoJournal(options, 1, 2);
    bool differs = c.painEntries.size() != a.painEntries.size();
    for (qsizetype i = 0; !differs && i < a.painEntries.size(); ++i)
        differs = a.painEntries.at(i).score != c.painEntries.at(i).score;
    EXPECT_TRUE(differs);
}

} // namespace
