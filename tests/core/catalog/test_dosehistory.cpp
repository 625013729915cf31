#include "core/catalog/dosehistory.h"
#include "tests/core/catalog/catalogtesting.h"
#include "tests/support/testsupport.h"

#include <QTimeZone>

#include <gtest/gtest.h>

// Which reports steer a dose, dated, and when the dose last moved: the player's dose and the report's "last
// changed" come from these.
using namespace patella;

namespace {

SessionRecord sessionWith(QDate day, int pain, const char* exercise = "standing-quad-stretch")
{
    SessionRecord session;
    session.routineId = QStringLiteral("daily-mobility");
    session.localDate = day;
    session.start = QDateTime(day, QTime(19, 0), QTimeZone::utc());
    session.end = session.start.addSecs(600);
    SessionItem item;
    item.exerciseId = QString::fromLatin1(exercise);
    item.pain = pain;
    session.items.append(item);
    return session;
}

TEST(DoseHistory, ReportsAreDatedAndAWorseMorningCountsBeforeThatDaysSession)
{
    const QDate d = test::referenceDate();
    const QList<SessionRecord> sessions
        = {sessionWith(d.addDays(-1), 2), sessionWith(d.addDays(-3), 1), sessionWith(d, 4, "glute-bridge")};
    const QList<DoseReport> reports = doseReports(sessions, {d.addDays(-1)}, QStringLiteral("standing-quad-stretch"));
    ASSERT_EQ(reports.size(), 3);
    EXPECT_EQ(reports.at(0).date, d.addDays(-3));
    EXPECT_EQ(reports.at(0).score, 1);
    EXPECT_TRUE(reports.at(1).worseMorning);
    EXPECT_EQ(reports.at(1).score, kWorseMorningScore);
    EXPECT_EQ(reports.at(2).date, d.addDays(-1));
    EXPECT_EQ(doseScores(reports), (QList<int> {1, kWorseMorningScore, 2}));
}

TEST(DoseHistory, TheLastStepUpOrBackIsDated)
{
    const Catalog catalog = test::realCatalog();
    const Exercise& quad = *catalog.exercise(QStringLiteral("standing-quad-stretch"));
    const QDate d = test::referenceDate();
    const QList<DoseReport> up = {{d.addDays(-6), 1, false}, {d.addDays(-4), 0, false}, {d.addDays(-2), 4, false}};
    const DoseHistory climbed = doseHistory(quad, up);
    ASSERT_TRUE(climbed.lastChange.has_value());
    EXPECT_EQ(climbed.lastChange->report.date, d.addDays(-4));
    EXPECT_EQ(climbed.lastChange->change, DoseChange::Progressed);
    EXPECT_EQ(climbed.lastChange->before.holdSeconds, 20);
    EXPECT_EQ(climbed.lastChange->after.holdSeconds, 25);
    EXPECT_EQ(climbed.current.step, 1);
    EXPECT_EQ(climbed.reports, 3);

    QList<DoseReport> back = up;
    back.append({d.addDays(-1), kWorseMorningScore, true});
    const DoseHistory stepped = doseHistory(quad, back);
    ASSERT_TRUE(stepped.lastChange.has_value());
    EXPECT_EQ(stepped.lastChange->report.date, d.addDays(-1));
    EXPECT_TRUE(stepped.lastChange->report.worseMorning);
    EXPECT_EQ(stepped.lastChange->change, DoseChange::SteppedBack);
    EXPECT_EQ(stepped.current.step, 0);

    EXPECT_FALSE(doseHistory(quad, {{d, 4, false}}).lastChange.has_value()) << "held, never moved";
}

} // namespace
