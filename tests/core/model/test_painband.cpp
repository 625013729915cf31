#include "core/model/painband.h"
#include "core/model/recordnames.h"

#include <gtest/gtest.h>

using namespace patella;

TEST(PainBands, ZeroToTwoSafeThreeToFiveAcceptableSixToTenTooMuch)
{
    for (int s = 0; s <= 2; ++s)
        EXPECT_EQ(painBand(s), PainBand::Safe) << s;
    for (int s = 3; s <= 5; ++s)
        EXPECT_EQ(painBand(s), PainBand::Acceptable) << s;
    for (int s = 6; s <= 10; ++s)
        EXPECT_EQ(painBand(s), PainBand::TooMuch) << s;
}

TEST(PainBands, EveryTextNamesTheBandsOwnRange)
{
    EXPECT_EQ(bandRange(PainBand::Safe), QStringLiteral("0-2"));
    EXPECT_EQ(bandRange(PainBand::Acceptable), QStringLiteral("3-5"));
    EXPECT_EQ(bandRange(PainBand::TooMuch), QStringLiteral("6-10"));
    for (PainBand band : {PainBand::Safe, PainBand::Acceptable, PainBand::TooMuch})
        EXPECT_TRUE(bandAdvice(band).startsWith(bandRange(band))) << bandAdvice(band).toStdString();
    const QString summary = bandsSummary();
    EXPECT_TRUE(summary.contains(QStringLiteral("0-2")) && summary.contains(QStringLiteral("3-5"))
                && summary.contains(QStringLiteral("6-10")));
}

TEST(PainBands, AcceptableCarriesItsConditions)
{
    EXPECT_TRUE(bandConditions(PainBand::Acceptable).contains(QStringLiteral("within about an hour")));
    EXPECT_TRUE(bandConditions(PainBand::Acceptable).contains(QStringLiteral("next morning")));
    EXPECT_TRUE(bandAdvice(PainBand::Acceptable).contains(bandConditions(PainBand::Acceptable)));
    EXPECT_TRUE(bandsSummary().contains(bandConditions(PainBand::Acceptable)));
    EXPECT_TRUE(bandConditions(PainBand::Safe).isEmpty());
}

TEST(PainBands, TooMuchIsNeverCalledSharp)
{
    // Sharp is a kind of pain, not a strength of it.
    EXPECT_FALSE(bandAdvice(PainBand::TooMuch).contains(QStringLiteral("sharp"), Qt::CaseInsensitive));
    EXPECT_FALSE(bandName(PainBand::TooMuch).contains(QStringLiteral("sharp"), Qt::CaseInsensitive));
}

TEST(RecordNames, OneNamePerSituationAndSide)
{
    EXPECT_EQ(situationName(PainSituation::DuringRun), QStringLiteral("During runs"));
    EXPECT_EQ(situationName(PainSituation::AfterSession), QStringLiteral("After sessions"));
    EXPECT_EQ(sideName(Side::Left), QStringLiteral("Left"));
    EXPECT_EQ(kneeName(Side::Left), QStringLiteral("Left knee"));
    for (PainSituation situation : allSituations())
        EXPECT_FALSE(situationName(situation).isEmpty());
    for (FlexTest test : allFlexTests())
        EXPECT_FALSE(flexTestName(test).isEmpty());
}
