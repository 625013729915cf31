#include "core/model/recordnames.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace patella {
namespace {

template <typename E, std::size_t N> QString nameIn(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QCoreApplication::translate("RecordNames", name);
    }
    return {};
}

constexpr std::array<std::pair<PainSituation, const char*>, 7> kSituations {{
    {PainSituation::DuringRun, QT_TRANSLATE_NOOP("RecordNames", "During runs")},
    {PainSituation::AfterRun, QT_TRANSLATE_NOOP("RecordNames", "After runs")},
    {PainSituation::Stairs, QT_TRANSLATE_NOOP("RecordNames", "Stairs")},
    {PainSituation::LongSitting, QT_TRANSLATE_NOOP("RecordNames", "Long sitting")},
    {PainSituation::Squatting, QT_TRANSLATE_NOOP("RecordNames", "Squatting")},
    {PainSituation::AtRest, QT_TRANSLATE_NOOP("RecordNames", "At rest")},
    {PainSituation::AfterSession, QT_TRANSLATE_NOOP("RecordNames", "After sessions")},
}};

constexpr std::array<std::pair<Side, const char*>, 3> kSides {{
    {Side::Left, QT_TRANSLATE_NOOP("RecordNames", "Left")},
    {Side::Right, QT_TRANSLATE_NOOP("RecordNames", "Right")},
    {Side::Both, QT_TRANSLATE_NOOP("RecordNames", "Both")},
}};

constexpr std::array<std::pair<Side, const char*>, 3> kKnees {{
    {Side::Left, QT_TRANSLATE_NOOP("RecordNames", "Left knee")},
    {Side::Right, QT_TRANSLATE_NOOP("RecordNames", "Right knee")},
    {Side::Both, QT_TRANSLATE_NOOP("RecordNames", "Both knees")},
}};

constexpr std::array<std::pair<FlexTest, const char*>, 5> kFlexTests {{
    {FlexTest::KneeToWall, QT_TRANSLATE_NOOP("RecordNames", "Knee-to-wall")},
    {FlexTest::SitAndReach, QT_TRANSLATE_NOOP("RecordNames", "Sit-and-reach")},
    {FlexTest::HeelToButtock, QT_TRANSLATE_NOOP("RecordNames", "Heel-to-buttock")},
    {FlexTest::HalfKneelingHipFlexor, QT_TRANSLATE_NOOP("RecordNames", "Half-kneeling hip flexor")},
    {FlexTest::StraightLegRaise, QT_TRANSLATE_NOOP("RecordNames", "Straight-leg raise")},
}};

constexpr std::array<std::pair<WarningSign, const char*>, 5> kWarningSigns {{
    {WarningSign::Swelling, QT_TRANSLATE_NOOP("RecordNames", "Swelling of the knee")},
    {WarningSign::Locking, QT_TRANSLATE_NOOP("RecordNames", "The knee locks or gets stuck")},
    {WarningSign::GivingWay, QT_TRANSLATE_NOOP("RecordNames", "The knee gives way")},
    {WarningSign::NightOrRestPain, QT_TRANSLATE_NOOP("RecordNames", "Pain at night or at rest")},
    {WarningSign::AfterFallOrBlow, QT_TRANSLATE_NOOP("RecordNames", "Pain since a fall or a blow to the knee")},
}};

} // namespace

QString warningSignName(WarningSign sign)
{
    return nameIn(kWarningSigns, sign);
}

QString situationName(PainSituation situation)
{
    return nameIn(kSituations, situation);
}

QString sideName(Side side)
{
    return nameIn(kSides, side);
}

QString kneeName(Side side)
{
    return nameIn(kKnees, side);
}

QString flexTestName(FlexTest test)
{
    return nameIn(kFlexTests, test);
}

} // namespace patella
