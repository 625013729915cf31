#include "core/insights/painalerts.h"

#include "core/insights/adherence.h"
#include "core/insights/format.h"
#include "core/insights/pain.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace patella {
namespace {

QString dateText(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

bool inRange(QDate date, QDate from, QDate to)
{
    return date.isValid() && date >= from && date <= to;
}

void addAboveMeanSpikes(const QList<PainEntry>& pain, QDate from, QDate to, QList<PainSpike>& spikes)
{
    for (PainSituation situation : allSituations()) {
        const QMap<QDate, double> daily = worstPerDay(pain, situation, to);
        for (auto it = daily.lowerBound(from); it != daily.cend() && it.key() <= to; ++it) {
            const std::optional<double> baseline = rollingMean(daily, it.key().addDays(-1));
            if (!baseline || it.value() - *baseline < kPainSpikeAboveMean - 1e-9)
                continue;
            PainSpike spike;
            spike.date = it.key();
            spike.cause = PainSpikeCause::AboveWeekMean;
            spike.value = it.value();
            spike.baseline = *baseline;
            spike.situation = situation;
            spikes.append(spike);
        }
    }
}

void addSessionSpikes(const QList<PainEntry>& pain, const QList<SessionRecord>& sessions, QDate from, QDate to,
                      QList<PainSpike>& spikes)
{
    QHash<RecordId, qsizetype> bySession;
    for (const SessionRecord& session : sessions) {
        if (!inRange(session.localDate, from, to))
            continue;
        const SessionItem* worst = nullptr;
        for (const SessionItem& item : session.items) {
            if (item.pain && *item.pain > kAcceptablePainMax && (!worst || *item.pain > *worst->pain))
                worst = &item;
        }
        if (!worst)
            continue;
        PainSpike spike;
        spike.date = session.localDate;
        spike.cause = PainSpikeCause::DuringSession;
        spike.value = *worst->pain;
        spike.sessionId = session.id;
        spike.exerciseId = worst->exerciseId;
        bySession.insert(session.id, spikes.size());
        spikes.append(spike);
    }
    for (const PainEntry& entry : pain) {
        const bool aboutSession = entry.sessionId.has_value() || entry.situation == PainSituation::AfterSession;
        if (!aboutSession || entry.score <= kAcceptablePainMax || !inRange(entry.localDate, from, to))
            continue;
        if (entry.sessionId && bySession.contains(*entry.sessionId)) {
            PainSpike& known = spikes[bySession.value(*entry.sessionId)];
            known.value = std::max(known.value, double(entry.score));
            continue;
        }
        PainSpike spike;
        spike.date = entry.localDate;
        spike.cause = PainSpikeCause::DuringSession;
        spike.value = entry.score;
        spike.sessionId = entry.sessionId;
        if (entry.sessionId)
            bySession.insert(*entry.sessionId, spikes.size());
        spikes.append(spike);
    }
}

void addRunSpikes(const QList<PainEntry>& pain, const QList<Run>& runs, QDate from, QDate to, QList<PainSpike>& spikes)
{
    QMap<QDate, int> worstByDay;
    for (const Run& run : runs) {
        if (run.painDuring && *run.painDuring > kAcceptablePainMax && inRange(run.localDate, from, to))
            worstByDay[run.localDate] = std::max(worstByDay.value(run.localDate), *run.painDuring);
    }
    for (const PainEntry& entry : pain) {
        if (entry.situation == PainSituation::DuringRun && entry.score > kAcceptablePainMax
            && inRange(entry.localDate, from, to))
            worstByDay[entry.localDate] = std::max(worstByDay.value(entry.localDate), entry.score);
    }
    for (auto it = worstByDay.cbegin(); it != worstByDay.cend(); ++it) {
        PainSpike spike;
        spike.date = it.key();
        spike.cause = PainSpikeCause::DuringRun;
        spike.value = it.value();
        spikes.append(spike);
    }
}

void addMorningSpikes(const QList<CheckIn>& checkIns, const QList<MorningCheck>& mornings, QDate from, QDate to,
                      QList<PainSpike>& spikes)
{
    // A dated morning names itself; the check-in's question only says "a morning that week", so it counts for
    // weeks without a dated one.
    QSet<QDate> weeksWithMornings;
    for (const MorningCheck& morning : mornings) {
        if (!morning.worse || !inRange(morning.date, from, to))
            continue;
        weeksWithMornings.insert(isoWeekStart(morning.date));
        PainSpike spike;
        spike.date = morning.date;
        spike.cause = PainSpikeCause::WorseNextMorning;
        spikes.append(spike);
    }
    for (const CheckIn& checkIn : checkIns) {
        if (!checkIn.kneeWorseMorning.value_or(false) || !checkIn.weekStart.isValid())
            continue;
        const QDate start = isoWeekStart(checkIn.weekStart);
        if (start > to || start.addDays(6) < from || weeksWithMornings.contains(start))
            continue;
        PainSpike spike;
        spike.date = std::min(start.addDays(6), to);
        spike.cause = PainSpikeCause::WorseNextMorning;
        spike.fromCheckIn = true;
        spikes.append(spike);
    }
}

// A pain above 5 during a run or session already says what a day-above-mean spike for the same day and
// situation would say.
void dropRepeats(QList<PainSpike>& spikes)
{
    const QList<PainSpike> all = spikes;
    spikes.removeIf([&all](const PainSpike& spike) {
        if (spike.cause != PainSpikeCause::AboveWeekMean)
            return false;
        return std::any_of(all.cbegin(), all.cend(), [&spike](const PainSpike& other) {
            if (other.date != spike.date)
                return false;
            return (other.cause == PainSpikeCause::DuringRun && spike.situation == PainSituation::DuringRun)
                || (other.cause == PainSpikeCause::DuringSession && spike.situation == PainSituation::AfterSession);
        });
    });
}

QString weekOfText(QDate weekStart)
{
    return QCoreApplication::translate("Insights", "the week of %1").arg(dateText(weekStart));
}

} // namespace

QList<PainSpike> painSpikes(const QList<PainEntry>& pain, const QList<SessionRecord>& sessions, const QList<Run>& runs,
                            const QList<CheckIn>& checkIns, QDate from, QDate to, const QList<MorningCheck>& mornings)
{
    QList<PainSpike> spikes;
    addAboveMeanSpikes(pain, from, to, spikes);
    addSessionSpikes(pain, sessions, from, to, spikes);
    addRunSpikes(pain, runs, from, to, spikes);
    addMorningSpikes(checkIns, mornings, from, to, spikes);
    dropRepeats(spikes);
    std::stable_sort(spikes.begin(), spikes.end(), [](const PainSpike& a, const PainSpike& b) {
        if (a.date != b.date)
            return a.date > b.date;
        return static_cast<int>(a.cause) < static_cast<int>(b.cause);
    });
    return spikes;
}

QString describePainSpike(const PainSpike& spike)
{
    switch (spike.cause) {
    case PainSpikeCause::AboveWeekMean:
        return QCoreApplication::translate("Insights", "%1 on %2: pain %3, %4 points above the 7-day mean of %5.")
            .arg(situationName(spike.situation), dateText(spike.date), insightformat::score(spike.value),
                 insightformat::score(spike.value - spike.baseline), insightformat::score(spike.baseline));
    case PainSpikeCause::DuringSession:
        return QCoreApplication::translate(
                   "Insights", "Pain %1 in the exercise session on %2: above 5 means stopping that exercise.")
            .arg(insightformat::score(spike.value), dateText(spike.date));
    case PainSpikeCause::DuringRun:
        return QCoreApplication::translate("Insights",
                                           "Pain %1 during your run on %2: above 5 is more than exercise should cost.")
            .arg(insightformat::score(spike.value), dateText(spike.date));
    case PainSpikeCause::WorseNextMorning:
        if (spike.fromCheckIn)
            return QCoreApplication::translate("Insights",
                                               "Your check-in for %1 says the knee was worse the next morning.")
                .arg(weekOfText(isoWeekStart(spike.date)));
        return QCoreApplication::translate("Insights",
                                           "On the morning of %1 the knee was worse than the morning before.")
            .arg(QLocale().toString(spike.date, QStringLiteral("dddd ")) + dateText(spike.date));
    }
    return {};
}

std::optional<Insight> painSpikeAlert(const QList<PainEntry>& pain, const QList<SessionRecord>& sessions,
                                      const QList<Run>& runs, const QList<CheckIn>& checkIns, QDate reference,
                                      const QList<MorningCheck>& mornings)
{
    const QList<PainSpike> spikes
        = painSpikes(pain, sessions, runs, checkIns, reference.addDays(-6), reference, mornings);
    if (spikes.isEmpty())
        return std::nullopt;
    Insight insight;
    insight.kind = InsightKind::PainSpike;
    insight.severity = Severity::Caution;
    insight.date = spikes.constFirst().date;
    insight.title = QCoreApplication::translate("Insights", "Pain flared up");
    for (const PainSpike& spike : spikes)
        insight.reasons.append(describePainSpike(spike));
    insight.help = helpText(InsightKind::PainSpike);
    return insight;
}

QMap<QDate, int> worstOfAllSourcesPerDay(const QList<PainEntry>& pain, const QList<Run>& runs,
                                         const QList<SessionRecord>& sessions, QDate from, QDate to)
{
    QMap<QDate, int> days;
    const auto note = [&](QDate date, int score) {
        if (inRange(date, from, to))
            days[date] = std::max(days.value(date, 0), std::clamp(score, 0, 10));
    };
    for (const PainEntry& entry : pain)
        note(entry.localDate, entry.score);
    for (const Run& run : runs) {
        if (run.painDuring)
            note(run.localDate, *run.painDuring);
        if (run.painAfter)
            note(run.localDate, *run.painAfter);
    }
    for (const SessionRecord& session : sessions) {
        for (const SessionItem& item : session.items) {
            if (item.pain)
                note(session.localDate, *item.pain);
        }
    }
    return days;
}

std::optional<Insight> lingeringPainAlert(const QList<PainEntry>& pain, const QList<Run>& runs,
                                          const QList<SessionRecord>& sessions, const QList<CheckIn>& checkIns,
                                          QDate reference, int weeklyTarget)
{
    QStringList reasons;

    // Two weeks running with pain of 4 or more on most days.
    QStringList weekReasons;
    bool everyWeekPainful = true;
    for (int back : {13, 6}) {
        const QDate from = reference.addDays(-back);
        const QDate to = from.addDays(6);
        const QMap<QDate, int> days = worstOfAllSourcesPerDay(pain, runs, sessions, from, to);
        const int painfulDays = static_cast<int>(
            std::count_if(days.cbegin(), days.cend(), [](int score) { return score >= kLingeringPainScore; }));
        // The check-in of the ISO week that shares most days with this window.
        const QDate checkInWeek = isoWeekStart(from.addDays(3));
        std::optional<int> usual;
        for (const CheckIn& checkIn : checkIns) {
            if (checkIn.weekStart.isValid() && isoWeekStart(checkIn.weekStart) == checkInWeek && checkIn.usualPain)
                usual = std::max(usual.value_or(0), *checkIn.usualPain);
        }
        if (painfulDays >= kLingeringDaysPerWeek) {
            weekReasons.append(
                QCoreApplication::translate("Insights", "Pain of 4 or more on %1 of the 7 days from %2 to %3.")
                    .arg(painfulDays)
                    .arg(dateText(from), dateText(to)));
        } else if (usual && *usual >= kLingeringPainScore) {
            weekReasons.append(QCoreApplication::translate("Insights", "Your check-in for %1 gives a usual pain of %2.")
                                   .arg(weekOfText(checkInWeek), insightformat::score(*usual)));
        } else {
            everyWeekPainful = false;
        }
    }
    if (everyWeekPainful)
        reasons += weekReasons;

    // Six weeks of steady work without a real improvement, while it still hurts. Each situation is judged on
    // its own: runs getting better do not hide stairs that are not.
    const int steadyWeeks = weeklyTarget > 0 ? consistentWeeks(sessions, reference, weeklyTarget) : 0;
    if (steadyWeeks >= kNoImprovementWeeks) {
        QStringList stalled;
        const QDate before = reference.addDays(-7 * kNoImprovementWeeks);
        for (PainSituation situation : allSituations()) {
            const QMap<QDate, double> daily = worstPerDay(pain, situation, reference);
            const std::optional<double> now = rollingMean(daily, reference);
            const std::optional<double> then = rollingMean(daily, before);
            if (!now || !then || isRealImprovement(*then, *now) || *now <= kPainMinimalImportantChange + 1e-9)
                continue;
            const double change = *now - *then;
            stalled.append(QCoreApplication::translate("Insights",
                                                       "%1: %2 six weeks ago, %3 now (%4): not the drop of more "
                                                       "than 1.16 points that counts as real.")
                               .arg(situationName(situation), insightformat::score(*then), insightformat::score(*now),
                                    (change > 0 ? QStringLiteral("+") : QString()) + insightformat::score(change)));
        }
        if (!stalled.isEmpty()) {
            reasons.append(
                QCoreApplication::translate("Insights", "Weeks in a row at your target of %1 sessions a week: %2.")
                    .arg(weeklyTarget)
                    .arg(steadyWeeks));
            reasons += stalled;
        }
    }

    if (reasons.isEmpty())
        return std::nullopt;
    Insight insight;
    insight.kind = InsightKind::LingeringPain;
    insight.severity = Severity::SeePhysio;
    insight.date = reference;
    insight.title = QCoreApplication::translate("Insights", "A physiotherapist should look at your knee");
    insight.reasons = reasons;
    insight.help = helpText(InsightKind::LingeringPain);
    return insight;
}

} // namespace patella
