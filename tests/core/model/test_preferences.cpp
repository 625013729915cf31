#include "core/model/preferences.h"
#include "tests/support/testsupport.h"

#include <QFileInfo>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace patella;

TEST(Preferences, DefaultsAreSensibleAndStartIsTheFirstLaunch)
{
    test::TempDir dir;
    Preferences prefs(dir.filePath(QStringLiteral("settings.ini")), test::referenceDate());
    EXPECT_EQ(prefs.programmeStart(), test::referenceDate());
    EXPECT_EQ(prefs.checkInDay(), Qt::Sunday);
    EXPECT_TRUE(prefs.soundsEnabled());
    EXPECT_EQ(prefs.backupsToKeep(), 7);
    EXPECT_EQ(prefs.stretchReminderTime(), QTime(19, 0));
}

TEST(Preferences, ValuesPersistPrivatelyAndSignal)
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        Preferences prefs(path, test::referenceDate());
        QSignalSpy spy(&prefs, &Preferences::changed);
        prefs.setDistanceUnit(DistanceUnit::Miles);
        prefs.setProgrammeStart(QDate(2026, 2, 2));
        prefs.setSoundVolume(140); // clamped
        prefs.setCheckInDay(Qt::Wednesday);
        prefs.setCheckInDay(Qt::Wednesday); // unchanged: no second signal
        EXPECT_EQ(spy.count(), 4);
    }
    Preferences again(path, test::referenceDate().addDays(30));
    EXPECT_EQ(again.distanceUnit(), DistanceUnit::Miles);
    EXPECT_EQ(again.programmeStart(), QDate(2026, 2, 2)); // the saved start wins over a later first launch
    EXPECT_EQ(again.soundVolume(), 100);
    EXPECT_EQ(again.checkInDay(), Qt::Wednesday);
    EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions {});
}
