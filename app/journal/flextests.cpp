#include "app/journal/flextests.h"

#include "app/journal/journaltext.h"
#include "core/model/recordnames.h"

#include <QCoreApplication>
#include <QFile>

namespace patella {
namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct FlexTests
{
    Q_DECLARE_TR_FUNCTIONS(FlexTests)
};

// Our own picture of the test when there is one, else the stretch that looks most like it.
QString picture(const char* own, const char* fallback)
{
    const QString path = QStringLiteral(":/illustrations/%1.svg").arg(QLatin1String(own));
    if (QFile::exists(path))
        return path;
    return QStringLiteral(":/illustrations/%1.svg").arg(QLatin1String(fallback));
}

} // namespace

double flexMinimum(FlexUnit unit)
{
    return unit == FlexUnit::Centimetres ? -50.0 : 0.0;
}

double flexMaximum(FlexUnit unit)
{
    switch (unit) {
    case FlexUnit::Degrees:
        return 180.0;
    case FlexUnit::Tightness:
        return 10.0;
    case FlexUnit::Centimetres:
        break;
    }
    return 150.0;
}

FlexTestGuide flexTestGuide(FlexTest test)
{
    FlexTestGuide guide;
    guide.test = test;
    guide.title = flexTestName(test);
    switch (test) {
    case FlexTest::KneeToWall:
        guide.measures = FlexTests::tr("How far your ankle bends (calf and ankle mobility).");
        guide.steps = {
            FlexTests::tr(
                "Shoes off. Stand facing a wall with the foot you are testing pointing straight at it, the other "
                "foot a step behind for balance."),
            FlexTests::tr(
                "Keeping that heel pressed into the floor, bend the front knee forward until it touches the wall."),
            FlexTests::tr(
                "If the knee reaches easily, move the foot a little further back and try again; if it cannot reach, "
                "move it closer."),
            FlexTests::tr(
                "Find the furthest spot where the knee still touches the wall with the heel down, and measure from "
                "the tip of the big toe to the wall in centimetres."),
            FlexTests::tr("Do the same with the other foot."),
        };
        guide.units = {FlexUnit::Centimetres};
        guide.reading = FlexTests::tr("A larger distance means the ankle bends further.");
        guide.illustration = picture("test-knee-to-wall", "calf-wall-stretch-bent");
        break;
    case FlexTest::SitAndReach:
        guide.measures = FlexTests::tr("The back of the thigh and the lower back, one leg at a time.");
        guide.steps = {
            FlexTests::tr("Sit on the floor with the leg you are testing straight and its sole flat against a box or a "
                          "bottom step. Bend the other knee and set that foot flat beside the straight knee."),
            FlexTests::tr(
                "Put one hand over the other, arms straight, and breathe out as you slide your fingertips slowly "
                "forward along the box. No bouncing."),
            FlexTests::tr(
                "Hold the furthest point for a couple of seconds. Measure where your fingertips are compared with "
                "the sole: past it counts as plus, short of it as minus, in centimetres."),
            FlexTests::tr("Swap legs and repeat."),
        };
        guide.units = {FlexUnit::Centimetres};
        guide.reading = FlexTests::tr("A larger number means a longer reach.");
        guide.illustration = picture("test-sit-and-reach", "supine-hamstring-stretch");
        break;
    case FlexTest::HeelToButtock:
        guide.measures = FlexTests::tr("The length of the muscles at the front of the thigh.");
        guide.steps = {
            FlexTests::tr("Lie face down on a firm surface with your legs straight and your hips flat."),
            FlexTests::tr(
                "Bend the knee of the leg you are testing and take hold of the ankle (a towel around it helps if "
                "you cannot reach). Draw the heel towards the buttock."),
            FlexTests::tr(
                "Keep the hip on the floor and the lower back still; stop where you feel a firm stretch at the front "
                "of the thigh."),
            FlexTests::tr("A helper measures the gap between heel and buttock in centimetres (0 if they touch)."),
            FlexTests::tr("Swap legs and repeat."),
        };
        guide.units = {FlexUnit::Centimetres};
        guide.reading = FlexTests::tr("A smaller gap means the front of the thigh is less tight.");
        guide.illustration = picture("test-heel-to-buttock", "standing-quad-stretch");
        break;
    case FlexTest::HalfKneelingHipFlexor:
        guide.measures = FlexTests::tr("The muscles at the front of the hip.");
        guide.steps = {
            FlexTests::tr(
                "Kneel on a cushion with the knee of the side you are testing down and the other foot flat in "
                "front, both knees bent at about a right angle."),
            FlexTests::tr(
                "Tuck your tailbone under so the lower back is flat, and squeeze the buttock of the kneeling side."),
            FlexTests::tr("Glide the hips forward a few centimetres without letting the back arch."),
            FlexTests::tr(
                "Rate the pull at the front of that hip: 0 = none at all, 10 = so tight you cannot move forward."),
            FlexTests::tr("Swap sides and repeat."),
        };
        guide.units = {FlexUnit::Tightness};
        guide.reading = FlexTests::tr("A lower score means the hip feels looser.");
        guide.illustration = picture("test-half-kneeling-hip-flexor", "half-kneeling-hip-flexor");
        break;
    case FlexTest::StraightLegRaise:
        guide.measures = FlexTests::tr("The muscles at the back of the thigh.");
        guide.steps = {
            FlexTests::tr("Lie on your back with both legs straight. A helper makes this test easier and steadier."),
            FlexTests::tr(
                "Keep the other leg flat on the floor and the knee of the tested leg straight, toes relaxed."),
            FlexTests::tr(
                "Raise the tested leg slowly (or let the helper raise it) until you feel a firm stretch behind the "
                "thigh or your pelvis starts to roll."),
            FlexTests::tr(
                "Note the angle between leg and floor (straight up is 90°); a phone's level app laid on the shin "
                "works. If you cannot measure it, rate the tightness from 0 to 10 instead."),
            FlexTests::tr("Swap legs and repeat."),
        };
        guide.units = {FlexUnit::Degrees, FlexUnit::Tightness};
        guide.reading = FlexTests::tr("A larger angle, or a lower tightness score, means more length.");
        guide.illustration = picture("test-straight-leg-raise", "supine-hamstring-stretch");
        break;
    }
    return guide;
}

} // namespace patella
