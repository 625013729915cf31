#include "app/settings/settingspage.h"
#include "core/model/preferences.h"
#include "tests/support/testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include <gtest/gtest.h>

using namespace patella;

TEST(SettingsPage, ControlsWriteThroughToPreferences)
{
    test::TempDir dir;
    Preferences prefs(dir.filePath(QStringLiteral("settings.ini")), test::referenceDate());
    prefs.setDistanceUnit(DistanceUnit::Kilometres);
    SettingsPage page(prefs, dir.path());
    page.show();

    auto* miles = page.findChild<QRadioButton*>(QStringLiteral("unitMiles"));
    ASSERT_NE(miles, nullptr);
    QTest::mouseClick(miles, Qt::LeftButton);
    EXPECT_EQ(prefs.distanceUnit(), DistanceUnit::Miles);

    auto* sounds = page.findChild<QCheckBox*>(QStringLiteral("soundsEnabled"));
    auto* volume = page.findChild<QSlider*>(QStringLiteral("soundVolume"));
    ASSERT_NE(sounds, nullptr);
    ASSERT_NE(volume, nullptr);
    sounds->click();
    EXPECT_FALSE(prefs.soundsEnabled());
    EXPECT_FALSE(volume->isEnabled());

    auto* day = page.findChild<QComboBox*>(QStringLiteral("checkInDay"));
    ASSERT_NE(day, nullptr);
    day->setCurrentIndex(day->findData(static_cast<int>(Qt::Friday)));
    EXPECT_EQ(prefs.checkInDay(), Qt::Friday);

    auto* function = page.findChild<QComboBox*>(QStringLiteral("functionScoreEvery"));
    ASSERT_NE(function, nullptr);
    EXPECT_EQ(function->currentData().toInt(), 1) << "every check-in by default";
    function->setCurrentIndex(function->findData(2));
    EXPECT_EQ(prefs.functionScoreEveryWeeks(), 2);
    EXPECT_EQ(
        Preferences(dir.filePath(QStringLiteral("settings.ini")), test::referenceDate()).functionScoreEveryWeeks(), 2)
        << "kept in settings.ini";

    auto* folder = page.findChild<QLineEdit*>(QStringLiteral("dataFolder"));
    ASSERT_NE(folder, nullptr);
    EXPECT_EQ(folder->text(), dir.path());
}

TEST(SettingsPage, BackupButtonAsksTheAppAndShowsStatus)
{
    test::TempDir dir;
    Preferences prefs(dir.filePath(QStringLiteral("settings.ini")), test::referenceDate());
    SettingsPage page(prefs, dir.path());
    QSignalSpy spy(&page, &SettingsPage::backupNowRequested);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("backupNow"));
    ASSERT_NE(button, nullptr);
    button->click();
    EXPECT_EQ(spy.count(), 1);
    page.setBackupStatus(QStringLiteral("Backed up just now"));
    EXPECT_EQ(page.findChild<QLabel*>(QStringLiteral("backupStatus"))->text(), QStringLiteral("Backed up just now"));
}
