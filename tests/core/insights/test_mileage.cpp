#include "core/insights/mileage.h"
#include "tests/core/insights/histories.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace patella;
using patella::test::referenceDate;
using patella::test::run;
using patella::test::weekTotal;

namespace {

const QDate kThisWeek = referenceDate(); // a Monday
const QDate kLastWeek = kThisWeek.addDays(-7);
const QDate kWeekBefore = kThisWeek.addDays(-14);

} // namespace

TEST(WeeklyMileage, SumsRunsByIsoWeekAndKeepsGapWeeksAsZero)
{
    const QList<patella::Run> runs {run(kWeekBefore, 10), run(kWeekBefore.addDays(6), 12), run(kThisWeek, 5)};
    const QList<WeekMileage> weeks = weeklyMileage(runs, {}, referenceDate());
    ASSERT_EQ(weeks.size(), 3);
    EXPECT_EQ(weeks.at(0).weekStart, kWeekBefore);
    EXPECT_DOUBLE_EQ(weeks.at(0).metres, 22000.0);
    EXPECT_EQ(weeks.at(0).runs, 2);
    EXPECT_EQ(weeks.at(1).weekStart, kLastWeek);
    EXPECT_DOUBLE_EQ(weeks.at(1).metres, 0.0);
    EXPECT_DOUBLE_EQ(weeks.at(2).metres, 5000.0);
    EXPECT_EQ(weeks.at(2).isoWeek, 12);
    EXPECT_EQ(weeks.at(2).isoYear, 2026);
}

TEST(WeeklyMileage, IgnoresRunsAfterTheReferenceDate)
{
    const QList<patella::Run> runs {run(kLastWeek, 10), run(kThisWeek.addDays(1), 50), run(kThisWeek.addDays(8), 50)};
    const QList<WeekMileage> weeks = weeklyMileage(runs, {}, referenceDate());
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_DOUBLE_EQ(weeks.at(1).metres, 0.0);
}

TEST(WeeklyMileage, WeeklyTotalStandsOnlyForWeeksWithoutRuns)
{
    const QList<patella::Run> runs {run(kLastWeek.addDays(2), 8)};
    const QList<WeeklyTotal> totals {weekTotal(kWeekBefore, 25), weekTotal(kLastWeek, 40)};
    const QList<WeekMileage> weeks = weeklyMileage(runs, totals, referenceDate());
    ASSERT_EQ(weeks.size(), 3);
    EXPECT_TRUE(weeks.at(0).fromWeeklyTotal);
    EXPECT_DOUBLE_EQ(weeks.at(0).metres, 25000.0);
    EXPECT_FALSE(weeks.at(1).fromWeeklyTotal);
    EXPECT_DOUBLE_EQ(weeks.at(1).metres, 8000.0) << "runs logged that week win over the total";
}

TEST(TenPercentRule, ExactlyTenPercentIsNotFlaggedButTenPointOneIs)
{
    EXPECT_FALSE(risesMoreThanTenPercent(30000.0, 33000.0));
    EXPECT_TRUE(risesMoreThanTenPercent(30000.0, 33030.0));
    EXPECT_FALSE(risesMoreThanTenPercent(12345.6, 12345.6 * 1.1));
    EXPECT_FALSE(risesMoreThanTenPercent(30000.0, 30000.0));

    const QList<patella::Run> exact {run(kWeekBefore, 30), run(kLastWeek, 33)};
    const auto atTen = weekChange(weeklyMileage(exact, {}, referenceDate()), kLastWeek);
    ASSERT_TRUE(atTen.has_value());
    EXPECT_TRUE(atTen->comparable);
    EXPECT_NEAR(atTen->percent, 10.0, 1e-9);
    EXPECT_FALSE(atTen->flagged);

    const QList<patella::Run> over {run(kWeekBefore, 30), run(kLastWeek, 33.03)};
    const auto atTenPointOne = weekChange(weeklyMileage(over, {}, referenceDate()), kLastWeek);
    ASSERT_TRUE(atTenPointOne.has_value());
    EXPECT_TRUE(atTenPointOne->flagged);
    EXPECT_FALSE(atTenPointOne->steep);
    EXPECT_EQ(describeWeekChange(*atTenPointOne, referenceDate(), DistanceUnit::Kilometres),
              QStringLiteral("The week before 30 km, last week 33 km: +10.1%."));
}

