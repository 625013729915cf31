#pragma once

#include "core/model/records.h"
#include "core/model/result.h"
#include "core/model/weekdistance.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// What the journal store hands out besides the records themselves: the kinds of record (for change
// signals), why an open failed, the rows the views' queries return, and the backups on disk.
namespace patella {

enum class RecordKind
{
    PainEntries,
    FlexChecks,
    Runs,
    WeeklyTotals,
    Shoes,
    Sessions,
    CheckIns,
    MorningChecks,
    FunctionScores, // PSFS activities and their scores
    All, // the whole journal was replaced (a backup restored)
};

// Why open() failed, so the app can offer the right way out. Only Corrupt, Empty and MigrationFailed
// offer to put a backup in the journal's place; the others are never a reason to replace it.
enum class OpenFailure
{
    None,
    NewerVersion, // written by a newer Patella: refused, never written
    Corrupt, // not a journal or damaged (PRAGMA quick_check failed): left untouched; offer a backup
    Empty, // zero bytes although backups of it exist: offer them rather than start afresh
    Busy, // another program holds the journal locked: try again, never replace it
    DiskFull, // no space left to open it (SQLite needs room for its -wal and -shm files)
    FolderUnusable, // the journal is readable but its folder takes no -wal/-shm files beside it
    AccessDenied, // the folder or the file cannot be created, read or protected
    InvalidPath, // the path is longer than SQLite accepts (nothing was created)
    MigrationFailed, // an upgrade step failed and was rolled back; the pre-migration backup is kept
    NotOpen,
};

// Whether a failed read or write may succeed when simply tried again (another program held a lock).
enum class StoreFault
{
    None,
    Busy, // in use by another program
    DiskFull,
    Damaged, // the file is corrupt
    Other,
};
StoreFault storeFault(const Error& error);

// An inclusive range of local dates; an invalid end is open.
struct DateRange
{
    QDate from;
    QDate to;
};

// Mean and worst pain of one local day in one situation (the insights' worstPerDay() keeps the worst only).
struct PainDaySummary
{
    QDate date;
    PainSituation situation = PainSituation::AtRest;
    double average = 0.0;
    int worst = 0;
    int entries = 0;
};

// Sessions in one period (a local day, or an ISO week given by its Monday).
struct SessionCount
{
    QDate period;
    int sessions = 0;
    int completed = 0;
};

struct FlexSample
{
    QDate date;
    QDateTime at;
    double value = 0.0;
    FlexUnit unit = FlexUnit::Centimetres;
};

struct ShoeDistance
{
    RecordId shoeId = NoId;
    QString name;
    double distanceMetres = 0.0;
    int runs = 0;
    double limitMetres = 0.0;
    bool retired = false;
};

// One round of the Patient-Specific Functional Scale, as the check-in asks it: a score for every activity
// still asked (by id) and for each new one (by name, added on the round's date); retire lists activities
// that are no longer asked from this date on (their scores are kept). After the round, kPsfsMinActivities
// to kPsfsMaxActivities activities are asked, and each has a score of this date.
struct PsfsRating
{
    RecordId activityId = NoId; // an activity already asked, or NoId with newActivity
    QString newActivity;
    int score = 0;
};

struct PsfsRound
{
    QDate date;
    QList<PsfsRating> ratings;
    QList<RecordId> retire;
};

enum class BackupKind
{
    Daily, // automatic, at most one a day; rotation keeps days, weeks and months (see journalbackups.cpp)
    Manual, // "Back up now": never rotated away
    PreMigration, // taken before a schema upgrade, kept
    PreRestore, // the journal as it was before a backup was restored over it, kept
};

struct BackupInfo
{
    QString path;
    BackupKind kind = BackupKind::Daily;
    QDateTime created; // UTC, from the file name
    qint64 bytes = 0;
};

} // namespace patella

Q_DECLARE_METATYPE(patella::RecordKind)
