#include "tests/core/store/storetesting.h"

#include <QSignalSpy>

// The function score in the journal: rounds that add, score and retire the runner's own activities, the
// scale's rules (three to five activities, each scored, 0-10), nothing written from a refused round, and
// the history of a retired activity kept.
using namespace patella;
using namespace patella::test;

namespace {

class StorePsfs : public StoreTest
{
protected:
    PsfsRound firstRound(QDate date)
    {
        PsfsRound round;
        round.date = date;
        round.ratings = {PsfsRating {NoId, QStringLiteral("running 5 km"), 3},
                         PsfsRating {NoId, QStringLiteral("going down stairs"), 5},
                         PsfsRating {NoId, QStringLiteral("sitting through a film"), 6}};
        return round;
    }

    QList<PsfsActivity> current()
    {
        auto activities = store.currentPsfsActivities();
        EXPECT_TRUE(activities.ok()) << why(activities);
        return activities.ok() ? activities.value() : QList<PsfsActivity>();
    }

    // A round that scores every activity asked now with the given scores, in their order.
    PsfsRound nextRound(QDate date, const QList<int>& scores)
    {
        PsfsRound round;
        round.date = date;
        const QList<PsfsActivity> asked = current();
        for (qsizetype i = 0; i < asked.size() && i < scores.size(); ++i)
            round.ratings.append(PsfsRating {asked.at(i).id, {}, scores.at(i)});
        return round;
    }
};

TEST_F(StorePsfs, FirstRoundAddsTheActivitiesAndTheirScores)
{
    QSignalSpy changed(&store, &JournalStore::changed);
    const QDate day = referenceDate().addDays(-14);
    auto recorded = store.recordPsfsRound(firstRound(day));
    ASSERT_TRUE(recorded.ok()) << why(recorded);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<RecordKind>(), RecordKind::FunctionScores);

    const QList<PsfsActivity> asked = current();
    ASSERT_EQ(asked.size(), 3);
    EXPECT_EQ(asked.at(1).name, QStringLiteral("going down stairs"));
    EXPECT_EQ(asked.at(1).added, day);
    EXPECT_FALSE(asked.at(1).retired.has_value());
    auto scores = store.list<PsfsScore>();
    ASSERT_TRUE(scores.ok()) << why(scores);
    ASSERT_EQ(scores->size(), 3);
    for (const PsfsScore& score : scores.value())
        EXPECT_EQ(score.date, day);
    EXPECT_EQ(scores->at(1).activityId, asked.at(1).id);
    EXPECT_EQ(scores->at(1).score, 5);
}

TEST_F(StorePsfs, RetiringKeepsHistoryAndTheNewActivityJoinsTheRound)
{
    const QDate first = referenceDate().addDays(-14);
    ASSERT_TRUE(store.recordPsfsRound(firstRound(first)).ok());
    const QList<PsfsActivity> asked = current();
    const QDate second = referenceDate().addDays(-7);
    PsfsRound round;
    round.date = second;
    round.retire = {asked.at(2).id};
    round.ratings = {PsfsRating {asked.at(0).id, {}, 5}, PsfsRating {asked.at(1).id, {}, 6},
                     PsfsRating {NoId, QStringLiteral("  squatting to garden "), 2}};
    auto recorded = store.recordPsfsRound(round);
    ASSERT_TRUE(recorded.ok()) << why(recorded);

    const QList<PsfsActivity> now = current();
    ASSERT_EQ(now.size(), 3);
    EXPECT_EQ(now.at(2).name, QStringLiteral("squatting to garden"));
    EXPECT_EQ(now.at(2).added, second);
    auto all = store.list<PsfsActivity>();
    ASSERT_EQ(all->size(), 4);
    auto retired = store.get<PsfsActivity>(asked.at(2).id);
    ASSERT_TRUE(retired.ok());
    EXPECT_EQ(retired->retired, second);
    // The retired activity's first score is still there; the week after has none for it.
    auto scores = store.list<PsfsScore>();
    ASSERT_EQ(scores->size(), 6);
    int retiredScores = 0;
    for (const PsfsScore& score : scores.value())
        retiredScores += score.activityId == asked.at(2).id ? 1 : 0;
    EXPECT_EQ(retiredScores, 1);
    // Survives a reopen (a real file).
    store.close();
    ASSERT_TRUE(store.open(journalPath()).ok());
    EXPECT_EQ(store.list<PsfsScore>(DateRange {second, second})->size(), 3);
}

TEST_F(StorePsfs, ASecondRoundTheSameDayReplacesTheScores)
{
    const QDate day = referenceDate().addDays(-1);
    ASSERT_TRUE(store.recordPsfsRound(firstRound(day)).ok());
    auto again = store.recordPsfsRound(nextRound(day, {7, 8, 9}));
    ASSERT_TRUE(again.ok()) << why(again);
    auto scores = store.list<PsfsScore>();
    ASSERT_EQ(scores->size(), 3);
    EXPECT_EQ(scores->at(0).score + scores->at(1).score + scores->at(2).score, 24);
}

