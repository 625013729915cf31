#include "core/insights/painalerts.h"
#include "core/insights/referrals.h"
#include "tests/core/insights/histories.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace patella;
using patella::test::pain;
using patella::test::referenceDate;
using patella::test::session;

namespace {

// One report a day for each score, the first on `first`.
QList<PainEntry> daily(QDate first, const QList<int>& scores, PainSituation situation)
{
    QList<PainEntry> out;
    for (qsizetype i = 0; i < scores.size(); ++i)
        out.append(pain(first.addDays(i), scores.at(i), situation));
    return out;
}

MorningCheck morning(QDate day, bool worse)
{
    MorningCheck m;
    m.date = day;
    m.worse = worse;
    return m;
}

CheckIn checkIn(QDate weekStart, int worst, int usual)
{
    CheckIn c;
    c.weekStart = weekStart;
    c.worstPain = worst;
    c.usualPain = usual;
    return c;
}

} // namespace

TEST(PainAlerts, WeeklyWorstPainUpTwoWeeksRunningIsAReferral)
{
    const QDate thisWeek = isoWeekStart(referenceDate());
    const QList<CheckIn> rising {checkIn(thisWeek.addDays(-14), 3, 2), checkIn(thisWeek.addDays(-7), 4, 2),
                                 checkIn(thisWeek, 5, 2)};
    const auto alert = risingPainAlert({}, rising, referenceDate());
    ASSERT_TRUE(alert.has_value());
    EXPECT_EQ(alert->severity, Severity::SeePhysio);
    EXPECT_EQ(alert->kindId(), QStringLiteral("rising-pain"));
    EXPECT_TRUE(alert->reasons.at(0).startsWith(QStringLiteral("The week's worst pain (check-in): 3")))
        << alert->reason().toStdString();
    // Up once, then level: not two weeks running.
    const QList<CheckIn> once {checkIn(thisWeek.addDays(-14), 3, 2), checkIn(thisWeek.addDays(-7), 5, 2),
                               checkIn(thisWeek, 5, 2)};
    EXPECT_FALSE(risingPainAlert({}, once, referenceDate()).has_value());
}

TEST(PainAlerts, StairsWorseningIsNotHiddenByRunsImproving)
{
    const QDate ref = referenceDate();
    // Stairs: 7-day means of 2, 3 and 4 on ref-14, ref-7 and ref; runs fall from 6 to 2 meanwhile.
    const QList<PainEntry> entries = daily(ref.addDays(-20), QList<int>(7, 2), PainSituation::Stairs)
        + daily(ref.addDays(-13), QList<int>(7, 3), PainSituation::Stairs)
        + daily(ref.addDays(-6), QList<int>(7, 4), PainSituation::Stairs)
        + daily(ref.addDays(-20), QList<int>(7, 6), PainSituation::DuringRun)
        + daily(ref.addDays(-13), QList<int>(7, 4), PainSituation::DuringRun)
        + daily(ref.addDays(-6), QList<int>(7, 2), PainSituation::DuringRun);
    const auto alert = risingPainAlert(entries, {}, ref);
    ASSERT_TRUE(alert.has_value());
    EXPECT_TRUE(alert->reasons.at(0).startsWith(QStringLiteral("Stairs (7-day mean): 2")))
        << alert->reason().toStdString();
    EXPECT_FALSE(alert->reason().contains(QStringLiteral("During runs")));

    // Six steady weeks: the stairs stall is a referral although runs improved by more than 1.16.
    QList<SessionRecord> sessions;
    for (int week = 1; week <= kNoImprovementWeeks; ++week) {
        for (int day : {0, 2, 4})
            sessions.append(session(ref.addDays(-7 * week + day)));
    }
    const QDate earlier = ref.addDays(-7 * kNoImprovementWeeks - 6);
    const QList<PainEntry> sixWeeks = daily(earlier, QList<int>(7, 4), PainSituation::Stairs)
        + daily(earlier, QList<int>(7, 6), PainSituation::DuringRun)
        + daily(ref.addDays(-6), QList<int>(7, 4), PainSituation::Stairs)
        + daily(ref.addDays(-6), QList<int>(7, 2), PainSituation::DuringRun);
    const auto stalled = lingeringPainAlert(sixWeeks, {}, sessions, {}, ref, 3);
    ASSERT_TRUE(stalled.has_value());
    EXPECT_TRUE(stalled->reason().contains(QStringLiteral("Stairs: 4 six weeks ago, 4 now")))
        << stalled->reason().toStdString();
    EXPECT_FALSE(stalled->reason().contains(QStringLiteral("During runs: 6")));
}

