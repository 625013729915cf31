#include "core/store/journalstore.h"
#include "core/store/recordtables.h"
#include "core/store/sqlutil.h"

// The views' queries. Each is one indexed GROUP BY over the local-date or week columns; nothing here
// needs a time zone, the buckets were fixed when the record was written.
namespace patella {

Result<QList<PainDaySummary>> JournalStore::painSummaryPerDay(DateRange range)
{
    if (auto ready = requireOpen(); !ready)
        return ready.error();
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT local_date, situation, AVG(score), MAX(score), COUNT(*) "
                                         "FROM pain_entries WHERE local_date BETWEEN ? AND ? "
                                         "GROUP BY local_date, situation ORDER BY local_date, situation"),
                          {sql::rangeFrom(range.from), sql::rangeTo(range.to)});
    if (!query)
        return noteReadFailure(query.error());
    QList<PainDaySummary> days;
    while (query.value().next()) {
        const QString situationId = query.value().value(1).toString();
        const auto situation = situationFromId(situationId);
        if (!situation)
            return tables::unreadable("situation", situationId);
        days.append(PainDaySummary {sql::dateFrom(query.value().value(0)), *situation,
                                    query.value().value(2).toDouble(), query.value().value(3).toInt(),
                                    query.value().value(4).toInt()});
    }
    return days;
}

Result<QList<WeeklyDistance>> JournalStore::weeklyMileage(DateRange range)
{
    if (auto ready = requireOpen(); !ready)
        return ready.error();
    const QDate fromWeek = range.from.isValid() ? isoWeekStart(range.from) : QDate();
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT week_start, SUM(distance_m), COUNT(*), SUM(duration_s) "
                                         "FROM runs WHERE week_start BETWEEN ? AND ? GROUP BY week_start"),
                          {sql::rangeFrom(fromWeek), sql::rangeTo(range.to)});
    if (!query)
        return noteReadFailure(query.error());
    QMap<QDate, WeeklyDistance> weeks;
    while (query.value().next()) {
        const QDate week = sql::dateFrom(query.value().value(0));
        weeks.insert(week,
                     WeeklyDistance {week, query.value().value(1).toDouble(), query.value().value(2).toInt(),
                                     query.value().value(3).toInt(), false});
    }
    auto totals = list<WeeklyTotal>(DateRange {fromWeek, range.to});
    if (!totals)
        return totals.error();
    addWeeklyTotals(weeks, totals.value()); // the core's rule: runs logged that week win
    return weeks.values();
}

Result<QList<SessionCount>> JournalStore::sessionCounts(const char* column, DateRange range, const QString& routineId)
{
    if (auto ready = requireOpen(); !ready)
        return ready.error();
    QVariantList values {sql::rangeFrom(range.from), sql::rangeTo(range.to)};
    QString routineFilter;
    if (!routineId.isEmpty()) {
        routineFilter = QStringLiteral(" AND routine_id = ?");
        values.append(routineId);
    }
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT %1, COUNT(*), SUM(outcome = 'completed') FROM sessions "
                                         "WHERE %1 BETWEEN ? AND ?%2 GROUP BY %1 ORDER BY %1")
                              .arg(QLatin1String(column), routineFilter),
                          values);
    if (!query)
        return noteReadFailure(query.error());
    QList<SessionCount> counts;
    while (query.value().next())
        counts.append(SessionCount {sql::dateFrom(query.value().value(0)), query.value().value(1).toInt(),
                                    query.value().value(2).toInt()});
    return counts;
}

Result<QList<SessionCount>> JournalStore::sessionsPerDay(DateRange range, const QString& routineId)
{
    return sessionCounts("local_date", range, routineId);
}

Result<QList<SessionCount>> JournalStore::sessionsPerWeek(DateRange range, const QString& routineId)
{
    return sessionCounts("week_start", {range.from.isValid() ? isoWeekStart(range.from) : QDate(), range.to},
                         routineId);
}

Result<QList<FlexSample>> JournalStore::flexSeries(FlexTest test, Side side, DateRange range)
{
    if (auto ready = requireOpen(); !ready)
        return ready.error();
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT local_date, at_ms, value, unit FROM flex_checks "
                                         "WHERE test = ? AND side = ? AND local_date BETWEEN ? AND ? "
                                         "ORDER BY local_date, at_ms"),
                          {toId(test), toId(side), sql::rangeFrom(range.from), sql::rangeTo(range.to)});
    if (!query)
        return noteReadFailure(query.error());
    QList<FlexSample> points;
    while (query.value().next()) {
        const QString unitId = query.value().value(3).toString();
        const auto unit = flexUnitFromId(unitId);
        if (!unit)
            return tables::unreadable("unit", unitId);
        points.append(FlexSample {sql::dateFrom(query.value().value(0)), sql::instantFrom(query.value().value(1)),
                                  query.value().value(2).toDouble(), *unit});
    }
    return points;
}

Result<QList<ShoeDistance>> JournalStore::shoeDistances()
{
    if (auto ready = requireOpen(); !ready)
        return ready.error();
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT s.id, s.name, COALESCE(SUM(r.distance_m), 0), COUNT(r.id), "
                                         "s.limit_m, s.retired IS NOT NULL "
                                         "FROM shoes s LEFT JOIN runs r ON r.shoe_id = s.id "
                                         "GROUP BY s.id ORDER BY s.first_use, s.id"));
    if (!query)
        return noteReadFailure(query.error());
    QList<ShoeDistance> shoes;
    while (query.value().next())
        shoes.append(ShoeDistance {query.value().value(0).toLongLong(), query.value().value(1).toString(),
                                   query.value().value(2).toDouble(), query.value().value(3).toInt(),
                                   query.value().value(4).toDouble(), query.value().value(5).toInt() != 0});
    return shoes;
}

} // namespace patella
