#include "core/report/physioreport.h"

#include "core/catalog/catalog.h"
#include "core/catalog/dosehistory.h"
#include "core/catalog/dosetext.h"
#include "core/insights/insights.h"
#include "core/insights/longrun.h"
#include "core/insights/mileage.h"
#include "core/insights/pain.h"
#include "core/report/reportrules.h"
#include "core/store/journalstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace patella {

namespace {

constexpr int kAlertHistoryDays = 70; // what an alert on a day looks back at (as Today reads it)

// lupdate files these texts under the context named here, the same one they are looked up in.
struct PhysioReportText
{
    Q_DECLARE_TR_FUNCTIONS(PhysioReport)
};

// The records an alert of any day in the period can look at.
struct Records
{
    QList<Run> runs;
    QList<WeeklyTotal> totals;
    QList<PainEntry> pain;
    QList<SessionRecord> sessions;
    QList<FlexCheck> flex;
    QList<Shoe> shoes;
    QList<CheckIn> checkIns;
    QList<MorningCheck> mornings;
    QList<PsfsActivity> psfsActivities;
    QList<PsfsScore> psfsScores;
};

Result<Records> readRecords(JournalStore& store, QDate from, QDate to)
{
    Records r;
    const DateRange history {from.addDays(-std::max(kAlertHistoryDays, kDoseRecentDays)), to};
    if (auto got = store.list<Run>(history); got)
        r.runs = got.value();
    else
        return got.error();
    if (auto got = store.list<WeeklyTotal>(history); got)
        r.totals = got.value();
    else
        return got.error();
    if (auto got = store.list<PainEntry>(history); got)
        r.pain = got.value();
    else
        return got.error();
    if (auto got = store.list<SessionRecord>(history); got)
        r.sessions = got.value();
    else
        return got.error();
    if (auto got = store.list<FlexCheck>(DateRange {from, to}); got)
        r.flex = got.value();
    else
        return got.error();
    if (auto got = store.list<Shoe>(); got)
        r.shoes = got.value();
    else
        return got.error();
    if (auto got = store.list<CheckIn>(history); got)
        r.checkIns = got.value();
    else
        return got.error();
    if (auto got = store.list<MorningCheck>(history); got)
        r.mornings = got.value();
    else
        return got.error();
    if (auto got = store.list<PsfsActivity>(); got)
        r.psfsActivities = got.value();
    else
        return got.error();
    if (auto got = store.list<PsfsScore>(DateRange {from, to}); got)
        r.psfsScores = got.value();
    else
        return got.error();
    return r;
}

template <typename R, typename DateOf> QList<R> within(const QList<R>& records, QDate from, QDate to, DateOf dateOf)
{
    QList<R> out;
    for (const R& record : records) {
        const QDate date = dateOf(record);
        if (date >= from && date <= to)
            out.append(record);
    }
    return out;
}

double meanOver(const QMap<QDate, double>& daily, QDate from, QDate to)
{
    double sum = 0.0;
    int count = 0;
    for (auto it = daily.lowerBound(from); it != daily.cend() && it.key() <= to; ++it) {
        sum += it.value();
        ++count;
    }
    return count > 0 ? sum / count : 0.0;
}

QList<ReportPainSituation> painSituations(const QList<PainEntry>& entries, QDate from, QDate to)
{
    QList<ReportPainSituation> out;
    for (PainSituation situation : allSituations()) {
        QMap<QDate, double> daily = worstPerDay(entries, situation, to);
        daily.erase(daily.begin(), daily.lowerBound(from));
        if (daily.isEmpty())
            continue;
        ReportPainSituation s;
        s.situation = situation;
        s.name = situationName(situation);
        s.firstDate = daily.firstKey();
        s.lastDate = daily.lastKey();
        s.days = int(daily.size());
        s.first = meanOver(daily, s.firstDate, s.firstDate.addDays(kPainRollingDays - 1));
        s.last = meanOver(daily, s.lastDate.addDays(-(kPainRollingDays - 1)), s.lastDate);
        s.change = s.last - s.first;
        s.realImprovement = isRealImprovement(s.first, s.last);
        s.realWorsening = isRealImprovement(s.last, s.first);
        QMap<QDate, QPair<double, int>> weeks;
        for (auto it = daily.cbegin(); it != daily.cend(); ++it) {
            auto& week = weeks[isoWeekStart(it.key())];
            week.first += it.value();
            week.second += 1;
        }
        for (auto it = weeks.cbegin(); it != weeks.cend(); ++it)
            s.weekly.append(PsfsPoint {it.key(), it.value().first / it.value().second});
        out.append(s);
    }
    return out;
}

QList<ReportDose> doses(const Catalog& catalog, const Records& r, QDate today)
{
    const QDate recent = today.addDays(-kDoseRecentDays);
    const QList<SessionRecord> sessions
        = within(r.sessions, recent, today, [](const SessionRecord& s) { return s.localDate; });
    QList<QDate> worse;
    for (const MorningCheck& m : r.mornings) {
        if (m.worse && m.date >= recent && m.date <= today)
            worse.append(m.date);
    }
    QSet<QString> done;
    for (const SessionRecord& session : sessions) {
        for (const SessionItem& item : session.items)
            done.insert(item.exerciseId);
    }
    QList<ReportDose> out;
    for (const Exercise& exercise : catalog.exercises()) {
        if (!done.contains(exercise.id))
            continue;
        const DoseHistory history = doseHistory(exercise, doseReports(sessions, worse, exercise.id));
        ReportDose dose;
        dose.exerciseId = exercise.id;
        dose.exercise = exercise.name;
        dose.dose = describePlannedDose(exercise, history.current.dose);
        dose.step = history.current.step;
        dose.steps = history.current.steps;
        dose.reports = history.reports;
        if (history.lastChange) {
            const DoseStep& step = *history.lastChange;
            dose.changed = step.report.date;
            dose.change = step.change;
            if (step.change == DoseChange::Progressed)
                dose.why = PhysioReportText::tr("up after %1 sessions in a row at %2")
                               .arg(kSettledSessionsToProgress)
                               .arg(safeBandText());
            else if (step.report.worseMorning)
                dose.why = PhysioReportText::tr("back: the knee was worse the next morning");
            else
                dose.why = PhysioReportText::tr("back after pain %1/10").arg(step.report.score);
        } else {
            dose.change = history.reports > 0 ? DoseChange::Kept : DoseChange::Start;
            dose.why = history.reports > 0 ? PhysioReportText::tr("not changed in the last six weeks")
                                           : PhysioReportText::tr("no pain checks yet");
        }
        out.append(dose);
    }
    return out;
}

void countBand(ReportPainBands& bands, int score)
{
    switch (bandOf(score)) {
    case ReportBand::Safe:
        ++bands.safe;
        break;
    case ReportBand::Acceptable:
        ++bands.acceptable;
        break;
    case ReportBand::TooMuch:
        ++bands.tooMuch;
        break;
    }
}

QList<ReportPainBands> painBands(const Records& r, QDate from, QDate to)
{
    ReportPainBands items {PhysioReportText::tr("Pain checks after each exercise"), 0, 0, 0};
    ReportPainBands afterSession {PhysioReportText::tr("After sessions"), 0, 0, 0};
    ReportPainBands during {PhysioReportText::tr("During runs"), 0, 0, 0};
    ReportPainBands after {PhysioReportText::tr("After runs"), 0, 0, 0};
    for (const SessionRecord& session : r.sessions) {
        if (session.localDate < from || session.localDate > to)
            continue;
        for (const SessionItem& item : session.items) {
            if (item.pain)
                countBand(items, *item.pain);
        }
    }
    for (const PainEntry& entry : r.pain) {
        if (entry.localDate < from || entry.localDate > to)
            continue;
        if (entry.situation == PainSituation::AfterSession)
            countBand(afterSession, entry.score);
        else if (entry.situation == PainSituation::DuringRun)
            countBand(during, entry.score);
        else if (entry.situation == PainSituation::AfterRun)
            countBand(after, entry.score);
    }
    for (const Run& run : r.runs) {
        if (run.localDate < from || run.localDate > to)
            continue;
        if (run.painDuring)
            countBand(during, *run.painDuring);
        if (run.painAfter)
            countBand(after, *run.painAfter);
    }
    QList<ReportPainBands> out;
    for (const ReportPainBands& bands : {items, afterSession, during, after}) {
        if (bands.total() > 0)
            out.append(bands);
    }
    return out;
}

// A week's share of the weekly target: nothing before the programme started, and only the days so far of the
// week the period ends in (or the programme started in).
int weekTarget(QDate monday, QDate to, QDate programmeStart, int target)
{
    const QDate first = programmeStart.isValid() ? std::max(monday, programmeStart) : monday;
    const QDate last = std::min(monday.addDays(6), to);
    if (first > last)
        return 0;
    return int(std::lround(double(target) * double(first.daysTo(last) + 1) / 7.0));
}

QList<ReportWeek> weeks(const Records& r, QDate from, QDate to, QDate programmeStart, int target)
{
    const QList<WeekMileage> mileage = weeklyMileage(r.runs, r.totals, to);
    const int count = int(isoWeekStart(from).daysTo(isoWeekStart(to)) / 7) + 1;
    const QList<WeekAdherence> adherence = weeklyAdherence(r.sessions, to, target, count);
    QHash<QDate, WeekAdherence> byWeek;
    for (const WeekAdherence& week : adherence)
        byWeek.insert(week.weekStart, week);
    QHash<QDate, QPair<double, int>> cadence;
    for (const Run& run : r.runs) {
        if (const std::optional<double> steps = runCadence(run)) {
            auto& week = cadence[isoWeekStart(run.localDate)];
            week.first += *steps;
            week.second += 1;
        }
    }
    QList<ReportWeek> out;
    for (QDate monday = isoWeekStart(from); monday <= to; monday = monday.addDays(7)) {
        ReportWeek week;
        week.weekStart = monday;
        for (const WeekMileage& m : mileage) {
            if (m.weekStart == monday) {
                week.metres = m.metres;
                week.runs = m.runs;
                week.fromWeeklyTotal = m.fromWeeklyTotal;
            }
        }
        if (const auto change = weekChange(mileage, monday); change && change->comparable) {
            week.percentChange = change->percent;
            week.overTenPercent = change->flagged;
        }
        const WeekAdherence sessions = byWeek.value(monday);
        week.sessions = sessions.completed;
        week.target = weekTarget(monday, to, programmeStart, target);
        if (cadence.contains(monday))
            week.cadence = cadence.value(monday).first / cadence.value(monday).second;
        out.append(week);
    }
    return out;
}

QList<ReportFlex> flexibility(const Records& r, QDate to)
{
    QList<ReportFlex> out;
    const QList<FlexSeries> series = flexibilitySeries(r.flex, to);
    for (FlexTest test : allFlexTests()) {
        ReportFlex flex;
        flex.test = test;
        flex.name = flexTestName(test);
        for (const FlexSeries& s : series) {
            if (s.test != test)
                continue;
            flex.unit = s.unit;
            if (s.side == Side::Left)
                flex.left = s.points;
            else if (s.side == Side::Right)
                flex.right = s.points;
        }
        if (flex.left.isEmpty() && flex.right.isEmpty())
            continue;
        flex.betterWhen = flexBetterDirection(test, flex.unit);
        out.append(flex);
    }
    return out;
}

// The records dated in [from, to] of a list sorted by that date.
template <typename R, typename DateOf> QList<R> slice(const QList<R>& sorted, QDate from, QDate to, DateOf dateOf)
{
    const auto first = std::lower_bound(sorted.cbegin(), sorted.cend(), from,
                                        [&dateOf](const R& record, QDate date) { return dateOf(record) < date; });
    const auto last = std::upper_bound(first, sorted.cend(), to,
                                       [&dateOf](QDate date, const R& record) { return date < dateOf(record); });
    return QList<R>(first, last);
}

template <typename R, typename DateOf> QList<R> sortedBy(QList<R> records, DateOf dateOf)
{
    std::stable_sort(records.begin(), records.end(),
                     [&dateOf](const R& a, const R& b) { return dateOf(a) < dateOf(b); });
    return records;
}

// Every alert Today would have shown on a day of the period, on the day it was first raised.
QList<ReportEvent> events(const Records& r, QDate from, QDate to, DistanceUnit unit, int target)
{
    const auto runDate = [](const Run& x) { return x.localDate; };
    const auto totalDate = [](const WeeklyTotal& x) { return x.weekStart; };
    const auto painDate = [](const PainEntry& x) { return x.localDate; };
    const auto sessionDate = [](const SessionRecord& x) { return x.localDate; };
    const auto checkInDate = [](const CheckIn& x) { return x.weekStart; };
    const QList<Run> runs = sortedBy(r.runs, runDate);
    const QList<WeeklyTotal> totals = sortedBy(r.totals, totalDate);
    const QList<PainEntry> pain = sortedBy(r.pain, painDate);
    const QList<SessionRecord> sessions = sortedBy(r.sessions, sessionDate);
    const QList<CheckIn> checkIns = sortedBy(r.checkIns, checkInDate);
    const auto morningDate = [](const MorningCheck& x) { return x.date; };
    const QList<MorningCheck> mornings = sortedBy(r.mornings, morningDate);
    QList<ReportEvent> out;
    QMap<InsightKind, qsizetype> open; // the event of each kind still raised on the day before
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const QDate since = day.addDays(-kAlertHistoryDays);
        InsightInputs in;
        in.runs = slice(runs, since, day, runDate);
        in.weeklyTotals = slice(totals, since, day, totalDate);
        in.pain = slice(pain, since, day, painDate);
        in.sessions = slice(sessions, since, day, sessionDate);
        in.checkIns = slice(checkIns, since, day, checkInDate);
        in.mornings = slice(mornings, since, day, morningDate);
        in.shoes = r.shoes;
        const Insights insights(std::move(in), day, unit, target);
        QMap<InsightKind, qsizetype> raised;
        for (const Insight& alert : insights.currentAlerts()) {
            if (const auto it = open.constFind(alert.kind); it != open.cend()) {
                ReportEvent& event = out[*it];
                event.until = day;
                if (alert.severity > event.severity) {
                    event.severity = alert.severity;
                    event.title = alert.title;
                    event.reason = alert.reasons.value(0);
                }
                raised.insert(alert.kind, *it);
                continue;
            }
            out.append(ReportEvent {day, day, alert.severity, alert.title, alert.reasons.value(0)});
            raised.insert(alert.kind, out.size() - 1);
        }
        open = raised;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ReportEvent& a, const ReportEvent& b) { return a.date < b.date; });
    return out;
}

