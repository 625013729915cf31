#include "core/catalog/programme.h"
#include "tests/core/catalog/catalogtesting.h"
#include "tests/support/testsupport.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace patella;

TEST(Programme, PhaseAndWeekForDates)
{
    const QDate start = test::referenceDate();
    const auto phase = [start](int day) { return programmeStatus(start.addDays(day), start, {}).phase; };
    EXPECT_EQ(phase(0), Phase::Gentle);
    EXPECT_EQ(programmeWeek(start, start), 1);
    EXPECT_EQ(phase(13), Phase::Gentle);
    EXPECT_EQ(programmeWeek(start.addDays(13), start), 2);
    EXPECT_EQ(phase(14), Phase::Strength);
    EXPECT_EQ(programmeWeek(start.addDays(14), start), 3);
    EXPECT_EQ(phase(60), Phase::Strength);
    // A start date in the future (set ahead) is still week one.
    EXPECT_EQ(phase(-5), Phase::Gentle);
    EXPECT_EQ(programmeWeek(start.addDays(-5), start), 1);
}

TEST(Programme, LaddersClimbInsideTheRanges)
{
    const Catalog catalog = test::realCatalog();
    const QList<PlannedDose> quad = doseLadder(*catalog.exercise(QStringLiteral("standing-quad-stretch")));
    ASSERT_EQ(quad.size(), 3);
    EXPECT_EQ(quad.at(0), (PlannedDose {20, 0, 2, 10}));
    EXPECT_EQ(quad.at(1), (PlannedDose {25, 0, 2, 10}));
    EXPECT_EQ(quad.at(2), (PlannedDose {30, 0, 2, 10}));

    // The calf's hold is fixed at 20 s: progression is the second set.
    const QList<PlannedDose> calf = doseLadder(*catalog.exercise(QStringLiteral("calf-wall-stretch")));
    ASSERT_EQ(calf.size(), 2);
    EXPECT_EQ(calf.at(0).sets, 1);
    EXPECT_EQ(calf.at(1), (PlannedDose {20, 0, 2, 10}));

    const QList<PlannedDose> bridge = doseLadder(*catalog.exercise(QStringLiteral("glute-bridge")));
    QList<int> reps;
    for (const PlannedDose& d : bridge)
        reps.append(d.reps * 10 + d.sets);
    EXPECT_EQ(reps, (QList<int> {102, 122, 142, 152, 153})); // 10,12,14,15 reps at 2 sets, then 15 at 3
}

TEST(Programme, StartsLowAndProgressesAsPainSettles)
{
    const Catalog catalog = test::realCatalog();
    const Exercise& quad = *catalog.exercise(QStringLiteral("standing-quad-stretch"));
    EXPECT_EQ(progressionFor(quad, {}).change, DoseChange::Start);
    EXPECT_EQ(plannedDose(quad, {}).holdSeconds, 20);
    EXPECT_EQ(plannedDose(quad, {2}).holdSeconds, 20); // one calm session is not yet a trend
    EXPECT_EQ(progressionFor(quad, {2}).change, DoseChange::Kept);
    const Progression up = progressionFor(quad, {2, 1});
    EXPECT_EQ(up.dose.holdSeconds, 25);
    EXPECT_EQ(up.change, DoseChange::Progressed);
    EXPECT_EQ(plannedDose(quad, {2, 1, 0, 2}).holdSeconds, 30);
    EXPECT_EQ(plannedDose(quad, {0, 0, 0, 0, 0, 0, 0, 0}).holdSeconds, 30); // the top of the range, never past it

    const Exercise& calf = *catalog.exercise(QStringLiteral("calf-wall-stretch"));
    EXPECT_EQ(plannedDose(calf, {1, 1}).sets, 2); // "or a second set"
}

