#include "core/store/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace patella::validation {
namespace {

Error fieldError(const char* field, QString message)
{
    return Error {QString::fromLatin1(field), std::move(message)};
}

std::optional<Error> checkPain(const char* field, int score)
{
    if (score < 0 || score > kMaxPain)
        return fieldError(field, QCoreApplication::translate("JournalStore", "must be between 0 and 10"));
    return std::nullopt;
}

std::optional<Error> checkPain(const char* field, const std::optional<int>& score)
{
    return score ? checkPain(field, *score) : std::nullopt;
}

std::optional<Error> checkDate(const char* field, QDate date, QDate today)
{
    if (!date.isValid())
        return fieldError(field, QCoreApplication::translate("JournalStore", "is missing"));
    if (today.isValid() && date > today.addDays(1))
        return fieldError(field, QCoreApplication::translate("JournalStore", "lies beyond tomorrow"));
    return std::nullopt;
}

// The instant and the local date the runner lived it: both present, neither beyond tomorrow, and no
// more than a day apart (time zones run from UTC-12 to UTC+14).
std::optional<Error> checkInstant(const char* field, const QDateTime& at, QDate localDate, QDate today)
{
    if (!at.isValid())
        return fieldError(field, QCoreApplication::translate("JournalStore", "is missing"));
    if (auto error = checkDate(field, at.toUTC().date(), today))
        return error;
    if (auto error = checkDate("localDate", localDate, today))
        return error;
    if (std::abs(localDate.daysTo(at.toUTC().date())) > 1)
        return fieldError("localDate",
                          QCoreApplication::translate("JournalStore", "is more than a day away from the time"));
    return std::nullopt;
}

std::optional<Error> checkWeekStart(QDate weekStart, QDate today)
{
    if (auto error = checkDate("weekStart", weekStart, today))
        return error;
    if (weekStart.dayOfWeek() != Qt::Monday)
        return fieldError("weekStart", QCoreApplication::translate("JournalStore", "must be a Monday"));
    return std::nullopt;
}

bool isStableId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

std::optional<Error> checkSide(Side side)
{
    if (toId(side).isEmpty())
        return fieldError("side", QCoreApplication::translate("JournalStore", "is not a known side"));
    return std::nullopt;
}

} // namespace

std::optional<Error> validate(const PainEntry& entry, QDate today)
{
    if (auto error = checkInstant("at", entry.at, entry.localDate, today))
        return error;
    if (auto error = checkPain("score", entry.score))
        return error;
    if (toId(entry.situation).isEmpty())
        return fieldError("situation", QCoreApplication::translate("JournalStore", "is not a known situation"));
    if (auto error = checkSide(entry.side))
        return error;
    if (entry.sessionId && *entry.sessionId <= 0)
        return fieldError("sessionId", QCoreApplication::translate("JournalStore", "is not a saved session"));
    return std::nullopt;
}

std::optional<Error> validate(const FlexCheck& check, QDate today)
{
    if (auto error = checkInstant("at", check.at, check.localDate, today))
        return error;
    if (toId(check.test).isEmpty())
        return fieldError("test", QCoreApplication::translate("JournalStore", "is not a known flexibility test"));
    if (auto error = checkSide(check.side))
        return error;
    if (!std::isfinite(check.value))
        return fieldError("value", QCoreApplication::translate("JournalStore", "is not a number"));
    switch (check.unit) {
    case FlexUnit::Centimetres:
        if (check.value < -50.0 || check.value > 150.0)
            return fieldError("value", QCoreApplication::translate("JournalStore", "must be between -50 and 150 cm"));
        break;
    case FlexUnit::Degrees:
        if (check.value < 0.0 || check.value > 180.0)
            return fieldError("value",
                              QCoreApplication::translate("JournalStore", "must be between 0 and 180 degrees"));
        break;
    case FlexUnit::Tightness:
        if (check.value < 0.0 || check.value > 10.0)
            return fieldError("value", QCoreApplication::translate("JournalStore", "must be between 0 and 10"));
        break;
    default:
        return fieldError("unit", QCoreApplication::translate("JournalStore", "is not a known unit"));
    }
    return std::nullopt;
}

