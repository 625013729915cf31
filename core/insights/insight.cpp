#include "core/insights/insight.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace patella {
namespace {

constexpr std::array<std::pair<Severity, const char*>, 3> kSeverities {{
    {Severity::Info, "info"},
    {Severity::Caution, "caution"},
    {Severity::SeePhysio, "see-a-physio"},
}};

constexpr std::array<std::pair<InsightKind, const char*>, 8> kKinds {{
    {InsightKind::MileageRise, "mileage-rise"},
    {InsightKind::LongRunSpike, "long-run-spike"},
    {InsightKind::LoadRatio, "load-ratio"},
    {InsightKind::PainSpike, "pain-spike"},
    {InsightKind::LingeringPain, "lingering-pain"},
    {InsightKind::Adherence, "adherence"},
    {InsightKind::FlexibilityAsymmetry, "flexibility-asymmetry"},
    {InsightKind::ShoeNearLimit, "shoe-near-limit"},
}};

} // namespace

QString toId(Severity severity)
{
    for (const auto& [s, id] : kSeverities) {
        if (s == severity)
            return QString::fromLatin1(id);
    }
    return {};
}

QString toId(InsightKind kind)
{
    for (const auto& [k, id] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<InsightKind> insightKindFromId(const QString& id)
{
    for (const auto& [k, name] : kKinds) {
        if (id == QLatin1String(name))
            return k;
    }
    return std::nullopt;
}

QString helpText(InsightKind kind)
{
    switch (kind) {
    case InsightKind::MileageRise:
        return QCoreApplication::translate(
            "Insights",
            "The 10% rule says to raise your weekly distance by no more than a tenth from one week to the next. "
            "It is easy to plan with, but studies have given it little support (Buist et al.; Nielsen et al., "
            "JOSPT 2014; Fredette et al., 2022). Nielsen et al. found more distance-related injuries when weekly "
            "distance grew by more than 30% over two weeks (hazard ratio 1.59). A sudden long run is the "
            "stronger warning sign, so Patella watches for that as well.");
    case InsightKind::LongRunSpike:
        return QCoreApplication::translate(
            "Insights",
            "In a 2025 study of 5,205 runners with GPS watch data (British Journal of Sports Medicine), a single "
            "run more than 10% longer than the longest run of the previous 30 days raised the injury rate: "
            "hazard ratio 1.64 for runs 10-30% longer, 1.52 for 30-100% longer and 2.28 for more than double. "
            "This is a stronger signal than the weekly 10% rule, which research supports only weakly (Buist et "
            "al.; Nielsen et al., JOSPT 2014; Fredette et al., 2022).");
    case InsightKind::LoadRatio:
        return QCoreApplication::translate(
            "Insights",
            "The acute:chronic ratio divides the distance of the last 7 days by the average week of the last 28 "
            "days. The bands usually quoted are below 0.8 (low), 0.8-1.3 (steady), 1.3-1.5 (rising) and above "
            "1.5 (high) (Gabbett, BJSM 2016). The ratio is disputed (Lolli et al., BJSM 2019; Impellizzeri et "
            "al., Sports Medicine 2020): read it as information, not as a verdict.");
    case InsightKind::PainSpike:
        return QCoreApplication::translate(
            "Insights",
            "A common way to judge pain during exercise: 0-3 out of 10 is safe, 4-5 is acceptable, above 5 means "
            "stopping that exercise. Pain should settle to its usual level within about an hour, and the knee "
            "should not be worse the next morning (Silbernagel's pain-monitoring model). Patella also marks a "
            "day 2 or more points above your 7-day average. If pain flares up or keeps coming back, a "
            "physiotherapist can adapt your plan.");
    case InsightKind::LingeringPain:
        return QCoreApplication::translate(
            "Insights",
            "Patella suggests a physiotherapist's view when pain of 4 or more out of 10 shows up on most days "
            "for two weeks running, or when three weeks of steady exercise have brought no real improvement. "
            "A real improvement is a drop of more than 1.16 points on the 0-10 scale, the smallest change that "
            "matters to people with patellofemoral pain (Piva et al., Journal of Rehabilitation Medicine 2009). "
            "Recovery does take time (a median of 71 days among injured novice runners, Nielsen et al., PLoS One "
            "2014), and Patella does not diagnose.");
    case InsightKind::Adherence:
        return QCoreApplication::translate(
            "Insights",
            "Most runners notice a difference after two to three weeks of stretching regularly. Short sessions "
            "on most days tend to do more than one long session a week.");
    case InsightKind::FlexibilityAsymmetry:
        return QCoreApplication::translate(
            "Insights",
            "Self-tests are for following your own trend, not for passing or failing. The knee-to-wall test is "
            "reliable between testers (Powden et al., 2015; 1 cm is about 3.6 degrees); the half-kneeling hip "
            "flexor test is poor as a pass/fail test, and sit-and-reach only roughly estimates hamstring length. "
            "A short quadriceps was one of the risk factors for patellofemoral pain in Witvrouw et al. (AJSM "
            "2000).");
    case InsightKind::ShoeNearLimit:
        return QCoreApplication::translate(
            "Insights",
            "The usual advice is to replace running shoes after 480-800 km (300-500 miles), but the evidence for "
            "it is thin. Patella counts towards the limit you set; near it, look at the midsole for deep "
            "creases, flattening or uneven wear and decide for yourself.");
    }
    return {};
}

void sortBySeverityThenDate(QList<Insight>& insights)
{
    std::stable_sort(insights.begin(), insights.end(), [](const Insight& a, const Insight& b) {
        if (a.severity != b.severity)
            return static_cast<int>(a.severity) > static_cast<int>(b.severity);
        if (a.date != b.date)
            return a.date > b.date;
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
}

} // namespace patella
