// Running history from Strava's activities.csv and Garmin Connect's Activities.csv (sample files written
// from their documented column names): runs only, the rest listed as skipped, the shared duplicate rules.
#include "core/exchange/historyimport.h"
#include "core/import/duplicates.h"
#include "tests/core/exchange/exchangetesting.h"

using namespace patella;
using namespace patella::exchange;
using namespace patella::test;

namespace {

RunningHistory sample(const char* name)
{
    const QString path = fixturePath(QStringLiteral("history/") + QString::fromLatin1(name));
    return RunningHistory::read(QString::fromLatin1(name), readFile(path));
}

QStringList reasons(const QList<HistorySkip>& skipped)
{
    QStringList out;
    for (const HistorySkip& s : skipped)
        out.append(QString::number(s.line) + QLatin1Char(' ') + s.reason);
    return out;
}

class History : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok()); }

    QList<patella::Run> runs() { return store.list<patella::Run>().value(); }

    TempDir dir;
    FixedClock clock {referenceNow()};
    JournalStore store {clock};
};

} // namespace

TEST_F(History, StravaColumnsAreFoundAndOnlyRunsImported)
{
    const RunningHistory strava = sample("strava-activities.csv");
    ASSERT_FALSE(strava.problem().has_value());
    EXPECT_EQ(strava.layout().source, HistorySource::Strava);
    EXPECT_EQ(strava.layout().unit, HistoryUnit::Metres); // the second "Distance" column
    EXPECT_TRUE(strava.layout().complete());

    auto outcome = importHistory(store, strava, clock, plusOne());
    ASSERT_TRUE(outcome.ok()) << why(outcome);
    ASSERT_FALSE(outcome.value().problem.has_value()) << outcome.value().problem->text().toStdString();
    EXPECT_EQ(outcome.value().added, 4);
    const QStringList skipped = reasons(outcome.value().skipped);
    EXPECT_EQ(skipped, (QStringList {QStringLiteral("3 not a run (Ride)"), QStringLiteral("7 not a run (Swim)")}));

    const QList<patella::Run> imported = runs();
    ASSERT_EQ(imported.size(), 4);
    const patella::Run& first = imported.at(0);
    EXPECT_EQ(first.start, QDateTime(QDate(2026, 3, 2), QTime(6, 30, 5), QTimeZone::utc()));
    EXPECT_EQ(first.localDate, QDate(2026, 3, 2));
    EXPECT_DOUBLE_EQ(first.distanceMetres, 8040.2);
    EXPECT_EQ(first.durationSeconds, 2650); // moving time
    EXPECT_EQ(first.source, RunSource::Import);
    EXPECT_EQ(first.externalId, QStringLiteral("strava:9000000001"));
    EXPECT_EQ(first.note, QStringLiteral("Easy river loop"));
    EXPECT_EQ(imported.at(1).note, QStringLiteral("Track, 6 x 400")); // a quoted comma; the next field ran over lines

    // Again: the external ids are in the journal, so nothing is added.
    auto again = importHistory(store, strava, clock, plusOne());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().added, 0);
    EXPECT_EQ(reasons(again.value().skipped).filter(QStringLiteral("already in the journal")).size(), 4);
    EXPECT_EQ(runs().size(), 4);
}

TEST_F(History, GarminAsksForTheDistanceUnit)
{
    RunningHistory garmin = sample("garmin-activities.csv");
    ASSERT_FALSE(garmin.problem().has_value());
    EXPECT_EQ(garmin.layout().source, HistorySource::GarminConnect);
    EXPECT_TRUE(garmin.layout().missing().isEmpty());
    EXPECT_EQ(garmin.layout().unit, HistoryUnit::Unknown);
    EXPECT_FALSE(garmin.layout().complete());

    auto refused = importHistory(store, garmin, clock, plusOne());
    ASSERT_TRUE(refused.ok());
    ASSERT_TRUE(refused.value().problem.has_value());
    EXPECT_TRUE(runs().isEmpty());

    HistoryLayout layout = garmin.layout();
    layout.unit = HistoryUnit::Kilometres;
    garmin.setLayout(layout);
    auto outcome = importHistory(store, garmin, clock, plusOne());
    ASSERT_TRUE(outcome.ok());
    ASSERT_FALSE(outcome.value().problem.has_value()) << outcome.value().problem->text().toStdString();
    EXPECT_EQ(outcome.value().added, 3);
    EXPECT_EQ(
        reasons(outcome.value().skipped),
        (QStringList {QStringLiteral("3 not a run (Cycling)"), QStringLiteral("5 not a run (Strength Training)")}));
    const QList<patella::Run> imported = runs();
    ASSERT_EQ(imported.size(), 3);
    // Garmin writes local time: 07:31:22 at UTC+1 is 06:31:22 UTC.
    EXPECT_EQ(imported.at(0).start, QDateTime(QDate(2026, 3, 2), QTime(6, 31, 22), QTimeZone::utc()));
    EXPECT_DOUBLE_EQ(imported.at(0).distanceMetres, 6520.0);
    EXPECT_EQ(imported.at(0).durationSeconds, 37 * 60 + 55);
    EXPECT_DOUBLE_EQ(imported.at(2).distanceMetres, 21100.0);

    // In miles the same file gives longer runs.
    layout.unit = HistoryUnit::Miles;
    garmin.setLayout(layout);
    const HistoryPlan miles = garmin.plan({}, referenceDate(), plusOne());
    ASSERT_EQ(miles.runs.size(), 3);
    EXPECT_NEAR(miles.runs.at(0).distanceMetres, 6.52 * 1609.344, 1e-6);
}