QList<ReportNote> notes(const Records& r, QDate from, QDate to)
{
    QList<ReportNote> out;
    QSet<QString> seen;
    const auto add = [&](QDate date, const QString& source, const QString& text) {
        const QString trimmed = text.simplified();
        if (trimmed.isEmpty() || date < from || date > to)
            return;
        const QString key = date.toString(Qt::ISODate) + trimmed;
        if (seen.contains(key))
            return;
        seen.insert(key);
        out.append(ReportNote {date, source, trimmed});
    };
    const QString checkInMarker = QCoreApplication::translate("CheckIn", "Weekly check-in");
    for (const CheckIn& checkIn : r.checkIns)
        add(checkIn.weekStart.addDays(6) < to ? checkIn.weekStart.addDays(6) : to, PhysioReportText::tr("Check-in"),
            checkIn.notes);
    for (const PainEntry& entry : r.pain) {
        if (entry.note != checkInMarker)
            add(entry.localDate, PhysioReportText::tr("Pain"), entry.note);
    }
    for (const Run& run : r.runs)
        add(run.localDate, PhysioReportText::tr("Run"), run.note);
    for (const WeeklyTotal& total : r.totals)
        add(total.weekStart, PhysioReportText::tr("Week's running"), total.note);
    std::stable_sort(out.begin(), out.end(), [](const ReportNote& a, const ReportNote& b) { return a.date < b.date; });
    return out;
}

} // namespace

