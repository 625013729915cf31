// A physiotherapist's routine, imported from the documented example file, played through the real Session
// page on the fixed clock: its sides, sets, rests, two-part hold, get-ready times and pain checks, saved with
// what was done; and its prescribed dose steps back after sharp pain, as the built-in doses do.
#include "app/sessionplayer/routinelist.h"
#include "app/sessionplayer/sessionillustration.h"
#include "app/sessionplayer/sessionpage.h"
#include "app/ui/appcontext.h"
#include "core/catalog/programmefile.h"
#include "core/session/sessionplayer.h"
#include "core/store/customcatalog.h"
#include "tests/support/testjournal.h"

#include <QBuffer>
#include <QImage>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace patella::test {
namespace {

struct CustomPage : TestJournal
{
    CustomPage()
    {
        const Result<ProgrammeFile> file = readProgrammeFile(
            fixturePath(QStringLiteral("../../docs/programme-example.json")), catalog, &sniffOnlyImageCheck);
        EXPECT_TRUE(file.ok()) << (file ? "" : file.error().text().toStdString());
        EXPECT_TRUE(custom.reload().ok());
        EXPECT_TRUE(custom.importProgramme(file.value(), QStringLiteral("programme-example.json")).ok());
        page = std::make_unique<SessionPage>(context);
        page->resize(1280, 800);
        page->show();
    }

    SessionPhase phase() const { return page->player() ? page->player()->phase() : SessionPhase::NotStarted; }

    // Plays timed phases until the player waits for the runner, and answers: reps done, the pain score.
    void playThrough(int painScore)
    {
        for (int guard = 0; guard < 10000 && page->isRunning(); ++guard) {
            const auto next = page->player()->msUntilNextEvent();
            if (next) {
                clock.advance(std::max(*next, std::chrono::milliseconds(1)));
                page->processClock();
            } else if (phase() == SessionPhase::Reps) {
                QTest::keyClick(page.get(), Qt::Key_Return);
            } else if (phase() == SessionPhase::PainCheck) {
                QTest::keyClick(page.get(), char('0' + painScore));
            } else if (phase() == SessionPhase::PainChoice) {
                QTest::keyClick(page.get(), '1'); // go on with a smaller range
            }
        }
    }

    CustomCatalog custom {catalog, store};
    AppContext context {clock, custom.catalog(), store, preferences, dir.path(), &custom};
    std::unique_ptr<SessionPage> page;
};

TEST(CustomRoutine, TheRoutineListOffersItAndItPlaysAsPrescribed)
{
    CustomPage harness;
    auto* start = harness.page->routineList()->findChild<QPushButton*>(QStringLiteral("startRoutine_pt-evening"));
    ASSERT_NE(start, nullptr);
    start->click();
    ASSERT_TRUE(harness.page->isRunning());

    const QList<SessionStep>& steps = harness.page->player()->steps();
    // Quad: get ready 5 s, left, right (2 sets, 10 s rest), then 15 s rest before the calf hold.
    EXPECT_EQ(steps.at(0).kind, SessionPhase::GetReady);
    EXPECT_EQ(steps.at(0).durationMs, 5000);
    qsizetype restBetween = -1;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).kind == SessionPhase::Rest && steps.at(i).durationMs == 15000 && steps.at(i).itemIndex == 0)
            restBetween = i;
    }
    ASSERT_GE(restBetween, 0);
    EXPECT_EQ(steps.at(restBetween + 1).kind, SessionPhase::GetReady);
    EXPECT_EQ(steps.at(restBetween + 1).itemIndex, 1);
    int calfParts = 0;
    int extensionLeft = 0;
    int extensionSets = 0;
    for (const SessionStep& step : steps) {
        if (step.itemIndex == 1 && step.kind == SessionPhase::Hold && step.set == 1 && step.side == StepSide::Left)
            ++calfParts;
        if (step.itemIndex == 2 && step.kind == SessionPhase::Reps) {
            ++extensionSets;
            extensionLeft += step.side == StepSide::Left ? 1 : 0;
            EXPECT_EQ(step.reps, 12);
        }
    }
    EXPECT_EQ(calfParts, 2); // straight knee, then bent knee
    EXPECT_EQ(extensionSets, 3); // right side only
    EXPECT_EQ(extensionLeft, 0);

    harness.playThrough(2);
    ASSERT_EQ(harness.page->view(), SessionPage::View::Summary);
    ASSERT_TRUE(harness.page->savedSessionId().has_value());
    const Result<SessionRecord> saved = harness.store.get<SessionRecord>(*harness.page->savedSessionId());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->routineId, QStringLiteral("pt-evening"));
    EXPECT_EQ(saved->outcome, SessionOutcome::Completed);
    int rated = 0;
    for (const SessionItem& item : saved->items) {
        EXPECT_FALSE(item.skipped);
        rated += item.pain ? 1 : 0;
        if (item.exerciseId == QStringLiteral("pt-terminal-knee-extension")) {
            EXPECT_EQ(item.side, Side::Right);
            EXPECT_EQ(item.actualReps, 12);
        }
    }
    EXPECT_EQ(rated, 5); // quad left and right, calf left and right, extension right
}

