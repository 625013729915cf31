// A Patella CSV folder with a mistake in one file: that file is refused with its line, column and field
// named, and nothing is written, from it or from the other files.
#include "core/exchange/journalimport.h"
#include "tests/core/exchange/exchangetesting.h"

#include <QDir>
#include <QHash>

using namespace patella;
using namespace patella::test;

namespace {

// Valid runs beside the pain file under test, to show a refusal writes nothing at all.
const char* const kRuns = "start,distance_m,duration_s\r\n"
                          "2026-03-10T07:00:00+01:00,5000,1800\r\n";

class Refused : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        PainEntry existing;
        existing.at = QDateTime(referenceDate().addDays(-9), QTime(8, 0), QTimeZone::utc());
        existing.localDate = referenceDate().addDays(-9);
        existing.score = 2;
        ASSERT_TRUE(store.add(existing).ok());
        folder = dir.filePath(QStringLiteral("in"));
        ASSERT_TRUE(QDir().mkpath(folder));
        writeFile(QDir(folder).filePath(QStringLiteral("runs.csv")), kRuns);
    }

    // Imports a folder whose pain.csv holds bytes; expects it refused and the journal unchanged.
    exchange::FileProblem refusedPain(const QByteArray& bytes, const QString& file = QStringLiteral("pain.csv"))
    {
        writeFile(QDir(folder).filePath(file), bytes);
        auto imported = exchange::importJournal(store, folder, clock);
        EXPECT_TRUE(imported.ok()) << why(imported);
        if (!imported.ok() || imported.value().refused.isEmpty()) {
            ADD_FAILURE() << "the file was not refused";
            return {};
        }
        EXPECT_TRUE(imported.value().files.isEmpty());
        EXPECT_EQ(store.list<PainEntry>().value().size(), 1);
        EXPECT_TRUE(store.list<patella::Run>().value().isEmpty())
            << "runs.csv was written although pain.csv was refused";
        return imported.value().refused.constFirst();
    }

    TempDir dir;
    QString folder;
    FixedClock clock {referenceNow()};
    JournalStore store {clock};
};

} // namespace

TEST_F(Refused, WrongDelimiter)
{
    const auto p = refusedPain("time;score;situation\r\n2026-03-10T08:00:00+01:00;3;stairs\r\n");
    EXPECT_EQ(p.file, QStringLiteral("pain.csv"));
    EXPECT_EQ(p.line, 1);
    EXPECT_TRUE(p.message.contains(QStringLiteral("\";\""))) << p.text().toStdString();
}

TEST_F(Refused, MissingColumn)
{
    const auto p = refusedPain("time,situation\r\n2026-03-10T08:00:00+01:00,stairs\r\n");
    EXPECT_EQ(p.line, 1);
    EXPECT_EQ(p.columnName, QStringLiteral("score"));
    EXPECT_TRUE(p.message.contains(QStringLiteral("missing"))) << p.text().toStdString();
}

TEST_F(Refused, UnknownColumn)
{
    const auto p = refusedPain("time,score,situation,scroe\r\n2026-03-10T08:00:00+01:00,3,stairs,4\r\n");
    EXPECT_EQ(p.line, 1);
    EXPECT_EQ(p.column, 4);
    EXPECT_EQ(p.columnName, QStringLiteral("scroe"));
}

TEST_F(Refused, UnknownSituationId)
{
    const auto p = refusedPain("time,score,situation\r\n"
                               "2026-03-10T08:00:00+01:00,3,stairs\r\n"
                               "2026-03-11T08:00:00+01:00,3,kneeling\r\n");
    EXPECT_EQ(p.line, 3);
    EXPECT_EQ(p.column, 3);
    EXPECT_EQ(p.columnName, QStringLiteral("situation"));
    EXPECT_TRUE(p.message.contains(QStringLiteral("kneeling"))) << p.text().toStdString();
    EXPECT_TRUE(p.message.contains(QStringLiteral("long-sitting")));
    EXPECT_EQ(p.text().left(40), QStringLiteral("pain.csv, line 3, column 3 (situation): "));
}

TEST_F(Refused, ScoreOfEleven)
{
    const auto p = refusedPain("situation,score,time\r\nstairs,11,2026-03-10T08:00:00+01:00\r\n");
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.column, 2);
    EXPECT_EQ(p.columnName, QStringLiteral("score"));
    EXPECT_TRUE(p.message.contains(QStringLiteral("0 and 10"))) << p.text().toStdString();
}

