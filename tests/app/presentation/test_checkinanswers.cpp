#include "app/presentation/checkinanswers.h"
#include "tests/support/testjournal.h"

#include <gtest/gtest.h>

using namespace patella;

namespace {

// The check-in's save on the shared harness: a real journal file on the fixed reference date.
class CheckInSaving : public ::testing::Test, protected test::TestJournal
{
};

} // namespace

namespace {

CheckInAnswers sampleAnswers()
{
    CheckInAnswers answers;
    answers.worstPain = 5;
    answers.usualPain = 2;
    answers.situations.insert(PainSituation::DuringRun, 3);
    answers.situations.insert(PainSituation::Stairs, 4);
    answers.flex.append(FlexAnswer {FlexTest::KneeToWall, Side::Left, 9.5, FlexUnit::Centimetres});
    answers.flex.append(FlexAnswer {FlexTest::KneeToWall, Side::Right, 11.0, FlexUnit::Centimetres});
    answers.notes = QStringLiteral("Stairs at work were the worst.");
    return answers;
}

} // namespace

TEST_F(CheckInSaving, WritesTheCheckInPainAndFlexibilityTogether)
{
    const auto saved = saveCheckIn(store, sampleAnswers(), clock.now(), clock.today());
    ASSERT_TRUE(saved.ok()) << saved.error().text().toStdString();
    const auto checkIns = store.list<CheckIn>();
    ASSERT_TRUE(checkIns.ok());
    ASSERT_EQ(checkIns.value().size(), 1);
    EXPECT_EQ(checkIns.value().constFirst().weekStart, QDate(2026, 3, 16));
    EXPECT_EQ(checkIns.value().constFirst().worstPain, 5);
    EXPECT_EQ(checkIns.value().constFirst().usualPain, 2);
    EXPECT_EQ(checkIns.value().constFirst().notes, QStringLiteral("Stairs at work were the worst."));
    EXPECT_EQ(store.list<PainEntry>().value().size(), 2);
    EXPECT_EQ(store.list<FlexCheck>().value().size(), 2);
    EXPECT_TRUE(store.list<WeeklyTotal>().value().isEmpty());
}

TEST_F(CheckInSaving, AllOrNothingWhenOneRecordIsRefused)
{
    CheckInAnswers answers = sampleAnswers();
    answers.flex.append(FlexAnswer {FlexTest::HalfKneelingHipFlexor, Side::Left, 14.0, FlexUnit::Tightness});
    const auto saved = saveCheckIn(store, answers, clock.now(), clock.today());
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().field.contains(QStringLiteral("value"))) << saved.error().text().toStdString();
    EXPECT_TRUE(store.list<CheckIn>().value().isEmpty());
    EXPECT_TRUE(store.list<PainEntry>().value().isEmpty());
    EXPECT_TRUE(store.list<FlexCheck>().value().isEmpty());
}

TEST_F(CheckInSaving, ASecondCheckInTheSameWeekReplacesTheAnswers)
{
    ASSERT_TRUE(saveCheckIn(store, sampleAnswers(), clock.now(), clock.today()).ok());
    CheckInAnswers again = sampleAnswers();
    again.worstPain = 4;
    again.notes = QStringLiteral("Better by Friday.");
    const auto saved = saveCheckIn(store, again, clock.now(), clock.today());
    ASSERT_TRUE(saved.ok()) << saved.error().text().toStdString();
    const auto checkIns = store.list<CheckIn>().value();
    ASSERT_EQ(checkIns.size(), 1);
    EXPECT_EQ(checkIns.constFirst().worstPain, 4);
    EXPECT_EQ(checkIns.constFirst().notes, QStringLiteral("Better by Friday."));
}

TEST_F(CheckInSaving, AWeeksTotalAndARetiredShoeWhenAsked)
{
    const RecordId shoe = addShoe(QStringLiteral("Old pair"));
    CheckInAnswers answers = sampleAnswers();
    answers.weekTotalMetres = 18000.0;
    answers.weekTotalRuns = 3;
    answers.retireShoes = {shoe};
    ASSERT_TRUE(saveCheckIn(store, answers, clock.now(), clock.today()).ok());
    const auto totals = store.list<WeeklyTotal>().value();
    ASSERT_EQ(totals.size(), 1);
    EXPECT_EQ(totals.constFirst().weekStart, QDate(2026, 3, 16));
    EXPECT_DOUBLE_EQ(totals.constFirst().distanceMetres, 18000.0);
    EXPECT_EQ(store.get<Shoe>(shoe).value().retired, clock.today());
}

TEST_F(CheckInSaving, AShoeThatCannotBeRetiredSavesNothingOfTheCheckIn)
{
    const RecordId shoe = addShoe(QStringLiteral("Old pair"));
    CheckInAnswers answers = sampleAnswers();
    answers.weekTotalMetres = 18000.0;
    answers.retireShoes = {shoe, shoe + 100}; // the second is not in the journal
    const auto saved = saveCheckIn(store, answers, clock.now(), clock.today());
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(store.list<CheckIn>().value().isEmpty());
    EXPECT_TRUE(store.list<PainEntry>().value().isEmpty());
    EXPECT_TRUE(store.list<FlexCheck>().value().isEmpty());
    EXPECT_TRUE(store.list<WeeklyTotal>().value().isEmpty());
    EXPECT_FALSE(store.get<Shoe>(shoe).value().retired.has_value());
}

TEST_F(CheckInSaving, ARefusedSecondCheckInKeepsTheFirstAnswers)
{
    ASSERT_TRUE(saveCheckIn(store, sampleAnswers(), clock.now(), clock.today()).ok());
    CheckInAnswers again = sampleAnswers();
    again.worstPain = 1;
    again.flex.append(FlexAnswer {FlexTest::HalfKneelingHipFlexor, Side::Left, 14.0, FlexUnit::Tightness});
    ASSERT_FALSE(saveCheckIn(store, again, clock.now(), clock.today()).ok());
    const auto checkIns = store.list<CheckIn>().value();
    ASSERT_EQ(checkIns.size(), 1);
    EXPECT_EQ(checkIns.constFirst().worstPain, 5);
}

TEST_F(CheckInSaving, LastWeekFiguresComeFromTheJournal)
{
    clock.setNow(test::referenceNow().addDays(-7));
    ASSERT_TRUE(saveCheckIn(store, sampleAnswers(), clock.now(), clock.today()).ok());
    clock.setNow(test::referenceNow());
    addRun(2, 6000.0); // last week ran Monday 9 to Sunday 15 March
    addRun(6, 9000.0);
    addRun(9, 4000.0); // the week before
    const WeekFigures last = previousWeek(store, clock.today());
    EXPECT_EQ(last.worstPain, 5);
    EXPECT_EQ(last.checkInWeek, QDate(2026, 3, 9));
    ASSERT_EQ(last.flex.size(), 2);
    ASSERT_TRUE(last.metres.has_value());
    EXPECT_DOUBLE_EQ(*last.metres, 15000.0);
}
