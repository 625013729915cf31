#include "core/insights/referrals.h"

#include "core/insights/format.h"
#include "core/insights/pain.h"
#include "core/model/recordnames.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace patella {
namespace {

QString dateText(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString dayText(QDate date)
{
    return QLocale().toString(date, QStringLiteral("ddd ")) + dateText(date);
}

bool risesTwiceBeyondNoise(const QList<double>& values)
{
    if (values.size() < 3)
        return false;
    for (qsizetype i = 1; i < values.size(); ++i) {
        if (values.at(i) <= values.at(i - 1) + 1e-9)
            return false;
    }
    return values.constLast() - values.constFirst() > kPainMinimalImportantChange + 1e-9;
}

QString valuesText(const RisingPain& rising)
{
    QStringList parts;
    for (qsizetype i = 0; i < rising.values.size(); ++i)
        parts.append(QCoreApplication::translate("Insights", "%1 (%2)")
                         .arg(insightformat::score(rising.values.at(i)), dateText(rising.dates.at(i))));
    return parts.join(QStringLiteral(" → "));
}

} // namespace

QList<RisingPain> risingPain(const QList<PainEntry>& pain, const QList<CheckIn>& checkIns, QDate reference)
{
    QList<RisingPain> out;
    // The check-ins of the last three ISO weeks, this one included.
    const QDate thisWeek = isoWeekStart(reference);
    const auto weekly = [&](auto field, const QString& what) {
        RisingPain rising;
        rising.what = what;
        for (int back = 2; back >= 0; --back) {
            const QDate week = thisWeek.addDays(-7 * back);
            std::optional<int> value;
            for (const CheckIn& checkIn : checkIns) {
                if (checkIn.weekStart.isValid() && isoWeekStart(checkIn.weekStart) == week && field(checkIn))
                    value = *field(checkIn);
            }
            if (!value)
                return;
            rising.dates.append(week);
            rising.values.append(*value);
        }
        if (risesTwiceBeyondNoise(rising.values))
            out.append(rising);
    };
    weekly([](const CheckIn& c) { return c.worstPain; },
           QCoreApplication::translate("Insights", "The week's worst pain (check-in)"));
    weekly([](const CheckIn& c) { return c.usualPain; },
           QCoreApplication::translate("Insights", "The week's usual pain (check-in)"));

    for (PainSituation situation : allSituations()) {
        const QMap<QDate, double> daily = worstPerDay(pain, situation, reference);
        if (daily.isEmpty())
            continue;
        RisingPain rising;
        rising.what = QCoreApplication::translate("Insights", "%1 (7-day mean)").arg(situationName(situation));
        for (int back = 14; back >= 0; back -= 7) {
            const QDate day = reference.addDays(-back);
            const std::optional<double> mean = rollingMean(daily, day);
            if (!mean)
                break;
            rising.dates.append(day);
            rising.values.append(*mean);
        }
        if (risesTwiceBeyondNoise(rising.values))
            out.append(rising);
    }
    return out;
}

std::optional<Insight> risingPainAlert(const QList<PainEntry>& pain, const QList<CheckIn>& checkIns, QDate reference)
{
    const QList<RisingPain> rising = risingPain(pain, checkIns, reference);
    if (rising.isEmpty())
        return std::nullopt;
    Insight insight;
    insight.kind = InsightKind::RisingPain;
    insight.severity = Severity::SeePhysio;
    insight.date = reference;
    insight.title = QCoreApplication::translate("Insights", "Pain has risen two weeks running");
    for (const RisingPain& r : rising)
        insight.reasons.append(QCoreApplication::translate("Insights", "%1: %2.").arg(r.what, valuesText(r)));
    insight.reasons.append(
        QCoreApplication::translate("Insights",
                                    "Pain that keeps rising from week to week is a reason to have the knee looked at, "
                                    "whatever else is improving."));
    insight.help = helpText(InsightKind::RisingPain);
    return insight;
}

std::optional<Insight> worseMorningsAlert(const QList<MorningCheck>& mornings, const QList<SessionRecord>& sessions,
                                          QDate reference)
{
    QList<QDate> worse;
    QSet<QDate> worseSet;
    for (const MorningCheck& morning : mornings) {
        if (morning.worse && morning.date.isValid() && morning.date <= reference) {
            worse.append(morning.date);
            worseSet.insert(morning.date);
        }
    }
    std::sort(worse.begin(), worse.end());
    QStringList reasons;

    QList<QDate> recent;
    for (QDate day : std::as_const(worse)) {
        if (day > reference.addDays(-kWorseMorningsWindowDays))
            recent.append(day);
    }
    if (recent.size() >= kWorseMorningsToRefer) {
        QStringList days;
        for (QDate day : std::as_const(recent))
            days.append(dayText(day));
        reasons.append(QCoreApplication::translate(
                           "Insights", "The knee was worse in the morning %1 times in the last 14 days: %2.")
                           .arg(recent.size())
                           .arg(days.join(QStringLiteral(", "))));
    }

    // Session days in order; the morning after each of two in a row was worse.
    QList<QDate> sessionDays;
    for (const SessionRecord& session : sessions) {
        if (session.outcome == SessionOutcome::Completed && session.localDate.isValid() && session.localDate < reference
            && session.localDate >= reference.addDays(-kWorseMorningsWindowDays))
            sessionDays.append(session.localDate);
    }
    std::sort(sessionDays.begin(), sessionDays.end());
    sessionDays.erase(std::unique(sessionDays.begin(), sessionDays.end()), sessionDays.end());
    for (qsizetype i = sessionDays.size() - 1; i >= 1; --i) {
        const QDate first = sessionDays.at(i - 1).addDays(1);
        const QDate second = sessionDays.at(i).addDays(1);
        if (worseSet.contains(first) && worseSet.contains(second)) {
            reasons.append(
                QCoreApplication::translate(
                    "Insights", "The mornings after your sessions of %1 and %2 were both worse (%3 and %4).")
                    .arg(dayText(sessionDays.at(i - 1)), dayText(sessionDays.at(i)), dayText(first), dayText(second)));
            break;
        }
    }
    if (reasons.isEmpty())
        return std::nullopt;
    Insight insight;
    insight.kind = InsightKind::WorseMornings;
    insight.severity = Severity::SeePhysio;
    insight.date = worse.constLast();
    insight.title = QCoreApplication::translate("Insights", "Mornings after training keep being worse");
    insight.reasons = reasons;
    insight.help = helpText(InsightKind::WorseMornings);
    return insight;
}

std::optional<Insight> warningSignsAlert(const QList<CheckIn>& checkIns, QDate reference)
{
    const CheckIn* latest = nullptr;
    for (const CheckIn& checkIn : checkIns) {
        if (!checkIn.warningSigns || checkIn.warningSigns->isEmpty() || !checkIn.weekStart.isValid())
            continue;
        const QDate week = isoWeekStart(checkIn.weekStart);
        if (week > reference || week < isoWeekStart(reference).addDays(-7))
            continue;
        if (!latest || week > isoWeekStart(latest->weekStart))
            latest = &checkIn;
    }
    if (!latest)
        return std::nullopt;
    QStringList names;
    for (WarningSign sign : *latest->warningSigns)
        names.append(warningSignName(sign));
    Insight insight;
    insight.kind = InsightKind::WarningSigns;
    insight.severity = Severity::SeePhysio;
    insight.date = std::min(reference, isoWeekStart(latest->weekStart).addDays(6));
    insight.title = QCoreApplication::translate("Insights", "See a physiotherapist or doctor about these signs");
    insight.reasons.append(QCoreApplication::translate("Insights", "Your check-in for the week of %1 reports: %2.")
                               .arg(dateText(isoWeekStart(latest->weekStart)), names.join(QStringLiteral("; "))));
    insight.reasons.append(
        QCoreApplication::translate("Insights",
                                    "These are warning signs, not the usual course of runner's knee. Have the knee "
                                    "looked at before the next session; until then, rest it from what hurts."));
    insight.help = helpText(InsightKind::WarningSigns);
    return insight;
}

} // namespace patella
