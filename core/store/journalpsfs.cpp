#include "core/store/journalstore.h"
#include "core/store/recordtables.h"
#include "core/store/sqlutil.h"
#include "core/store/validation.h"

// PSFS rounds: retire, add and score in one go, checked first against the activities the journal asks now
// (validation.h), so a round can never leave fewer than three or more than five asked, or one unscored.
namespace patella {

Result<QList<PsfsActivity>> JournalStore::currentPsfsActivities()
{
    auto all = list<PsfsActivity>();
    if (!all)
        return all.error();
    QList<PsfsActivity> current;
    for (const PsfsActivity& activity : all.value()) {
        if (!activity.retired)
            current.append(activity);
    }
    return current;
}

Result<void> JournalStore::recordPsfsRound(const PsfsRound& round)
{
    if (auto ready = requireOpen(); !ready)
        return ready;
    sql::Transaction transaction(m_db);
    if (auto begun = beginWrite(transaction); !begun)
        return begun;
    if (auto written = writePsfsRound(round); !written)
        return written;
    if (auto committed = commitWrite(transaction); !committed)
        return committed;
    notify(RecordKind::FunctionScores);
    return {};
}

// Inside the caller's transaction.
Result<void> JournalStore::writePsfsRound(const PsfsRound& round)
{
    auto current = currentPsfsActivities();
    if (!current)
        return current.error();
    if (auto error = validation::validate(round, current.value(), today()))
        return *error;

    const QVariant date = sql::dateValue(round.date);
    for (RecordId id : std::as_const(round.retire)) {
        if (auto done = sql::run(m_db, QStringLiteral("UPDATE psfs_activities SET retired=? WHERE id=?"), {date, id});
            !done)
            return done.error();
    }
    auto insertActivity = sql::prepare(m_db, QStringLiteral("INSERT INTO psfs_activities (name,added) VALUES (?,?)"));
    auto insertScore = sql::prepare(m_db,
                                    QStringLiteral("INSERT INTO psfs_scores (activity_id,local_date,score) VALUES "
                                                   "(?,?,?) ON CONFLICT (activity_id, local_date) DO UPDATE SET "
                                                   "score=excluded.score"));
    if (!insertActivity)
        return insertActivity.error();
    if (!insertScore)
        return insertScore.error();
    for (const PsfsRating& rating : round.ratings) {
        RecordId id = rating.activityId;
        if (id == NoId) {
            if (auto done = sql::exec(insertActivity.value(), {rating.newActivity.trimmed(), date}); !done)
                return done;
            id = insertActivity.value().lastInsertId().toLongLong();
        }
        if (auto done = sql::exec(insertScore.value(), {id, date, rating.score}); !done)
            return done;
    }
    return {};
}

} // namespace patella