TEST_F(History, ManualRunOnTheSameDayWithinTenPercentIsLikelyTheSame)
{
    patella::Run manual;
    manual.start = QDateTime(QDate(2026, 3, 2), QTime(6, 0), QTimeZone::utc());
    manual.localDate = QDate(2026, 3, 2);
    manual.distanceMetres = 7500.0; // 8040.2 is 7.2% more: likely the same run
    manual.durationSeconds = 2600;
    ASSERT_TRUE(store.add(manual).ok());
    manual.start = QDateTime(QDate(2026, 3, 5), QTime(6, 0), QTimeZone::utc());
    manual.localDate = QDate(2026, 3, 5);
    manual.distanceMetres = 8000.0; // 9210.7 is 15% more: another run
    ASSERT_TRUE(store.add(manual).ok());

    auto outcome = importHistory(store, sample("strava-activities.csv"), clock, plusOne());
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(outcome.value().added, 3);
    const QStringList skipped = reasons(outcome.value().skipped);
    EXPECT_TRUE(skipped.contains(QStringLiteral("2 probably the run you logged by hand that day")))
        << skipped.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(runs().size(), 5);
}

TEST_F(History, UnknownHeadersNeedTheMappingStep)
{
    const QByteArray bytes = "Wann,Sportart,Strecke,Dauer\r\n"
                             "2026-03-09 18:00:00,Laufen (run),7.5,41:10\r\n"
                             "2026-03-10 18:00:00,Rad,20,55:00\r\n";
    RunningHistory history = RunningHistory::read(QStringLiteral("export.csv"), bytes);
    ASSERT_FALSE(history.problem().has_value());
    EXPECT_EQ(history.layout().missing(),
              (QStringList {QStringLiteral("date"), QStringLiteral("type"), QStringLiteral("distance"),
                            QStringLiteral("time")}));
    HistoryLayout layout = history.layout();
    layout.columns.date = 0;
    layout.columns.type = 1;
    layout.columns.distance = 2;
    layout.columns.time = 3;
    layout.unit = HistoryUnit::Kilometres;
    history.setLayout(layout);
    const HistoryPlan plan = history.plan({}, referenceDate(), plusOne());
    ASSERT_FALSE(plan.problem.has_value()) << plan.problem->text().toStdString();
    ASSERT_EQ(plan.runs.size(), 1);
    EXPECT_DOUBLE_EQ(plan.runs.at(0).distanceMetres, 7500.0);
    EXPECT_EQ(plan.runs.at(0).durationSeconds, 41 * 60 + 10);
    EXPECT_EQ(plan.skipped.size(), 1);
}

TEST_F(History, GenericHeadersAndSemicolonsAreRead)
{
    const QByteArray bytes = "date;type;distance (km);duration\r\n"
                             "2026-03-09T18:00:00+01:00;run;10,5;3600\r\n";
    const RunningHistory history = RunningHistory::read(QStringLiteral("mine.csv"), bytes);
    ASSERT_FALSE(history.problem().has_value());
    ASSERT_TRUE(history.layout().complete());
    const HistoryPlan plan = history.plan({}, referenceDate(), plusOne());
    ASSERT_EQ(plan.runs.size(), 1);
    EXPECT_DOUBLE_EQ(plan.runs.at(0).distanceMetres, 10500.0);
}

