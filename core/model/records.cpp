#include "core/model/records.h"

#include <array>
#include <utility>

namespace patella {
namespace {

template <typename E, std::size_t N> QString idOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, id] : table) {
        if (e == value)
            return QString::fromLatin1(id);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromId(const std::array<std::pair<E, const char*>, N>& table, const QString& id)
{
    for (const auto& [e, name] : table) {
        if (id == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Side, const char*>, 3> kSides {{
    {Side::Left, "left"},
    {Side::Right, "right"},
    {Side::Both, "both"},
}};

constexpr std::array<std::pair<PainSituation, const char*>, 7> kSituations {{
    {PainSituation::DuringRun, "during-run"},
    {PainSituation::AfterRun, "after-run"},
    {PainSituation::Stairs, "stairs"},
    {PainSituation::LongSitting, "long-sitting"},
    {PainSituation::Squatting, "squatting"},
    {PainSituation::AtRest, "at-rest"},
    {PainSituation::AfterSession, "after-session"},
}};

constexpr std::array<std::pair<FlexTest, const char*>, 5> kFlexTests {{
    {FlexTest::KneeToWall, "knee-to-wall"},
    {FlexTest::SitAndReach, "sit-and-reach"},
    {FlexTest::HeelToButtock, "heel-to-buttock"},
    {FlexTest::HalfKneelingHipFlexor, "half-kneeling-hip-flexor"},
    {FlexTest::StraightLegRaise, "straight-leg-raise"},
}};

constexpr std::array<std::pair<FlexUnit, const char*>, 3> kFlexUnits {{
    {FlexUnit::Centimetres, "cm"},
    {FlexUnit::Degrees, "deg"},
    {FlexUnit::Tightness, "tightness"},
}};

constexpr std::array<std::pair<RunSource, const char*>, 2> kSources {{
    {RunSource::Manual, "manual"},
    {RunSource::Import, "import"},
}};

constexpr std::array<std::pair<SessionOutcome, const char*>, 2> kOutcomes {{
    {SessionOutcome::Completed, "completed"},
    {SessionOutcome::Interrupted, "interrupted"},
}};

constexpr std::array<std::pair<WarningSign, const char*>, 5> kWarningSigns {{
    {WarningSign::Swelling, "swelling"},
    {WarningSign::Locking, "locking"},
    {WarningSign::GivingWay, "giving-way"},
    {WarningSign::NightOrRestPain, "night-or-rest-pain"},
    {WarningSign::AfterFallOrBlow, "after-fall-or-blow"},
}};

} // namespace

QString toId(WarningSign sign)
{
    return idOf(kWarningSigns, sign);
}

std::optional<WarningSign> warningSignFromId(const QString& id)
{
    return fromId(kWarningSigns, id);
}

QList<WarningSign> allWarningSigns()
{
    QList<WarningSign> out;
    for (const auto& [e, id] : kWarningSigns)
        out.append(e);
    return out;
}

QString toId(Side side)
{
    return idOf(kSides, side);
}
QString toId(PainSituation situation)
{
    return idOf(kSituations, situation);
}
QString toId(FlexTest test)
{
    return idOf(kFlexTests, test);
}
QString toId(FlexUnit unit)
{
    return idOf(kFlexUnits, unit);
}
QString toId(RunSource source)
{
    return idOf(kSources, source);
}
QString toId(SessionOutcome outcome)
{
    return idOf(kOutcomes, outcome);
}

std::optional<Side> sideFromId(const QString& id)
{
    return fromId(kSides, id);
}
std::optional<PainSituation> situationFromId(const QString& id)
{
    return fromId(kSituations, id);
}
std::optional<FlexTest> flexTestFromId(const QString& id)
{
    return fromId(kFlexTests, id);
}
std::optional<FlexUnit> flexUnitFromId(const QString& id)
{
    return fromId(kFlexUnits, id);
}
std::optional<RunSource> runSourceFromId(const QString& id)
{
    return fromId(kSources, id);
}
std::optional<SessionOutcome> outcomeFromId(const QString& id)
{
    return fromId(kOutcomes, id);
}

QList<PainSituation> allSituations()
{
    QList<PainSituation> out;
    for (const auto& [e, id] : kSituations)
        out.append(e);
    return out;
}

QList<FlexTest> allFlexTests()
{
    QList<FlexTest> out;
    for (const auto& [e, id] : kFlexTests)
        out.append(e);
    return out;
}

QDate isoWeekStart(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace patella
