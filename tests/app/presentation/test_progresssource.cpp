// ProgressSource on a real journal: added pain entries are read alone and put in their place, and the
// Progress data brought up from the changed day gives exactly the figures worked out whole.
#include "app/presentation/progressdata.h"
#include "app/presentation/progresssource.h"
#include "tests/support/testjournal.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

using namespace patella;

namespace {

// The local day daysAgo before the reference date, at hour UTC.
PainEntry painOn(int daysAgo, int hour, int score, PainSituation situation)
{
    PainEntry entry;
    const QDate day = test::referenceDate().addDays(-daysAgo);
    entry.at = QDateTime(day, QTime(hour, 0), QTimeZone::utc());
    entry.localDate = day;
    entry.score = score;
    entry.situation = situation;
    return entry;
}

class ProgressSourceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // 200 days of reports (a fixed pseudo-random pattern over three situations) and a run a week.
        QList<PainEntry> entries;
        for (int daysAgo = 200; daysAgo >= 1; --daysAgo) {
            if (daysAgo % 5 == 0)
                continue;
            entries.append(painOn(daysAgo, 8, (daysAgo * 7) % 11, PainSituation::Stairs));
            if (daysAgo % 3 == 0)
                entries.append(painOn(daysAgo, 18, (daysAgo * 5) % 11, PainSituation::DuringRun));
            if (daysAgo % 4 == 0)
                entries.append(painOn(daysAgo, 12, (daysAgo * 3) % 9, PainSituation::LongSitting));
        }
        ASSERT_TRUE(journal.store.addAll(entries).ok());
        for (int week = 28; week >= 1; --week)
            journal.addRun(7 * week, 4000.0 + 100.0 * week);
    }

    // Lets the source's coalescing timer fire.
    static void settle() { QCoreApplication::processEvents(); }

    ProgressData data(const ProgressSource& source, const ProgressData* previous) const
    {
        return ProgressData(source.records(), test::referenceDate(), DistanceUnit::Kilometres, 3, previous);
    }

    test::TestJournal journal;
};

void expectSamePoints(const QList<SeriesPoint>& a, const QList<SeriesPoint>& b, const char* what)
{
    ASSERT_EQ(a.size(), b.size()) << what;
    for (qsizetype i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a.at(i).date, b.at(i).date) << what;
        EXPECT_EQ(a.at(i).value, b.at(i).value) << what << " on " << qPrintable(a.at(i).date.toString());
        EXPECT_EQ(a.at(i).count, b.at(i).count) << what;
    }
}

// Every figure the pain and pain-against-distance charts show, in every range.
void expectSameCharts(const ProgressData& updated, const ProgressData& whole)
{
    for (ProgressRange range : allProgressRanges()) {
        const RangeSpan span = whole.span(range);
        const PainChartData a = updated.pain(span);
        const PainChartData b = whole.pain(span);
        ASSERT_EQ(a.situations.size(), b.situations.size());
        for (qsizetype s = 0; s < a.situations.size(); ++s) {
            EXPECT_EQ(a.situations.at(s).situation, b.situations.at(s).situation);
            expectSamePoints(a.situations.at(s).points, b.situations.at(s).points, "situation");
        }
        expectSamePoints(a.mean, b.mean, "mean");
        EXPECT_EQ(a.reasons, b.reasons);
        const PainMileageData c = updated.painAgainstMileage(span);
        const PainMileageData d = whole.painAgainstMileage(span);
        ASSERT_EQ(c.weeks.size(), d.weeks.size());
        for (qsizetype w = 0; w < c.weeks.size(); ++w) {
            EXPECT_EQ(c.weeks.at(w).meanPain, d.weeks.at(w).meanPain);
            EXPECT_EQ(c.weeks.at(w).reports, d.weeks.at(w).reports);
        }
        EXPECT_EQ(c.reasons, d.reasons);
    }
}

// The records the source holds are the store's, in the store's order.
void expectSameAsTheStore(const ProgressSource& source, JournalStore& store)
{
    const QList<PainEntry> stored = store.list<PainEntry>().value();
    const QList<PainEntry>& held = source.records().pain;
    ASSERT_EQ(held.size(), stored.size());
    for (qsizetype i = 0; i < held.size(); ++i) {
        EXPECT_EQ(held.at(i).id, stored.at(i).id) << "at " << i;
        EXPECT_EQ(held.at(i).score, stored.at(i).score) << "at " << i;
    }
}

} // namespace

TEST_F(ProgressSourceTest, AnAddedEntryIsReadAloneAndTheChartsMatchTheWholeWork)
{
    ProgressSource source(journal.store);
    ProgressData before = data(source, nullptr);
    const quint64 revision = source.records().revisions.pain;

    // Today, a report worse than any; then one back-dated 30 days (before the three-week comparison) between
    // two reports of that day.
    for (const PainEntry& entry : {painOn(0, 9, 9, PainSituation::Stairs), painOn(30, 10, 10, PainSituation::Stairs)}) {
        ASSERT_TRUE(journal.store.add(entry).ok());
        settle();
        const ProgressRecords& records = source.records();
        ASSERT_TRUE(records.painChange.isValid()) << "read alone";
        EXPECT_EQ(records.painChange.from, entry.localDate);
        EXPECT_EQ(records.painChange.since, before.revisions().pain);
        expectSameAsTheStore(source, journal.store);
        ProgressData updated = data(source, &before);
        expectSameCharts(updated, data(source, nullptr));
        before = std::move(updated);
    }
    EXPECT_EQ(source.records().revisions.pain, revision + 2);
}

TEST_F(ProgressSourceTest, SeveralAddedInOneTurnAreReadTogetherFromTheEarliestDay)
{
    ProgressSource source(journal.store);
    const ProgressData before = data(source, nullptr);
    ASSERT_TRUE(journal.store.add(painOn(3, 9, 2, PainSituation::Squatting)).ok()); // a new situation
    ASSERT_TRUE(journal.store.add(painOn(12, 9, 8, PainSituation::Stairs)).ok());
    settle();
    EXPECT_EQ(source.records().painChange.from, test::referenceDate().addDays(-12));
    expectSameAsTheStore(source, journal.store);
    expectSameCharts(data(source, &before), data(source, nullptr));
}

TEST_F(ProgressSourceTest, ChangesOtherThanAdditionsReadEveryEntryAgain)
{
    ProgressSource source(journal.store);
    ProgressData before = data(source, nullptr);

    PainEntry first = journal.store.list<PainEntry>().value().constFirst();
    first.score = 10;
    ASSERT_TRUE(journal.store.update(first).ok());
    settle();
    EXPECT_FALSE(source.records().painChange.isValid()) << "an update is read whole";
    expectSameAsTheStore(source, journal.store);
    ProgressData updated = data(source, &before);
    expectSameCharts(updated, data(source, nullptr));

    // Many at once: read whole as well.
    QList<PainEntry> many;
    for (int i = 0; i < 40; ++i)
        many.append(painOn(1 + i % 20, 20, i % 11, PainSituation::Stairs));
    ASSERT_TRUE(journal.store.addAll(many).ok());
    settle();
    EXPECT_FALSE(source.records().painChange.isValid());
    expectSameAsTheStore(source, journal.store);
    expectSameCharts(data(source, &updated), data(source, nullptr));

    ASSERT_TRUE(journal.store.remove<PainEntry>(first.id).ok());
    settle();
    expectSameAsTheStore(source, journal.store);
}