std::optional<Error> validate(const Run& run, QDate today)
{
    if (auto error = checkInstant("start", run.start, run.localDate, today))
        return error;
    if (!std::isfinite(run.distanceMetres))
        return fieldError("distance", QCoreApplication::translate("JournalStore", "is not a finite number"));
    if (run.distanceMetres < 0.0)
        return fieldError("distance", QCoreApplication::translate("JournalStore", "must not be negative"));
    if (run.distanceMetres > kMaxRunMetres)
        return fieldError("distance",
                          QCoreApplication::translate("JournalStore", "is more than 300 km, too long for one run"));
    if (run.durationSeconds <= 0)
        return fieldError("duration", QCoreApplication::translate("JournalStore", "must be longer than zero"));
    if (run.durationSeconds > kMaxRunSeconds)
        return fieldError("duration", QCoreApplication::translate("JournalStore", "is longer than 72 hours"));
    if (run.effort < 0 || run.effort > 10)
        return fieldError("effort", QCoreApplication::translate("JournalStore", "must be between 0 and 10"));
    if (auto error = checkPain("painDuring", run.painDuring))
        return error;
    if (auto error = checkPain("painAfter", run.painAfter))
        return error;
    if (toId(run.source).isEmpty())
        return fieldError("source", QCoreApplication::translate("JournalStore", "is not a known source"));
    if (run.source == RunSource::Import && run.externalId.trimmed().isEmpty())
        return fieldError("externalId", QCoreApplication::translate("JournalStore", "is needed for an imported run"));
    if (run.shoeId && *run.shoeId <= 0)
        return fieldError("shoeId", QCoreApplication::translate("JournalStore", "is not a saved shoe"));
    if (run.movingSeconds && (*run.movingSeconds < 0 || *run.movingSeconds > kMaxRunSeconds))
        return fieldError("movingSeconds", QCoreApplication::translate("JournalStore", "must be 0 to 72 hours"));
    if (run.elapsedSeconds && (*run.elapsedSeconds < 0 || *run.elapsedSeconds > kMaxRunSeconds))
        return fieldError("elapsedSeconds", QCoreApplication::translate("JournalStore", "must be 0 to 72 hours"));
    if (run.cadenceSpm && (!std::isfinite(*run.cadenceSpm) || *run.cadenceSpm <= 0.0 || *run.cadenceSpm > 400.0))
        return fieldError("cadence",
                          QCoreApplication::translate("JournalStore", "must be between 1 and 400 steps per minute"));
    if (run.heartRateBpm
        && (!std::isfinite(*run.heartRateBpm) || *run.heartRateBpm <= 0.0 || *run.heartRateBpm > 260.0))
        return fieldError("heartRate", QCoreApplication::translate("JournalStore", "must be between 1 and 260 bpm"));
    if (run.distanceSource != QLatin1StringView("device") && run.distanceSource != QLatin1StringView("points")
        && !run.distanceSource.isEmpty())
        return fieldError("distanceSource", QCoreApplication::translate("JournalStore", "is not a known source"));
    return std::nullopt;
}

std::optional<Error> validate(const WeeklyTotal& total, QDate today)
{
    if (auto error = checkWeekStart(total.weekStart, today))
        return error;
    if (!std::isfinite(total.distanceMetres))
        return fieldError("distance", QCoreApplication::translate("JournalStore", "is not a finite number"));
    if (total.distanceMetres < 0.0)
        return fieldError("distance", QCoreApplication::translate("JournalStore", "must not be negative"));
    if (total.distanceMetres > kMaxWeekMetres)
        return fieldError("distance",
                          QCoreApplication::translate("JournalStore", "is more than 1,500 km, too long for one week"));
    if (total.runs < 0 || total.runs > 50)
        return fieldError("runs", QCoreApplication::translate("JournalStore", "must be between 0 and 50"));
    return std::nullopt;
}

