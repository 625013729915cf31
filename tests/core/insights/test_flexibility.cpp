#include "core/insights/flexibility.h"
#include "tests/core/insights/histories.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace patella;
using patella::test::flex;
using patella::test::referenceDate;

TEST(Flexibility, AsymmetryAsDifferenceAndPercent)
{
    EXPECT_NEAR(asymmetryPercent(9.0, 11.0), 2.0 / 11.0 * 100.0, 1e-12);
    EXPECT_NEAR(asymmetryPercent(11.0, 9.0), 2.0 / 11.0 * 100.0, 1e-12);
    EXPECT_DOUBLE_EQ(asymmetryPercent(0.0, 0.0), 0.0);
    EXPECT_DOUBLE_EQ(asymmetryPercent(5.0, 5.0), 0.0);

    const QDate ref = referenceDate();
    const QList<FlexCheck> checks {
        flex(ref.addDays(-20), FlexTest::KneeToWall, Side::Left, 7),
        flex(ref.addDays(-2), FlexTest::KneeToWall, Side::Left, 9),
        flex(ref.addDays(-1), FlexTest::KneeToWall, Side::Right, 11),
        flex(ref.addDays(-1), FlexTest::SitAndReach, Side::Both, 4),
        flex(ref.addDays(-1), FlexTest::HalfKneelingHipFlexor, Side::Left, 6, FlexUnit::Tightness),
    };
    const QList<FlexAsymmetry> asymmetries = flexibilityAsymmetries(checks, ref);
    ASSERT_EQ(asymmetries.size(), 1) << "only tests with both sides";
    FlexAsymmetry reach;
    reach.test = FlexTest::SitAndReach;
    reach.left = 1.0;
    reach.right = -0.5;
    reach.difference = 1.5;
    reach.percent = asymmetryPercent(1.0, -0.5);
    EXPECT_EQ(describeAsymmetry(reach),
              QStringLiteral("Sit-and-reach: left 1 cm, right -0.5 cm, a difference of 1.5 cm."))
        << "near 0 a percentage means nothing";
    const FlexAsymmetry& a = asymmetries.constFirst();
    EXPECT_EQ(a.test, FlexTest::KneeToWall);
    EXPECT_DOUBLE_EQ(a.left, 9.0) << "the latest left check";
    EXPECT_DOUBLE_EQ(a.right, 11.0);
    EXPECT_DOUBLE_EQ(a.difference, -2.0);
    EXPECT_NEAR(a.percent, 18.18, 0.01);
    EXPECT_EQ(describeAsymmetry(a),
              QStringLiteral("Knee-to-wall: left 9 cm, right 11 cm, a difference of 2 cm (18%)."));

    const auto insight = flexibilityInsight(checks, ref);
    ASSERT_TRUE(insight.has_value());
    EXPECT_EQ(insight->severity, Severity::Info) << "a trend, never a verdict";
    EXPECT_EQ(insight->date, ref.addDays(-1));
}

TEST(Flexibility, TrendsPerTestAndSide)
{
    const QDate ref = referenceDate();
    const QList<FlexCheck> checks {
        flex(ref.addDays(-30), FlexTest::KneeToWall, Side::Left, 8),
        flex(ref.addDays(-10), FlexTest::KneeToWall, Side::Left, 9),
        flex(ref.addDays(-10), FlexTest::KneeToWall, Side::Left, 10), // same day: the mean
        flex(ref, FlexTest::KneeToWall, Side::Left, 10),
        flex(ref.addDays(1), FlexTest::KneeToWall, Side::Left, 20), // after the reference date
        flex(ref.addDays(-5), FlexTest::KneeToWall, Side::Right, 10),
        flex(ref.addDays(-5), FlexTest::StraightLegRaise, Side::Right, 70, FlexUnit::Degrees),
    };
    const QList<FlexSeries> series = flexibilitySeries(checks, ref);
    ASSERT_EQ(series.size(), 3);
    EXPECT_EQ(series.at(0).test, FlexTest::KneeToWall);
    EXPECT_EQ(series.at(0).side, Side::Left);
    ASSERT_EQ(series.at(0).points.size(), 3);
    EXPECT_DOUBLE_EQ(series.at(0).points.at(1).value, 9.5);
    ASSERT_TRUE(series.at(0).changeSinceFirst.has_value());
    EXPECT_DOUBLE_EQ(*series.at(0).changeSinceFirst, 2.0);
    EXPECT_EQ(series.at(1).side, Side::Right);
    EXPECT_FALSE(series.at(1).changeSinceFirst.has_value()) << "one check is not a trend";
    EXPECT_EQ(series.at(2).test, FlexTest::StraightLegRaise);
    EXPECT_TRUE(describeSeries(series.at(0)).endsWith(QStringLiteral("10 cm now (+2 cm).")));
    EXPECT_EQ(describeSeries(series.at(2)), QStringLiteral("Straight-leg raise, right: 70°, the first check."));
}
