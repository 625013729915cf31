#include "core/import/sport.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace patella {
namespace {

constexpr std::array<std::pair<ActivitySport, const char*>, 8> kIds {{
    {ActivitySport::Running, "running"},
    {ActivitySport::TrailRunning, "trail_running"},
    {ActivitySport::TreadmillRunning, "treadmill_running"},
    {ActivitySport::Cycling, "cycling"},
    {ActivitySport::Swimming, "swimming"},
    {ActivitySport::Walking, "walking"},
    {ActivitySport::Hiking, "hiking"},
    {ActivitySport::Other, "other"},
}};

} // namespace

QString sportId(ActivitySport sport)
{
    for (const auto& [value, id] : kIds)
        if (value == sport)
            return QString::fromLatin1(id);
    return QStringLiteral("other");
}

QString sportDisplayName(ActivitySport sport)
{
    switch (sport) {
    case ActivitySport::Running:
        return QCoreApplication::translate("Sport", "Run");
    case ActivitySport::TrailRunning:
        return QCoreApplication::translate("Sport", "Trail run");
    case ActivitySport::TreadmillRunning:
        return QCoreApplication::translate("Sport", "Treadmill run");
    case ActivitySport::Cycling:
        return QCoreApplication::translate("Sport", "Cycling");
    case ActivitySport::Swimming:
        return QCoreApplication::translate("Sport", "Swimming");
    case ActivitySport::Walking:
        return QCoreApplication::translate("Sport", "Walking");
    case ActivitySport::Hiking:
        return QCoreApplication::translate("Sport", "Hiking");
    case ActivitySport::Other:
        break;
    }
    return QCoreApplication::translate("Sport", "Other sport");
}

std::optional<ActivitySport> sportFromId(const QString& id)
{
    for (const auto& [value, text] : kIds)
        if (id == QLatin1StringView(text))
            return value;
    return std::nullopt;
}

ActivitySport sportFromName(const QString& name)
{
    const QString word = name.trimmed().toLower();
    if (word.isEmpty())
        return ActivitySport::Other;
    // Strava's numeric activity types in its GPX exports: 9 run, 1 ride, 10 walk, 4 hike.
    if (word == QLatin1StringView("9"))
        return ActivitySport::Running;
    if (word == QLatin1StringView("1"))
        return ActivitySport::Cycling;
    if (word == QLatin1StringView("10"))
        return ActivitySport::Walking;
    if (word == QLatin1StringView("4"))
        return ActivitySport::Hiking;
    const auto has = [&word](const char* part) { return word.contains(QLatin1StringView(part)); };
    if (has("treadmill") || has("indoor_run") || has("indoor run") || has("virtual_run") || has("virtualrun"))
        return ActivitySport::TreadmillRunning;
    if (has("trail"))
        return ActivitySport::TrailRunning;
    if (has("run") || has("jog"))
        return ActivitySport::Running;
    if (has("bik") || has("cycl") || has("ride"))
        return ActivitySport::Cycling;
    if (has("swim"))
        return ActivitySport::Swimming;
    if (has("walk"))
        return ActivitySport::Walking;
    if (has("hik"))
        return ActivitySport::Hiking;
    return ActivitySport::Other;
}

bool isRun(ActivitySport sport)
{
    return sport == ActivitySport::Running || sport == ActivitySport::TrailRunning
        || sport == ActivitySport::TreadmillRunning;
}

ActivitySport sportFromPace(double distanceMetres, int movingSeconds)
{
    if (distanceMetres <= 0.0 || movingSeconds <= 0)
        return ActivitySport::Other;
    const double speed = distanceMetres / movingSeconds;
    if (speed < kWalkingBelowMetresPerSecond)
        return ActivitySport::Walking;
    if (speed > kCyclingAboveMetresPerSecond)
        return ActivitySport::Cycling;
    return ActivitySport::Running;
}

std::optional<double> stepsPerMinute(ActivitySport sport, std::optional<double> averageCadence, double shareFrom120)
{
    if (!averageCadence || *averageCadence <= 0.0)
        return std::nullopt;
    if (sport == ActivitySport::Cycling || sport == ActivitySport::Swimming)
        return std::nullopt;
    return shareFrom120 >= kStepSampleShare ? *averageCadence : *averageCadence * 2.0;
}

} // namespace patella
