// writeTogether(): several writes in one transaction, later ones using the ids of earlier ones, all
// rolled back on an error, change signals only after the commit.
#include "tests/core/store/storetesting.h"

#include <QSignalSpy>

using namespace patella;
using namespace patella::test;

using StoreTogether = StoreTest;

TEST_F(StoreTogether, LaterWritesUseEarlierIdsAndSignalAfterTheCommit)
{
    QSignalSpy spy(&store, &JournalStore::changed);
    int signalsDuringWork = -1;
    auto done = store.writeTogether([&]() -> Result<void> {
        auto shoe = store.add(sampleShoe());
        if (!shoe)
            return shoe.error();
        patella::Run run = sampleRun();
        run.shoeId = shoe.value();
        if (auto added = store.add(run); !added)
            return added.error();
        signalsDuringWork = int(spy.count());
        return {};
    });
    ASSERT_TRUE(done.ok()) << why(done);
    EXPECT_EQ(signalsDuringWork, 0);
    EXPECT_EQ(spy.count(), 2);
    const auto runs = store.list<patella::Run>();
    ASSERT_EQ(runs.value().size(), 1);
    EXPECT_EQ(runs.value().constFirst().shoeId, store.list<Shoe>().value().constFirst().id);
}

TEST_F(StoreTogether, AnErrorRollsEverythingBack)
{
    QSignalSpy spy(&store, &JournalStore::changed);
    auto done = store.writeTogether([&]() -> Result<void> {
        if (auto shoe = store.add(sampleShoe()); !shoe)
            return shoe.error();
        if (auto session = store.add(sampleSession()); !session)
            return session.error();
        PainEntry bad = samplePain();
        bad.score = 11;
        if (auto added = store.add(bad); !added)
            return added.error();
        return {};
    });
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().field, QStringLiteral("score"));
    EXPECT_TRUE(store.list<Shoe>().value().isEmpty());
    EXPECT_TRUE(store.list<SessionRecord>().value().isEmpty());
    EXPECT_EQ(spy.count(), 0);
    // The store works normally afterwards.
    EXPECT_TRUE(store.add(sampleShoe()).ok());
    EXPECT_EQ(store.list<Shoe>().value().size(), 1);
}
