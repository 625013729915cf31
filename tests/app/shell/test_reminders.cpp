#include "app/shell/reminders.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace patella;

namespace {

ReminderState eveningOf(QDate day, QTime at)
{
    ReminderState s;
    s.nowLocal = QDateTime(day, at);
    s.stretchEnabled = true;
    s.stretchAt = QTime(19, 0);
    s.checkInEnabled = true;
    s.checkInAt = QTime(18, 0);
    s.checkInDay = Qt::Sunday;
    return s;
}

} // namespace

TEST(Reminders, StretchReminderFiresOnceAfterItsTime)
{
    const QDate monday = test::referenceDate();
    EXPECT_FALSE(dueReminders(eveningOf(monday, QTime(18, 59))).stretch);
    ReminderState s = eveningOf(monday, QTime(19, 0));
    EXPECT_TRUE(dueReminders(s).stretch);
    s.stretchShownOn = monday;
    EXPECT_FALSE(dueReminders(s).stretch) << "once a day";
    s.nowLocal = QDateTime(monday.addDays(1), QTime(19, 30));
    EXPECT_TRUE(dueReminders(s).stretch) << "the next day again";
}

TEST(Reminders, QuietWhenTheWorkIsDoneOrSwitchedOff)
{
    ReminderState s = eveningOf(test::referenceDate(), QTime(20, 0));
    s.flexibilityDoneToday = true;
    EXPECT_FALSE(dueReminders(s).stretch);
    s.flexibilityDoneToday = false;
    s.stretchEnabled = false;
    EXPECT_FALSE(dueReminders(s).stretch);
}

TEST(Reminders, CheckInOnlyOnItsDayAndUntilDone)
{
    const QDate sunday = test::referenceDate().addDays(6);
    ASSERT_EQ(sunday.dayOfWeek(), Qt::Sunday);
    EXPECT_FALSE(dueReminders(eveningOf(sunday.addDays(-1), QTime(20, 0))).checkIn);
    ReminderState s = eveningOf(sunday, QTime(18, 5));
    EXPECT_TRUE(dueReminders(s).checkIn);
    s.checkInDoneThisWeek = true;
    EXPECT_FALSE(dueReminders(s).checkIn);
}