bool PhysioReport::hasCadence() const
{
    return std::any_of(weeks.cbegin(), weeks.cend(), [](const ReportWeek& w) { return w.cadence.has_value(); });
}

int PhysioReport::sessionsDone() const
{
    int done = 0;
    for (const ReportWeek& week : weeks)
        done += week.sessions;
    return done;
}

int PhysioReport::sessionsTarget() const
{
    int target = 0;
    for (const ReportWeek& week : weeks)
        target += week.target;
    return target;
}

QDate reportPeriodStart(const ReportOptions& options)
{
    if (options.weeks <= 0)
        return options.programmeStart.isValid() && options.programmeStart <= options.today ? options.programmeStart
                                                                                           : options.today;
    return isoWeekStart(options.today).addDays(-7 * (options.weeks - 1));
}

Result<PhysioReport> buildPhysioReport(JournalStore& store, const Catalog& catalog, const ReportOptions& options)
{
    if (!options.today.isValid())
        return Error {QStringLiteral("today"), PhysioReportText::tr("is missing")};
    PhysioReport report;
    report.options = options;
    report.from = reportPeriodStart(options);
    report.to = options.today;
    auto records = readRecords(store, report.from, report.to);
    if (!records)
        return records.error();
    const Records& r = records.value();

    const ReportProgramme programme = reportProgramme(store, options.today, options.programmeStart);
    report.programmeWeek = programme.week;
    report.phase = programme.phase;
    report.phaseName = displayName(programme.phase);
    report.weeklyTarget = weeklySessionTarget(programme.phase);

    report.doses = doses(catalog, r, options.today);
    report.pain = painSituations(r.pain, report.from, report.to);
    for (const CheckIn& checkIn : r.checkIns) {
        if (checkIn.weekStart.addDays(6) >= report.from && checkIn.weekStart <= report.to)
            report.checkIns.append(
                ReportCheckIn {checkIn.weekStart, checkIn.worstPain, checkIn.usualPain, checkIn.kneeWorseMorning});
    }
    report.psfs = summarizePsfs(r.psfsActivities, r.psfsScores, report.from, report.to);
    report.painBands = painBands(r, report.from, report.to);
    report.bandNames = bandLabels();
    report.weeks = weeks(r, report.from, report.to, options.programmeStart, report.weeklyTarget);
    for (const LongRunCheck& spike : longRunSpikes(r.runs, report.from, report.to))
        report.spikes.prepend(ReportSpike {spike.run.localDate, spike.run.distanceMetres, spike.previousLongestMetres,
                                           spike.percentLonger});
    report.flexibility = flexibility(r, report.to);
    report.events = events(r, report.from, report.to, options.unit, report.weeklyTarget);
    report.notes = notes(r, report.from, report.to);
    auto custom = store.customContent();
    if (!custom)
        return custom.error();
    // The runner's own routines are looked up in the catalog with them (merging twice changes nothing).
    const Catalog merged = Catalog::withCustom(catalog, custom->exercises, custom->routines);
    report.routines = routinesInUse(merged, custom->programmes, r.sessions, DateRange {report.from, report.to});
    return report;
}