TEST(PainAlerts, SmallWobblesOfTheSevenDayMeanAreNotARise)
{
    const QDate ref = referenceDate();
    const QList<PainEntry> wobble = daily(ref.addDays(-20), QList<int>(7, 2), PainSituation::Stairs)
        + daily(ref.addDays(-13), {2, 3, 2, 2, 2, 3, 2}, PainSituation::Stairs)
        + daily(ref.addDays(-6), {3, 3, 2, 3, 2, 3, 2}, PainSituation::Stairs);
    EXPECT_FALSE(risingPainAlert(wobble, {}, ref).has_value()) << "2, 2.3, 2.6: up, but by less than 1.16";
}

TEST(PainAlerts, ThreeWorseMorningsInFourteenDaysNameTheirDates)
{
    const QDate ref = referenceDate(); // Monday 16 March 2026
    const QList<MorningCheck> mornings {morning(ref.addDays(-12), true), morning(ref.addDays(-8), true),
                                        morning(ref.addDays(-5), false), morning(ref.addDays(-2), true)};
    const auto alert = worseMorningsAlert(mornings, {}, ref);
    ASSERT_TRUE(alert.has_value());
    EXPECT_EQ(alert->severity, Severity::SeePhysio);
    EXPECT_TRUE(alert->reason().contains(QStringLiteral("3 times in the last 14 days")));
    EXPECT_TRUE(alert->reason().contains(QLocale().toString(ref.addDays(-12), QLocale::ShortFormat)));
    EXPECT_TRUE(alert->reason().contains(QLocale().toString(ref.addDays(-2), QLocale::ShortFormat)));
    EXPECT_EQ(alert->date, ref.addDays(-2));

    // Two of them, or the third outside the 14 days, is not yet a referral.
    EXPECT_FALSE(worseMorningsAlert(mornings.mid(1), {}, ref).has_value());
    const QList<MorningCheck> spread {morning(ref.addDays(-14), true), morning(ref.addDays(-8), true),
                                      morning(ref.addDays(-2), true)};
    EXPECT_FALSE(worseMorningsAlert(spread, {}, ref).has_value());
}

TEST(PainAlerts, WorseMorningsAfterTwoSessionsInARowAreAReferral)
{
    const QDate ref = referenceDate();
    const QList<SessionRecord> sessions {session(ref.addDays(-6)), session(ref.addDays(-4)), session(ref.addDays(-2))};
    const QList<MorningCheck> afterBoth {morning(ref.addDays(-5), false), morning(ref.addDays(-3), true),
                                         morning(ref.addDays(-1), true)};
    const auto alert = worseMorningsAlert(afterBoth, sessions, ref);
    ASSERT_TRUE(alert.has_value());
    EXPECT_TRUE(alert->reason().contains(QStringLiteral("were both worse"))) << alert->reason().toStdString();

    // Worse after the first and the third session, fine after the second: not two in a row.
    const QList<MorningCheck> apart {morning(ref.addDays(-5), true), morning(ref.addDays(-3), false),
                                     morning(ref.addDays(-1), true)};
    EXPECT_FALSE(worseMorningsAlert(apart, sessions, ref).has_value());
}

TEST(PainAlerts, WarningSignsInTheCheckInAreAReferralOnToday)
{
    const QDate ref = referenceDate();
    CheckIn none = checkIn(isoWeekStart(ref), 2, 1);
    none.warningSigns = QList<WarningSign> {};
    EXPECT_FALSE(warningSignsAlert({none}, ref).has_value()) << "asked, none ticked";
    CheckIn swelling = none;
    swelling.warningSigns = QList<WarningSign> {WarningSign::Swelling, WarningSign::GivingWay};
    const auto alert = warningSignsAlert({swelling}, ref);
    ASSERT_TRUE(alert.has_value());
    EXPECT_EQ(alert->severity, Severity::SeePhysio);
    EXPECT_EQ(alert->kindId(), QStringLiteral("warning-signs"));
    EXPECT_TRUE(alert->reason().contains(QStringLiteral("Swelling of the knee")));
    EXPECT_TRUE(alert->reason().contains(QStringLiteral("The knee gives way")));
    // A check-in three weeks old no longer raises it.
    CheckIn old = swelling;
    old.weekStart = isoWeekStart(ref).addDays(-21);
    EXPECT_FALSE(warningSignsAlert({old}, ref).has_value());
}

TEST(PainAlerts, WorseThisMorningNamesTheMorning)
{
    const QDate ref = referenceDate(); // a Monday
    const auto alert = painSpikeAlert({}, {}, {}, {}, ref, {morning(ref.addDays(-2), true)});
    ASSERT_TRUE(alert.has_value());
    const QString day = QLocale().toString(ref.addDays(-2), QStringLiteral("dddd "));
    EXPECT_TRUE(alert->reason().startsWith(QStringLiteral("On the morning of ") + day))
        << alert->reason().toStdString();
    EXPECT_FALSE(alert->reason().contains(QStringLiteral("check-in")));
}