TEST(Programme, AcceptablePainKeepsTheDose)
{
    const Catalog catalog = test::realCatalog();
    const Exercise& quad = *catalog.exercise(QStringLiteral("standing-quad-stretch"));
    EXPECT_EQ(plannedDose(quad, {2, 4, 1}).holdSeconds, 20); // 4 breaks the run of calm sessions
    EXPECT_EQ(plannedDose(quad, {2, 1, 5}).holdSeconds, 25);
    EXPECT_EQ(progressionFor(quad, {2, 1, 5}).change, DoseChange::Kept);
}

TEST(Programme, SharpPainStepsBack)
{
    const Catalog catalog = test::realCatalog();
    const Exercise& quad = *catalog.exercise(QStringLiteral("standing-quad-stretch"));
    const Progression back = progressionFor(quad, {1, 1, 1, 1, 8});
    EXPECT_EQ(back.dose.holdSeconds, 25);
    EXPECT_EQ(back.change, DoseChange::SteppedBack);
    EXPECT_EQ(plannedDose(quad, {1, 1, 6}).holdSeconds, 20);
    EXPECT_EQ(plannedDose(quad, {6, 7}).holdSeconds, 20); // never below the low end
    EXPECT_EQ(plannedDose(quad, {1, 1, 9, 42, -1}).holdSeconds, 20); // out-of-scale scores ignored
}

TEST(Programme, EveryPlannedDoseStaysInsideTheExercisesRanges)
{
    const Catalog catalog = test::realCatalog();
    QRandomGenerator random(20260316);
    for (const Exercise& exercise : catalog.exercises()) {
        for (int trial = 0; trial < 50; ++trial) {
            QList<int> reports;
            const int count = random.bounded(12);
            for (int i = 0; i < count; ++i)
                reports.append(random.bounded(11));
            const PlannedDose dose = plannedDose(exercise, reports);
            const Dose& range = exercise.dose;
            SCOPED_TRACE(exercise.id.toStdString());
            EXPECT_GE(dose.sets, range.sets.low);
            EXPECT_LE(dose.sets, range.sets.high);
            if (range.type == DoseType::Hold) {
                EXPECT_GE(dose.holdSeconds, range.holdSeconds.low);
                EXPECT_LE(dose.holdSeconds, range.holdSeconds.high);
            } else {
                EXPECT_GE(dose.reps, range.reps.low);
                EXPECT_LE(dose.reps, range.reps.high);
            }
        }
    }
}

TEST(Programme, PainReportsComeFromSessionsOldestFirstWorstPerSession)
{
    const auto sessionOn = [](int day, QList<std::pair<QString, std::optional<int>>> items) {
        SessionRecord record;
        record.localDate = test::referenceDate().addDays(day);
        record.start = QDateTime(record.localDate, QTime(8, 0), QTimeZone::utc());
        for (const auto& [exerciseId, pain] : items) {
            SessionItem item;
            item.exerciseId = exerciseId;
            item.pain = pain;
            record.items.append(item);
        }
        return record;
    };
    const QString quad = QStringLiteral("standing-quad-stretch");
    const QString calf = QStringLiteral("calf-wall-stretch");
    const QList<SessionRecord> sessions {
        sessionOn(3, {{quad, 2}, {quad, 5}, {calf, 1}}), // worst of the two quad reports
        sessionOn(1, {{quad, 1}}), // older, listed later
        sessionOn(2, {{calf, 0}, {quad, std::nullopt}}), // no quad report
        sessionOn(4, {{quad, 0}}),
    };
    EXPECT_EQ(painReportsFor(sessions, quad), (QList<int> {1, 5, 0}));
    EXPECT_EQ(painReportsFor(sessions, calf), (QList<int> {0, 1}));
    EXPECT_TRUE(painReportsFor(sessions, QStringLiteral("wall-sit")).isEmpty());
}

TEST(Programme, WeeklySessionTargetFollowsThePhase)
{
    EXPECT_EQ(weeklySessionTarget(Phase::Gentle), 14); // twice a day
    EXPECT_EQ(weeklySessionTarget(Phase::Strength), 10); // daily stretching + three strength days
    EXPECT_EQ(weeklySessionTarget(Phase::Maintenance), 4); // at least 3-4 times a week
}
