#include "app/presentation/progressdata.h"

#include "core/insights/format.h"

#include <algorithm>
#include <numeric>

namespace patella {
namespace {

// Adherence counts completed sessions per day; the sessions' items are not needed for that.
QList<SessionRecord> completedSessions(const QMap<QDate, int>& perDay)
{
    QList<SessionRecord> sessions;
    sessions.reserve(std::accumulate(perDay.cbegin(), perDay.cend(), 0));
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        SessionRecord session;
        session.localDate = it.key();
        session.outcome = SessionOutcome::Completed;
        for (int i = 0; i < it.value(); ++i)
            sessions.append(session);
    }
    return sessions;
}

InsightInputs inputsFrom(const ProgressRecords& records, const QList<SessionRecord>& sessions)
{
    InsightInputs in;
    in.runs = records.runs;
    in.weeklyTotals = records.weeklyTotals;
    in.pain = records.pain;
    in.flexChecks = records.flexChecks;
    in.sessions = sessions;
    return in;
}

QList<SeriesPoint> within(const QList<SeriesPoint>& points, const RangeSpan& span, SeriesReduce reduce)
{
    return aggregateSeries(points, span.from, span.to, span.bucket, reduce);
}

QDate bucketEnd(QDate start, SeriesBucket bucket)
{
    switch (bucket) {
    case SeriesBucket::Day:
        return start;
    case SeriesBucket::Week:
        return start.addDays(6);
    case SeriesBucket::Month:
        return start.addMonths(1).addDays(-1);
    }
    return start;
}

} // namespace

QList<ProgressRange> allProgressRanges()
{
    return {ProgressRange::FourWeeks, ProgressRange::TwelveWeeks, ProgressRange::SixMonths, ProgressRange::OneYear,
            ProgressRange::All};
}

QString rangeName(ProgressRange range)
{
    switch (range) {
    case ProgressRange::FourWeeks:
        return QCoreApplication::translate("ProgressData", "4 weeks");
    case ProgressRange::TwelveWeeks:
        return QCoreApplication::translate("ProgressData", "12 weeks");
    case ProgressRange::SixMonths:
        return QCoreApplication::translate("ProgressData", "6 months");
    case ProgressRange::OneYear:
        return QCoreApplication::translate("ProgressData", "1 year");
    case ProgressRange::All:
        return QCoreApplication::translate("ProgressData", "All");
    }
    return {};
}

QString rangeId(ProgressRange range)
{
    switch (range) {
    case ProgressRange::FourWeeks:
        return QStringLiteral("4w");
    case ProgressRange::TwelveWeeks:
        return QStringLiteral("12w");
    case ProgressRange::SixMonths:
        return QStringLiteral("6m");
    case ProgressRange::OneYear:
        return QStringLiteral("1y");
    case ProgressRange::All:
        return QStringLiteral("all");
    }
    return {};
}

RangeSpan spanFor(ProgressRange range, QDate reference, QDate firstDate)
{
    RangeSpan span;
    span.to = reference;
    const QDate thisWeek = isoWeekStart(reference);
    switch (range) {
    case ProgressRange::FourWeeks:
        span.from = thisWeek.addDays(-7 * 3);
        break;
    case ProgressRange::TwelveWeeks:
        span.from = thisWeek.addDays(-7 * 11);
        break;
    case ProgressRange::SixMonths:
        span.from = isoWeekStart(reference.addMonths(-6).addDays(1));
        break;
    case ProgressRange::OneYear:
        span.from = isoWeekStart(reference.addYears(-1).addDays(1));
        break;
    case ProgressRange::All:
        span.from = firstDate.isValid() && firstDate < thisWeek ? isoWeekStart(firstDate) : thisWeek;
        break;
    }
    span.bucket = bucketFor(span.from, span.to);
    return span;
}

bool MileageChartData::isEmpty() const
{
    return std::none_of(bars.cbegin(), bars.cend(), [](const MileageBar& bar) { return bar.metres > 0.0; });
}

namespace {

// Whether what previous worked out from a part of the records still holds: the same day, unit and target,
// and the part read no time since.
struct Reuse
{
    bool runs = false;
    bool pain = false;
    bool flex = false;
    bool sessions = false;
};

} // namespace