TEST(TenPercentRule, FirstWeekHasNothingToCompareWith)
{
    const QList<WeekMileage> weeks = weeklyMileage({run(kLastWeek, 40)}, {}, referenceDate());
    const auto change = weekChange(weeks, kLastWeek);
    ASSERT_TRUE(change.has_value());
    EXPECT_FALSE(change->comparable);
    EXPECT_FALSE(change->flagged);
    EXPECT_FALSE(mileageRiseAlert(weeks, referenceDate(), DistanceUnit::Kilometres).has_value());
    EXPECT_FALSE(weekAllowance(weeks, kLastWeek, referenceDate()).has_value());
}

TEST(TenPercentRule, GapWeekIsNotARiseAndTheWeekAfterItHasNoBase)
{
    const QDate threeAgo = kThisWeek.addDays(-21);
    const QList<WeekMileage> weeks = weeklyMileage({run(threeAgo, 30), run(kLastWeek, 30)}, {}, referenceDate());
    ASSERT_EQ(weeks.size(), 4);
    const auto gap = weekChange(weeks, kWeekBefore);
    ASSERT_TRUE(gap.has_value());
    EXPECT_TRUE(gap->comparable);
    EXPECT_DOUBLE_EQ(gap->percent, -100.0);
    EXPECT_FALSE(gap->flagged);
    const auto after = weekChange(weeks, kLastWeek);
    ASSERT_TRUE(after.has_value());
    EXPECT_FALSE(after->comparable);
    EXPECT_FALSE(after->flagged);
    EXPECT_TRUE(describeWeekChange(*after, referenceDate(), DistanceUnit::Kilometres)
                    .contains(QStringLiteral("no distance the week before")));
    EXPECT_FALSE(mileageRiseAlert(weeks, referenceDate(), DistanceUnit::Kilometres).has_value());
}

TEST(TenPercentRule, IsoWeek53Of2026IntoWeek1Of2027)
{
    const QDate week52(2026, 12, 21);
    const QDate week53(2026, 12, 28);
    const QDate week1(2027, 1, 4);
    const QDate reference(2027, 1, 6); // Wednesday of week 1
    const QList<patella::Run> runs {run(week52, 20), run(QDate(2027, 1, 1), 20), run(QDate(2027, 1, 3), 2),
                                    run(week1.addDays(1), 24.3)};
    const QList<WeekMileage> weeks = weeklyMileage(runs, {}, reference);
    ASSERT_EQ(weeks.size(), 3);
    EXPECT_EQ(weeks.at(1).weekStart, week53);
    EXPECT_EQ(weeks.at(1).isoWeek, 53);
    EXPECT_EQ(weeks.at(1).isoYear, 2026);
    EXPECT_DOUBLE_EQ(weeks.at(1).metres, 22000.0) << "1 and 3 January 2027 belong to ISO week 53 of 2026";
    EXPECT_EQ(weeks.at(2).isoWeek, 1);
    EXPECT_EQ(weeks.at(2).isoYear, 2027);

    const auto into53 = weekChange(weeks, week53);
    ASSERT_TRUE(into53.has_value());
    EXPECT_FALSE(into53->flagged) << "20 -> 22 km is exactly 10%";
    EXPECT_EQ(describeWeekChange(*into53, QDate(2027, 3, 1), DistanceUnit::Kilometres),
              QStringLiteral("Week 52 of 2026: 20 km; week 53 of 2026: 22 km (+10%)."));
    const auto into1 = weekChange(weeks, week1);
    ASSERT_TRUE(into1.has_value());
    EXPECT_TRUE(into1->flagged);
    EXPECT_NEAR(into1->percent, 10.4545, 1e-3);

    const auto alert = mileageRiseAlert(weeks, reference, DistanceUnit::Kilometres);
    ASSERT_TRUE(alert.has_value());
    // Wednesday: a part week gets no percentage, only its distance against the allowance.
    EXPECT_EQ(alert->reasons.constFirst(),
              QStringLiteral("This week so far 24.3 km, already past 24.2 km, the guide's 10% guideline over "
                             "last week's 22 km."));
    EXPECT_EQ(alert->reasons.size(), 1) << "the allowance is not said twice";
    EXPECT_EQ(alert->date, reference);
}

