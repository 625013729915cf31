#pragma once

#include "app/presentation/progressrecords.h"
#include "core/insights/aggregate.h"
#include "core/insights/insights.h"
#include "core/insights/longrun.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

// What the Progress page's charts draw, computed from the journal through the insights core and cut to the
// chosen range. Long ranges come back bucketed (weeks, months), so no chart ever draws thousands of points.
// No widgets here: the charts only turn these values into series.
namespace patella {

enum class ProgressRange
{
    FourWeeks,
    TwelveWeeks,
    SixMonths,
    OneYear,
    All,
};

QList<ProgressRange> allProgressRanges();
QString rangeName(ProgressRange range); // "4 weeks", translated
QString rangeId(ProgressRange range); // "4w", "12w", "6m", "1y", "all": object names and settings

// An inclusive span of local days, starting on a Monday so weekly bars are whole weeks.
struct RangeSpan
{
    QDate from;
    QDate to;
    SeriesBucket bucket = SeriesBucket::Day; // how fine the dated charts are
    qint64 days() const { return from.daysTo(to) + 1; }
};

RangeSpan spanFor(ProgressRange range, QDate reference, QDate firstDate);

struct PainSituationSeries
{
    PainSituation situation = PainSituation::AtRest;
    QList<SeriesPoint> points; // a day's worst report, or a bucket's mean of them
};

struct PainChartData
{
    RangeSpan span;
    QList<PainSituationSeries> situations;
    QList<SeriesPoint> mean; // days: the 7-day rolling mean of all situations; weeks, months: their mean
    QList<SeriesPoint> sessions; // completed sessions per day (or bucket), only where there were some
    QList<SeriesPoint> worseMornings; // mornings the knee was worse (count per bucket), where there were some
    QStringList reasons;
    bool isEmpty() const { return situations.isEmpty(); }
};

struct MileageBar
{
    QDate start; // the week's Monday, or the month's 1st
    double metres = 0.0;
    int runs = 0;
    bool fromWeeklyTotal = false;
    bool overLimit = false; // more than 10% up on the week before (a month: one of its weeks was)
    int weeksOverLimit = 0; // months only
    std::optional<double> allowedMetres; // weeks only: the week before plus 10%
    std::optional<double> changePercent; // weeks only: against the week before
    std::optional<double> ratio; // acute:chronic on the bucket's last day (today for the current one)
    QList<LongRunCheck> longRuns; // runs in it more than 10% longer than the longest of the 30 days before
};

struct MileageChartData
{
    RangeSpan span;
    SeriesBucket bucket = SeriesBucket::Week; // Week or Month: distance is never charted per day
    QList<MileageBar> bars;
    std::optional<WeekAllowance> nextWeek; // drawn as one more point on the 10% line
    QStringList reasons; // the 10% rule: this week against last, the allowances
    QStringList loadReasons; // the ratio, marked informational
    bool isEmpty() const;
};

struct AdherenceChartData
{
    RangeSpan span;
    SeriesBucket bucket = SeriesBucket::Week; // Week or Month (then the mean sessions per week of the month)
    QList<SeriesPoint> perWeek;
    int target = 0;
    QMap<QDate, int> heatDays; // completed sessions per day over the heat map's twelve weeks
    QDate heatFrom; // a Monday, eleven weeks before this week's
    QDate heatTo; // the reference day
    QStringList reasons;
    bool isEmpty() const { return heatDays.isEmpty() && perWeek.isEmpty(); }
};

struct FlexTestSeries
{
    FlexTest test = FlexTest::KneeToWall;
    FlexUnit unit = FlexUnit::Centimetres;
    QList<SeriesPoint> left;
    QList<SeriesPoint> right;
    QList<SeriesPoint> both;
};

struct FlexChartData
{
    RangeSpan span;
    QList<FlexTestSeries> tests; // tests with checks in the range, in allFlexTests() order
    QStringList reasons;
    bool isEmpty() const { return tests.isEmpty(); }
};

struct PainMileageWeek
{
    QDate weekStart;
    double metres = 0.0;
    double meanPain = 0.0;
    int reports = 0;
    bool recent = false; // one of the last four whole weeks
};

struct PainMileageData
{
    RangeSpan span;
    QList<PainMileageWeek> weeks; // whole weeks (not this one) with pain reports in the range
    QStringList reasons;
    bool isEmpty() const { return weeks.isEmpty(); }
};

class ProgressData final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressData)

