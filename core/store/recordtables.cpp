#include "core/store/recordtables.h"

#include "core/store/sqlutil.h"

#include <QCoreApplication>

namespace patella::tables {

using namespace patella::sql;

Error unreadable(const char* field, const QString& value)
{
    return Error {
        QString::fromLatin1(field),
        QCoreApplication::translate("JournalStore", "holds \"%1\", which this Patella does not know").arg(value)};
}

namespace {

template <typename E>
Result<E> readEnum(const char* field, const QVariant& value, std::optional<E> (*parse)(const QString&))
{
    const QString id = value.toString();
    if (auto e = parse(id))
        return *e;
    return unreadable(field, id);
}

QVariant weekOf(QDate localDate)
{
    return dateValue(localDate.isValid() ? isoWeekStart(localDate) : QDate());
}

} // namespace

QVariantList Table<PainEntry>::values(const PainEntry& e)
{
    return {instantValue(e.at), dateValue(e.localDate), e.score, toId(e.situation), toId(e.side),
            textValue(e.note),  optionalId(e.sessionId)};
}

Result<PainEntry> Table<PainEntry>::read(const QSqlQuery& q)
{
    PainEntry e;
    e.id = q.value(0).toLongLong();
    e.at = instantFrom(q.value(1));
    e.localDate = dateFrom(q.value(2));
    e.score = q.value(3).toInt();
    auto situation = readEnum<PainSituation>("situation", q.value(4), situationFromId);
    if (!situation)
        return situation.error();
    e.situation = *situation;
    auto side = readEnum<Side>("side", q.value(5), sideFromId);
    if (!side)
        return side.error();
    e.side = *side;
    e.note = q.value(6).toString();
    e.sessionId = optionalIdFrom(q.value(7));
    return e;
}

QVariantList Table<FlexCheck>::values(const FlexCheck& c)
{
    return {instantValue(c.at), dateValue(c.localDate), toId(c.test), toId(c.side), c.value, toId(c.unit)};
}

Result<FlexCheck> Table<FlexCheck>::read(const QSqlQuery& q)
{
    FlexCheck c;
    c.id = q.value(0).toLongLong();
    c.at = instantFrom(q.value(1));
    c.localDate = dateFrom(q.value(2));
    auto test = readEnum<FlexTest>("test", q.value(3), flexTestFromId);
    if (!test)
        return test.error();
    c.test = *test;
    auto side = readEnum<Side>("side", q.value(4), sideFromId);
    if (!side)
        return side.error();
    c.side = *side;
    c.value = q.value(5).toDouble();
    auto unit = readEnum<FlexUnit>("unit", q.value(6), flexUnitFromId);
    if (!unit)
        return unit.error();
    c.unit = *unit;
    return c;
}

QVariantList Table<Run>::values(const Run& r)
{
    const QString externalId = r.externalId.trimmed();
    return {instantValue(r.start),
            dateValue(r.localDate),
            weekOf(r.localDate),
            r.distanceMetres,
            r.durationSeconds,
            r.effort,
            optionalId(r.shoeId),
            optionalInt(r.painDuring),
            optionalInt(r.painAfter),
            toId(r.source),
            externalId.isEmpty() ? QVariant() : QVariant(externalId),
            textValue(r.note),
            optionalInt(r.movingSeconds),
            optionalInt(r.elapsedSeconds),
            r.cadenceSpm ? QVariant(*r.cadenceSpm) : QVariant(),
            r.heartRateBpm ? QVariant(*r.heartRateBpm) : QVariant(),
            r.sport.isEmpty() ? QStringLiteral("running") : r.sport,
            textValue(r.device),
            textValue(r.distanceSource)};
}

Result<Run> Table<Run>::read(const QSqlQuery& q)
{
    Run r;
    r.id = q.value(0).toLongLong();
    r.start = instantFrom(q.value(1));
    r.localDate = dateFrom(q.value(2));
    // column 3 is the week bucket, derived from the local date
    r.distanceMetres = q.value(4).toDouble();
    r.durationSeconds = q.value(5).toInt();
    r.effort = q.value(6).toInt();
    r.shoeId = optionalIdFrom(q.value(7));
    r.painDuring = optionalIntFrom(q.value(8));
    r.painAfter = optionalIntFrom(q.value(9));
    auto source = readEnum<RunSource>("source", q.value(10), runSourceFromId);
    if (!source)
        return source.error();
    r.source = *source;
    r.externalId = q.value(11).toString();
    r.note = q.value(12).toString();
    r.movingSeconds = optionalIntFrom(q.value(13));
    r.elapsedSeconds = optionalIntFrom(q.value(14));
    if (!q.value(15).isNull())
        r.cadenceSpm = q.value(15).toDouble();
    if (!q.value(16).isNull())
        r.heartRateBpm = q.value(16).toDouble();
    r.sport = q.value(17).toString();
    r.device = q.value(18).toString();
    r.distanceSource = q.value(19).toString();
    return r;
}

QVariantList Table<WeeklyTotal>::values(const WeeklyTotal& t)
{
    return {dateValue(t.weekStart), t.distanceMetres, t.runs, textValue(t.note)};
}

Result<WeeklyTotal> Table<WeeklyTotal>::read(const QSqlQuery& q)
{
    WeeklyTotal t;
    t.id = q.value(0).toLongLong();
    t.weekStart = dateFrom(q.value(1));
    t.distanceMetres = q.value(2).toDouble();
    t.runs = q.value(3).toInt();
    t.note = q.value(4).toString();
    return t;
}

QVariantList Table<Shoe>::values(const Shoe& s)
{
    return {s.name.trimmed(), dateValue(s.firstUse), optionalDate(s.retired), s.limitMetres};
}

Result<Shoe> Table<Shoe>::read(const QSqlQuery& q)
{
    Shoe s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.firstUse = dateFrom(q.value(2));
    s.retired = optionalDateFrom(q.value(3));
    s.limitMetres = q.value(4).toDouble();
    return s;
}

QVariantList Table<SessionRecord>::values(const SessionRecord& s)
{
    return {s.routineId,         instantValue(s.start), instantValue(s.end),    dateValue(s.localDate),
            weekOf(s.localDate), toId(s.outcome),       optionalBool(s.settled)};
}

Result<SessionRecord> Table<SessionRecord>::read(const QSqlQuery& q)
{
    SessionRecord s;
    s.id = q.value(0).toLongLong();
    s.routineId = q.value(1).toString();
    s.start = instantFrom(q.value(2));
    s.end = instantFrom(q.value(3));
    s.localDate = dateFrom(q.value(4));
    auto outcome = readEnum<SessionOutcome>("outcome", q.value(6), outcomeFromId);
    if (!outcome)
        return outcome.error();
    s.outcome = *outcome;
    s.settled = optionalBoolFrom(q.value(7));
    return s;
}

QVariantList Table<CheckIn>::values(const CheckIn& c)
{
    QVariant signs;
    if (c.warningSigns) {
        QStringList ids;
        for (WarningSign sign : *c.warningSigns)
            ids.append(toId(sign));
        signs = ids.join(QLatin1Char(','));
    }
    return {dateValue(c.weekStart),           optionalInt(c.worstPain), optionalInt(c.usualPain),
            optionalBool(c.kneeWorseMorning), textValue(c.notes),       signs};
}

Result<CheckIn> Table<CheckIn>::read(const QSqlQuery& q)
{
    CheckIn c;
    c.id = q.value(0).toLongLong();
    c.weekStart = dateFrom(q.value(1));
    c.worstPain = optionalIntFrom(q.value(2));
    c.usualPain = optionalIntFrom(q.value(3));
    c.kneeWorseMorning = optionalBoolFrom(q.value(4));
    c.notes = q.value(5).toString();
    if (!q.value(6).isNull()) {
        QList<WarningSign> signs;
        for (const QString& id : q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto sign = readEnum<WarningSign>("warningSigns", id, warningSignFromId);
            if (!sign)
                return sign.error();
            signs.append(*sign);
        }
        c.warningSigns = signs;
    }
    return c;
}

QVariantList Table<MorningCheck>::values(const MorningCheck& c)
{
    return {dateValue(c.date), c.worse ? 1 : 0, optionalId(c.sessionId), optionalId(c.runId)};
}

Result<MorningCheck> Table<MorningCheck>::read(const QSqlQuery& q)
{
    MorningCheck c;
    c.id = q.value(0).toLongLong();
    c.date = dateFrom(q.value(1));
    c.worse = q.value(2).toInt() != 0;
    c.sessionId = optionalIdFrom(q.value(3));
    c.runId = optionalIdFrom(q.value(4));
    return c;
}

QVariantList Table<PsfsActivity>::values(const PsfsActivity& a)
{
    return {a.name.trimmed(), dateValue(a.added), optionalDate(a.retired)};
}

Result<PsfsActivity> Table<PsfsActivity>::read(const QSqlQuery& q)
{
    PsfsActivity a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.added = dateFrom(q.value(2));
    a.retired = optionalDateFrom(q.value(3));
    return a;
}

QVariantList Table<PsfsScore>::values(const PsfsScore& s)
{
    return {s.activityId, dateValue(s.date), s.score};
}

Result<PsfsScore> Table<PsfsScore>::read(const QSqlQuery& q)
{
    PsfsScore s;
    s.id = q.value(0).toLongLong();
    s.activityId = q.value(1).toLongLong();
    s.date = dateFrom(q.value(2));
    s.score = q.value(3).toInt();
    return s;
}

QVariantList itemValues(RecordId sessionId, int position, const SessionItem& i)
{
    return {sessionId,       position,     i.exerciseId,      toId(i.side),
            i.set,           i.part,       i.plannedSeconds,  i.actualSeconds,
            i.plannedReps,   i.actualReps, i.skipped ? 1 : 0, optionalInt(i.pain),
            toId(i.painKind)};
}

Result<SessionItem> readItem(const QSqlQuery& q)
{
    SessionItem i;
    i.id = q.value(0).toLongLong();
    // column 1 is the session id, column 2 the position
    i.exerciseId = q.value(3).toString();
    auto side = readEnum<Side>("side", q.value(4), sideFromId);
    if (!side)
        return side.error();
    i.side = *side;
    i.set = q.value(5).toInt();
    i.part = q.value(6).toInt();
    i.plannedSeconds = q.value(7).toInt();
    i.actualSeconds = q.value(8).toInt();
    i.plannedReps = q.value(9).toInt();
    i.actualReps = q.value(10).toInt();
    i.skipped = q.value(11).toInt() != 0;
    i.pain = optionalIntFrom(q.value(12));
    auto kind = readEnum<PainKind>("painKind", q.value(13), painKindFromId);
    if (!kind)
        return kind.error();
    i.painKind = *kind;
    return i;
}

} // namespace patella::tables
