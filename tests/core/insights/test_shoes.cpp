#include "core/insights/shoes.h"
#include "tests/core/insights/histories.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace patella;
using patella::test::referenceDate;
using patella::test::run;

namespace {

Shoe shoe(RecordId id, const QString& name, double limitKm = 700)
{
    Shoe s;
    s.id = id;
    s.name = name;
    s.firstUse = referenceDate().addDays(-200);
    s.limitMetres = limitKm * 1000.0;
    return s;
}

} // namespace

TEST(Shoes, NearTheLimitAsksForALookAtTheMidsole)
{
    const QDate ref = referenceDate();
    const QList<Shoe> shoes {shoe(1, QStringLiteral("Road")), shoe(2, QStringLiteral("Trail"))};
    QList<patella::Run> runs {run(ref.addDays(-50), 600, 1), run(ref.addDays(-1), 29.9, 1),
                              run(ref.addDays(-3), 100, 2)};

    const QList<ShoeWear> wear = shoeWear(shoes, runs, ref);
    ASSERT_EQ(wear.size(), 2);
    EXPECT_NEAR(wear.at(0).metres, 629900.0, 1e-6);
    EXPECT_EQ(wear.at(0).runs, 2);
    EXPECT_FALSE(wear.at(0).nearLimit) << "89.99%";
    EXPECT_FALSE(shoeNearLimitAlert(shoes, runs, ref, DistanceUnit::Kilometres).has_value());

    runs.append(run(ref, 0.1, 1)); // exactly 630 km: 90%
    const auto alert = shoeNearLimitAlert(shoes, runs, ref, DistanceUnit::Kilometres);
    ASSERT_TRUE(alert.has_value());
    EXPECT_EQ(alert->kindId(), QStringLiteral("shoe-near-limit"));
    EXPECT_EQ(alert->severity, Severity::Info);
    EXPECT_EQ(alert->reasons.constFirst(), QStringLiteral("Road: 630 km of your 700 km limit (90%)."));
    EXPECT_TRUE(alert->reason().contains(QStringLiteral("midsole")));
    EXPECT_FALSE(alert->reason().contains(QStringLiteral("replace"), Qt::CaseInsensitive)) << "no verdict";
    EXPECT_TRUE(alert->help.contains(QStringLiteral("480-800 km")));
}

TEST(Shoes, PastTheLimitRetiredAndFutureRuns)
{
    const QDate ref = referenceDate();
    Shoe road = shoe(1, QStringLiteral("Road"), 500);
    QList<patella::Run> runs {run(ref.addDays(-10), 510, 1), run(ref.addDays(3), 400, 2)};
    const auto past = shoeNearLimitAlert({road}, runs, ref, DistanceUnit::Miles);
    ASSERT_TRUE(past.has_value());
    EXPECT_EQ(past->severity, Severity::Caution);
    EXPECT_TRUE(past->reasons.constFirst().contains(QStringLiteral("mi of your 310.7 mi limit (102%)")));

    road.retired = ref.addDays(-1);
    EXPECT_FALSE(shoeNearLimitAlert({road}, runs, ref, DistanceUnit::Kilometres).has_value()) << "retired";

    const Shoe trail = shoe(2, QStringLiteral("Trail"), 500);
    EXPECT_FALSE(shoeNearLimitAlert({trail}, runs, ref, DistanceUnit::Kilometres).has_value())
        << "a run after the reference date does not count";
    Shoe noLimit = shoe(3, QStringLiteral("Spikes"), 0);
    EXPECT_FALSE(shoeWear({noLimit}, {run(ref, 900, 3)}, ref).constFirst().nearLimit);
}
