#include "core/model/weekdistance.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace patella;

namespace {

const QDate monday = test::referenceDate();

Run runOn(QDate day, double metres)
{
    Run run;
    run.localDate = day;
    run.distanceMetres = metres;
    run.durationSeconds = 1800;
    return run;
}

WeeklyTotal totalFor(QDate weekDay, double metres)
{
    WeeklyTotal total;
    total.weekStart = weekDay;
    total.distanceMetres = metres;
    total.runs = 3;
    return total;
}

} // namespace

TEST(WeekDistance, RunsLoggedThatWeekWinOverTheWeeklyTotal)
{
    const QMap<QDate, WeeklyDistance> weeks
        = weeklyDistances({runOn(monday.addDays(2), 8000)}, {totalFor(monday, 30000)});
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_DOUBLE_EQ(weeks.value(monday).distanceMetres, 8000.0);
    EXPECT_EQ(weeks.value(monday).runs, 1);
    EXPECT_FALSE(weeks.value(monday).fromWeeklyTotal);
}

TEST(WeekDistance, AWeekWithoutRunsTakesItsTotal)
{
    const QDate lastWeek = monday.addDays(-7);
    // A total filed under any day of its week counts for that week's Monday.
    const QMap<QDate, WeeklyDistance> weeks
        = weeklyDistances({runOn(monday, 5000)}, {totalFor(lastWeek.addDays(3), 30000)});
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_DOUBLE_EQ(weeks.value(lastWeek).distanceMetres, 30000.0);
    EXPECT_TRUE(weeks.value(lastWeek).fromWeeklyTotal);
    EXPECT_EQ(weeks.value(lastWeek).runs, 3);
}

TEST(WeekDistance, NothingAfterTheEndIsCounted)
{
    const QMap<QDate, WeeklyDistance> weeks = weeklyDistances({runOn(monday, 5000), runOn(monday.addDays(1), 7000)},
                                                              {totalFor(monday.addDays(7), 20000)}, monday);
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_DOUBLE_EQ(weeks.value(monday).distanceMetres, 5000.0);
}