QStringList reportMethods()
{
    return {
        PhysioReportText::tr(
            "Pain: each day's worst score per situation (0-10). First and last: the mean of the first and of the "
            "last 7 days with reports. A change of more than 1.16 points is the smallest that matters to people "
            "with patellofemoral pain (Piva et al. 2009)."),
        PhysioReportText::tr(
            "Function: Patient-Specific Functional Scale (Stratford et al. 1995), the runner's own activities "
            "rated 0-10; the average of each round. About 2 points in the average, 3 for one activity, is "
            "usually taken as meaningful."),
        PhysioReportText::tr("Pain bands (pain-monitoring model, Thomeé 1997, Silbernagel 2007): %1.").arg(bandsText()),
        PhysioReportText::tr(
            "Doses: the programme steps up after %1 sessions in a row in the safe band, holds in the acceptable "
            "band, and steps back after too much pain or a knee worse the next morning; reports of the last six "
            "weeks count.")
            .arg(kSettledSessionsToProgress),
        PhysioReportText::tr(
            "Distance: ISO weeks (Monday to Sunday) from the runs logged, or the runner's weekly total for a "
            "week without runs. The guide's 10% guideline is common advice with weak evidence. A single run more than "
            "10% "
            "longer than the longest of the previous 30 days is marked (BJSM 2025, 5,205 runners)."),
        PhysioReportText::tr(
            "Adherence: completed guided sessions per week against the current phase's target, counted "
            "from the programme's start and, for the week in progress, for its days so far."),
        PhysioReportText::tr("Flexibility: the self-tests as measured, left and right; trends only, no pass or fail."),
        PhysioReportText::tr("Alerts: as Patella showed them on the day they were raised."),
    };
}

QString reportDisclaimer()
{
    return PhysioReportText::tr(
        "Patella is a recovery companion for runners with patellofemoral pain: it plays the exercise "
        "programme, keeps the runner's journal and points out patterns. It informs and reminds; it does not "
        "diagnose and does not replace a physiotherapist's assessment. Every figure here was entered or "
        "imported by the runner.");
}

} // namespace patella
