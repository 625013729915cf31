#include "core/session/sessioncuetext.h"
#include "tests/core/session/sessionfixtures.h"

#include <gtest/gtest.h>

using namespace patella;
using namespace patella::test;

// Quad stretch then calf stretch. The quad's left pain check comes at 85 s, its right one at 110 s;
// the calf starts at 110 s (once answered) and asks at 155 s and 200 s.
namespace {

QList<PlannedItem> quadThenCalf()
{
    return {lowEnd(standingQuadStretch()), lowEnd(calfWallStretch())};
}

void toLeftPainCheck(Harness& h)
{
    h.start();
    h.advance(85000);
    ASSERT_EQ(h.player.phase(), SessionPhase::PainCheck);
    ASSERT_EQ(h.player.snapshot().side, StepSide::Left);
}

} // namespace

TEST(SessionPain, FineGoesOn)
{
    Harness h(quadThenCalf());
    toLeftPainCheck(h);
    ASSERT_TRUE(h.player.reportPain(2));
    EXPECT_EQ(h.player.phase(), SessionPhase::Switch);
    ASSERT_EQ(h.player.painReports().size(), 1);
    const PainReport& r = h.player.painReports().first();
    EXPECT_EQ(r.exerciseId, QStringLiteral("standing-quad-stretch"));
    EXPECT_EQ(r.side, StepSide::Left);
    EXPECT_EQ(r.score, 2);
    EXPECT_EQ(r.band, PainBand::Safe);
    EXPECT_EQ(r.atMs, 85000);
    EXPECT_FALSE(r.choice.has_value());
    EXPECT_EQ(h.player.record().items.at(2).pain, 2);
}

TEST(SessionPain, AcceptableGoesOnAndIsMarkedSoTheDoseIsKept)
{
    Harness h(quadThenCalf());
    toLeftPainCheck(h);
    ASSERT_TRUE(h.player.reportPain(5));
    EXPECT_EQ(h.player.phase(), SessionPhase::Switch);
    EXPECT_EQ(h.player.painReports().first().band, PainBand::Acceptable);
}

TEST(SessionPain, OutOfRangeScoresAreRefused)
{
    Harness h(quadThenCalf());
    toLeftPainCheck(h);
    EXPECT_FALSE(h.player.reportPain(-1));
    EXPECT_FALSE(h.player.reportPain(11));
    EXPECT_EQ(h.player.phase(), SessionPhase::PainCheck);
    EXPECT_TRUE(h.player.painReports().isEmpty());
}

TEST(SessionPain, AboveFiveStopsThisExercise)
{
    Harness h(quadThenCalf());
    toLeftPainCheck(h);
    ASSERT_TRUE(h.player.reportPain(7));
    EXPECT_EQ(h.player.phase(), SessionPhase::PainChoice);
    EXPECT_EQ(describe(h.cues).back(), "PainStop@85000");
    EXPECT_TRUE(h.player.painReports().first().stopped);
    EXPECT_FALSE(h.player.msUntilNextEvent().has_value());
    h.advance(60000); // waits for the choice
    EXPECT_EQ(h.player.phase(), SessionPhase::PainChoice);
    EXPECT_FALSE(h.player.skip()) << "no carrying on with the same exercise";

    // The only ways on: the next exercise (the quad's right side is not done today), or the end.
    ASSERT_TRUE(h.player.choose(PainStopChoice::NextExercise));
    EXPECT_EQ(h.player.snapshot().exerciseId, QStringLiteral("calf-wall-stretch"));
    EXPECT_TRUE(h.player.record().items.at(3).skipped);
    EXPECT_FALSE(h.player.choose(PainStopChoice::NextExercise)); // only once
}

TEST(SessionPain, FiveIsAcceptableAndGoesOnToTheOtherSide)
{
    Harness h(quadThenCalf());
    toLeftPainCheck(h);
    ASSERT_TRUE(h.player.reportPain(5));
    EXPECT_EQ(h.player.phase(), SessionPhase::Switch);
    EXPECT_FALSE(h.player.painReports().first().stopped);
}

TEST(SessionPain, SharpStabbingOrCatchingStopsAtAnyScore)
{
    Harness h(quadThenCalf());
    toLeftPainCheck(h);
    ASSERT_TRUE(h.player.reportPain(1, PainKind::SharpStabbingOrCatching));
    EXPECT_EQ(h.player.phase(), SessionPhase::PainChoice);
    const PainReport& report = h.player.painReports().first();
    EXPECT_EQ(report.band, PainBand::Safe);
    EXPECT_EQ(report.kind, PainKind::SharpStabbingOrCatching);
    EXPECT_TRUE(report.stopped);
    ASSERT_TRUE(h.player.choose(PainStopChoice::NextExercise));
    const SessionRecord r = h.player.record();
    EXPECT_EQ(r.items.at(2).pain, 1);
    EXPECT_EQ(r.items.at(2).painKind, PainKind::SharpStabbingOrCatching);
}

