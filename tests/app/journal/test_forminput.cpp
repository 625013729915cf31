#include "app/journal/forminput.h"
#include "tests/support/testsupport.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace patella;

namespace {

class FormInput : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }
};

std::string message(const Error& error)
{
    return error.message.toStdString();
}

} // namespace

TEST_F(FormInput, PainAboveTenNamesTheField)
{
    const auto score = forms::painScore(QStringLiteral("11"), "painDuring", QStringLiteral("Pain during"), false);
    ASSERT_FALSE(score.ok());
    EXPECT_EQ(score.error().field, QStringLiteral("painDuring"));
    EXPECT_EQ(message(score.error()), "Pain during must be between 0 and 10.");
}

TEST_F(FormInput, PainInRangeAndEmptyOptional)
{
    const auto seven = forms::painScore(QStringLiteral(" 7 "), "score", QStringLiteral("Pain"), true);
    ASSERT_TRUE(seven.ok());
    EXPECT_EQ(seven.value(), 7);
    const auto empty = forms::painScore(QString(), "painAfter", QStringLiteral("Pain after"), false);
    ASSERT_TRUE(empty.ok());
    EXPECT_FALSE(empty.value().has_value());
    const auto missing = forms::painScore(QString(), "score", QStringLiteral("Pain"), true);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(message(missing.error()), "Pain is needed.");
    const auto half = forms::painScore(QStringLiteral("4.5"), "score", QStringLiteral("Pain"), true);
    ASSERT_FALSE(half.ok());
    EXPECT_EQ(message(half.error()), "Pain must be a whole number from 0 to 10.");
}

TEST_F(FormInput, NegativeDistanceIsRefused)
{
    const auto metres = forms::distance(QStringLiteral("-3"), DistanceUnit::Kilometres, "distance",
                                        QStringLiteral("Distance"), false);
    ASSERT_FALSE(metres.ok());
    EXPECT_EQ(metres.error().field, QStringLiteral("distance"));
    EXPECT_EQ(message(metres.error()), "Distance cannot be negative.");
}

TEST_F(FormInput, LettersInANumberAreRefused)
{
    const auto metres = forms::distance(QStringLiteral("5k"), DistanceUnit::Kilometres, "distance",
                                        QStringLiteral("Distance"), false);
    ASSERT_FALSE(metres.ok());
    EXPECT_EQ(message(metres.error()), "Distance must be a number, like 5.2.");
    const auto effort = forms::wholeNumber(QStringLiteral("high"), "effort", QStringLiteral("Effort"), 1, 10, false);
    ASSERT_FALSE(effort.ok());
    EXPECT_EQ(message(effort.error()), "Effort must be a number from 1 to 10.");
    const auto value = forms::decimal(QStringLiteral("ten"), "value", QStringLiteral("Left"), -50, 150, false);
    ASSERT_FALSE(value.ok());
    EXPECT_EQ(message(value.error()), "Left must be a number, like 12.5.");
}

TEST_F(FormInput, ZeroDurationIsRefused)
{
    const auto zero = forms::duration(QStringLiteral("0:00:00"), "duration", QStringLiteral("Duration"));
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(zero.error().field, QStringLiteral("duration"));
    EXPECT_EQ(message(zero.error()), "Duration must be longer than zero.");
    const auto garbled = forms::duration(QStringLiteral("1:75:00"), "duration", QStringLiteral("Duration"));
    ASSERT_FALSE(garbled.ok());
    EXPECT_EQ(message(garbled.error()), "Duration must read as h:mm:ss, like 0:42:30.");
    const auto fine = forms::duration(QStringLiteral("1:02:03"), "duration", QStringLiteral("Duration"));
    ASSERT_TRUE(fine.ok());
    EXPECT_EQ(fine.value(), 3723);
}

// Issue 13, finding 9: "71582789" wrapped an int into a 5 km run of 44 s; 1e306 km read as "negative".
TEST_F(FormInput, HugeDurationsAndDistancesAreRefusedByName)
{
    const auto huge = forms::duration(QStringLiteral("71582789"), "duration", QStringLiteral("Duration"));
    ASSERT_FALSE(huge.ok()) << "read as " << huge.value();
    EXPECT_EQ(huge.error().field, QStringLiteral("duration"));
    EXPECT_EQ(message(huge.error()), "Duration is longer than 72 hours; a bare number counts minutes.");
    const auto far = forms::distance(QStringLiteral("1e306"), DistanceUnit::Kilometres, "distance",
                                     QStringLiteral("Distance"), false);
    ASSERT_FALSE(far.ok());
    EXPECT_EQ(far.error().field, QStringLiteral("distance"));
    EXPECT_EQ(message(far.error()), "Distance is far too large: a run or a week is at most a few hundred km.");
}

TEST_F(FormInput, DateNextYearIsRefused)
{
    const QDate today = test::referenceDate();
    const auto nextYear = forms::pastDate(today.addYears(1), today, "date", QStringLiteral("Date"));
    ASSERT_FALSE(nextYear.ok());
    EXPECT_EQ(nextYear.error().field, QStringLiteral("date"));
    EXPECT_EQ(message(nextYear.error()), "Date cannot be in the future.");
    EXPECT_TRUE(forms::pastDate(today, today, "date", QStringLiteral("Date")).ok());
}

TEST_F(FormInput, MilesRoundTripWithoutDrift)
{
    const auto metres = forms::distance(QStringLiteral("10"), DistanceUnit::Miles, "distance", QString(), false);
    ASSERT_TRUE(metres.ok());
    EXPECT_DOUBLE_EQ(metres.value(), 16093.44);
    EXPECT_EQ(forms::distanceText(metres.value(), DistanceUnit::Miles), QStringLiteral("10.00"));
    const auto back = forms::distance(forms::distanceText(metres.value(), DistanceUnit::Miles), DistanceUnit::Miles,
                                      "distance", QString(), false);
    ASSERT_TRUE(back.ok());
    EXPECT_DOUBLE_EQ(back.value(), 16093.44);
}

TEST_F(FormInput, LocaleDecimalCommaIsRead)
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto comma = forms::distance(QStringLiteral("5,2"), DistanceUnit::Kilometres, "distance", QString(), false);
    ASSERT_TRUE(comma.ok());
    EXPECT_DOUBLE_EQ(comma.value(), 5200.0);
}
