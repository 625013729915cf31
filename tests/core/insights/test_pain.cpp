#include "core/insights/pain.h"
#include "core/insights/painalerts.h"
#include "tests/core/insights/histories.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

#include <functional>

using namespace patella;
using patella::test::pain;
using patella::test::referenceDate;
using patella::test::session;

namespace {

// One report a day for each score, the first on `first`.
QList<PainEntry> daily(QDate first, const QList<int>& scores, PainSituation situation = PainSituation::Stairs)
{
    QList<PainEntry> out;
    for (qsizetype i = 0; i < scores.size(); ++i)
        out.append(pain(first.addDays(i), scores.at(i), situation));
    return out;
}

} // namespace

TEST(PainTrend, RealImprovementNeedsMoreThan116Points)
{
    EXPECT_FALSE(isRealImprovement(5.0, 3.84)) << "1.16 is the smallest change that matters, not beyond it";
    EXPECT_TRUE(isRealImprovement(5.0, 3.83)) << "1.17";
    EXPECT_FALSE(isRealImprovement(2.16, 1.0));
    EXPECT_TRUE(isRealImprovement(2.17, 1.0));
    EXPECT_FALSE(isRealImprovement(3.0, 5.0)) << "worse is not better";
}

TEST(PainTrend, DailyWorstRollingMeanAndTheChangeAgainstThreeWeeksBefore)
{
    const QDate ref = referenceDate();
    QList<PainEntry> entries = daily(ref.addDays(-27), {5, 5, 5, 5, 5, 5, 5});
    entries += daily(ref.addDays(-6), {4, 4, 4, 4, 4, 4, 3});
    entries.append(pain(ref.addDays(-6), 1)); // a better moment the same day does not hide the worst
    entries.append(pain(ref.addDays(-6), 9, PainSituation::Squatting)); // another situation, its own trend

    const PainTrend flat = painTrend(entries, PainSituation::Stairs, ref);
    ASSERT_EQ(flat.days.size(), 14);
    EXPECT_DOUBLE_EQ(flat.days.at(7).value, 4.0);
    EXPECT_DOUBLE_EQ(flat.days.at(7).rollingMean, 4.0) << "no reports in the 6 days before it";
    ASSERT_TRUE(flat.currentMean && flat.earlierMean && flat.change);
    EXPECT_NEAR(*flat.currentMean, 27.0 / 7.0, 1e-12);
    EXPECT_NEAR(*flat.earlierMean, 5.0, 1e-12);
    EXPECT_NEAR(*flat.change, -8.0 / 7.0, 1e-12);
    EXPECT_FALSE(flat.realImprovement) << "a drop of 1.14";
    EXPECT_EQ(
        describePainChange(flat),
        QStringLiteral("Stairs: 5 three weeks ago, 3.9 now (-1.1): not yet the drop of more than 1.16 points that "
                       "counts as real."));

    entries.append(pain(ref.addDays(-1), 3)); // now 4,4,4,4,4,3,3: a drop of 1.29
    entries.removeIf([&](const PainEntry& e) { return e.localDate == ref.addDays(-1) && e.score == 4; });
    const PainTrend better = painTrend(entries, PainSituation::Stairs, ref);
    ASSERT_TRUE(better.change.has_value());
    EXPECT_NEAR(*better.change, -9.0 / 7.0, 1e-12);
    EXPECT_TRUE(better.realImprovement);

    const QList<PainTrend> trends = painTrends(entries, ref);
    ASSERT_EQ(trends.size(), 2);
    EXPECT_EQ(trends.at(0).situation, PainSituation::Stairs);
    EXPECT_EQ(trends.at(1).situation, PainSituation::Squatting);
    EXPECT_FALSE(trends.at(1).change.has_value()) << "nothing three weeks before";
}

