#include "core/insights/insights.h"
#include "tests/core/insights/histories.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace patella;
using patella::test::pain;
using patella::test::referenceDate;
using patella::test::run;

namespace {

// A fortnight of a knee that keeps hurting, a run well past the recent longest, and a pair of shoes near
// their limit: every alert of the Today page at once.
InsightInputs troubledFortnight()
{
    const QDate ref = referenceDate();
    InsightInputs in;
    for (int d : {14, 12, 10, 8}) // the week of 2 March: 30 km, longest 8
        in.runs.append(run(ref.addDays(-d), d == 8 ? 6 : 8, 1));
    for (int d : {7, 5, 4}) // the week of 9 March: 36 km
        in.runs.append(run(ref.addDays(-d), 8, 1));
    in.runs.append(run(ref.addDays(-2), 12, 1));

    Shoe shoe;
    shoe.id = 1;
    shoe.name = QStringLiteral("Daily trainer");
    shoe.limitMetres = 72000.0;
    in.shoes.append(shoe);

    const QList<int> scores {4, 4, 4, 4, 2, 2, 2, 4, 4, 4, 4, 2, 2, 6};
    for (int i = 0; i < scores.size(); ++i)
        in.pain.append(pain(ref.addDays(-13 + i), scores.at(i)));
    return in;
}

} // namespace

TEST(InsightsFacade, TodaysAlertsMostSevereThenNewest)
{
    const Insights insights(troubledFortnight(), referenceDate(), DistanceUnit::Kilometres, 3);
    const QList<Insight> alerts = insights.currentAlerts();
    QStringList kinds;
    for (const Insight& alert : alerts)
        kinds.append(alert.kindId());
    EXPECT_EQ(
        kinds,
        QStringList({QStringLiteral("lingering-pain"), QStringLiteral("pain-spike"), QStringLiteral("long-run-spike"),
                     QStringLiteral("shoe-near-limit"), QStringLiteral("mileage-rise")}));
    ASSERT_EQ(alerts.size(), 5);
    EXPECT_EQ(alerts.at(0).severity, Severity::SeePhysio);
    EXPECT_EQ(alerts.at(1).severity, Severity::Caution);
    EXPECT_EQ(alerts.at(1).date, referenceDate());
    EXPECT_EQ(alerts.at(2).date, referenceDate().addDays(-2));
    EXPECT_EQ(alerts.at(4).reasons.constFirst(), QStringLiteral("The week before 30 km, last week 36 km: +20%."));
    for (const Insight& alert : alerts) {
        EXPECT_FALSE(alert.title.isEmpty()) << alert.kindId().toStdString();
        EXPECT_FALSE(alert.reasons.isEmpty()) << alert.kindId().toStdString();
        EXPECT_FALSE(alert.help.isEmpty()) << alert.kindId().toStdString();
    }
}

TEST(InsightsFacade, QuietJournalHasNoAlertsAndStillInforms)
{
    const Insights empty({}, referenceDate(), DistanceUnit::Kilometres, 3);
    EXPECT_TRUE(empty.currentAlerts().isEmpty());
    const QList<Insight> info = empty.information();
    ASSERT_EQ(info.size(), 1);
    EXPECT_EQ(info.constFirst().kind, InsightKind::Adherence);

    const Insights busy(troubledFortnight(), referenceDate(), DistanceUnit::Miles, 3);
    const auto allowance = busy.allowanceThisWeek();
    ASSERT_TRUE(allowance.has_value());
    EXPECT_NEAR(allowance->allowedMetres, 39600.0, 1e-6);
    const auto ahead = busy.allowanceNextWeek();
    EXPECT_FALSE(ahead.has_value()) << "nothing run this week yet to build next week on";
    EXPECT_EQ(busy.weeklyMileage().size(), 3);
    EXPECT_TRUE(busy.loadRatio().ratio.has_value());
    EXPECT_EQ(busy.painTrends().size(), 1);
    EXPECT_NEAR(busy.shoeWear().constFirst().fraction, 66.0 / 72.0, 1e-12);
}

TEST(InsightKinds, StableIdsAndHelpForEveryKind)
{
    const QList<InsightKind> kinds {InsightKind::MileageRise,
                                    InsightKind::LongRunSpike,
                                    InsightKind::LoadRatio,
                                    InsightKind::PainSpike,
                                    InsightKind::LingeringPain,
                                    InsightKind::Adherence,
                                    InsightKind::FlexibilityAsymmetry,
                                    InsightKind::ShoeNearLimit};
    QStringList ids;
    for (InsightKind kind : kinds) {
        ids.append(toId(kind));
        EXPECT_EQ(insightKindFromId(toId(kind)), kind);
        EXPECT_FALSE(helpText(kind).isEmpty());
    }
    ids.removeDuplicates();
    EXPECT_EQ(ids.size(), kinds.size());
    EXPECT_EQ(toId(Severity::SeePhysio), QStringLiteral("see-a-physio"));
    EXPECT_FALSE(insightKindFromId(QStringLiteral("verdict")).has_value());
    EXPECT_TRUE(helpText(InsightKind::MileageRise).contains(QStringLiteral("evidence behind it is weak")));
}
