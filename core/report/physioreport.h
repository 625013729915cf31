#pragma once

#include "core/catalog/programme.h"
#include "core/insights/adherence.h"
#include "core/insights/flexibility.h"
#include "core/insights/insight.h"
#include "core/insights/psfs.h"
#include "core/model/records.h"
#include "core/model/result.h"
#include "core/model/units.h"
#include "core/store/routineuse.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The physiotherapist's report as numbers: everything the two pages show, computed by core's own rules
// (programme, dose progression, pain bands, 10% and single-run rules, PSFS), no widgets and no drawing.
// The app and `patella --report` render it; tests read it. Nothing in it is a verdict where the evidence
// is weak (flexibility, shoes, the load ratio): those come as numbers and trends.
namespace patella {

class Catalog;
class JournalStore;

struct ReportOptions
{
    QDate today; // the clock's local date; the period ends on it
    QDate programmeStart;
    int weeks = 12; // 0: since the programme started
    DistanceUnit unit = DistanceUnit::Kilometres;
    QString name; // optional, for the name line
};

struct ReportDose
{
    QString exerciseId;
    QString exercise; // its name
    QString dose; // "25 s, 2 sets, each side"
    int step = 0; // on the exercise's dose ladder, 0 = lowest
    int steps = 1;
    int reports = 0; // pain reports in the last six weeks that steer it
    std::optional<QDate> changed; // the last step up or back
    DoseChange change = DoseChange::Start;
    QString why; // "step up after two sessions at 0-2", "step back after pain 7", "worse next morning"
};

struct ReportPainSituation
{
    PainSituation situation = PainSituation::AtRest;
    QString name;
    QList<PsfsPoint> weekly; // the mean of each ISO week's daily worst, dated by the Monday
    double first = 0.0; // mean of the daily values in the first 7 days with reports
    double last = 0.0; // mean of the daily values in the last 7 days up to the period's end
    QDate firstDate; // the first day with a report
    QDate lastDate; // the last day with a report
    int days = 0; // days with a report in the period
    double change = 0.0; // last - first; negative is better
    bool realImprovement = false; // fell by more than 1.16 (Piva et al. 2009)
    bool realWorsening = false; // rose by more than 1.16
};

struct ReportCheckIn
{
    QDate weekStart;
    std::optional<int> worst;
    std::optional<int> usual;
    std::optional<bool> worseMorning;
};

// How often pain after exercise fell in each band of the pain-monitoring model.
struct ReportPainBands
{
    QString source; // "Pain checks in sessions", "After sessions", "During runs", "After runs"
    int safe = 0;
    int acceptable = 0;
    int tooMuch = 0;
    int total() const { return safe + acceptable + tooMuch; }
};

struct ReportWeek
{
    QDate weekStart;
    double metres = 0.0;
    int runs = 0;
    bool fromWeeklyTotal = false;
    std::optional<double> percentChange; // against the week before (none after a 0 km week)
    bool overTenPercent = false;
    int sessions = 0; // completed
    int target = 0;
    std::optional<double> cadence; // steps per minute, mean of the runs that have it
};

struct ReportSpike
{
    QDate date;
    double metres = 0.0;
    double previousLongestMetres = 0.0;
    double percentLonger = 0.0;
};

struct ReportFlex
{
    FlexTest test = FlexTest::KneeToWall;
    QString name;
    FlexUnit unit = FlexUnit::Centimetres;
    QString betterWhen; // "higher = more flexible"
    QList<FlexPoint> left;
    QList<FlexPoint> right;
};

// An alert as Today showed it: from the first day it was raised to the last day of that unbroken run.
struct ReportEvent
{
    QDate date;
    QDate until; // equal to date for a one-day alert
    Severity severity = Severity::Info;
    QString title;
    QString reason;
};

struct ReportNote
{
    QDate date;
    QString source; // "Check-in", "Pain", "Run"
    QString text;
};

struct PhysioReport
{
    ReportOptions options;
    QDate from; // the period, inclusive
    QDate to;
    int programmeWeek = 1;
    Phase phase = Phase::Gentle;
    QString phaseName;
    int weeklyTarget = 0;

    QList<ReportDose> doses;
    QList<ReportPainSituation> pain;
    QList<ReportCheckIn> checkIns;
    PsfsSummary psfs;
    QList<ReportPainBands> painBands;
    QStringList bandNames; // "0-2 safe", "3-5 acceptable", "6-10 too much"
    QList<ReportWeek> weeks;
    QList<ReportSpike> spikes;
    QList<ReportFlex> flexibility;
    QList<ReportEvent> events; // alerts and warning signs raised in the period, oldest first, one per run of days
    QList<ReportNote> notes;
    // The routines played in the period and the runner's own that Today offers, with their doses and who
    // made them (Patella, the runner, or a physiotherapist's programme with its dates): madeByText().
    QList<RoutineInUse> routines;

    bool hasCadence() const;
    int sessionsDone() const;
    int sessionsTarget() const;
};

// Gathers the report for the period ending on options.today from the journal.
Result<PhysioReport> buildPhysioReport(JournalStore& store, const Catalog& catalog, const ReportOptions& options);

// The period's first day: the Monday weeks - 1 weeks before today's week, or the programme's start.
QDate reportPeriodStart(const ReportOptions& options);

// The methods box: how each number was computed, one line each, translated.
QStringList reportMethods();
// What Patella is and that it does not diagnose.
QString reportDisclaimer();

} // namespace patella