TEST_F(Refused, DateInTheFuture)
{
    // The reference date is 2026-03-16; the store accepts nothing beyond tomorrow.
    const auto p = refusedPain("time,score,situation\r\n2026-03-19T08:00:00+01:00,3,stairs\r\n");
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.column, 1);
    EXPECT_EQ(p.columnName, QStringLiteral("time"));
    EXPECT_TRUE(p.message.contains(QStringLiteral("tomorrow"))) << p.text().toStdString();
}

TEST_F(Refused, NotUtf8)
{
    const auto p = refusedPain("time,score,situation,note\r\n"
                               "2026-03-10T08:00:00+01:00,3,stairs,ok\r\n"
                               "2026-03-11T08:00:00+01:00,3,stairs,caf\xE9\r\n");
    EXPECT_EQ(p.line, 3);
    EXPECT_EQ(p.column, 39); // 25 characters of time, then ",3,stairs,caf"
    EXPECT_TRUE(p.message.contains(QStringLiteral("UTF-8"))) << p.text().toStdString();
}

TEST_F(Refused, TimeWithoutOffset)
{
    const auto p = refusedPain("time,score,situation\r\n2026-03-10T08:00:00,3,stairs\r\n");
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.columnName, QStringLiteral("time"));
    EXPECT_TRUE(p.message.contains(QStringLiteral("offset"))) << p.text().toStdString();
}

TEST_F(Refused, SessionIdThatPointsNowhere)
{
    const auto p = refusedPain("time,score,situation,session_id\r\n2026-03-10T08:00:00+01:00,3,after-session,7\r\n");
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.columnName, QStringLiteral("session_id"));
    EXPECT_TRUE(p.message.contains(QStringLiteral("7")));
}

TEST_F(Refused, SameWeekTwice)
{
    const auto p = refusedPain("week_start,worst_pain\r\n2026-03-02,4\r\n2026-03-09,3\r\n2026-03-02,5\r\n",
                               QStringLiteral("checkins.csv"));
    EXPECT_EQ(p.file, QStringLiteral("checkins.csv"));
    EXPECT_EQ(p.line, 4);
    EXPECT_EQ(p.columnName, QStringLiteral("week_start"));
    EXPECT_TRUE(p.message.contains(QStringLiteral("line 2"))) << p.text().toStdString();
}

TEST_F(Refused, EveryRefusedFileIsListed)
{
    writeFile(QDir(folder).filePath(QStringLiteral("morning_checks.csv")), "date,worse\r\n2026-03-10,maybe\r\n");
    const auto p = refusedPain("time,score,situation\r\n2026-03-10T08:00:00+01:00,12,stairs\r\n");
    auto again = exchange::importJournal(store, folder, clock);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again.value().refused.size(), 2);
    QStringList files;
    for (const auto& problem : again.value().refused)
        files.append(problem.file);
    EXPECT_TRUE(files.contains(QStringLiteral("morning_checks.csv")));
    EXPECT_TRUE(files.contains(QStringLiteral("pain.csv")));
}

TEST_F(Refused, QuotedCommasAndLineBreaksAreFine)
{
    writeFile(QDir(folder).filePath(QStringLiteral("pain.csv")),
              "time,score,situation,note\r\n2026-03-10T08:00:00+01:00,3,stairs,\"down, then up\r\nslowly\"\r\n");
    auto imported = exchange::importJournal(store, folder, clock);
    ASSERT_TRUE(imported.ok() && imported.value().written())
        << imported.value().refused.constFirst().text().toStdString();
    const QList<PainEntry> pain = store.list<PainEntry>().value();
    ASSERT_EQ(pain.size(), 2);
    EXPECT_EQ(pain.at(1).note, QStringLiteral("down, then up\r\nslowly"));
    EXPECT_EQ(pain.at(1).side, Side::Both); // the default when the column is left out
    EXPECT_EQ(store.list<patella::Run>().value().size(), 1);
}

TEST_F(Refused, LocalDateFollowsTheTimesOwnOffset)
{
    // 23:30 in New York is already the next day in UTC; the runner lived it on the 10th.
    writeFile(QDir(folder).filePath(QStringLiteral("pain.csv")),
              "time,score,situation\r\n2026-03-10T23:30:00-05:00,3,long-sitting\r\n");
    auto imported = exchange::importJournal(store, folder, clock);
    ASSERT_TRUE(imported.ok() && imported.value().written());
    const PainEntry entry = store.list<PainEntry>().value().at(1);
    EXPECT_EQ(entry.localDate, QDate(2026, 3, 10));
    EXPECT_EQ(entry.at, QDateTime(QDate(2026, 3, 11), QTime(4, 30), QTimeZone::utc()));
}

