// Sounds and spoken cues follow Settings, and a machine without an audio device runs the session silently.
#include "app/sessionplayer/cueplayer.h"
#include "tests/app/sessionplayer/pageharness.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

using namespace patella;
using test::PageHarness;

TEST(SessionCues, SettingsSwitchTonesAndVoiceOffSeparately)
{
    PageHarness h;
    QSignalSpy tones(&h.page->cuePlayer(), &CuePlayer::toneRequested);
    QSignalSpy speech(&h.page->cuePlayer(), &CuePlayer::speechRequested);
    h.prefs.setSoundsEnabled(false);
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("desk-break")));
    h.playUntilWaiting();
    ASSERT_EQ(h.phase(), SessionPhase::PainCheck);
    h.key('1');
    ASSERT_EQ(h.phase(), SessionPhase::Switch);
    EXPECT_EQ(tones.count(), 0);
    EXPECT_EQ(speech.count(), 3); // the first exercise, the pain question, the switch

    h.prefs.setSoundsEnabled(true);
    h.prefs.setVoiceEnabled(false);
    const qsizetype spoken = speech.count();
    h.playUntilWaiting();
    EXPECT_GT(tones.count(), 0);
    EXPECT_EQ(speech.count(), spoken);
}

TEST(SessionCues, CuesCaughtUpAfterAStallAreShownNotPlayed)
{
    PageHarness h;
    QSignalSpy tones(&h.page->cuePlayer(), &CuePlayer::toneRequested);
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("desk-break")));
    const qsizetype before = tones.count();
    // The machine slept through the get-ready and most of the hold: one update catches up.
    h.clock.advance(std::chrono::seconds(20));
    h.page->processClock();
    EXPECT_EQ(h.phase(), SessionPhase::Hold);
    EXPECT_EQ(tones.count(), before) << "no burst of stale beeps";
    h.advance(4000); // the last countdown beeps are fresh again
    EXPECT_GT(tones.count(), before);
}

TEST(SessionCues, WithoutAnAudioDeviceEveryCueIsDroppedQuietly)
{
    PageHarness h;
    CuePlayer& cues = h.page->cuePlayer();
    if (cues.canPlayTones())
        GTEST_SKIP() << "this machine has an audio device";
    EXPECT_TRUE(cues.status().contains(QStringLiteral("silently")));
    for (int i = 0; i < 100; ++i) {
        cues.play(CuePlayer::Tone::Countdown);
        cues.say(QStringLiteral("Switch sides"));
    }
    EXPECT_FALSE(cues.canSpeak());
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("desk-break")));
    h.playUntilWaiting();
    EXPECT_EQ(h.phase(), SessionPhase::PainCheck);
}

// The device and the engine are reached through the patella-cues module, loaded on first use (ctest names the
// build tree in PATELLA_MODULE_DIR).
TEST(SessionCues, TheSoundModuleIsLoadedOnFirstUse)
{
    const QStringList folders = CuePlayer::moduleFolders();
    ASSERT_FALSE(folders.isEmpty());
    ASSERT_TRUE(QFileInfo::exists(QDir(folders.first()).filePath(QStringLiteral("patella-cues.so"))))
        << qPrintable(folders.first());
    PageHarness h;
    const QString status = h.page->cuePlayer().status();
    EXPECT_FALSE(status.contains(QStringLiteral("module"))) << qPrintable(status);
}

TEST(SessionCues, WithoutTheSoundModuleSessionsRunSilentlyAndSettingsSaysWhere)
{
    const QByteArray saved = qgetenv("PATELLA_MODULE_DIR");
    test::TempDir empty;
    qputenv("PATELLA_MODULE_DIR", QFile::encodeName(empty.path()));
    {
        PageHarness h;
        CuePlayer& cues = h.page->cuePlayer();
        QSignalSpy tones(&cues, &CuePlayer::toneRequested);
        EXPECT_FALSE(cues.canPlayTones());
        EXPECT_FALSE(cues.canSpeak());
        const QString status = cues.status();
        EXPECT_TRUE(status.contains(QStringLiteral("sound module could not be loaded"))) << qPrintable(status);
        EXPECT_TRUE(status.contains(QDir(empty.path()).filePath(QStringLiteral("patella-cues.so"))))
            << qPrintable(status);
        ASSERT_TRUE(h.page->startRoutine(QStringLiteral("desk-break")));
        h.playUntilWaiting();
        EXPECT_EQ(h.phase(), SessionPhase::PainCheck);
        EXPECT_GT(tones.count(), 0) << "the cues are still given, for the screen";
    }
    qputenv("PATELLA_MODULE_DIR", saved);
}
