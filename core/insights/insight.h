#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What every insight has in common: a stable kind id, a severity, the day it is about, and its reasons in
// words, so the runner can see why it fired. Insights inform and remind; they never diagnose.
namespace patella {

enum class Severity
{
    Info,
    Caution,
    SeePhysio,
};

enum class InsightKind
{
    MileageRise, // weekly distance up more than 10% on the week before (the guide's rule)
    LongRunSpike, // one run more than 10% longer than the longest of the previous 30 days
    LoadRatio, // acute:chronic workload ratio, informational
    PainSpike,
    LingeringPain,
    Adherence,
    FlexibilityAsymmetry,
    ShoeNearLimit,
    RisingPain, // pain up two weeks running: see a physio
    WorseMornings, // three worse mornings in 14 days, or after two sessions in a row: see a physio
    WarningSigns, // swelling, locking, giving way, night or rest pain, a fall: see a physio or doctor
};

// Stable ids for settings, logs and tests; never translated.
QString toId(Severity severity);
QString toId(InsightKind kind);
std::optional<InsightKind> insightKindFromId(const QString& id);

struct Insight
{
    InsightKind kind = InsightKind::MileageRise;
    Severity severity = Severity::Info;
    QDate date; // the day it is about (the newest event behind it)
    QString title; // a short heading, translated
    QStringList reasons; // why it fired, one sentence each, most important first, translated
    QString help; // what the rule is and where its numbers come from, translated

    QString kindId() const { return toId(kind); }
    QString reason() const { return reasons.join(QLatin1Char(' ')); }
};

// Longer text on what a rule means and how strong its evidence is, with sources (clinical notes).
QString helpText(InsightKind kind);

// The Today page's order: most severe first, then newest, then by kind so equal alerts keep a stable order.
void sortBySeverityThenDate(QList<Insight>& insights);

} // namespace patella
