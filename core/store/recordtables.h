#pragma once

#include "core/model/records.h"
#include "core/model/result.h"
#include "core/store/storetypes.h"

#include <QSqlQuery>
#include <QVariantList>

// How each record type maps onto its table: the columns (after the id, in binding order), the column
// that dates it for range queries, the order of lists, and the fields named when a UNIQUE or FOREIGN
// KEY constraint refuses a write. The store's generic CRUD is written once against these traits.
namespace patella::tables {

template <typename R> struct Table;

template <> struct Table<PainEntry>
{
    static constexpr RecordKind kind = RecordKind::PainEntries;
    static constexpr const char* name = "pain_entries";
    static constexpr const char* columns = "at_ms,local_date,score,situation,side,note,session_id";
    static constexpr const char* dateColumn = "local_date";
    static constexpr const char* order = "at_ms, id";
    static constexpr const char* uniqueField = "id";
    static constexpr const char* foreignField = "sessionId";
    static QVariantList values(const PainEntry& entry);
    static Result<PainEntry> read(const QSqlQuery& query);
};

template <> struct Table<FlexCheck>
{
    static constexpr RecordKind kind = RecordKind::FlexChecks;
    static constexpr const char* name = "flex_checks";
    static constexpr const char* columns = "at_ms,local_date,test,side,value,unit";
    static constexpr const char* dateColumn = "local_date";
    static constexpr const char* order = "at_ms, id";
    static constexpr const char* uniqueField = "id";
    static constexpr const char* foreignField = "id";
    static QVariantList values(const FlexCheck& check);
    static Result<FlexCheck> read(const QSqlQuery& query);
};

template <> struct Table<Run>
{
    static constexpr RecordKind kind = RecordKind::Runs;
    static constexpr const char* name = "runs";
    static constexpr const char* columns = "start_ms,local_date,week_start,distance_m,duration_s,effort,shoe_id,"
                                           "pain_during,pain_after,source,external_id,note,moving_s,elapsed_s,"
                                           "cadence_spm,avg_hr,sport,device,distance_source";
    static constexpr const char* dateColumn = "local_date";
    static constexpr const char* order = "start_ms, id";
    static constexpr const char* uniqueField = "externalId";
    static constexpr const char* foreignField = "shoeId";
    static QVariantList values(const Run& run);
    static Result<Run> read(const QSqlQuery& query);
};

template <> struct Table<WeeklyTotal>
{
    static constexpr RecordKind kind = RecordKind::WeeklyTotals;
    static constexpr const char* name = "weekly_totals";
    static constexpr const char* columns = "week_start,distance_m,runs,note";
    static constexpr const char* dateColumn = "week_start";
    static constexpr const char* order = "week_start";
    static constexpr const char* uniqueField = "weekStart";
    static constexpr const char* foreignField = "id";
    static QVariantList values(const WeeklyTotal& total);
    static Result<WeeklyTotal> read(const QSqlQuery& query);
};

template <> struct Table<Shoe>
{
    static constexpr RecordKind kind = RecordKind::Shoes;
    static constexpr const char* name = "shoes";
    static constexpr const char* columns = "name,first_use,retired,limit_m";
    static constexpr const char* dateColumn = "first_use";
    static constexpr const char* order = "first_use, id";
    static constexpr const char* uniqueField = "id";
    static constexpr const char* foreignField = "id";
    static QVariantList values(const Shoe& shoe);
    static Result<Shoe> read(const QSqlQuery& query);
};

// The session row only; its items live in session_items and are handled by the store.
template <> struct Table<SessionRecord>
{
    static constexpr RecordKind kind = RecordKind::Sessions;
    static constexpr const char* name = "sessions";
    static constexpr const char* columns = "routine_id,start_ms,end_ms,local_date,week_start,outcome,settled";
    static constexpr const char* dateColumn = "local_date";
    static constexpr const char* order = "start_ms, id";
    static constexpr const char* uniqueField = "id";
    static constexpr const char* foreignField = "id";
    static QVariantList values(const SessionRecord& session);
    static Result<SessionRecord> read(const QSqlQuery& query);
};

template <> struct Table<CheckIn>
{
    static constexpr RecordKind kind = RecordKind::CheckIns;
    static constexpr const char* name = "checkins";
    static constexpr const char* columns = "week_start,worst_pain,usual_pain,knee_worse_morning,notes,warning_signs";
    static constexpr const char* dateColumn = "week_start";
    static constexpr const char* order = "week_start";
    static constexpr const char* uniqueField = "weekStart";
    static constexpr const char* foreignField = "id";
    static QVariantList values(const CheckIn& checkIn);
    static Result<CheckIn> read(const QSqlQuery& query);
};

template <> struct Table<MorningCheck>
{
    static constexpr RecordKind kind = RecordKind::MorningChecks;
    static constexpr const char* name = "morning_checks";
    static constexpr const char* columns = "local_date,worse,session_id,run_id";
    static constexpr const char* dateColumn = "local_date";
    static constexpr const char* order = "local_date";
    static constexpr const char* uniqueField = "date";
    static constexpr const char* foreignField = "id";
    static QVariantList values(const MorningCheck& check);
    static Result<MorningCheck> read(const QSqlQuery& query);
};

template <> struct Table<PsfsActivity>
{
    static constexpr RecordKind kind = RecordKind::FunctionScores;
    static constexpr const char* name = "psfs_activities";
    static constexpr const char* columns = "name,added,retired";
    static constexpr const char* dateColumn = "added";
    static constexpr const char* order = "added, id";
    static constexpr const char* uniqueField = "id";
    static constexpr const char* foreignField = "id";
    static QVariantList values(const PsfsActivity& activity);
    static Result<PsfsActivity> read(const QSqlQuery& query);
};

template <> struct Table<PsfsScore>
{
    static constexpr RecordKind kind = RecordKind::FunctionScores;
    static constexpr const char* name = "psfs_scores";
    static constexpr const char* columns = "activity_id,local_date,score";
    static constexpr const char* dateColumn = "local_date";
    static constexpr const char* order = "local_date, activity_id";
    static constexpr const char* uniqueField = "date";
    static constexpr const char* foreignField = "activityId";
    static QVariantList values(const PsfsScore& score);
    static Result<PsfsScore> read(const QSqlQuery& query);
};

// Session items: written and read by the store beside their session.
constexpr const char* kItemColumns = "session_id,position,exercise_id,side,set_no,part,planned_s,actual_s,"
                                     "planned_reps,actual_reps,skipped,pain,pain_kind";
QVariantList itemValues(RecordId sessionId, int position, const SessionItem& item);
// Reads an item from a query whose column 0 is the item id and column 1 the session id.
Result<SessionItem> readItem(const QSqlQuery& query);

// An Error for a stored value that no longer means anything (an unknown id): the file was edited by hand
// or by a newer Patella.
Error unreadable(const char* field, const QString& value);

} // namespace patella::tables
