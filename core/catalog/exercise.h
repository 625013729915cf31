#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What Patella knows about one exercise, as loaded from resources/data/catalog.json. The catalog
// loader fills these; the programme picks a PlannedDose from a Dose; the session player plays it.
namespace patella {

enum class ExerciseKind
{
    Stretch,
    Strength,
    WarmUp,
    FoamRolling,
    Mobility,
};

enum class BestTime
{
    PostRun,
    Evening,
    RestDay,
    LightDay,
    WarmUp,
};

struct IntRange
{
    int low = 0;
    int high = 0;

    bool isValid() const { return low >= 0 && low <= high; }
    bool isEmpty() const { return low == 0 && high == 0; }
    friend bool operator==(const IntRange&, const IntRange&) = default;
};

enum class DoseType
{
    Hold, // timed: hold seconds per part
    Reps, // counted: the runner taps "done"
};

// A named part of a two-part hold, e.g. the calf stretch's straight-knee then bent-knee hold.
struct DosePart
{
    QString id; // "straight-knee"
    QString name; // shown and spoken
    QString illustration; // its own drawing ("calf-wall-stretch-bent"); empty: the exercise's
};

struct Dose
{
    DoseType type = DoseType::Hold;
    IntRange holdSeconds; // Hold: seconds per part, per side, per set
    IntRange reps; // Reps: repetitions per side per set
    int tempoSeconds = 0; // Reps: about how long one rep takes, for time estimates
    IntRange sets;
    int restSeconds = 0; // between sets
    QList<DosePart> parts; // empty: one part
};

// The dose the programme chose for today: one point inside the Dose's ranges.
struct PlannedDose
{
    int holdSeconds = 0;
    int reps = 0;
    int sets = 1;
    int restSeconds = 0;
    friend bool operator==(const PlannedDose&, const PlannedDose&) = default;
};

struct Exercise
{
    QString id;
    QString name;
    QString summary; // one line, for lists
    ExerciseKind kind = ExerciseKind::Stretch;
    QStringList targets; // muscle-group ids: "quadriceps", "hip-flexors", ...
    bool perSide = false;
    Dose dose;
    QList<BestTime> bestTimes;
    QStringList steps; // how to do it, in order
    QStringList cues; // coaching cues, spoken and shown during the hold
    QStringList cautions; // when to ease off or stop
    QString illustration; // resource name: ":/illustrations/<illustration>.svg"
    QString easierVariantOf; // strength: the harder exercise this one leads to, if any
};

struct RoutineItem
{
    QString exerciseId;
    std::optional<PlannedDose> dose; // a fixed dose for this routine; otherwise the programme decides
};

struct Routine
{
    QString id;
    QString name;
    QString description;
    QList<RoutineItem> items;
};

// A muscle group an exercise targets: a stable id ("hip-flexors") and the name a person reads.
struct MuscleGroup
{
    QString id;
    QString name;
};

// A prevention habit: why it matters and how Patella helps keep it.
struct Habit
{
    QString id;
    QString title;
    QString why;
    QString howPatellaHelps;
};

QString toId(ExerciseKind kind);
QString toId(BestTime time);
std::optional<ExerciseKind> exerciseKindFromId(const QString& id);
std::optional<BestTime> bestTimeFromId(const QString& id);

QList<ExerciseKind> allExerciseKinds();
QList<BestTime> allBestTimes();

// Names a person reads, translated in the "catalog" context.
QString displayName(ExerciseKind kind);
QString displayName(BestTime time);

} // namespace patella