public:
    // previous: the data this replaces, if any; what did not change with the journal is taken over from it.
    ProgressData(const ProgressRecords& records, QDate reference, DistanceUnit unit, int weeklySessionTarget,
                 const ProgressData* previous = nullptr);

    QDate reference() const { return m_reference; }
    DistanceUnit unit() const { return m_unit; }
    int weeklySessionTarget() const { return m_target; }
    QDate firstDate() const { return m_firstDate; }
    bool isEmpty() const { return !m_firstDate.isValid(); }
    RangeSpan span(ProgressRange range) const { return spanFor(range, m_reference, m_firstDate); }
    // The revisions of the records this was worked out from (see ProgressRevisions).
    const ProgressRevisions& revisions() const { return m_revisions; }

    PainChartData pain(const RangeSpan& span) const;
    MileageChartData mileage(const RangeSpan& span) const;
    AdherenceChartData adherence(const RangeSpan& span) const;
    FlexChartData flexibility(const RangeSpan& span) const;
    PainMileageData painAgainstMileage(const RangeSpan& span) const;

private:
    // Whether what previous worked out still holds for the same records: the same day, unit and target.
    static bool sameBasis(const ProgressData* previous, QDate reference, DistanceUnit unit, int weeklySessionTarget);
    // The core's load ratio of a day; nullopt without distance in the 28 days or before four weeks of history.
    std::optional<double> ratioOn(QDate day) const;
    const QStringList& adherenceReasons() const;
    double weekMetres(QDate weekStart) const;
    void workOutPain(const ProgressRecords& records, const ProgressData* previous, bool reuse);
    // The distance chart's parts.
    struct WeekFacts;
    QHash<QDate, WeekFacts> weekFacts() const;
    void addWeekBars(MileageChartData& data, const RangeSpan& span, const QHash<QDate, WeekFacts>& facts,
                     const QList<LongRunCheck>& longRuns) const;
    void addMonthBars(MileageChartData& data, const RangeSpan& span, const QHash<QDate, WeekFacts>& facts,
                      const QList<LongRunCheck>& longRuns) const;
    void addMileageReasons(MileageChartData& data, const QList<LongRunCheck>& longRuns) const;
    void addPainDays(const QList<PainEntry>& entries, QDate from);

    QDate m_reference;
    DistanceUnit m_unit;
    int m_target;
    QDate m_firstDate;
    ProgressRevisions m_revisions;
    QList<SessionRecord> m_completedSessions; // one per completed session, only its day set (for the insights)
    Insights m_insights;
    QList<Run> m_runs; // shared with the insights' copies (implicitly shared lists)
    QList<WeeklyTotal> m_totals;
    QMap<QDate, int> m_sessionsPerDay;
    QList<QDate> m_worseMornings;
    QList<WeekMileage> m_weeks; // contiguous ISO weeks from the first with distance to this week
    QList<PainTrend> m_trends;
    QMap<QDate, double> m_painDaily; // the mean of the situations' daily values
    QMap<QDate, QPair<double, int>> m_painWeekly; // sum and count of the scores per ISO week
    QList<FlexSeries> m_flex;
    LoadSeries m_load;
    // The same for every range, and slow to find over years of sessions (the streak counts back week by
    // week): worked out once per journal change.
    mutable std::optional<QStringList> m_adherenceReasons;
};

} // namespace patella
