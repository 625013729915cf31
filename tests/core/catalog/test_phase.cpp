#include "core/catalog/journalprogramme.h"
#include "core/catalog/programme.h"
#include "core/store/journalstore.h"
#include "tests/support/testsupport.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace patella;

namespace {

const QDate start = test::referenceDate(); // Monday 16 March 2026, day one of the programme

PainEntry quickLog(QDate day, int score)
{
    PainEntry entry;
    entry.at = QDateTime(day, QTime(18, 0), QTimeZone::utc());
    entry.localDate = day;
    entry.score = score;
    entry.situation = PainSituation::Stairs;
    return entry;
}

// Four quick logs at 0-1 spread over the two weeks before today.
QList<PainEntry> quietFortnight(QDate today)
{
    return {quickLog(today.addDays(-12), 0), quickLog(today.addDays(-8), 1), quickLog(today.addDays(-4), 0),
            quickLog(today, 1)};
}

} // namespace

TEST(Phase, OneZeroPainLogDoesNotSkipTheStretchingWeeks)
{
    const QDate today = start.addDays(1);
    const ProgrammeStatus status = programmeStatus(today, start, PainSources {{quickLog(today, 0)}, {}, {}, {}});
    EXPECT_EQ(status.phase, Phase::Gentle);
    EXPECT_FALSE(status.painFree.painFree);
    EXPECT_EQ(weeklySessionTarget(status.phase), 14); // twice-daily stretching stays
}

TEST(Phase, PainFreeInTheFirstTwoWeeksStillStretchesTwiceADay)
{
    const QDate today = start.addDays(13);
    const ProgrammeStatus status = programmeStatus(today, start, PainSources {quietFortnight(today), {}, {}, {}});
    EXPECT_TRUE(status.painFree.painFree);
    EXPECT_EQ(status.phase, Phase::Gentle);
}

TEST(Phase, WeekThreeAndFourLowReportsOverTwoWeeksKeepsItUp)
{
    const QDate today = start.addDays(30);
    const ProgrammeStatus status = programmeStatus(today, start, PainSources {quietFortnight(today), {}, {}, {}});
    EXPECT_TRUE(status.painFree.painFree);
    EXPECT_EQ(status.painFree.reports, 4);
    EXPECT_EQ(status.painFree.highest, 1);
    EXPECT_EQ(status.phase, Phase::Maintenance);
}

TEST(Phase, ThreeReportsAreNotEnoughToCallItPainFree)
{
    const QDate today = start.addDays(30);
    QList<PainEntry> three = quietFortnight(today);
    three.removeLast();
    EXPECT_EQ(programmeStatus(today, start, PainSources {three, {}, {}, {}}).phase, Phase::Strength);
}

TEST(Phase, ReportsOnlyInTheLastWeekDoNotCoverTheFortnight)
{
    const QDate today = start.addDays(30);
    const QList<PainEntry> lastWeek {quickLog(today.addDays(-5), 0), quickLog(today.addDays(-3), 0),
                                     quickLog(today.addDays(-1), 0), quickLog(today, 0)};
    const ProgrammeStatus status = programmeStatus(today, start, PainSources {lastWeek, {}, {}, {}});
    EXPECT_FALSE(status.painFree.firstWeekReported);
    EXPECT_EQ(status.phase, Phase::Strength);
}

TEST(Phase, EveryPainSourceAboveTwoKeepsTheStrengthPhase)
{
    const QDate today = start.addDays(30);
    const PainSources quiet {quietFortnight(today), {}, {}, {}};
    ASSERT_EQ(programmeStatus(today, start, quiet).phase, Phase::Maintenance);

    PainSources run = quiet;
    patella::Run r;
    r.localDate = today.addDays(-2);
    r.distanceMetres = 5000;
    r.durationSeconds = 1800;
    r.painAfter = 3;
    run.runs = {r};
    EXPECT_EQ(programmeStatus(today, start, run).phase, Phase::Strength);

    PainSources session = quiet;
    SessionRecord s;
    s.localDate = today.addDays(-6);
    SessionItem item;
    item.exerciseId = QStringLiteral("step-up");
    item.pain = 3;
    s.items = {item};
    session.sessions = {s};
    EXPECT_EQ(programmeStatus(today, start, session).phase, Phase::Strength);

    PainSources checkIn = quiet;
    CheckIn c;
    c.weekStart = isoWeekStart(today.addDays(-7));
    c.worstPain = 4;
    checkIn.checkIns = {c};
    EXPECT_EQ(programmeStatus(today, start, checkIn).phase, Phase::Strength);

    // Pain above 2 more than two weeks ago no longer counts.
    PainSources old = quiet;
    old.pain.prepend(quickLog(today.addDays(-14), 6));
    EXPECT_EQ(programmeStatus(today, start, old).phase, Phase::Maintenance);
}

TEST(Phase, ProgressReadsTheSamePhaseFromTheJournal)
{
    const QDate today = start.addDays(30);
    test::TempDir dir;
    FixedClock clock {QDateTime(today, QTime(20, 0), QTimeZone::utc())}; // the journal takes nothing dated ahead
    JournalStore store {clock};
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    const QList<PainEntry> entries = quietFortnight(today);
    const auto added = store.addAll(entries);
    ASSERT_TRUE(added.ok()) << added.error().text().toStdString();
    auto status = readProgrammeStatus(store, today, start);
    ASSERT_TRUE(status.ok()) << status.error().text().toStdString();
    EXPECT_EQ(status.value().phase, programmeStatus(today, start, PainSources {entries, {}, {}, {}}).phase);
    EXPECT_EQ(status.value().phase, Phase::Maintenance);
}