TEST(CustomRoutine, SharpPainStepsThePrescribedDoseBackNextTime)
{
    CustomPage harness;
    ASSERT_TRUE(harness.page->startRoutine(QStringLiteral("pt-evening")));
    harness.playThrough(7);
    ASSERT_TRUE(harness.page->savedSessionId().has_value());
    harness.page->showRoutines();
    ASSERT_TRUE(harness.page->startRoutine(QStringLiteral("pt-evening")));
    // The quad stretch was prescribed 30 s x 2: one set less after the sharp report.
    int quadSets = 0;
    for (const SessionStep& step : harness.page->player()->steps()) {
        if (step.itemIndex == 0 && step.kind == SessionPhase::Hold && step.side == StepSide::Left) {
            ++quadSets;
            EXPECT_EQ(step.durationMs, 30000);
        }
    }
    EXPECT_EQ(quadSets, 1);
}

TEST(CustomRoutine, AnOwnPictureIsMirroredForTheRightSideOnlyWhenTheRunnerSaysSo)
{
    CustomPage harness;
    QImage photo(QSize(80, 60), QImage::Format_RGB32);
    photo.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(photo.save(&buffer, "PNG"));
    Exercise own;
    own.name = QStringLiteral("Band walk");
    own.perSide = true;
    own.mirrored = false; // a photo with writing in it
    own.dose.holdSeconds = {10, 10};
    own.dose.sets = {1, 1};
    const Result<QString> id = harness.custom.saveExercise(own, ProgrammeImage {png, QStringLiteral("png")});
    ASSERT_TRUE(id.ok()) << id.error().text().toStdString();
    ASSERT_TRUE(harness.page->startExercise(id.value()));

    auto* illustration = harness.page->findChild<SessionIllustration*>();
    ASSERT_NE(illustration, nullptr);
    bool sawRight = false;
    for (int guard = 0; guard < 100 && harness.page->isRunning() && !sawRight; ++guard) {
        const SessionSnapshot snapshot = harness.page->player()->snapshot();
        if (snapshot.phase == SessionPhase::Hold) {
            EXPECT_TRUE(illustration->hasDrawing());
            EXPECT_EQ(illustration->illustration(), harness.custom.catalog().exercise(id.value())->imagePath);
            EXPECT_FALSE(illustration->isMirrored());
            sawRight = snapshot.side == StepSide::Right;
        }
        if (const auto next = harness.page->player()->msUntilNextEvent()) {
            harness.clock.advance(std::max(*next, std::chrono::milliseconds(1)));
            harness.page->processClock();
        } else {
            QTest::keyClick(harness.page.get(), '0');
        }
    }
    EXPECT_TRUE(sawRight);

    // A built-in drawing is mirrored on the right, as before.
    harness.page->finishOrInterrupt();
    harness.page->showRoutines();
    ASSERT_TRUE(harness.page->startExercise(QStringLiteral("standing-quad-stretch")));
    for (int guard = 0; guard < 100 && harness.page->isRunning(); ++guard) {
        const SessionSnapshot snapshot = harness.page->player()->snapshot();
        if (snapshot.phase == SessionPhase::Hold && snapshot.side == StepSide::Right) {
            EXPECT_TRUE(illustration->isMirrored());
            return;
        }
        const auto next = harness.page->player()->msUntilNextEvent();
        ASSERT_TRUE(next.has_value());
        harness.clock.advance(std::max(*next, std::chrono::milliseconds(1)));
        harness.page->processClock();
    }
    ADD_FAILURE() << "the right side's hold never came";
}

} // namespace
} // namespace patella::test
