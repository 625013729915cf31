// The new-user review of the Session page: text read from 2 m, one-line phase labels, one next line in a
// rest, the pain legend and its choices, and 10 from the keyboard. Screenshots of each changed view are
// written when PATELLA_SCREENSHOT_DIR is set.
#include "app/sessionplayer/countdownring.h"
#include "app/sessionplayer/sessionrunview.h"
#include "tests/app/sessionplayer/pageharness.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPixmap>
#include <QPushButton>

using namespace patella;
using test::PageHarness;

namespace {

void saveShot(QWidget& page, const char* name)
{
    QCoreApplication::processEvents();
    const QPixmap shot = page.grab();
    ASSERT_FALSE(shot.isNull());
    const QString dir = qEnvironmentVariable("PATELLA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(shot.save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png"))));
    }
}

int pixels(const SessionPage& page, const char* objectName)
{
    return page.findChild<QLabel*>(QLatin1String(objectName))->font().pixelSize();
}

QPushButton* button(const SessionPage& page, const char* objectName)
{
    return page.findChild<QPushButton*>(QLatin1String(objectName));
}

// Work of the current exercise still ahead, and work of a later exercise.
std::pair<bool, bool> workAhead(const SessionPlayer& player)
{
    bool here = false;
    bool later = false;
    const int item = player.steps().at(player.currentStep()).itemIndex;
    for (int i = player.currentStep() + 1; i < player.steps().size(); ++i) {
        if (player.steps().at(i).isWork())
            (player.steps().at(i).itemIndex == item ? here : later) = true;
    }
    return {here, later};
}

// Plays on, rating 0 and finishing reps, until a pain check where the predicate holds.
template <typename Pred> bool playToPainCheck(PageHarness& h, Pred wanted)
{
    for (int guard = 0; guard < 500; ++guard) {
        h.playUntilWaiting();
        if (h.phase() == SessionPhase::Reps) {
            h.key(Qt::Key_Return);
        } else if (h.phase() == SessionPhase::PainCheck) {
            if (wanted(workAhead(h.player())))
                return true;
            h.key('0');
        } else {
            return false;
        }
    }
    return false;
}

} // namespace

TEST(SessionPageReview, TimeLeftAndNextReadFromTwoMetres)
{
    PageHarness h;
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("daily-knee-mobility")));
    h.playUntil(SessionPhase::Hold);
    QCoreApplication::processEvents();
    EXPECT_GE(pixels(*h.page, "sessionTimeLeft"), 32);
    EXPECT_GE(pixels(*h.page, "sessionNext"), 28);
    EXPECT_GE(pixels(*h.page, "sessionPosition"), 26);
    EXPECT_LT(h.page->minimumSizeHint().width(), 600);
    saveShot(*h.page, "review-hold");

    // The page inside the 1280x800 main window (the sidebar and menu take their share): still large.
    h.page->resize(1080, 690);
    QCoreApplication::processEvents();
    EXPECT_GE(pixels(*h.page, "sessionTimeLeft"), 28);
    EXPECT_GE(pixels(*h.page, "sessionNext"), 24);
    EXPECT_LT(h.page->minimumSizeHint().width(), 600);
    saveShot(*h.page, "review-hold-in-window");
}

TEST(SessionPageReview, ARestSaysOnceWhichSetComesNext)
{
    PageHarness h;
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("daily-knee-mobility")));
    h.playUntil(SessionPhase::Rest);
    ASSERT_EQ(h.phase(), SessionPhase::Rest);
    const SessionSnapshot s = h.player().snapshot();
    EXPECT_EQ(h.text("sessionNext"), QStringLiteral("Next: set %1 of %2").arg(s.set).arg(s.sets));
    EXPECT_FALSE(h.text("sessionCue").contains(QStringLiteral("set"), Qt::CaseInsensitive))
        << "the cue names no other set";
    h.advance(2000);
    saveShot(*h.page, "review-rest");
}

TEST(SessionPageReview, PainLegendFitsTheChoicesAndTheKeyTGivesTen)
{
    PageHarness h;
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("daily-knee-mobility")));
    ASSERT_TRUE(playToPainCheck(h, [](auto) { return true; }));
    QCoreApplication::processEvents();
    const auto* fine = h.page->findChild<QLabel*>(QStringLiteral("painLegend0"));
    const auto* middle = h.page->findChild<QLabel*>(QStringLiteral("painLegend1"));
    const auto* tooMuch = h.page->findChild<QLabel*>(QStringLiteral("painLegend2"));
    EXPECT_NEAR(middle->width(), fine->width(), 2);
    EXPECT_NEAR(middle->width(), tooMuch->width(), 2);
    // The legend comes from the one definition of the bands, and never calls a high score "sharp".
    EXPECT_EQ(tooMuch->text(), bandAdvice(PainBand::TooMuch));
    EXPECT_TRUE(middle->text().contains(bandConditions(PainBand::Acceptable)));
    EXPECT_FALSE(tooMuch->text().contains(QStringLiteral("sharp"), Qt::CaseInsensitive));
    EXPECT_TRUE(h.text("painHint").contains(QStringLiteral("T for 10")));
    EXPECT_LT(h.page->minimumSizeHint().width(), 600);
    saveShot(*h.page, "review-paincheck");

    h.key('t');
    ASSERT_FALSE(h.player().painReports().isEmpty());
    EXPECT_EQ(h.player().painReports().last().score, 10);
    EXPECT_EQ(h.phase(), SessionPhase::PainChoice);
}