ProgressData::ProgressData(const ProgressRecords& records, QDate reference, DistanceUnit unit, int weeklySessionTarget,
                           const ProgressData* previous)
    : m_reference(reference)
    , m_unit(unit)
    , m_target(weeklySessionTarget)
    , m_firstDate(records.firstDate())
    , m_revisions(records.revisions)
    , m_completedSessions(previous && previous->m_revisions.sessions == records.revisions.sessions
                              ? previous->m_completedSessions
                              : completedSessions(records.sessionsPerDay))
    , m_insights(inputsFrom(records, m_completedSessions), reference, unit, weeklySessionTarget)
    , m_runs(records.runs)
    , m_totals(records.weeklyTotals)
    , m_sessionsPerDay(records.sessionsPerDay)
    , m_worseMornings(records.worseMornings)
    , m_load(sameBasis(previous, reference, unit, weeklySessionTarget)
                     && previous->m_revisions.runs == records.revisions.runs
                 ? previous->m_load
                 : LoadSeries(records.runs, records.weeklyTotals, reference))
{
    Reuse reuse;
    if (sameBasis(previous, reference, unit, weeklySessionTarget)) {
        const ProgressRevisions& before = previous->m_revisions;
        reuse = {before.runs == m_revisions.runs, before.pain == m_revisions.pain, before.flex == m_revisions.flex,
                 before.sessions == m_revisions.sessions};
    }
    if (reuse.sessions)
        m_adherenceReasons = previous->m_adherenceReasons;
    m_weeks = reuse.runs ? previous->m_weeks : m_insights.weeklyMileage();
    m_flex = reuse.flex ? previous->m_flex : m_insights.flexibilitySeries();
    workOutPain(records, previous, reuse.pain);
}

// The pain trends and the daily and weekly pain: kept when the entries did not change, brought up to date from
// the first changed day when entries were only added since previous, worked out whole otherwise.
void ProgressData::workOutPain(const ProgressRecords& records, const ProgressData* previous, bool reuse)
{
    if (reuse) {
        m_trends = previous->m_trends;
        m_painDaily = previous->m_painDaily;
        m_painWeekly = previous->m_painWeekly;
        return;
    }
    const PartialChange& change = records.painChange;
    if (previous && sameBasis(previous, m_reference, m_unit, m_target) && change.isValid()
        && previous->m_revisions.pain == change.since) {
        m_trends = previous->m_trends;
        updatePainTrends(m_trends, records.pain, change.from, m_reference);
        m_painDaily = previous->m_painDaily;
        m_painWeekly = previous->m_painWeekly;
        addPainDays(records.pain, change.from);
        return;
    }
    m_trends = m_insights.painTrends();
    addPainDays(records.pain, QDate());
}

// The daily mean of the situations' values and the weekly sums from `from` on (everything when invalid); what
// is kept from before that day stays.
void ProgressData::addPainDays(const QList<PainEntry>& entries, QDate from)
{
    const QDate weekFrom = from.isValid() ? isoWeekStart(from) : QDate();
    m_painDaily.erase(m_painDaily.lowerBound(from), m_painDaily.end());
    m_painWeekly.erase(m_painWeekly.lowerBound(weekFrom), m_painWeekly.end());

    QMap<QDate, QPair<double, int>> painDays;
    for (const PainTrend& trend : std::as_const(m_trends)) {
        const auto first = std::lower_bound(trend.days.cbegin(), trend.days.cend(), from,
                                            [](const PainDay& day, QDate date) { return day.date < date; });
        for (auto day = first; day != trend.days.cend(); ++day) {
            auto& sum = painDays[day->date];
            sum.first += day->value;
            ++sum.second;
        }
    }
    for (auto it = painDays.cbegin(); it != painDays.cend(); ++it)
        m_painDaily.insert(it.key(), it.value().first / it.value().second);

    for (const PainEntry& entry : entries) {
        if (entry.localDate > m_reference || (weekFrom.isValid() && entry.localDate < weekFrom))
            continue;
        auto& sum = m_painWeekly[isoWeekStart(entry.localDate)];
        sum.first += entry.score;
        ++sum.second;
    }
}

bool ProgressData::sameBasis(const ProgressData* previous, QDate reference, DistanceUnit unit, int weeklySessionTarget)
{
    return previous && previous->m_reference == reference && previous->m_unit == unit
        && previous->m_target == weeklySessionTarget;
}

std::optional<double> ProgressData::ratioOn(QDate day) const
{
    const LoadRatio load = m_load.on(day);
    // Before four weeks of history the average week is too low and the ratio means nothing: left out.
    return load.shortHistory ? std::nullopt : load.ratio;
}

double ProgressData::weekMetres(QDate weekStart) const
{
    if (m_weeks.isEmpty())
        return 0.0;
    const qint64 index = m_weeks.constFirst().weekStart.daysTo(weekStart) / 7;
    return index >= 0 && index < m_weeks.size() ? m_weeks.at(index).metres : 0.0;
}

