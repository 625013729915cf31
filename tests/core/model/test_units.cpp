#include "core/model/units.h"

#include <gtest/gtest.h>

#include <limits>

using namespace patella;

TEST(Units, KilometresAndMilesRoundTripWithoutDrift)
{
    for (double metres : {0.0, 1.0, 5000.0, 21097.5, 42195.0, 160934.4}) {
        for (auto unit : {DistanceUnit::Kilometres, DistanceUnit::Miles}) {
            double value = metres;
            for (int i = 0; i < 100; ++i)
                value = toMetres(toUnit(value, unit), unit);
            EXPECT_NEAR(value, metres, 1e-6) << unitId(unit).toStdString();
        }
    }
    EXPECT_DOUBLE_EQ(toUnit(1609.344, DistanceUnit::Miles), 1.0);
    EXPECT_DOUBLE_EQ(toUnit(10000.0, DistanceUnit::Kilometres), 10.0);
}

TEST(Units, DurationFormatsAndParses)
{
    EXPECT_EQ(formatDuration(3723), QStringLiteral("1:02:03"));
    EXPECT_EQ(formatDuration(65), QStringLiteral("1:05"));
    EXPECT_EQ(parseDuration(QStringLiteral("1:02:03")), 3723);
    EXPECT_EQ(parseDuration(QStringLiteral("42:05")), 2525);
    EXPECT_EQ(parseDuration(QStringLiteral("30")), 1800);
    EXPECT_EQ(parseDuration(QStringLiteral("1:75:00")), -1);
    EXPECT_EQ(parseDuration(QStringLiteral("abc")), -1);
    EXPECT_EQ(parseDuration(QStringLiteral("1:2:3:4")), -1);
    // Minutes that do not fit an int in seconds saturate instead of wrapping (undefined behaviour).
    EXPECT_EQ(parseDuration(QStringLiteral("71582789")), std::numeric_limits<int>::max());
    EXPECT_EQ(parseDuration(QStringLiteral("2147483647:59:59")), std::numeric_limits<int>::max());
}