namespace {

void expectSameTrends(const QList<PainTrend>& updated, const QList<PainTrend>& full, const QString& what)
{
    ASSERT_EQ(updated.size(), full.size()) << qPrintable(what);
    for (qsizetype t = 0; t < full.size(); ++t) {
        const PainTrend& a = updated.at(t);
        const PainTrend& b = full.at(t);
        ASSERT_EQ(a.situation, b.situation) << qPrintable(what);
        ASSERT_EQ(a.days.size(), b.days.size()) << qPrintable(what);
        for (qsizetype d = 0; d < b.days.size(); ++d) {
            EXPECT_EQ(a.days.at(d).date, b.days.at(d).date) << qPrintable(what);
            // The same additions in the same order: bit for bit, not only close.
            EXPECT_EQ(a.days.at(d).value, b.days.at(d).value) << qPrintable(what);
            EXPECT_EQ(a.days.at(d).rollingMean, b.days.at(d).rollingMean) << qPrintable(what);
        }
        EXPECT_EQ(a.currentMean, b.currentMean) << qPrintable(what);
        EXPECT_EQ(a.earlierMean, b.earlierMean) << qPrintable(what);
        EXPECT_EQ(a.change, b.change) << qPrintable(what);
        EXPECT_EQ(a.realImprovement, b.realImprovement) << qPrintable(what);
    }
}

} // namespace

TEST(PainTrend, UpdatedFromAChangedDayEqualsTheTrendsWorkedOutAgain)
{
    const QDate ref = referenceDate();
    // A fixed pseudo-random history: 300 days, gaps, several situations, up to three reports a day.
    quint32 seed = 20261203;
    const auto next = [&seed](int below) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(below));
    };
    QList<PainEntry> entries;
    for (int day = 300; day >= 0; --day) {
        for (int report = next(4); report > 0; --report)
            entries.append(pain(ref.addDays(-day), next(11), allSituations().at(next(3))));
    }
    struct Change
    {
        QString what;
        std::function<QDate(QList<PainEntry>&)> apply; // returns the earliest day changed
    };
    const QList<Change> changes {
        {QStringLiteral("a report today"),
         [&](QList<PainEntry>& list) {
             list.append(pain(ref, 7, PainSituation::Stairs));
             return ref;
         }},
        {QStringLiteral("a report 10 days ago, worse than that day's worst"),
         [&](QList<PainEntry>& list) {
             list.append(pain(ref.addDays(-10), 10, allSituations().at(0)));
             return ref.addDays(-10);
         }},
        {QStringLiteral("the first report of a situation never reported"),
         [&](QList<PainEntry>& list) {
             list.append(pain(ref.addDays(-2), 4, allSituations().at(4)));
             return ref.addDays(-2);
         }},
        {QStringLiteral("a report removed 40 days ago (before the three-week comparison)"),
         [&](QList<PainEntry>& list) {
             const auto at = std::find_if(list.begin(), list.end(),
                                          [&](const PainEntry& e) { return e.localDate >= ref.addDays(-40); });
             const QDate day = at->localDate;
             list.erase(at);
             return day;
         }},
        {QStringLiteral("every report of the new situation removed again"),
         [&](QList<PainEntry>& list) {
             list.removeIf([](const PainEntry& e) { return e.situation == allSituations().at(4); });
             return ref.addDays(-2);
         }},
        {QStringLiteral("a report after the reference date (not counted)"),
         [&](QList<PainEntry>& list) {
             list.append(pain(ref.addDays(3), 9, PainSituation::Stairs));
             return ref.addDays(3);
         }},
    };
    QList<PainTrend> trends = painTrends(entries, ref);
    ASSERT_GE(trends.size(), 3);
    for (const Change& change : changes) {
        const QDate from = change.apply(entries);
        updatePainTrends(trends, entries, from, ref);
        expectSameTrends(trends, painTrends(entries, ref), change.what);
    }
    EXPECT_EQ(trends.size(), 3) << "a situation whose last report went has no trend any more";
}