TEST(TenPercentRule, AlertGivesItsReasonAndSeverityGrowsPastThirtyPercent)
{
    const QList<WeekMileage> weeks = weeklyMileage({run(kWeekBefore, 32), run(kLastWeek, 38)}, {}, referenceDate());
    const auto alert = mileageRiseAlert(weeks, referenceDate(), DistanceUnit::Kilometres);
    ASSERT_TRUE(alert.has_value());
    EXPECT_EQ(alert->kind, InsightKind::MileageRise);
    EXPECT_EQ(alert->kindId(), QStringLiteral("mileage-rise"));
    EXPECT_EQ(alert->severity, Severity::Info);
    EXPECT_EQ(alert->date, kLastWeek.addDays(6));
    EXPECT_EQ(alert->reasons.constFirst(), QStringLiteral("The week before 32 km, last week 38 km: +19%."));
    EXPECT_TRUE(alert->reason().contains(QStringLiteral("is 41.8 km")));
    EXPECT_TRUE(alert->help.contains(QStringLiteral("Buist")));

    const QList<WeekMileage> steep = weeklyMileage({run(kWeekBefore, 30), run(kLastWeek, 40)}, {}, referenceDate());
    const auto steepAlert = mileageRiseAlert(steep, referenceDate(), DistanceUnit::Kilometres);
    ASSERT_TRUE(steepAlert.has_value());
    EXPECT_EQ(steepAlert->severity, Severity::Caution);
    EXPECT_TRUE(steepAlert->reason().contains(QStringLiteral("Nielsen")));
}

TEST(TenPercentRule, ReasonsUseTheRunnersUnit)
{
    const QList<WeekMileage> weeks
        = weeklyMileage({run(kWeekBefore, 16.09344), run(kLastWeek, 20.9215)}, {}, referenceDate());
    const auto alert = mileageRiseAlert(weeks, referenceDate(), DistanceUnit::Miles);
    ASSERT_TRUE(alert.has_value());
    EXPECT_EQ(alert->reasons.constFirst(), QStringLiteral("The week before 10 mi, last week 13 mi: +30%."));
}

TEST(TenPercentRule, ThisWeekSoFarIsCheckedBeforeLastWeek)
{
    const QDate sunday = kThisWeek.addDays(6);
    const QList<patella::Run> runs {run(kWeekBefore, 20), run(kLastWeek, 30), run(kThisWeek, 20), run(sunday, 14)};
    const auto alert = mileageRiseAlert(weeklyMileage(runs, {}, sunday), sunday, DistanceUnit::Kilometres);
    ASSERT_TRUE(alert.has_value());
    EXPECT_EQ(alert->reasons.constFirst(), QStringLiteral("Last week 30 km, this week so far 34 km: +13%."));
    EXPECT_EQ(alert->date, sunday);
}

