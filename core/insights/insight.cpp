#include "core/insights/insight.h"

#include "core/model/painband.h"

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

constexpr std::array<std::pair<InsightKind, const char*>, 11> kKinds {{
    {InsightKind::MileageRise, "mileage-rise"},
    {InsightKind::LongRunSpike, "long-run-spike"},
    {InsightKind::LoadRatio, "load-ratio"},
    {InsightKind::PainSpike, "pain-spike"},
    {InsightKind::LingeringPain, "lingering-pain"},
    {InsightKind::Adherence, "adherence"},
    {InsightKind::FlexibilityAsymmetry, "flexibility-asymmetry"},
    {InsightKind::ShoeNearLimit, "shoe-near-limit"},
    {InsightKind::RisingPain, "rising-pain"},
    {InsightKind::WorseMornings, "worse-mornings"},
    {InsightKind::WarningSigns, "warning-signs"},
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
            "The guide's 10% guideline: add no more than a tenth to your weekly distance from one week to the next. "
            "It is common advice and easy to plan with, but the evidence behind it is weak (Buist et al.; Nielsen "
            "et al., JOSPT 2014; Fredette et al., 2022), so Patella shows it as a guideline, not as a line you "
            "must not cross. Nielsen et al. found more distance-related injuries when weekly distance grew by "
            "more than 30% over two weeks (hazard ratio 1.59). A single run much longer than your recent longest "
            "has the stronger evidence; Patella watches for that as well and marks it on the distance chart.");
    case InsightKind::LongRunSpike:
        return QCoreApplication::translate(
            "Insights",
            "In a 2025 study of 5,205 runners with GPS watch data (British Journal of Sports Medicine), a single "
            "run more than 10% longer than the longest run of the previous 30 days raised the injury rate: "
            "hazard ratio 1.64 for runs 10-30% longer, 1.52 for 30-100% longer and 2.28 for more than double. "
            "This is a stronger signal than the guide's weekly 10% guideline, which research supports only weakly "
            "(Buist et "
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
                   "Physiotherapists judge pain during exercise with the pain-monitoring model (Thomeé 1997; "
                   "Silbernagel 2007): %1 Sharp, stabbing or catching pain is a stop whatever its score. Patella "
                   "also marks a day whose pain is 2 or more points above the mean of the 7 days before it, in the "
                   "same situation. The threshold sits above 1.16 points, the smallest change that people with "
                   "patellofemoral pain notice (Piva et al. 2009), so such a day is a real rise and not the "
                   "ordinary wobble of a 0-10 score. If flare-ups keep coming, a physiotherapist can adapt your "
                   "plan.")
            .arg(bandsSummary());
    case InsightKind::LingeringPain:
        return QCoreApplication::translate(
            "Insights",
            "Patella suggests a physiotherapist's view when pain of 4 or more out of 10 shows up on most days "
            "for two weeks running, or when six weeks of steady exercise have brought no real improvement in a "
            "situation that still hurts (the clinical advice is to refer after 6-8 weeks without progress). "
            "A real improvement is a drop of more than 1.16 points on the 0-10 scale, the smallest change that "
            "matters to people with patellofemoral pain (Piva et al., Journal of Rehabilitation Medicine 2009). "
            "Recovery does take time (a median of 71 days among injured novice runners, Nielsen et al., PLoS One "
            "2014), and Patella does not diagnose.");
    case InsightKind::Adherence:
        return QCoreApplication::translate(
            "Insights",
            "Regular stretching usually shows in stride comfort within 2-3 weeks. A few minutes on most days "
            "does more than one long session a week.");
    case InsightKind::FlexibilityAsymmetry:
        return QCoreApplication::translate(
            "Insights",
            "Self-tests are for following your own trend, not for passing or failing. The knee-to-wall test is "
            "reliable between testers (Powden et al., 2015; 1 cm is about 3.6 degrees); the half-kneeling hip "
            "flexor test is poor as a pass/fail test, and sit-and-reach only roughly estimates hamstring length. "
            "A short quadriceps was one of the risk factors for patellofemoral pain in Witvrouw et al. (AJSM "
            "2000).");
    case InsightKind::RisingPain:
        return QCoreApplication::translate(
            "Insights",
            "Acceptable pain during exercise comes with conditions: it settles within about an hour, the knee is "
            "no worse the next morning, and pain does not creep up from week to week. Pain that keeps rising "
            "week after week is one of the warning signs for which clinicians advise a physiotherapist's or "
            "doctor's view, even while other situations get better. Patella counts a rise when three weekly "
            "values in a row (the check-in's worst or usual pain, or a situation's 7-day mean) each go up and "
            "the rise adds up to more than 1.16 points, the smallest change that matters (Piva et al. 2009).");
    case InsightKind::WorseMornings:
        return QCoreApplication::translate(
            "Insights",
            "In the pain-monitoring model a session was too much when the knee is worse the next morning; the "
            "dose then steps back. When that keeps happening (three mornings in two weeks, or after two sessions "
            "in a row), the plan itself needs a professional look: a physiotherapist can find what the knee "
            "does not tolerate yet.");
    case InsightKind::WarningSigns:
        return QCoreApplication::translate(
            "Insights",
            "Swelling, a knee that locks or gives way, pain at night or at rest, and pain after a fall or a blow "
            "are not part of ordinary patellofemoral pain. They are reasons to see a physiotherapist or a doctor "
            "before going on with the programme. Patella does not diagnose; it asks about these every week so "
            "that none of them goes unnoticed.");
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