struct BadRound
{
    const char* name;
    std::function<void(PsfsRound&, const QList<PsfsActivity>&)> spoil;
    const char* field;
    const char* words;
};

TEST_F(StorePsfs, RefusedRoundsNameTheFieldAndWriteNothing)
{
    ASSERT_TRUE(store.recordPsfsRound(firstRound(referenceDate().addDays(-14))).ok());
    const QList<PsfsActivity> asked = current();
    const QList<BadRound> cases = {
        {"score of 11", [](PsfsRound& r, const auto&) { r.ratings[1].score = 11; }, "ratings[1].score", "between 0"},
        {"score below 0", [](PsfsRound& r, const auto&) { r.ratings[0].score = -1; }, "ratings[0].score", "between 0"},
        {"unscored activity", [](PsfsRound& r, const auto&) { r.ratings.removeLast(); }, "ratings", "no score"},
        {"too many",
         [](PsfsRound& r, const auto&) {
             for (const char* name : {"hopping", "kneeling", "cycling uphill"})
                 r.ratings.append(PsfsRating {NoId, QString::fromLatin1(name), 5});
         },
         "ratings", "3 to 5"},
        {"too few after retiring",
         [](PsfsRound& r, const auto& a) {
             r.retire = {a.at(0).id};
             r.ratings.removeFirst();
         },
         "ratings", "3 to 5"},
        {"same name twice",
         [](PsfsRound& r, const auto&) {
             r.ratings.append(PsfsRating {NoId, QStringLiteral("Going Down Stairs"), 4});
         },
         "ratings[3].name", "already asked"},
        {"empty name",
         [](PsfsRound& r, const auto&) {
             r.ratings.append(PsfsRating {NoId, QStringLiteral("  "), 4});
         },
         "ratings[3].name", "empty"},
        {"unknown activity", [](PsfsRound& r, const auto&) { r.ratings[0].activityId = 999; }, "ratings[0].activityId",
         "999"},
        {"retired and scored", [](PsfsRound& r, const auto& a) { r.retire = {a.at(0).id}; }, "ratings[0].activityId",
         "not asked"},
        {"future date", [](PsfsRound& r, const auto&) { r.date = referenceDate().addDays(3); }, "date", "beyond"},
    };
    for (const BadRound& bad : cases) {
        PsfsRound round = nextRound(referenceDate(), {4, 5, 6});
        bad.spoil(round, asked);
        auto refused = store.recordPsfsRound(round);
        ASSERT_FALSE(refused.ok()) << bad.name;
        EXPECT_EQ(refused.error().field.toStdString(), bad.field) << bad.name;
        EXPECT_TRUE(refused.error().message.contains(QLatin1String(bad.words)))
            << bad.name << ": " << refused.error().message.toStdString();
        EXPECT_EQ(store.list<PsfsScore>()->size(), 3) << bad.name;
        EXPECT_EQ(store.list<PsfsActivity>()->size(), 3) << bad.name;
        EXPECT_EQ(current().size(), 3) << bad.name;
    }
}

TEST_F(StorePsfs, ARoundInABatchIsWrittenWithTheRestOrNotAtAll)
{
    JournalBatch batch;
    batch.checkIns = {sampleCheckIn()};
    batch.psfsRounds = {firstRound(referenceDate().addDays(-7))};
    auto written = store.addBatch(batch);
    ASSERT_TRUE(written.ok()) << why(written);
    EXPECT_EQ(store.list<PsfsScore>()->size(), 3);

    JournalBatch bad;
    PainEntry pain = samplePain();
    bad.painEntries = {pain};
    bad.psfsRounds = {nextRound(referenceDate(), {1, 2, 11})};
    auto refused = store.addBatch(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("ratings[2].score"));
    EXPECT_TRUE(store.list<PainEntry>()->isEmpty());
    EXPECT_EQ(store.list<PsfsScore>()->size(), 3);
}

TEST_F(StorePsfs, PlainRecordsAreValidatedToo)
{
    PsfsActivity activity;
    activity.name = QString(81, QLatin1Char('x'));
    activity.added = referenceDate();
    auto longName = store.add(activity);
    ASSERT_FALSE(longName.ok());
    EXPECT_EQ(longName.error().field, QStringLiteral("name"));
    activity.name = QStringLiteral("kneeling");
    auto id = store.add(activity);
    ASSERT_TRUE(id.ok()) << why(id);
    auto score = store.add(PsfsScore {NoId, id.value(), referenceDate(), 11});
    ASSERT_FALSE(score.ok());
    EXPECT_EQ(score.error().field, QStringLiteral("score"));
    auto orphan = store.add(PsfsScore {NoId, 4242, referenceDate(), 5});
    ASSERT_FALSE(orphan.ok());
    EXPECT_EQ(orphan.error().field, QStringLiteral("activityId"));
    ASSERT_TRUE(store.add(PsfsScore {NoId, id.value(), referenceDate(), 5}).ok());
    auto twice = store.add(PsfsScore {NoId, id.value(), referenceDate(), 6});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, QStringLiteral("date"));
}

} // namespace
