#pragma once

#include "core/catalog/exercise.h"
#include "core/model/records.h"
#include "core/store/customcontent.h"
#include "core/store/storetypes.h"

#include <QList>
#include <QString>

#include <optional>

// Which routines the runner uses, and who made each: for the physiotherapist's report and the Library.
namespace patella {

class Catalog;

struct RoutineInUse
{
    QString routineId;
    QString name;
    Origin origin = Origin::BuiltIn; // built-in, the runner's own, or a physiotherapist's programme
    std::optional<ProgrammeInfo> programme; // Origin::Programme: its title, author, import and review dates
    QString standsFor; // custom: the built-in routine it goes with in the plan
    PlanUse planUse = PlanUse::NotInPlan;
    QList<RoutineItem> items; // with their doses (a fixed dose, or the programme decides)
    int sessions = 0; // in the range
    int completed = 0;
    std::optional<QDate> lastDone;
};

// Routines with at least one session in the range, plus the runner's own routines that Today offers
// (planUse beside or instead), most used first. A deleted routine is listed when it has sessions (its
// name is kept). Sessions of single exercises (started from the Library) are left out.
QList<RoutineInUse> routinesInUse(const Catalog& catalog, const QList<ProgrammeInfo>& programmes,
                                  const QList<SessionRecord>& sessions, DateRange range = {});

// "Patella", "You", or "Programme by Alex Moreau, imported 3 Dec 2026 (review 15 Jan 2027)", dates in
// the locale's short format.
QString madeByText(const RoutineInUse& routine);

} // namespace patella