TEST(PainSpike, ADayTwoPointsAboveTheSevenDayMean)
{
    const QDate ref = referenceDate();
    const QList<PainEntry> base = daily(ref.addDays(-3), {3, 3, 3});
    const QList<PainSpike> spikes = painSpikes(base + QList<PainEntry> {pain(ref, 5)}, {}, {}, {}, ref, ref);
    ASSERT_EQ(spikes.size(), 1);
    EXPECT_EQ(spikes.constFirst().cause, PainSpikeCause::AboveWeekMean);
    EXPECT_DOUBLE_EQ(spikes.constFirst().baseline, 3.0);
    EXPECT_TRUE(
        describePainSpike(spikes.constFirst()).endsWith(QStringLiteral("pain 5, 2 points above the 7-day mean of 3.")));

    EXPECT_TRUE(painSpikes(base + QList<PainEntry> {pain(ref, 4)}, {}, {}, {}, ref, ref).isEmpty());
    EXPECT_TRUE(
        painSpikes(base + QList<PainEntry> {pain(ref, 5, PainSituation::Squatting)}, {}, {}, {}, ref, ref).isEmpty())
        << "each situation against its own mean";
    // A report 8 days back is outside the 7 days before today.
    EXPECT_TRUE(painSpikes({pain(ref.addDays(-8), 1), pain(ref, 5)}, {}, {}, {}, ref, ref).isEmpty());
}

TEST(PainSpike, AboveFiveInASessionOrRun)
{
    const QDate ref = referenceDate();
    SessionRecord s = session(ref.addDays(-1), SessionOutcome::Completed, 42);
    SessionItem calm;
    calm.exerciseId = QStringLiteral("quad-stretch");
    calm.pain = 5;
    SessionItem sharp;
    sharp.exerciseId = QStringLiteral("wall-sit");
    sharp.pain = 6;
    s.items = {calm};
    EXPECT_TRUE(painSpikes({}, {s}, {}, {}, ref.addDays(-6), ref).isEmpty()) << "5 is still acceptable";

    s.items = {calm, sharp};
    PainEntry tied = pain(ref.addDays(-1), 7, PainSituation::AfterSession);
    tied.sessionId = 42;
    const QList<PainSpike> spikes = painSpikes({tied}, {s}, {}, {}, ref.addDays(-6), ref);
    ASSERT_EQ(spikes.size(), 1) << "the report tied to the session joins its spike";
    EXPECT_EQ(spikes.constFirst().cause, PainSpikeCause::DuringSession);
    EXPECT_DOUBLE_EQ(spikes.constFirst().value, 7.0);
    EXPECT_EQ(spikes.constFirst().exerciseId, QStringLiteral("wall-sit"));

    const QList<PainSpike> loose
        = painSpikes({pain(ref.addDays(-2), 6, PainSituation::AfterSession)}, {}, {}, {}, ref.addDays(-6), ref);
    ASSERT_EQ(loose.size(), 1);
    EXPECT_EQ(loose.constFirst().cause, PainSpikeCause::DuringSession);

    patella::Run hurt = test::run(ref, 8);
    hurt.painDuring = 6;
    const QList<PainSpike> onRun = painSpikes({}, {}, {hurt}, {}, ref.addDays(-6), ref);
    ASSERT_EQ(onRun.size(), 1);
    EXPECT_EQ(onRun.constFirst().cause, PainSpikeCause::DuringRun);
}

TEST(PainSpike, KneeWorseNextMorningAndTheAlertWindow)
{
    const QDate ref = referenceDate();
    CheckIn worse;
    worse.weekStart = ref.addDays(-7);
    worse.kneeWorseMorning = true;
    CheckIn fine = worse;
    fine.kneeWorseMorning = false;

    EXPECT_FALSE(painSpikeAlert({}, {}, {}, {fine}, ref).has_value());
    const auto alert = painSpikeAlert({}, {}, {}, {worse}, ref);
    ASSERT_TRUE(alert.has_value());
    EXPECT_EQ(alert->kindId(), QStringLiteral("pain-spike"));
    EXPECT_EQ(alert->severity, Severity::Caution);
    EXPECT_EQ(alert->date, ref.addDays(-1));
    EXPECT_TRUE(alert->reason().contains(QStringLiteral("worse the next morning")));

    // A spike 7 days ago is out of the alert's week; 6 days ago is in.
    const QList<PainEntry> old = daily(ref.addDays(-10), {2, 2, 2, 6});
    EXPECT_FALSE(painSpikeAlert(old, {}, {}, {}, ref).has_value());
    const QList<PainEntry> recent = daily(ref.addDays(-9), {2, 2, 2, 6});
    EXPECT_TRUE(painSpikeAlert(recent, {}, {}, {}, ref).has_value());
}