TEST(SessionPain, TooMuchIsNeverCalledSharp)
{
    SessionCue cue;
    cue.kind = CueKind::PainStop;
    EXPECT_FALSE(cueText(cue).contains(QStringLiteral("sharp"), Qt::CaseInsensitive));
    cue.kind = CueKind::SeePhysio;
    EXPECT_FALSE(cueText(cue).contains(QStringLiteral("sharp"), Qt::CaseInsensitive));
    EXPECT_FALSE(bandAdvice(PainBand::TooMuch).contains(QStringLiteral("sharp"), Qt::CaseInsensitive));
}

TEST(SessionPain, NextExerciseSkipsTheRestOfTheStoppedOne)
{
    Harness h(quadThenCalf());
    toLeftPainCheck(h);
    ASSERT_TRUE(h.player.reportPain(6));
    ASSERT_TRUE(h.player.choose(PainStopChoice::NextExercise));
    const SessionSnapshot s = h.player.snapshot();
    EXPECT_EQ(s.phase, SessionPhase::GetReady);
    EXPECT_EQ(s.exerciseId, QStringLiteral("calf-wall-stretch"));
    EXPECT_EQ(lastCues(h.cues, 2), (std::vector<std::string> {"NextUp@85000", "GetReady@85000"}));

    const SessionRecord r = h.player.record();
    EXPECT_FALSE(r.items.at(2).skipped); // the left side of set 2 was held
    EXPECT_EQ(r.items.at(2).pain, 6);
    EXPECT_TRUE(r.items.at(3).skipped); // the right side of set 2 was not
    EXPECT_EQ(r.items.at(3).actualSeconds, 0);
    EXPECT_EQ(h.player.painReports().first().choice, PainStopChoice::NextExercise);
}

TEST(SessionPain, EndSessionAfterAStopEndsIt)
{
    Harness h(quadThenCalf());
    toLeftPainCheck(h);
    ASSERT_TRUE(h.player.reportPain(9));
    ASSERT_TRUE(h.player.choose(PainStopChoice::EndSession));
    EXPECT_EQ(h.player.phase(), SessionPhase::Done);
    EXPECT_EQ(h.player.end(), SessionEnd::StoppedForPain);
    EXPECT_FALSE(h.player.seePhysio());
    EXPECT_EQ(describe(h.cues).back(), "Done@85000");
    const SessionRecord r = h.player.record();
    EXPECT_EQ(r.outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(r.items.size(), 8);
    EXPECT_TRUE(r.items.at(3).skipped);
    EXPECT_TRUE(r.items.at(7).skipped);
}

TEST(SessionPain, ASecondStopEndsTheSessionWithPhysioAdvice)
{
    Harness h(quadThenCalf());
    toLeftPainCheck(h);
    ASSERT_TRUE(h.player.reportPain(7));
    ASSERT_TRUE(h.player.choose(PainStopChoice::NextExercise));
    h.advance(5000 + 40000); // the calf's left side
    ASSERT_EQ(h.player.phase(), SessionPhase::PainCheck);
    ASSERT_TRUE(h.player.reportPain(6));

    EXPECT_EQ(h.player.phase(), SessionPhase::Done);
    EXPECT_EQ(h.player.end(), SessionEnd::SecondPainStop);
    EXPECT_TRUE(h.player.seePhysio());
    EXPECT_TRUE(h.player.snapshot().seePhysio);
    EXPECT_EQ(lastCues(h.cues, 2), (std::vector<std::string> {"SeePhysio@130000", "Done@130000"}));
    EXPECT_EQ(h.player.record().outcome, SessionOutcome::Interrupted);
    EXPECT_TRUE(h.player.record().items.at(7).skipped);
}

TEST(SessionPain, EveryReportIsKeptPerExerciseAndSide)
{
    Harness h(quadThenCalf());
    h.start();
    h.advance(85000);
    ASSERT_TRUE(h.player.reportPain(2));
    h.advance(25000);
    ASSERT_TRUE(h.player.reportPain(4));
    h.advance(45000);
    ASSERT_TRUE(h.player.reportPain(0));
    h.advance(45000);
    ASSERT_TRUE(h.player.reportPain(3));
    ASSERT_TRUE(h.player.isFinished());

    QStringList reports;
    for (const PainReport& r : h.player.painReports())
        reports << r.exerciseId + QLatin1Char(' ') + QLatin1Char(sideLetter(r.side)) + QLatin1Char(' ')
                + QString::number(r.score);
    EXPECT_EQ(reports,
              QStringList({QStringLiteral("standing-quad-stretch L 2"), QStringLiteral("standing-quad-stretch R 4"),
                           QStringLiteral("calf-wall-stretch L 0"), QStringLiteral("calf-wall-stretch R 3")}));

    // In the record each score sits on the last item of its side; the others carry none.
    QStringList pains;
    for (const SessionItem& item : h.player.record().items)
        pains << (item.pain ? QString::number(*item.pain) : QStringLiteral("-"));
    EXPECT_EQ(pains.join(QLatin1Char(' ')), QStringLiteral("- - 2 4 - 0 - 3"));
}