std::optional<Error> validate(const Shoe& shoe, QDate today)
{
    if (shoe.name.trimmed().isEmpty())
        return fieldError("name", QCoreApplication::translate("JournalStore", "is missing"));
    if (auto error = checkDate("firstUse", shoe.firstUse, today))
        return error;
    if (shoe.retired) {
        if (auto error = checkDate("retired", *shoe.retired, today))
            return error;
        if (*shoe.retired < shoe.firstUse)
            return fieldError("retired", QCoreApplication::translate("JournalStore", "is before the first use"));
    }
    if (!std::isfinite(shoe.limitMetres) || shoe.limitMetres <= 0.0 || shoe.limitMetres > 10000000.0)
        return fieldError("limit", QCoreApplication::translate("JournalStore", "must be between 0 and 10,000 km"));
    return std::nullopt;
}

std::optional<Error> validate(const SessionRecord& session, QDate today)
{
    if (!isStableId(session.routineId))
        return fieldError("routineId", QCoreApplication::translate("JournalStore", "is not a routine id"));
    if (auto error = checkInstant("start", session.start, session.localDate, today))
        return error;
    if (!session.end.isValid())
        return fieldError("end", QCoreApplication::translate("JournalStore", "is missing"));
    if (session.end < session.start)
        return fieldError("end", QCoreApplication::translate("JournalStore", "is before the start"));
    if (session.start.secsTo(session.end) > kMaxSessionSeconds)
        return fieldError("end", QCoreApplication::translate("JournalStore", "is more than 12 hours after the start"));
    if (toId(session.outcome).isEmpty())
        return fieldError("outcome", QCoreApplication::translate("JournalStore", "is not a known outcome"));
    for (const SessionItem& item : session.items) {
        if (!isStableId(item.exerciseId))
            return fieldError("exerciseId", QCoreApplication::translate("JournalStore", "is not an exercise id"));
        if (auto error = checkSide(item.side))
            return error;
        if (item.set < 1 || item.set > 20)
            return fieldError("set", QCoreApplication::translate("JournalStore", "must be between 1 and 20"));
        if (item.part < 0 || item.part > 9)
            return fieldError("part", QCoreApplication::translate("JournalStore", "must be between 0 and 9"));
        if (item.plannedSeconds < 0 || item.actualSeconds < 0 || item.plannedSeconds > 3600
            || item.actualSeconds > 3600)
            return fieldError("seconds", QCoreApplication::translate("JournalStore", "must be between 0 and 3600"));
        if (item.plannedReps < 0 || item.actualReps < 0 || item.plannedReps > 500 || item.actualReps > 500)
            return fieldError("reps", QCoreApplication::translate("JournalStore", "must be between 0 and 500"));
        if (auto error = checkPain("pain", item.pain))
            return error;
    }
    return std::nullopt;
}

std::optional<Error> validate(const CheckIn& checkIn, QDate today)
{
    if (auto error = checkWeekStart(checkIn.weekStart, today))
        return error;
    if (auto error = checkPain("worstPain", checkIn.worstPain))
        return error;
    if (auto error = checkPain("usualPain", checkIn.usualPain))
        return error;
    if (checkIn.worstPain && checkIn.usualPain && *checkIn.usualPain > *checkIn.worstPain)
        return fieldError("usualPain", QCoreApplication::translate("JournalStore", "is higher than the worst pain"));
    return std::nullopt;
}

std::optional<Error> validate(const MorningCheck& check, QDate today)
{
    return checkDate("date", check.date, today);
}

std::optional<Error> validateAgainstNow(const Run& run, const QDateTime& now)
{
    // A minute of grace for a clock read a moment apart; a run that starts later today has not happened.
    if (now.isValid() && run.start.isValid() && run.start > now.addSecs(60))
        return fieldError("start", QCoreApplication::translate("JournalStore", "lies later than now"));
    return std::nullopt;
}

std::optional<Error> validate(const PsfsActivity& activity, QDate today)
{
    const QString name = activity.name.trimmed();
    if (name.isEmpty())
        return fieldError("name", QCoreApplication::translate("JournalStore", "is empty"));
    if (name.size() > kMaxPsfsNameLength)
        return fieldError(
            "name",
            QCoreApplication::translate("JournalStore", "is longer than %1 characters").arg(kMaxPsfsNameLength));
    if (auto error = checkDate("added", activity.added, today))
        return error;
    if (activity.retired && *activity.retired < activity.added)
        return fieldError("retired", QCoreApplication::translate("JournalStore", "lies before the day it was added"));
    return std::nullopt;
}

