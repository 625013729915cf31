#pragma once

#include "core/catalog/exercise.h"
#include "core/model/result.h"

#include <QString>

// The rules for exercises and routines made by the runner or a physiotherapist: the limits of every dose
// field and the checks run before anything is stored or imported. The editor, the programme file reader
// and the store all ask here, so a dose the editor refuses is refused by an import too.
namespace patella {

class Catalog;

namespace doselimit {
constexpr int kHoldMin = 5;
constexpr int kHoldMax = 180;
constexpr int kRepsMin = 1;
constexpr int kRepsMax = 50;
constexpr int kSetsMin = 1;
constexpr int kSetsMax = 6;
constexpr int kRestMin = 0;
constexpr int kRestMax = 300; // between sets and between exercises
constexpr int kGetReadyMin = 0;
constexpr int kGetReadyMax = 60;
constexpr int kTempoMin = 1;
constexpr int kTempoMax = 10;
constexpr int kNameMax = 80;
constexpr int kLongRoutineMinutes = 90; // longer routines ask for confirmation
} // namespace doselimit

// Field names (as in the programme file) used in error paths, e.g. "items[0].hold_s".
namespace field {
inline const QString holdSeconds = QStringLiteral("hold_s");
inline const QString reps = QStringLiteral("reps");
inline const QString sets = QStringLiteral("sets");
inline const QString restSeconds = QStringLiteral("rest_s");
inline const QString restAfterSeconds = QStringLiteral("rest_after_s");
inline const QString getReadySeconds = QStringLiteral("get_ready_s");
inline const QString tempoSeconds = QStringLiteral("tempo_s");
} // namespace field

// "400 is above 180" / "2 is below 5" under the field's path, or nothing when value is within.
std::optional<Error> checkLimit(const QString& path, int value, int minimum, int maximum);

// An id for a new custom entry from its name ("Wall slide" -> "my-wall-slide"), not taken in the catalog.
QString newCustomId(const QString& name, const Catalog& catalog);
bool isUsableCustomId(const QString& id);

// A custom exercise: a name, a known kind and muscle groups, one dose point within the limits
// (Dose ranges with low == high), two or more named parts or none. prefix starts every field path.
Result<void> validateCustomExercise(const Exercise& exercise, const Catalog& catalog, const QString& prefix = {});

// A custom routine: a name, at least one item, every item an exercise the catalog knows (and not
// deleted), its fixed dose within the limits, sides the exercise can do, pauses within the limits, and
// a built-in routine to stand for when it is to be used in the plan.
Result<void> validateCustomRoutine(const Routine& routine, const Catalog& catalog, const QString& prefix = {});

// Routines made from a built-in one start as its copy, named "<name> (mine)", every item's dose kept.
Routine duplicateRoutine(const Routine& source, const Catalog& catalog);

} // namespace patella
