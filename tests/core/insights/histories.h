#pragma once

#include "core/model/records.h"

#include <QDate>
#include <QTimeZone>

#include <optional>

// Small builders for dated histories. Every date in these tests is relative to referenceDate().
namespace patella::test {

inline QDateTime noonUtc(QDate day)
{
    return QDateTime(day, QTime(12, 0), QTimeZone::utc());
}

inline Run run(QDate day, double km, std::optional<RecordId> shoe = std::nullopt)
{
    Run r;
    r.start = noonUtc(day);
    r.localDate = day;
    r.distanceMetres = km * 1000.0;
    r.durationSeconds = static_cast<int>(km * 360.0);
    r.shoeId = shoe;
    return r;
}

inline WeeklyTotal weekTotal(QDate monday, double km, int runs = 3)
{
    WeeklyTotal t;
    t.weekStart = monday;
    t.distanceMetres = km * 1000.0;
    t.runs = runs;
    return t;
}

inline PainEntry pain(QDate day, int score, PainSituation situation = PainSituation::Stairs)
{
    PainEntry p;
    p.at = noonUtc(day);
    p.localDate = day;
    p.score = score;
    p.situation = situation;
    return p;
}

inline SessionRecord session(QDate day, SessionOutcome outcome = SessionOutcome::Completed, RecordId id = NoId)
{
    SessionRecord s;
    s.id = id;
    s.routineId = QStringLiteral("daily-mobility");
    s.start = noonUtc(day);
    s.end = s.start.addSecs(600);
    s.localDate = day;
    s.outcome = outcome;
    return s;
}

inline FlexCheck flex(QDate day, FlexTest test, Side side, double value, FlexUnit unit = FlexUnit::Centimetres)
{
    FlexCheck f;
    f.at = noonUtc(day);
    f.localDate = day;
    f.test = test;
    f.side = side;
    f.value = value;
    f.unit = unit;
    return f;
}

} // namespace patella::test