PainChartData ProgressData::pain(const RangeSpan& span) const
{
    PainChartData data;
    data.span = span;
    for (const PainTrend& trend : m_trends) {
        QList<SeriesPoint> points;
        const auto first = std::lower_bound(trend.days.cbegin(), trend.days.cend(), span.from,
                                            [](const PainDay& day, QDate date) { return day.date < date; });
        for (auto day = first; day != trend.days.cend() && day->date <= span.to; ++day)
            points.append({day->date, day->value, 1});
        PainSituationSeries series {trend.situation, within(points, span, SeriesReduce::Mean)};
        if (!series.points.isEmpty())
            data.situations.append(std::move(series));
        const QString change = describePainChange(trend);
        if (!change.isEmpty())
            data.reasons.append(change);
    }
    if (data.situations.isEmpty())
        return data;

    if (span.bucket == SeriesBucket::Day) {
        for (QDate day = span.from; day <= span.to; day = day.addDays(1)) {
            if (const auto mean = rollingMean(m_painDaily, day))
                data.mean.append({day, *mean, 1});
        }
    } else {
        data.mean = aggregateSeries(m_painDaily, span.from, span.to, SeriesReduce::Mean);
    }
    // Only the days of the span are handed on: years of sessions cost nothing when twelve weeks are shown.
    data.sessions = aggregateSeries(
        [this, &span] {
            QMap<QDate, double> counts;
            for (auto it = m_sessionsPerDay.lowerBound(span.from); it != m_sessionsPerDay.cend() && it.key() <= span.to;
                 ++it)
                counts.insert(it.key(), it.value());
            return counts;
        }(),
        span.from, span.to, SeriesReduce::Sum);
    // A knee worse the morning after steps the programme back; the chart shows where that happened.
    data.worseMornings = aggregateSeries(
        [this, &span] {
            QMap<QDate, double> counts;
            for (QDate day : m_worseMornings)
                if (day >= span.from && day <= span.to)
                    counts[day] += 1.0;
            return counts;
        }(),
        span.from, span.to, SeriesReduce::Sum);
    if (data.reasons.isEmpty())
        data.reasons.append(tr("Keep logging pain for three weeks to see whether it is really falling: the "
                               "7-day mean now is compared with the one three weeks ago."));
    return data;
}

// Every week of the list with its change against the week before (the list has no gaps).
struct ProgressData::WeekFacts
{
    bool overLimit = false;
    std::optional<double> allowed;
    std::optional<double> percent;
};

QHash<QDate, ProgressData::WeekFacts> ProgressData::weekFacts() const
{
    QHash<QDate, WeekFacts> facts;
    for (qsizetype i = 1; i < m_weeks.size(); ++i) {
        const double before = m_weeks.at(i - 1).metres;
        if (before <= 0.0)
            continue;
        const double now = m_weeks.at(i).metres;
        facts.insert(
            m_weeks.at(i).weekStart,
            {risesMoreThanTenPercent(before, now), before * (1.0 + kWeeklyRiseLimit), (now / before - 1.0) * 100.0});
    }
    return facts;
}

namespace {

// The long-run spikes of a bar, oldest first (longRunSpikes() lists the newest first).
QList<LongRunCheck> spikesIn(const QList<LongRunCheck>& longRuns, QDate from, QDate to)
{
    QList<LongRunCheck> in;
    for (const LongRunCheck& check : longRuns) {
        if (check.run.localDate >= from && check.run.localDate <= to)
            in.prepend(check);
    }
    return in;
}

} // namespace

MileageChartData ProgressData::mileage(const RangeSpan& span) const
{
    MileageChartData data;
    data.span = span;
    data.bucket = span.bucket == SeriesBucket::Month ? SeriesBucket::Month : SeriesBucket::Week;
    const QHash<QDate, WeekFacts> facts = weekFacts();
    // The single-run rule (stronger evidence than the weekly 10%): each long-run spike on its bar.
    const QList<LongRunCheck> longRuns = longRunSpikes(m_runs, span.from, m_reference);
    if (data.bucket == SeriesBucket::Week) {
        addWeekBars(data, span, facts, longRuns);
        data.nextWeek = m_insights.allowanceNextWeek();
    } else {
        addMonthBars(data, span, facts, longRuns);
    }
    addMileageReasons(data, longRuns);
    return data;
}