TEST(TenPercentRule, AllowanceIsShownAheadOfTime)
{
    const QList<patella::Run> runs {run(kLastWeek, 30), run(kThisWeek, 12)};
    const QList<WeekMileage> weeks = weeklyMileage(runs, {}, referenceDate());
    const auto thisWeek = weekAllowance(weeks, referenceDate(), referenceDate());
    ASSERT_TRUE(thisWeek.has_value());
    EXPECT_EQ(thisWeek->weekStart, kThisWeek);
    EXPECT_DOUBLE_EQ(thisWeek->baseMetres, 30000.0);
    EXPECT_NEAR(thisWeek->allowedMetres, 33000.0, 1e-6);
    EXPECT_DOUBLE_EQ(thisWeek->doneMetres, 12000.0);
    EXPECT_NEAR(thisWeek->remainingMetres, 21000.0, 1e-6);
    EXPECT_EQ(describeAllowance(*thisWeek, referenceDate(), DistanceUnit::Kilometres),
              QStringLiteral("This week so far 12 km; the guide's 10% guideline over last week's 30 km is 33 km (21 km "
                             "more)."));

    // Monday: this week has only begun, so it is no base for next week.
    EXPECT_FALSE(weekAllowance(weeks, referenceDate().addDays(7), referenceDate()).has_value());
    const QDate sunday = referenceDate().addDays(6);
    EXPECT_FALSE(weekAllowance(weeks, referenceDate().addDays(7), sunday.addDays(-1)).has_value());
    const auto nextWeek = weekAllowance(weeks, referenceDate().addDays(7), sunday);
    ASSERT_TRUE(nextWeek.has_value());
    EXPECT_EQ(describeAllowance(*nextWeek, sunday, DistanceUnit::Kilometres),
              QStringLiteral("Next week, the guide's 10% guideline over this week's 12 km is 13.2 km."));
    EXPECT_DOUBLE_EQ(nextWeek->baseMetres, 12000.0);
    EXPECT_NEAR(nextWeek->allowedMetres, 13200.0, 1e-6);
    EXPECT_DOUBLE_EQ(nextWeek->doneMetres, 0.0);
    EXPECT_FALSE(weekAllowance(weeks, referenceDate().addDays(14), sunday).has_value());
}

TEST(DailyDistance, SpreadsAWeeklyTotalOverItsSevenDays)
{
    const QMap<QDate, double> days = dailyDistance(
        {run(kLastWeek, 10)}, {weekTotal(kWeekBefore, 35), weekTotal(kLastWeek, 99)}, kWeekBefore, kThisWeek);
    EXPECT_EQ(days.size(), 8);
    EXPECT_DOUBLE_EQ(days.value(kWeekBefore), 5000.0);
    EXPECT_DOUBLE_EQ(days.value(kWeekBefore.addDays(6)), 5000.0);
    EXPECT_DOUBLE_EQ(days.value(kLastWeek), 10000.0);
    EXPECT_FALSE(days.contains(kLastWeek.addDays(1)));
}

TEST(TenPercentRule, MidWeekComparesNoPercentageAndStaysQuietBelowTheAllowance)
{
    const QDate wednesday = kThisWeek.addDays(2);
    const QList<patella::Run> runs {run(kWeekBefore, 16), run(kLastWeek, 16.3), run(kThisWeek.addDays(1), 4.8)};
    const QList<WeekMileage> weeks = weeklyMileage(runs, {}, wednesday);
    const auto change = weekChange(weeks, kThisWeek);
    ASSERT_TRUE(change.has_value());
    EXPECT_FALSE(change->flagged);
    const QString text = describeWeekChange(*change, wednesday, DistanceUnit::Kilometres);
    EXPECT_EQ(text,
              QStringLiteral("This week so far 4.8 km; the guide's 10% guideline over last week's 16.3 km is "
                             "17.9 km."));
    EXPECT_FALSE(text.contains(QLatin1Char('%') + QStringLiteral(":"))) << text.toStdString();
    EXPECT_FALSE(weekAllowance(weeks, kThisWeek.addDays(7), wednesday).has_value())
        << "half a week is no base for next week";
    EXPECT_FALSE(mileageRiseAlert(weeks, wednesday, DistanceUnit::Kilometres).has_value());
    EXPECT_FALSE(weekComplete(kThisWeek, wednesday));
    EXPECT_TRUE(weekComplete(kThisWeek, kThisWeek.addDays(6)));
}