std::optional<Error> validate(const PsfsScore& score, QDate today)
{
    if (score.activityId == NoId)
        return fieldError("activityId", QCoreApplication::translate("JournalStore", "is missing"));
    if (auto error = checkDate("date", score.date, today))
        return error;
    return checkPain("score", score.score);
}

std::optional<Error> validate(const PsfsRound& round, const QList<PsfsActivity>& asked, QDate today)
{
    const auto says = [](const char* text) { return QCoreApplication::translate("JournalStore", text); };
    if (auto error = checkDate("date", round.date, today))
        return error;
    QHash<RecordId, PsfsActivity> byId;
    for (const PsfsActivity& activity : asked)
        byId.insert(activity.id, activity);

    QSet<RecordId> retired;
    for (qsizetype i = 0; i < round.retire.size(); ++i) {
        const RecordId id = round.retire.at(i);
        const QString field = QStringLiteral("retire[%1]").arg(i);
        if (!byId.contains(id))
            return Error {field, says("activity %1 is not asked any more, or was never in the journal").arg(id)};
        if (byId.value(id).added > round.date)
            return Error {field, says("lies before the day the activity was added")};
        retired.insert(id);
    }
    QSet<RecordId> rated;
    QSet<QString> names; // the activities asked after the round, case-folded
    for (const PsfsActivity& activity : asked) {
        if (!retired.contains(activity.id))
            names.insert(activity.name.trimmed().toCaseFolded());
    }
    for (qsizetype i = 0; i < round.ratings.size(); ++i) {
        const PsfsRating& rating = round.ratings.at(i);
        const QString field = QStringLiteral("ratings[%1]").arg(i);
        if (auto error = checkPain("score", rating.score))
            return Error {field + QStringLiteral(".score"), error->message};
        if (rating.activityId != NoId) {
            if (!byId.contains(rating.activityId) || retired.contains(rating.activityId))
                return Error {
                    field + QStringLiteral(".activityId"),
                    says("activity %1 is not asked any more, or was never in the journal").arg(rating.activityId)};
            if (rated.contains(rating.activityId))
                return Error {field + QStringLiteral(".activityId"), says("is scored twice in one round")};
            rated.insert(rating.activityId);
            continue;
        }
        PsfsActivity activity {NoId, rating.newActivity.trimmed(), round.date, std::nullopt};
        if (auto error = validate(activity, today))
            return Error {field + QStringLiteral(".name"), error->message};
        const QString key = activity.name.toCaseFolded();
        if (names.contains(key))
            return Error {field + QStringLiteral(".name"), says("\"%1\" is already asked").arg(activity.name)};
        names.insert(key);
    }
    for (const PsfsActivity& activity : asked) {
        if (!retired.contains(activity.id) && !rated.contains(activity.id))
            return Error {QStringLiteral("ratings"), says("\"%1\" has no score").arg(activity.name)};
    }
    const qsizetype count = names.size();
    if (count < kPsfsMinActivities || count > kPsfsMaxActivities)
        return Error {QStringLiteral("ratings"),
                      says("a round asks about %1 to %2 activities, not %3")
                          .arg(kPsfsMinActivities)
                          .arg(kPsfsMaxActivities)
                          .arg(count)};
    return std::nullopt;
}

void fillLocalDate(PainEntry& entry)
{
    if (!entry.localDate.isValid() && entry.at.isValid())
        entry.localDate = entry.at.toLocalTime().date();
}

void fillLocalDate(FlexCheck& check)
{
    if (!check.localDate.isValid() && check.at.isValid())
        check.localDate = check.at.toLocalTime().date();
}

void fillLocalDate(Run& run)
{
    if (!run.localDate.isValid() && run.start.isValid())
        run.localDate = run.start.toLocalTime().date();
}

void fillLocalDate(SessionRecord& session)
{
    if (!session.localDate.isValid() && session.start.isValid())
        session.localDate = session.start.toLocalTime().date();
}

} // namespace patella::validation