void ProgressData::addWeekBars(MileageChartData& data, const RangeSpan& span, const QHash<QDate, WeekFacts>& facts,
                               const QList<LongRunCheck>& longRuns) const
{
    const QDate thisWeek = isoWeekStart(m_reference);
    for (QDate week = isoWeekStart(span.from); week <= thisWeek; week = week.addDays(7)) {
        MileageBar bar;
        bar.start = week;
        const qint64 index = m_weeks.isEmpty() ? -1 : m_weeks.constFirst().weekStart.daysTo(week) / 7;
        if (!m_weeks.isEmpty() && index >= 0 && index < m_weeks.size()) {
            const WeekMileage& mileage = m_weeks.at(index);
            bar.metres = mileage.metres;
            bar.runs = mileage.runs;
            bar.fromWeeklyTotal = mileage.fromWeeklyTotal;
        }
        const WeekFacts fact = facts.value(week);
        bar.overLimit = fact.overLimit;
        bar.allowedMetres = fact.allowed;
        if (week != thisWeek || weekComplete(week, m_reference))
            bar.changePercent = fact.percent; // no percentage for a week still under way
        if (bar.metres > 0.0 || week == thisWeek)
            bar.ratio = ratioOn(week.addDays(6));
        bar.longRuns = spikesIn(longRuns, week, week.addDays(6));
        data.bars.append(bar);
    }
}

void ProgressData::addMonthBars(MileageChartData& data, const RangeSpan& span, const QHash<QDate, WeekFacts>& facts,
                                const QList<LongRunCheck>& longRuns) const
{
    const QList<SeriesPoint> months
        = aggregateSeries(dailyDistance(m_runs, m_totals, span.from, span.to), span.from, span.to, SeriesReduce::Sum);
    QHash<QDate, int> flagged;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        if (it.value().overLimit)
            ++flagged[bucketStart(it.key(), SeriesBucket::Month)];
    for (const SeriesPoint& month : months) {
        MileageBar bar;
        bar.start = month.date;
        bar.metres = month.value;
        bar.weeksOverLimit = flagged.value(month.date);
        bar.overLimit = bar.weeksOverLimit > 0;
        bar.ratio = ratioOn(bucketEnd(month.date, SeriesBucket::Month));
        bar.longRuns = spikesIn(longRuns, month.date, bucketEnd(month.date, SeriesBucket::Month));
        data.bars.append(bar);
    }
}

void ProgressData::addMileageReasons(MileageChartData& data, const QList<LongRunCheck>& longRuns) const
{
    // Percentages compare whole weeks only: this week against last once it is over, until then last week
    // against the one before (this week so far is told against its allowance below).
    const QDate thisWeek = isoWeekStart(m_reference);
    std::optional<WeekChange> change;
    if (weekComplete(thisWeek, m_reference))
        change = weekChange(m_weeks, thisWeek);
    if (!change || !change->comparable || change->current.metres <= 0.0)
        change = weekChange(m_weeks, thisWeek.addDays(-7));
    if (change && change->comparable)
        data.reasons.append(describeWeekChange(*change, m_reference, m_unit));
    if (const auto allowance = m_insights.allowanceThisWeek())
        data.reasons.append(describeAllowance(*allowance, m_reference, m_unit));
    if (data.nextWeek)
        data.reasons.append(describeAllowance(*data.nextWeek, m_reference, m_unit));
    if (data.reasons.isEmpty() && !m_weeks.isEmpty())
        data.reasons.append(tr("Log two weeks of running in a row to compare them with the guide's 10% guideline."));
    if (!longRuns.isEmpty())
        data.reasons.append(describeLongRun(longRuns.constFirst(), m_unit));
    if (data.bucket == SeriesBucket::Month)
        data.reasons.append(tr("Bars are months here; the guide's 10% guideline compares weeks, so months that held "
                               "a week over it are marked. Choose 1 year or less to see the weekly line."));

    const LoadRatio load = m_insights.loadRatio();
    data.loadReasons.append(describeLoadRatio(load, m_unit));
    data.loadReasons.append(tr("Informational: the ratio is disputed, so read it as a hint, never as a verdict."));
}

AdherenceChartData ProgressData::adherence(const RangeSpan& span) const
{
    AdherenceChartData data;
    data.span = span;
    data.target = m_target;
    data.bucket = span.bucket == SeriesBucket::Month ? SeriesBucket::Month : SeriesBucket::Week;
    data.heatTo = m_reference;
    data.heatFrom = isoWeekStart(m_reference).addDays(-7 * 11);
    for (auto it = m_sessionsPerDay.lowerBound(data.heatFrom); it != m_sessionsPerDay.cend() && it.key() <= m_reference;
         ++it)
        data.heatDays.insert(it.key(), it.value());
    if (m_sessionsPerDay.isEmpty())
        return data;

    // Completed sessions per ISO week, as weeklyAdherence() counts them, from the day counts (that function
    // reads every session per week: too slow for ten years of weeks).
    const QDate firstWeek = isoWeekStart(span.from);
    const QDate thisWeek = isoWeekStart(m_reference);
    QList<SeriesPoint> points;
    for (QDate week = firstWeek; week <= thisWeek; week = week.addDays(7))
        points.append({week, 0.0, 1});
    for (auto it = m_sessionsPerDay.lowerBound(firstWeek); it != m_sessionsPerDay.cend() && it.key() <= m_reference;
         ++it)
        points[firstWeek.daysTo(isoWeekStart(it.key())) / 7].value += it.value();
    data.perWeek = data.bucket == SeriesBucket::Week
        ? points
        : aggregateSeries(points, span.from, span.to, SeriesBucket::Month, SeriesReduce::Mean);
    data.reasons = adherenceReasons();
    return data;
}

