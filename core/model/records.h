#pragma once

#include "core/model/painband.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The journal's records as plain values. The store reads and writes them; insights, the planner and
// the views compute from them. Distances are metres, durations seconds, instants UTC with the local
// date the runner lived kept beside them (a run at 23:30 belongs to that day, whatever the time zone).
namespace patella {

using RecordId = qint64;
constexpr RecordId NoId = 0;

enum class Side
{
    Left,
    Right,
    Both,
};

enum class PainSituation
{
    DuringRun,
    AfterRun,
    Stairs,
    LongSitting,
    Squatting,
    AtRest,
    AfterSession,
};

enum class FlexTest
{
    KneeToWall, // ankle dorsiflexion, cm from toe to wall
    SitAndReach, // hamstrings and lower back, cm
    HeelToButtock, // quadriceps length, cm (prone)
    HalfKneelingHipFlexor, // modified Thomas test, 0-10 tightness
    StraightLegRaise, // hamstrings, degrees or 0-10 tightness
};

enum class FlexUnit
{
    Centimetres,
    Degrees,
    Tightness, // 0-10
};

enum class RunSource
{
    Manual,
    Import,
};

enum class SessionOutcome
{
    Completed,
    Interrupted,
};

// Stable ids used in the database and the catalog; never translated.
QString toId(Side side);
QString toId(PainSituation situation);
QString toId(FlexTest test);
QString toId(FlexUnit unit);
QString toId(RunSource source);
QString toId(SessionOutcome outcome);
std::optional<Side> sideFromId(const QString& id);
std::optional<PainSituation> situationFromId(const QString& id);
std::optional<FlexTest> flexTestFromId(const QString& id);
std::optional<FlexUnit> flexUnitFromId(const QString& id);
std::optional<RunSource> runSourceFromId(const QString& id);
std::optional<SessionOutcome> outcomeFromId(const QString& id);

QList<PainSituation> allSituations();
QList<FlexTest> allFlexTests();

struct PainEntry
{
    RecordId id = NoId;
    QDateTime at; // UTC
    QDate localDate; // the day the runner lived it
    int score = 0; // 0-10 numeric rating scale
    PainSituation situation = PainSituation::AtRest;
    Side side = Side::Both;
    QString note;
    std::optional<RecordId> sessionId; // set when reported after a guided session
};

struct FlexCheck
{
    RecordId id = NoId;
    QDateTime at;
    QDate localDate;
    FlexTest test = FlexTest::KneeToWall;
    Side side = Side::Left;
    double value = 0.0;
    FlexUnit unit = FlexUnit::Centimetres;
};

struct Shoe
{
    RecordId id = NoId;
    QString name;
    QDate firstUse;
    std::optional<QDate> retired;
    double limitMetres = 700000.0;
};

struct Run
{
    RecordId id = NoId;
    QDateTime start; // UTC
    QDate localDate;
    double distanceMetres = 0.0;
    int durationSeconds = 0;
    int effort = 0; // 1-10 perceived effort, 0 when not given
    std::optional<RecordId> shoeId;
    std::optional<int> painDuring; // 0-10
    std::optional<int> painAfter; // 0-10
    RunSource source = RunSource::Manual;
    QString externalId; // set for imports, unique, so a re-import never double-counts
    QString note;
    // What an imported file carries (runs typed by hand leave them empty).
    std::optional<int> movingSeconds; // the watch's timer time; durationSeconds holds the same for imports
    std::optional<int> elapsedSeconds; // start to finish, pauses included
    std::optional<double> cadenceSpm; // average steps per minute
    std::optional<double> heartRateBpm; // average
    QString sport = QStringLiteral("running"); // core/import/sport.h ids: running, trail_running, ...
    QString device; // the watch or app that wrote the file
    QString distanceSource; // "device" (the device's own total), "points" (summed from the track), "" by hand
};

// For runners who log a week's distance instead of each run. weekStart is the ISO week's Monday.
struct WeeklyTotal
{
    RecordId id = NoId;
    QDate weekStart;
    double distanceMetres = 0.0;
    int runs = 0;
    QString note;
};

struct SessionItem
{
    RecordId id = NoId;
    QString exerciseId;
    Side side = Side::Both;
    int set = 1;
    int part = 0; // two-part exercises (the calf's straight and bent knee)
    int plannedSeconds = 0;
    int actualSeconds = 0;
    int plannedReps = 0;
    int actualReps = 0;
    bool skipped = false;
    std::optional<int> pain; // 0-10 reported after it
    PainKind painKind = PainKind::Ordinary; // sharp, stabbing or catching, asked apart from the score
};

struct SessionRecord
{
    RecordId id = NoId;
    QString routineId;
    QDateTime start; // UTC
    QDateTime end;
    QDate localDate;
    SessionOutcome outcome = SessionOutcome::Completed;
    QList<SessionItem> items;
    // "Has it settled?", asked about an hour after a session that ended in the acceptable band; unset until
    // answered (or when it was not asked).
    std::optional<bool> settled = std::nullopt;
};

// The warning signs that call for a physiotherapist or doctor (clinical notes), asked in the weekly check-in.
enum class WarningSign
{
    Swelling,
    Locking,
    GivingWay,
    NightOrRestPain,
    AfterFallOrBlow,
};
QString toId(WarningSign sign);
std::optional<WarningSign> warningSignFromId(const QString& id);
QList<WarningSign> allWarningSigns();

struct CheckIn
{
    RecordId id = NoId;
    QDate weekStart; // Monday of the ISO week
    std::optional<int> worstPain;
    std::optional<int> usualPain;
    std::optional<bool> kneeWorseMorning;
    QString notes;
    std::optional<QList<WarningSign>> warningSigns = std::nullopt; // the ones answered yes; unset when not asked
};

// "Is the knee worse this morning?", answered on a given morning.
struct MorningCheck
{
    RecordId id = NoId;
    QDate date; // the local date of the morning
    bool worse = false;
    std::optional<RecordId> sessionId = std::nullopt; // the session of the day before that the question was about
    std::optional<RecordId> runId = std::nullopt; // or the run
};

// The Patient-Specific Functional Scale (Stratford et al. 1995): the runner's own activities that the knee
// makes hard, each rated from 0 (cannot do it) to 10 (as well as before the problem). An activity is kept
// and offered again until the runner retires it; its scores stay in the journal (history kept).
constexpr int kPsfsMinActivities = 3;
constexpr int kPsfsMaxActivities = 5;

struct PsfsActivity
{
    RecordId id = NoId;
    QString name; // the runner's words, e.g. "going down stairs"
    QDate added; // the local date of its first round
    std::optional<QDate> retired; // the local date it was retired; no longer offered after it
};

struct PsfsScore
{
    RecordId id = NoId;
    RecordId activityId = NoId;
    QDate date; // the local date of the round; one score per activity and date
    int score = 0; // 0-10
};

// Monday of the ISO week that holds date.
QDate isoWeekStart(QDate date);

} // namespace patella
