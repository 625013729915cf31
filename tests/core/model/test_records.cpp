#include "core/model/records.h"

#include <gtest/gtest.h>

using namespace patella;

TEST(Records, IdsRoundTrip)
{
    for (PainSituation s : allSituations())
        EXPECT_EQ(situationFromId(toId(s)), s);
    for (FlexTest t : allFlexTests())
        EXPECT_EQ(flexTestFromId(toId(t)), t);
    EXPECT_EQ(sideFromId(QStringLiteral("left")), Side::Left);
    EXPECT_FALSE(sideFromId(QStringLiteral("middle")).has_value());
    EXPECT_FALSE(situationFromId(QStringLiteral("")).has_value());
}

TEST(Records, IsoWeekStartIsMondayAcrossYearEnd)
{
    EXPECT_EQ(isoWeekStart(QDate(2026, 1, 1)), QDate(2025, 12, 29)); // Thursday of ISO week 1
    EXPECT_EQ(isoWeekStart(QDate(2026, 3, 16)), QDate(2026, 3, 16));
    EXPECT_EQ(isoWeekStart(QDate(2026, 3, 22)), QDate(2026, 3, 16));
    EXPECT_EQ(isoWeekStart(QDate(2027, 1, 3)), QDate(2026, 12, 28));
}
