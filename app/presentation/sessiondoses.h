#pragma once

#include "core/catalog/dosehistory.h"
#include "core/catalog/exercise.h"
#include "core/catalog/programme.h"
#include "core/model/records.h"
#include "core/model/result.h"
#include "core/session/sessiontypes.h"

#include <QDate>
#include <QList>
#include <QString>

namespace patella {

class Catalog;
class JournalStore;

// What a session plays today: the catalog's exercises with the programme's dose for each, chosen from the
// runner's recent pain reports in the journal. A routine item's fixed dose wins over the programme.
class SessionDoses final
{
public:
    static constexpr int kRecentDays = kDoseRecentDays; // older pain reports no longer steer the dose
    static constexpr int kWorseMorningScore = patella::kWorseMorningScore; // steps the dose back (dosehistory.h)

    // Reads the session items of the last kRecentDays up to today.
    static Result<SessionDoses> load(JournalStore& store, QDate today);
    // Built from records already read (tests, and the page when it has them).
    // worseMornings: days the runner said the knee was worse than the morning before.
    // today: the day the doses are for (the newest session's day when not given).
    static SessionDoses fromSessions(const QList<SessionRecord>& sessions, const QList<QDate>& worseMornings = {},
                                     QDate today = {});

    // One score per session that rated the exercise, oldest first: the worst side's (painReportsFor).
    QList<int> recentPain(const QString& exerciseId) const;
    PlannedDose doseFor(const Exercise& exercise) const;

    // Whether the hardest strength exercise is offered yet (hardestStrengthGate), and why not.
    ExerciseGate hardestStrengthGate(const Catalog& catalog) const;

    // Empty (with an error) when the routine or exercise is unknown or names an unknown exercise. A routine
    // leaves out the hardest strength exercise until its gate opens.
    Result<QList<PlannedItem>> routineItems(const Catalog& catalog, const QString& routineId) const;
    Result<QList<PlannedItem>> exerciseItems(const Catalog& catalog, const QString& exerciseId) const;

private:
    QList<SessionRecord> m_sessions; // oldest first
    QList<QDate> m_worseMornings; // oldest first
    QDate m_today;
};

} // namespace patella