TEST_F(History, UnreadableRunRefusesTheFileWithLineAndColumn)
{
    const QByteArray bytes = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\r\n"
                             "1,\"Mar 2, 2026, 6:30:05 AM\",a,Run,2000,6.1\r\n"
                             "2,yesterday,b,Run,2000,6.1\r\n";
    RunningHistory history = RunningHistory::read(QStringLiteral("activities.csv"), bytes);
    HistoryLayout layout = history.layout();
    EXPECT_EQ(layout.unit, HistoryUnit::Unknown); // one Distance column: the athlete's unit
    layout.unit = HistoryUnit::Kilometres;
    history.setLayout(layout);
    auto outcome = importHistory(store, history, clock, plusOne());
    ASSERT_TRUE(outcome.ok());
    ASSERT_TRUE(outcome.value().problem.has_value());
    const FileProblem& p = *outcome.value().problem;
    EXPECT_TRUE(p.text().startsWith(QStringLiteral("activities.csv, line 3, column 2 (Activity Date): ")))
        << p.text().toStdString();
    EXPECT_TRUE(runs().isEmpty()) << "the readable first run was written";
}

TEST_F(History, RunInTheFutureIsRefused)
{
    const QByteArray bytes = "date,type,distance_m,duration\r\n2026-04-01T08:00:00+01:00,run,5000,1800\r\n";
    const RunningHistory history = RunningHistory::read(QStringLiteral("mine.csv"), bytes);
    const HistoryPlan plan = history.plan({}, referenceDate(), plusOne());
    ASSERT_TRUE(plan.problem.has_value());
    EXPECT_EQ(plan.problem->line, 2);
    EXPECT_EQ(plan.problem->column, 1);
}

TEST(HistoryDuration, ClockAndSecondForms)
{
    EXPECT_EQ(parseHistoryDuration(QStringLiteral("00:38:10")), 2290);
    EXPECT_EQ(parseHistoryDuration(QStringLiteral("45:12.6")), 2713);
    EXPECT_EQ(parseHistoryDuration(QStringLiteral("1:02:03")), 3723);
    EXPECT_EQ(parseHistoryDuration(QStringLiteral("2712")), 2712);
    EXPECT_EQ(parseHistoryDuration(QStringLiteral("2712.4")), 2712);
    EXPECT_FALSE(parseHistoryDuration(QStringLiteral("1:75:00")).has_value());
    EXPECT_FALSE(parseHistoryDuration(QStringLiteral("--")).has_value());
    EXPECT_FALSE(parseHistoryDuration(QStringLiteral("1:2:3:4")).has_value());
}

TEST(Duplicates, ExternalIdAndManualRunRules)
{
    patella::Run manual;
    manual.localDate = QDate(2026, 3, 2);
    manual.distanceMetres = 10000.0;
    patella::Run imported;
    imported.localDate = QDate(2026, 3, 1);
    imported.source = RunSource::Import;
    imported.externalId = QStringLiteral("fit:abc");
    imported.distanceMetres = 5000.0;
    DuplicateFinder finder({manual, imported});

    patella::Run candidate;
    candidate.localDate = QDate(2026, 3, 2);
    candidate.distanceMetres = 10999.0;
    candidate.externalId = QStringLiteral("strava:1");
    EXPECT_EQ(finder.find(candidate).kind, DuplicateFinder::Kind::LikelyManual);
    candidate.distanceMetres = 11001.0;
    EXPECT_EQ(finder.find(candidate).kind, DuplicateFinder::Kind::None);
    candidate.distanceMetres = 9000.0;
    EXPECT_EQ(finder.find(candidate).kind, DuplicateFinder::Kind::LikelyManual);
    candidate.localDate = QDate(2026, 3, 3);
    EXPECT_EQ(finder.find(candidate).kind, DuplicateFinder::Kind::None);
    // An imported run is not a manual one: the same day and distance is another run...
    candidate.localDate = QDate(2026, 3, 1);
    candidate.distanceMetres = 5000.0;
    EXPECT_EQ(finder.find(candidate).kind, DuplicateFinder::Kind::None);
    // ...unless it has the same external id.
    candidate.externalId = QStringLiteral(" fit:abc ");
    EXPECT_EQ(finder.find(candidate).kind, DuplicateFinder::Kind::AlreadyImported);
    // Remembered runs count within one import.
    patella::Run next;
    next.externalId = QStringLiteral("strava:2");
    EXPECT_EQ(finder.find(next).kind, DuplicateFinder::Kind::None);
    finder.remember(next);
    EXPECT_EQ(finder.find(next).kind, DuplicateFinder::Kind::AlreadyImported);
}