const QStringList& ProgressData::adherenceReasons() const
{
    if (!m_adherenceReasons)
        m_adherenceReasons = adherenceInsight(m_insights.adherence(), m_reference).reasons;
    return *m_adherenceReasons;
}

FlexChartData ProgressData::flexibility(const RangeSpan& span) const
{
    FlexChartData data;
    data.span = span;
    for (const FlexTest test : allFlexTests()) {
        FlexTestSeries out;
        out.test = test;
        bool any = false;
        for (const FlexSeries& series : m_flex) {
            if (series.test != test)
                continue;
            QList<SeriesPoint> points;
            points.reserve(series.points.size());
            for (const FlexPoint& point : series.points)
                points.append({point.date, point.value, 1});
            points = within(points, span, SeriesReduce::Mean);
            any = any || !points.isEmpty();
            out.unit = series.unit;
            (series.side == Side::Left ? out.left : series.side == Side::Right ? out.right : out.both) = points;
        }
        if (any)
            data.tests.append(std::move(out));
    }
    for (const FlexAsymmetry& asymmetry : m_insights.flexibilityAsymmetries())
        data.reasons.append(describeAsymmetry(asymmetry));
    for (const FlexSeries& series : m_flex)
        data.reasons.append(describeSeries(series));
    return data;
}

PainMileageData ProgressData::painAgainstMileage(const RangeSpan& span) const
{
    PainMileageData data;
    data.span = span;
    const QDate recentFrom = isoWeekStart(m_reference).addDays(-7 * 4);
    // Whole weeks only: the week still going would sit at a fraction of its distance.
    const QDate thisWeek = isoWeekStart(m_reference);
    for (auto it = m_painWeekly.lowerBound(isoWeekStart(span.from)); it != m_painWeekly.cend() && it.key() < thisWeek;
         ++it) {
        PainMileageWeek week;
        week.weekStart = it.key();
        week.reports = it.value().second;
        week.meanPain = it.value().first / it.value().second;
        week.metres = weekMetres(week.weekStart);
        week.recent = week.weekStart >= recentFrom;
        data.weeks.append(week);
    }
    if (data.weeks.size() < 6) {
        if (!data.weeks.isEmpty())
            data.reasons.append(tr("Each dot is one week. With six weeks or more, the weeks with the most and "
                                   "the least distance are compared here."));
        return data;
    }
    QList<PainMileageWeek> sorted = data.weeks;
    std::sort(sorted.begin(), sorted.end(),
              [](const PainMileageWeek& a, const PainMileageWeek& b) { return a.metres < b.metres; });
    const qsizetype third = sorted.size() / 3;
    const auto meanOf = [](auto begin, auto end) {
        double sum = 0.0;
        double weight = 0.0;
        for (auto it = begin; it != end; ++it) {
            sum += it->meanPain;
            weight += 1.0;
        }
        return weight > 0.0 ? sum / weight : 0.0;
    };
    const double low = meanOf(sorted.cbegin(), sorted.cbegin() + third);
    const double high = meanOf(sorted.cend() - third, sorted.cend());
    data.reasons.append(
        tr("Each dot is one week: %n week(s) with pain reports in this range.", nullptr, int(data.weeks.size())));
    data.reasons.append(
        tr("The third of them with the least distance (up to %1) averaged pain %2; the third "
           "with the most (from %3) averaged %4.")
            .arg(insightformat::distance((sorted.cbegin() + third - 1)->metres, m_unit), insightformat::score(low),
                 insightformat::distance((sorted.cend() - third)->metres, m_unit), insightformat::score(high)));
    data.reasons.append(tr("This shows how the two moved together in your weeks. Both change with time in the "
                           "programme (pain tends to settle while distance is built back up), so the pattern is "
                           "not cause and effect: it does not mean that running more lowers pain."));
    return data;
}

} // namespace patella
