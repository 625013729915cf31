#include "core/catalog/catalog.h"
#include "core/catalog/customplan.h"
#include "tests/core/catalog/catalogtesting.h"
#include "tests/support/testsupport.h"

#include <QTimeZone>

// "Use in my plan": Today's plan offers the runner's routine beside or instead of the built-in one, and a
// session of it counts as the built-in routine's for the planner's rules.
namespace patella::test {
namespace {

Routine myRoutine(const char* id, const QString& standsFor, PlanUse use)
{
    Routine r;
    r.id = QString::fromLatin1(id);
    r.name = r.id;
    r.origin = Origin::Runner;
    r.standsFor = standsFor;
    r.planUse = use;
    RoutineItem item;
    item.exerciseId = QStringLiteral("standing-quad-stretch");
    r.items = {item};
    return r;
}

QStringList ids(const DayPlan& plan)
{
    QStringList out;
    for (const PlanItem& item : plan.items)
        out.append(item.routineId + (item.optional ? QStringLiteral("?") : QString()));
    return out;
}

TEST(CustomPlan, InsteadTakesThePlaceAndBesideFollowsAsAnOption)
{
    const Catalog builtIn = realCatalog();
    const Catalog catalog
        = Catalog::withCustom(builtIn, {},
                              {myRoutine("my-evening", routineid::dailyMobility, PlanUse::InPlace),
                               myRoutine("my-other-evening", routineid::dailyMobility, PlanUse::InPlace),
                               myRoutine("my-strength", routineid::strength, PlanUse::Beside),
                               myRoutine("my-unused", routineid::strength, PlanUse::NotInPlan)});
    PlannerInput input;
    input.today = referenceDate();
    input.programmeStart = referenceDate().addDays(-30); // strength phase
    const DayPlan plan = withCustomRoutines(planToday(input), catalog);
    EXPECT_EQ(
        ids(plan),
        (QStringList {QStringLiteral("stretching-warm-up"), QStringLiteral("my-evening"),
                      QStringLiteral("my-other-evening?"), QStringLiteral("strength"), QStringLiteral("my-strength?"),
                      QStringLiteral("foam-rolling?"), QStringLiteral("pre-run-warm-up?")}));
    EXPECT_EQ(plan.items.at(2).reason, plan.items.at(1).reason);
    // Without custom routines the plan is the planner's.
    EXPECT_EQ(ids(withCustomRoutines(planToday(input), builtIn)), ids(planToday(input)));
}

TEST(CustomPlan, ASessionOfYourRoutineCountsAsTheBuiltInOne)
{
    const Catalog catalog
        = Catalog::withCustom(realCatalog(), {}, {myRoutine("my-strength", routineid::strength, PlanUse::InPlace)});
    SessionRecord done;
    done.routineId = QStringLiteral("my-strength");
    done.localDate = referenceDate();
    done.start = QDateTime(referenceDate(), QTime(7, 0), QTimeZone::utc());
    done.end = done.start.addSecs(900);
    const QList<SessionRecord> mapped = asPlannerSessions({done}, catalog);
    ASSERT_EQ(mapped.size(), 1);
    EXPECT_EQ(mapped.at(0).routineId, routineid::strength);

    PlannerInput input;
    input.today = referenceDate();
    input.programmeStart = referenceDate().addDays(-30);
    input.sessions = mapped;
    // Strength was done today (in the runner's version): not planned again.
    EXPECT_FALSE(ids(withCustomRoutines(planToday(input), catalog)).contains(QStringLiteral("my-strength")));
}

} // namespace
} // namespace patella::test