TEST(LingeringPain, FourOrMoreOnMostDaysForTwoWeeksRunning)
{
    const QDate ref = referenceDate();
    // Window one: ref-13..ref-7; window two: ref-6..ref. Four painful days in each.
    const QList<PainEntry> both
        = daily(ref.addDays(-13), {4, 2, 5, 2, 4, 2, 6}) + daily(ref.addDays(-6), {4, 4, 1, 4, 2, 4, 0});
    const auto alert = lingeringPainAlert(both, {}, {}, {}, ref, 3);
    ASSERT_TRUE(alert.has_value());
    EXPECT_EQ(alert->kindId(), QStringLiteral("lingering-pain"));
    EXPECT_EQ(alert->severity, Severity::SeePhysio);
    ASSERT_EQ(alert->reasons.size(), 2);
    EXPECT_TRUE(alert->reasons.at(0).startsWith(QStringLiteral("Pain of 4 or more on 4 of the 7 days")));
    EXPECT_TRUE(alert->help.contains(QStringLiteral("Piva")));

    const QList<PainEntry> oneWeekOnly
        = daily(ref.addDays(-13), {4, 2, 5, 2, 3, 2, 6}) + daily(ref.addDays(-6), {4, 4, 1, 4, 2, 4, 0});
    EXPECT_FALSE(lingeringPainAlert(oneWeekOnly, {}, {}, {}, ref, 3).has_value()) << "three painful days is not most";

    // The first week told by the weekly check-in's usual pain instead.
    CheckIn checkIn;
    checkIn.weekStart = ref.addDays(-14);
    checkIn.usualPain = 4;
    const auto byCheckIn = lingeringPainAlert(oneWeekOnly, {}, {}, {checkIn}, ref, 3);
    ASSERT_TRUE(byCheckIn.has_value());
    EXPECT_TRUE(byCheckIn->reasons.at(0).contains(QStringLiteral("usual pain of 4")));
}

TEST(LingeringPain, NoRealImprovementAfterSixWeeksOfConsistentWork)
{
    const QDate ref = referenceDate();
    QList<SessionRecord> sessions;
    for (int week = 1; week <= 6; ++week) {
        for (int day : {0, 2, 4})
            sessions.append(session(ref.addDays(-7 * week + day)));
    }
    const QList<PainEntry> earlier = daily(ref.addDays(-48), {5, 5, 5, 5, 5, 5, 5});
    const QList<PainEntry> stuck = earlier + daily(ref.addDays(-6), {4, 4, 4, 4, 4, 4, 4});

    const auto alert = lingeringPainAlert(stuck, {}, sessions, {}, ref, 3);
    ASSERT_TRUE(alert.has_value());
    EXPECT_EQ(alert->severity, Severity::SeePhysio);
    ASSERT_EQ(alert->reasons.size(), 2);
    EXPECT_EQ(alert->reasons.at(0), QStringLiteral("Weeks in a row at your target of 3 sessions a week: 6."));
    EXPECT_TRUE(alert->reasons.at(1).startsWith(QStringLiteral("Stairs: 5 six weeks ago, 4 now (-1)")))
        << alert->reasons.at(1).toStdString();

    const QList<PainEntry> improving = earlier + daily(ref.addDays(-6), {4, 4, 4, 3, 3, 3, 3});
    EXPECT_FALSE(lingeringPainAlert(improving, {}, sessions, {}, ref, 3).has_value());

    const QList<SessionRecord> fiveWeeks = sessions.mid(0, 15);
    EXPECT_FALSE(lingeringPainAlert(stuck, {}, fiveWeeks, {}, ref, 3).has_value()) << "only five steady weeks";
    EXPECT_FALSE(lingeringPainAlert(stuck, {}, sessions, {}, ref, 4).has_value()) << "below the target";
}
