#include "core/catalog/exercise.h"

#include <QCoreApplication>

namespace patella {

QString toId(ExerciseKind kind)
{
    switch (kind) {
    case ExerciseKind::Stretch:
        return QStringLiteral("stretch");
    case ExerciseKind::Strength:
        return QStringLiteral("strength");
    case ExerciseKind::WarmUp:
        return QStringLiteral("warm-up");
    case ExerciseKind::FoamRolling:
        return QStringLiteral("foam-rolling");
    case ExerciseKind::Mobility:
        return QStringLiteral("mobility");
    }
    return {};
}

QString toId(BestTime time)
{
    switch (time) {
    case BestTime::PostRun:
        return QStringLiteral("post-run");
    case BestTime::Evening:
        return QStringLiteral("evening");
    case BestTime::RestDay:
        return QStringLiteral("rest-day");
    case BestTime::LightDay:
        return QStringLiteral("light-day");
    case BestTime::WarmUp:
        return QStringLiteral("warm-up");
    }
    return {};
}

QList<ExerciseKind> allExerciseKinds()
{
    return {ExerciseKind::Stretch, ExerciseKind::Strength, ExerciseKind::WarmUp, ExerciseKind::FoamRolling,
            ExerciseKind::Mobility};
}

QList<BestTime> allBestTimes()
{
    return {BestTime::PostRun, BestTime::Evening, BestTime::RestDay, BestTime::LightDay, BestTime::WarmUp};
}

std::optional<ExerciseKind> exerciseKindFromId(const QString& id)
{
    for (ExerciseKind kind : allExerciseKinds()) {
        if (toId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

std::optional<BestTime> bestTimeFromId(const QString& id)
{
    for (BestTime time : allBestTimes()) {
        if (toId(time) == id)
            return time;
    }
    return std::nullopt;
}

QString toId(Origin origin)
{
    switch (origin) {
    case Origin::BuiltIn:
        return QStringLiteral("built-in");
    case Origin::Runner:
        return QStringLiteral("runner");
    case Origin::Programme:
        return QStringLiteral("programme");
    }
    return {};
}

QString toId(ItemSides sides)
{
    switch (sides) {
    case ItemSides::LeftThenRight:
        return QStringLiteral("left-then-right");
    case ItemSides::Both:
        return QStringLiteral("both");
    case ItemSides::LeftOnly:
        return QStringLiteral("left-only");
    case ItemSides::RightOnly:
        return QStringLiteral("right-only");
    }
    return {};
}

QString toId(PlanUse use)
{
    switch (use) {
    case PlanUse::NotInPlan:
        return QStringLiteral("no");
    case PlanUse::Beside:
        return QStringLiteral("beside");
    case PlanUse::InPlace:
        return QStringLiteral("instead");
    }
    return {};
}

std::optional<Origin> originFromId(const QString& id)
{
    for (Origin origin : {Origin::BuiltIn, Origin::Runner, Origin::Programme}) {
        if (toId(origin) == id)
            return origin;
    }
    return std::nullopt;
}

std::optional<ItemSides> itemSidesFromId(const QString& id)
{
    for (ItemSides sides : {ItemSides::LeftThenRight, ItemSides::Both, ItemSides::LeftOnly, ItemSides::RightOnly}) {
        if (toId(sides) == id)
            return sides;
    }
    return std::nullopt;
}

std::optional<PlanUse> planUseFromId(const QString& id)
{
    for (PlanUse use : {PlanUse::NotInPlan, PlanUse::Beside, PlanUse::InPlace}) {
        if (toId(use) == id)
            return use;
    }
    return std::nullopt;
}

ItemSides defaultSides(const Exercise& exercise)
{
    return exercise.perSide ? ItemSides::LeftThenRight : ItemSides::Both;
}

QString displayName(ItemSides sides)
{
    switch (sides) {
    case ItemSides::LeftThenRight:
        return QCoreApplication::translate("catalog", "Left, then right");
    case ItemSides::Both:
        return QCoreApplication::translate("catalog", "Both at once");
    case ItemSides::LeftOnly:
        return QCoreApplication::translate("catalog", "Left side only");
    case ItemSides::RightOnly:
        return QCoreApplication::translate("catalog", "Right side only");
    }
    return {};
}

QString displayName(ExerciseKind kind)
{
    switch (kind) {
    case ExerciseKind::Stretch:
        return QCoreApplication::translate("catalog", "Stretch");
    case ExerciseKind::Strength:
        return QCoreApplication::translate("catalog", "Strength");
    case ExerciseKind::WarmUp:
        return QCoreApplication::translate("catalog", "Warm-up");
    case ExerciseKind::FoamRolling:
        return QCoreApplication::translate("catalog", "Foam rolling");
    case ExerciseKind::Mobility:
        return QCoreApplication::translate("catalog", "Mobility");
    }
    return {};
}

QString displayName(BestTime time)
{
    switch (time) {
    case BestTime::PostRun:
        return QCoreApplication::translate("catalog", "Post-run");
    case BestTime::Evening:
        return QCoreApplication::translate("catalog", "Evening");
    case BestTime::RestDay:
        return QCoreApplication::translate("catalog", "Rest days");
    case BestTime::LightDay:
        return QCoreApplication::translate("catalog", "Light days");
    case BestTime::WarmUp:
        return QCoreApplication::translate("catalog", "Warm-up");
    }
    return {};
}

} // namespace patella