TEST_F(Refused, FolderWithoutPatellaFiles)
{
    const QString empty = dir.filePath(QStringLiteral("empty"));
    ASSERT_TRUE(QDir().mkpath(empty));
    writeFile(QDir(empty).filePath(QStringLiteral("activities.csv")), "a,b\r\n");
    auto imported = exchange::importJournal(store, empty, clock);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().message.contains(QStringLiteral("pain.csv")));
}

// The function score's two files: a score of 11, a score for an activity not in function_activities.csv, a
// score dated before its activity, and two scores for one activity on one day are refused; good files come
// in and an import of the same folder again adds nothing.
class FunctionScores : public Refused
{
protected:
    void SetUp() override
    {
        Refused::SetUp();
        writeFile(QDir(folder).filePath(QStringLiteral("function_activities.csv")),
                  "id,name,added,retired\r\n"
                  "4,\"Going down stairs, slowly\",2026-02-01,\r\n"
                  "9,Running 5 km,2026-02-01,2026-03-01\r\n");
    }

    exchange::FileProblem refusedScores(const QByteArray& bytes)
    {
        return refusedPain(bytes, QStringLiteral("function_scores.csv"));
    }
};

TEST_F(FunctionScores, ScoreOfElevenNamesLineAndColumn)
{
    const auto p = refusedScores("activity_id,date,score\r\n4,2026-02-01,3\r\n9,2026-02-01,11\r\n");
    EXPECT_EQ(p.file, QStringLiteral("function_scores.csv"));
    EXPECT_EQ(p.line, 3);
    EXPECT_EQ(p.column, 3);
    EXPECT_EQ(p.columnName, QStringLiteral("score"));
    EXPECT_TRUE(store.list<PsfsActivity>().value().isEmpty()) << "the activities file was written";
}

TEST_F(FunctionScores, ActivityThatIsNotInTheFolder)
{
    const auto p = refusedScores("date,score,activity_id\r\n2026-02-01,3,5\r\n");
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.column, 3);
    EXPECT_EQ(p.columnName, QStringLiteral("activity_id"));
    EXPECT_TRUE(p.message.contains(QStringLiteral("function_activities.csv"))) << p.text().toStdString();
}

TEST_F(FunctionScores, ScoreBeforeItsActivityAndTwoOnOneDay)
{
    const auto early = refusedScores("activity_id,date,score\r\n4,2026-01-25,3\r\n");
    EXPECT_EQ(early.columnName, QStringLiteral("date"));
    EXPECT_TRUE(early.message.contains(QStringLiteral("2026-02-01"))) << early.text().toStdString();
    const auto twice = refusedScores("activity_id,date,score\r\n4,2026-02-08,3\r\n4,2026-02-08,5\r\n");
    EXPECT_EQ(twice.line, 3);
    EXPECT_TRUE(twice.message.contains(QStringLiteral("line 2"))) << twice.text().toStdString();
}

TEST_F(FunctionScores, GoodFilesComeInOnceWithTheirActivities)
{
    writeFile(QDir(folder).filePath(QStringLiteral("function_scores.csv")),
              "activity_id,date,score\r\n4,2026-02-01,3\r\n9,2026-02-01,2\r\n4,2026-03-08,6\r\n");
    auto imported = exchange::importJournal(store, folder, clock);
    ASSERT_TRUE(imported.ok() && imported.value().written())
        << imported.value().refused.constFirst().text().toStdString();
    const QList<PsfsActivity> activities = store.list<PsfsActivity>().value();
    ASSERT_EQ(activities.size(), 2);
    EXPECT_EQ(activities.at(0).name, QStringLiteral("Going down stairs, slowly"));
    EXPECT_FALSE(activities.at(0).retired.has_value());
    EXPECT_EQ(activities.at(1).retired, QDate(2026, 3, 1));
    const QList<PsfsScore> scores = store.list<PsfsScore>().value();
    ASSERT_EQ(scores.size(), 3);
    QHash<RecordId, QString> names;
    for (const PsfsActivity& a : activities)
        names.insert(a.id, a.name);
    int stairs = 0;
    for (const PsfsScore& s : scores)
        stairs += names.value(s.activityId) == QStringLiteral("Going down stairs, slowly") ? s.score : 0;
    EXPECT_EQ(stairs, 9) << "3 and 6, on the stairs activity's journal id";

    auto again = exchange::importJournal(store, folder, clock);
    ASSERT_TRUE(again.ok() && again.value().written());
    EXPECT_EQ(again.value().added(), 0);
    EXPECT_EQ(store.list<PsfsScore>().value().size(), 3);
}
