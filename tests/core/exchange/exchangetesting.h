#pragma once

#include "core/store/demojournal.h"
#include "core/store/journalstore.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTimeZone>

#include <gtest/gtest.h>

// A populated journal for the CSV tests: the demo journal's twelve weeks plus records that exercise
// the edges of the format (notes with commas, quotes, line breaks and accents; a pain entry after a
// session; an imported run; a retired shoe; empty optional fields).
namespace patella::test {

template <typename T> std::string why(const Result<T>& result)
{
    return result.ok() ? std::string() : result.error().text().toStdString();
}

// Times are written in a fixed UTC+1 offset in these tests, so the files do not depend on the machine.
inline QTimeZone plusOne()
{
    return QTimeZone(3600);
}

inline void fillEdgeCases(JournalStore& store)
{
    const QDate day = referenceDate().addDays(-3);
    Shoe retired;
    retired.name = QStringLiteral("Old \"Pegasus\", blue");
    retired.firstUse = referenceDate().addYears(-2);
    retired.retired = referenceDate().addMonths(-6);
    retired.limitMetres = 650000.0;
    auto shoeId = store.add(retired);
    ASSERT_TRUE(shoeId.ok()) << why(shoeId);

    SessionRecord session;
    session.routineId = QStringLiteral("post-run");
    session.start = QDateTime(day, QTime(7, 40, 12, 345), QTimeZone::utc());
    session.end = session.start.addSecs(480);
    session.localDate = day;
    session.outcome = SessionOutcome::Interrupted;
    SessionItem first;
    first.exerciseId = QStringLiteral("standing-quad-stretch");
    first.side = Side::Left;
    first.plannedSeconds = 30;
    first.actualSeconds = 28;
    first.pain = 3;
    SessionItem second = first;
    second.side = Side::Right;
    second.set = 2;
    second.part = 1;
    second.skipped = true;
    second.pain.reset();
    second.plannedReps = 12;
    second.actualReps = 0;
    session.items = {first, second};
    auto sessionId = store.add(session);
    ASSERT_TRUE(sessionId.ok()) << why(sessionId);

    PainEntry afterSession;
    afterSession.at = session.end;
    afterSession.localDate = day;
    afterSession.score = 6;
    afterSession.situation = PainSituation::AfterSession;
    afterSession.side = Side::Left;
    afterSession.note = QStringLiteral("Stechend, \"innen\"\nnach der Treppe; genou g\u00ean\u00e9");
    afterSession.sessionId = sessionId.value();
    ASSERT_TRUE(store.add(afterSession).ok());

    Run imported;
    imported.start = QDateTime(day, QTime(6, 58, 1), QTimeZone::utc());
    imported.localDate = day;
    imported.distanceMetres = 10012.37;
    imported.durationSeconds = 3333;
    imported.source = RunSource::Import;
    imported.externalId = QStringLiteral("fit:2026-03-13T06:58:01Z:3981234567");
    imported.shoeId = shoeId.value();
    imported.painDuring = 0;
    imported.note = QStringLiteral(" leading and trailing spaces ");
    imported.movingSeconds = 3333;
    imported.elapsedSeconds = 3561;
    imported.cadenceSpm = 171.25;
    imported.heartRateBpm = 148.5;
    imported.sport = QStringLiteral("trail_running");
    imported.device = QStringLiteral("Garmin Forerunner 255, \"firmware 19\"");
    imported.distanceSource = QStringLiteral("device");
    ASSERT_TRUE(store.add(imported).ok());

    WeeklyTotal total;
    total.weekStart = isoWeekStart(referenceDate()).addDays(-7 * 20);
    total.distanceMetres = 21500.5;
    total.runs = 3;
    total.note = QStringLiteral("before the app, from my notebook");
    ASSERT_TRUE(store.add(total).ok());

    CheckIn empty;
    empty.weekStart = isoWeekStart(referenceDate()).addDays(-7 * 20);
    ASSERT_TRUE(store.add(empty).ok());
}

inline void fillPopulatedJournal(JournalStore& store)
{
    DemoJournalOptions demo;
    demo.endDate = referenceDate().addDays(-1);
    demo.zone = plusOne();
    auto filled = fillDemoJournal(store, demo);
    ASSERT_TRUE(filled.ok()) << why(filled);
    fillEdgeCases(store);
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

} // namespace patella::test