TEST(SessionPageReview, AboveFiveOffersTheNextExerciseOrTheEndNeverMoreOfTheSame)
{
    PageHarness h;
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("daily-knee-mobility")));
    // Work of this exercise is still ahead (the other side): it is not offered.
    ASSERT_TRUE(playToPainCheck(h, [](std::pair<bool, bool> ahead) { return ahead.first && ahead.second; }));
    const QString stopped = h.player().snapshot().exerciseId;
    h.key('7');
    ASSERT_EQ(h.phase(), SessionPhase::PainChoice);
    QCoreApplication::processEvents();
    EXPECT_EQ(h.page->findChild<QPushButton*>(QStringLiteral("choiceShortenRange")), nullptr);
    EXPECT_TRUE(button(*h.page, "choiceNextExercise")->text().startsWith(QStringLiteral("Go on to the next exercise")));
    EXPECT_TRUE(button(*h.page, "choiceEndSession")->isVisible());
    EXPECT_TRUE(h.text("sharpPainText").contains(QStringLiteral("steps back next time")));
    EXPECT_FALSE(h.text("sharpPainText").contains(QStringLiteral("sharp"), Qt::CaseInsensitive));
    saveShot(*h.page, "review-choice-stop");
    h.key('1');
    EXPECT_NE(h.phase(), SessionPhase::PainChoice);
    EXPECT_NE(h.player().snapshot().exerciseId, stopped) << "the stopped exercise does not go on";
    EXPECT_TRUE(h.page->isRunning());
}

TEST(SessionPageReview, APainStopAfterTheLastExerciseOnlyFinishes)
{
    PageHarness h;
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("daily-knee-mobility")));
    ASSERT_TRUE(playToPainCheck(h, [](std::pair<bool, bool> ahead) { return !ahead.first && !ahead.second; }));
    h.key('8');
    ASSERT_EQ(h.phase(), SessionPhase::PainChoice);
    QCoreApplication::processEvents();
    EXPECT_FALSE(button(*h.page, "choiceEndSession")->isVisible());
    EXPECT_TRUE(button(*h.page, "choiceNextExercise")->text().startsWith(QStringLiteral("Finish the session")));
    saveShot(*h.page, "review-choice-last");
    h.key('2');
    EXPECT_EQ(h.phase(), SessionPhase::PainChoice);
    h.key('1');
    EXPECT_EQ(h.page->view(), SessionPage::View::Summary);
}

TEST(SessionPageReview, ThePainCheckAsksTheKindOfPainApartFromTheScore)
{
    PageHarness h;
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("daily-knee-mobility")));
    ASSERT_TRUE(playToPainCheck(h, [](auto) { return true; }));
    QCoreApplication::processEvents();
    auto* kind = h.page->findChild<QPushButton*>(QStringLiteral("painKindSharp"));
    ASSERT_NE(kind, nullptr);
    EXPECT_TRUE(kind->isVisible());
    EXPECT_FALSE(kind->isChecked());
    h.key('s');
    EXPECT_TRUE(kind->isChecked());
    saveShot(*h.page, "review-paincheck-kind");
    h.key('1'); // a low score, but sharp, stabbing or catching
    ASSERT_EQ(h.phase(), SessionPhase::PainChoice);
    EXPECT_TRUE(h.text("sharpPainText").startsWith(QStringLiteral("Sharp, stabbing or catching pain stops")));
    EXPECT_EQ(h.player().painReports().constLast().kind, PainKind::SharpStabbingOrCatching);
}

TEST(SessionPageReview, GetReadyWithASideStaysOnOneLine)
{
    PageHarness h;
    ASSERT_TRUE(h.page->startRoutine(QStringLiteral("desk-break")));
    ASSERT_EQ(h.phase(), SessionPhase::GetReady);
    h.key(Qt::Key_Plus);
    h.key(Qt::Key_Plus);
    const auto* ring = h.page->findChild<CountdownRing*>(QStringLiteral("countdownRing"));
    const auto oneLine = [ring] {
        const QFont font = ring->captionFontNow();
        const qreal inner = std::min(ring->width(), ring->height()) * (1.0 - 3 * 0.07);
        return QFontMetricsF(font).horizontalAdvance(ring->caption().toUpper()) <= inner * 0.84 + 1;
    };
    EXPECT_EQ(ring->caption(), QStringLiteral("Get ready · left"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(oneLine());
    saveShot(*h.page, "review-getready-left");
    for (const QSize size : {QSize(1080, 690), QSize(900, 620), QSize(760, 520)}) {
        h.page->resize(size);
        QCoreApplication::processEvents();
        EXPECT_TRUE(oneLine()) << size.width();
    }
    h.page->resize(1080, 690);
    saveShot(*h.page, "review-getready-left-in-window");
}
