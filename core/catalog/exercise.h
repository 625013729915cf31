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

// Who made an exercise or a routine: Patella's catalog, the runner (in the app), or a physiotherapist's
// programme file the runner imported.
enum class Origin
{
    BuiltIn,
    Runner,
    Programme,
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
    QString illustration; // resource name: ":/illustrations/<illustration>.svg"; custom: empty
    QString easierVariantOf; // strength: the harder exercise this one leads to, if any

    // Custom exercises (Origin Runner or Programme).
    Origin origin = Origin::BuiltIn;
    qint64 programmeId = 0; // Origin::Programme: the imported programme it came with
    QString imagePath; // absolute path of its picture in the data folder; empty: a neutral placeholder
    bool mirrored = true; // the picture is mirrored for the right side, as the built-in drawings are
    bool retired = false; // deleted by the runner: hidden from the Library, its name kept for the history

    bool isCustom() const { return origin != Origin::BuiltIn; }
};

// Which sides a routine item plays. The default follows the exercise: left then right when it is done
// per side, otherwise one set for both legs.
enum class ItemSides
{
    LeftThenRight,
    Both, // both legs at once (or an exercise that has no sides)
    LeftOnly,
    RightOnly,
};

struct RoutineItem
{
    QString exerciseId;
    std::optional<PlannedDose> dose; // a fixed dose for this routine; otherwise the programme decides
    // Custom routines only (built-in ones leave the defaults).
    std::optional<ItemSides> sides {}; // nothing: as the exercise is done
    bool useParts = true; // a two-part hold plays both parts; false: one hold
    std::optional<int> getReadySeconds {}; // nothing: the player's default
    int restAfterSeconds = 0; // a rest before the next exercise

    friend bool operator==(const RoutineItem&, const RoutineItem&) = default;
};

// How Today uses a custom routine made from (or for) a built-in one.
enum class PlanUse
{
    NotInPlan, // started from the Session page or the Library only
    Beside, // Today offers it next to the built-in routine it stands for
    InPlace, // Today offers it instead of the built-in routine
};

struct Routine
{
    QString id;
    QString name;
    QString description;
    QList<RoutineItem> items;

    // Custom routines.
    Origin origin = Origin::BuiltIn;
    qint64 programmeId = 0;
    QString standsFor; // the built-in routine whose place it takes in the plan (its kind); may be empty
    PlanUse planUse = PlanUse::NotInPlan;
    bool retired = false; // deleted: hidden, its name kept for the history

    bool isCustom() const { return origin != Origin::BuiltIn; }
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
QString toId(Origin origin);
QString toId(ItemSides sides);
QString toId(PlanUse use);
std::optional<ExerciseKind> exerciseKindFromId(const QString& id);
std::optional<BestTime> bestTimeFromId(const QString& id);
std::optional<Origin> originFromId(const QString& id);
std::optional<ItemSides> itemSidesFromId(const QString& id);
std::optional<PlanUse> planUseFromId(const QString& id);

// The sides an item plays when it does not say: left then right for a per-side exercise.
ItemSides defaultSides(const Exercise& exercise);

QList<ExerciseKind> allExerciseKinds();
QList<BestTime> allBestTimes();

// Names a person reads, translated in the "catalog" context.
QString displayName(ExerciseKind kind);
QString displayName(BestTime time);
QString displayName(ItemSides sides);

} // namespace patella
