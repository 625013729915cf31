#pragma once

#include "core/model/clock.h"
#include "core/model/records.h"
#include "core/model/result.h"
#include "core/store/customcontent.h"
#include "core/store/storetypes.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <thread>

// The journal store: every record the runner logs, in one SQLite file (Qt Sql, QSQLITE driver).
//
// Schema. One table per record kind (pain_entries, flex_checks, runs, weekly_totals, shoes, sessions with
// session_items, checkins, morning_checks); ids are INTEGER PRIMARY KEYs. Instants are UTC milliseconds
// since the epoch; beside each dated record sits the local date the runner lived it ("2026-03-16" text,
// so a run at 23:30 stays on its day) and, for runs and sessions, the Monday of its ISO week, so day and
// week buckets are plain indexed GROUP BYs that need no time zone in SQL. Distances are metres, durations
// seconds, situations, sides, tests and units their stable ids from records.h. Imported runs carry a
// unique external id, so a re-import never double-counts. The schema version is PRAGMA user_version;
// schema.cpp holds version 1 and the ladder of steps above it, all run in one transaction, and a copy of
// the file (VACUUM INTO) is taken before any step runs on an existing journal.
//
// Durability. WAL journal with synchronous=FULL: a write the store has returned from is on disk, and a
// crash (even SIGKILL mid-write) leaves the file consistent; foreign keys are enforced. Every write is
// validated first (validation.h) and runs in a transaction, so a batch lands whole or not at all.
// Private files: a folder the store creates and the backups folder are 0700 (an existing folder is left
// as it is); the journal, its -wal and -shm files and every backup are 0600, set and read back.
//
// Honest failures. Before a journal is opened for writing it is probed read-only (journalprobe.h) with
// PRAGMA quick_check; files that are not journals, are damaged, busy, or come from a newer Patella are
// reported (openFailure()) and never written, their -wal included. A read that fails later is never taken
// for an empty journal: the store keeps the error (readFault()), emits readFailed(), and refuses every write
// until recheck() finds the journal readable again.
//
// Backups are consistent snapshots of the live database (VACUUM INTO, never a file copy), written under a
// temporary name and renamed when synced, in a "backups" folder beside the journal: automatic ones kept in
// tiers (one a day for the last N days, one a week for eight weeks, one a month for a year), manual,
// pre-migration and pre-restore ones never rotated away. Restore is crash-safe: see restoreBackup().
//
// One named QSqlDatabase connection per store instance; use a store from the thread that opened it.
namespace patella {

namespace sql {
class Transaction;
}
struct ProbeReport;
struct ProgrammeFile;
struct ProgrammeImage;

// Records written together in one transaction (the demo journal, imports, benchmarks).
struct JournalBatch
{
    QList<Shoe> shoes;
    QList<SessionRecord> sessions;
    QList<PainEntry> painEntries;
    QList<FlexCheck> flexChecks;
    QList<Run> runs;
    QList<WeeklyTotal> weeklyTotals;
    QList<CheckIn> checkIns;
    QList<MorningCheck> morningChecks;
    QList<PsfsRound> psfsRounds; // written last, in order
};

class JournalStore final : public QObject
{
    Q_OBJECT

public:
    explicit JournalStore(const Clock& clock, QObject* parent = nullptr);
    ~JournalStore() override;
    Q_DISABLE_COPY_MOVE(JournalStore)

    // Opens (or creates) the journal at path and brings it to the current schema. On failure, openFailure()
    // says why and the file is left as it was.
    Result<void> open(const QString& path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    OpenFailure openFailure() const { return m_failure; }
    static int currentSchemaVersion();
    Result<int> schemaVersion();
    Result<void> checkIntegrity(); // PRAGMA integrity_check
    // PRAGMA integrity_check on a read-only connection in another thread; integrityChecked() reports it.
    // A damaged journal also becomes the read fault, so nothing more is written to it.
    void checkIntegrityInBackground();

    // How long a write waits for another program's lock before it fails as busy (StoreFault::Busy).
    // Short, so the window never freezes: the app shows that it waits and tries again.
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }
    static constexpr int kDefaultBusyTimeoutMs = 250;

    // A read that failed (names the file and the cause); while set, every write is refused with it.
    std::optional<Error> readFault() const { return m_readFault; }
    // Tries the journal again (PRAGMA quick_check); clears the read fault when it reads, and tells the views
    // to read again (changed(All)).
    Result<void> recheck();

    // Records. R is one of PainEntry, FlexCheck, Run, WeeklyTotal, Shoe, SessionRecord (with its items),
    // CheckIn, MorningCheck. Lists are ordered by time and filtered by local date (a week's Monday for
    // weekly totals and check-ins, first use for shoes); an empty range lists everything. Updating a session
    // replaces its items. Removing a shoe or a session keeps the runs and pain entries that pointed at it.
    template <typename R> Result<RecordId> add(const R& record);
    template <typename R> Result<QList<RecordId>> addAll(const QList<R>& records); // all or nothing
    template <typename R> Result<R> get(RecordId id);
    template <typename R> Result<void> update(const R& record);
    template <typename R> Result<void> remove(RecordId id);
    template <typename R> Result<QList<R>> list(DateRange range = {});

    // Adds the runs whose external id is not in the journal yet, in one transaction; returns how many.
    Result<int> importRuns(const QList<Run>& runs);
    // Writes every list of the batch in one transaction (shoes first, ids are not reported).
    Result<void> addBatch(const JournalBatch& batch);
    // Runs work in one transaction: every write it makes through this store joins it, and an error from
    // work (or from the commit) rolls all of it back. Change signals are sent after the commit. Used where
    // later records need the ids of earlier ones (a CSV import: shoes, then the runs that point at them).
    Result<void> writeTogether(const std::function<Result<void>()>& work);
    // Writes one PSFS round in one transaction (see PsfsRound for its rules); a score for an activity that
    // already has one on that date replaces it.
    Result<void> recordPsfsRound(const PsfsRound& round);
    // The activities asked now (not retired), oldest first.
    Result<QList<PsfsActivity>> currentPsfsActivities();

    // What the views show, computed in SQL.
    Result<QList<PainDaySummary>> painSummaryPerDay(DateRange range); // mean and worst per day and situation
    Result<QList<WeeklyDistance>> weeklyMileage(DateRange range);
    Result<QList<SessionCount>> sessionsPerDay(DateRange range, const QString& routineId = {});
    Result<QList<SessionCount>> sessionsPerWeek(DateRange range, const QString& routineId = {});
    Result<QList<FlexSample>> flexSeries(FlexTest test, Side side, DateRange range = {});
    Result<QList<ShoeDistance>> shoeDistances();

    // The runner's own exercises and routines, and imported programmes (journalcustom.cpp). CustomCatalog
    // checks them against the catalog first; each call is one transaction. Pictures are files in
    // imageFolder() (0600), named by their content, so a picture is stored once and never rewritten.
    Result<CustomContent> customContent();
    // Adds or replaces (by id). A non-empty image is stored and becomes the exercise's picture; otherwise
    // exercise.imagePath (a file in imageFolder(), or empty) is kept.
    Result<void> saveCustomExercise(const Exercise& exercise, const ProgrammeImage& image);
    Result<void> saveCustomRoutine(const Routine& routine); // adds or replaces, items included
    Result<void> setCustomRetired(const QString& id, bool retired); // an exercise's or a routine's
    // Writes the programme's exercises (with their images) and routines, replacing those with the same
    // ids, and records the programme; returns its id.
    Result<qint64> importProgramme(const ProgrammeFile& programme, const QString& fileName);
    QString imageFolder() const;

    // Backups, in backupFolder(). backupNow() writes a manual backup (never rotated away); backupIfDue()
    // writes the day's automatic backup when there is none yet for the Clock's today, rotates the
    // automatic ones, and returns its path (empty when none was due). Both run integrity_check first and
    // refuse to back up a damaged journal.
    //
    // restoreBackup() checks the backup (integrity_check), copies it beside the journal and syncs it, keeps
    // the current journal as a pre-restore backup, writes a marker, and rename()s the copy over the journal
    // (folder synced after each step); the next open() finishes a restore the marker says was under way, or
    // undoes one that had not reached it. It works when open() failed too.
    QString backupFolder() const;
    QList<BackupInfo> listBackups() const;
    // The same for a journal that is not open (patella --check): reads the folder, opens nothing.
    static QString backupFolderOf(const QString& journalPath);
    static QList<BackupInfo> backupsOf(const QString& journalPath);
    Result<QString> backupNow();
    Result<QString> backupIfDue();
    Result<void> restoreBackup(const QString& backupPath);
    void setDailyBackupsKept(int days);
    int dailyBackupsKept() const { return m_dailyBackupsKept; }

    static constexpr int kDailyBackupsKept = 7;
    static constexpr int kWeeklyBackupsKept = 8;
    static constexpr int kMonthlyBackupsKept = 12;

    // Tests only: called with the name of each step of restore, backup and migration as it is reached
    // (the fault-injection tests kill the process there).
    using StepHook = std::function<void(const char* step)>;
    void setStepHook(StepHook hook) { m_stepHook = std::move(hook); }

signals:
    // Records of this kind were written (after the commit). When the write only added records, added() comes
    // first, at once, with their ids, so a view may read those alone instead of every record of the kind.
    void changed(patella::RecordKind kind);
    void added(patella::RecordKind kind, const QList<patella::RecordId>& ids);
    void readFailed(const QString& message);
    void integrityChecked(bool sound, const QString& message);

private:
    Result<void> requireOpen() const;
    Result<void> requireWritable();
    Result<void> checkPages();
    void finishBackgroundCheck(bool announce);
    Error noteReadFailure(const Error& error);
    Result<void> openChecked();
    Result<void> openReadWrite(int version);
    Result<void> finishInterruptedRestore();
    void closeConnection();
    void joinBackgroundCheck();
    Result<QString> writeBackup(BackupKind kind, const QString& tag);
    void rotateBackups();
    void protectBackups() const;
    Result<void> protectFiles() const;
    void step(const char* name) const;
    template <typename R> Result<QList<RecordId>> insertAll(QList<R> records, bool announce);
    template <typename R> Result<QList<R>> select(const QString& where, const QVariantList& values);
    Result<void> loadItems(QList<SessionRecord>& sessions, const QString& where, const QVariantList& values);
    Result<void> writePsfsRound(const PsfsRound& round);
    Result<QList<SessionCount>> sessionCounts(const char* column, DateRange range, const QString& routineId);
    QDate today() const;
    // Inside writeTogether() these join its transaction, and change signals wait for its commit.
    Result<void> beginWrite(sql::Transaction& transaction);
    Result<void> commitWrite(sql::Transaction& transaction);
    void notify(RecordKind kind, const QList<RecordId>* addedIds = nullptr);
    Result<QString> storeImage(const ProgrammeImage& image);
    Result<void> writeCustomExercise(const Exercise& exercise, const QString& imageFile, qint64 programmeId);
    Result<void> writeCustomRoutine(const Routine& routine, qint64 programmeId);

    const Clock& m_clock;
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    OpenFailure m_failure = OpenFailure::NotOpen;
    bool m_together = false;
    struct PendingChange
    {
        RecordKind kind = RecordKind::All;
        QList<RecordId> added;
        bool onlyAdded = true; // every write of the kind in the transaction added records
    };
    QList<PendingChange> m_pending;
    void emitChange(const PendingChange& change);
    std::optional<Error> m_readFault;
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    int m_dailyBackupsKept = kDailyBackupsKept;
    StepHook m_stepHook;
    std::thread m_backgroundCheck;
    // The journal's pages were found readable (quick_check, or the background integrity_check) since it was
    // opened: open() checks them only before a migration, so the first write checks them if nothing has yet.
    bool m_pagesChecked = false;
    std::shared_ptr<std::optional<ProbeReport>> m_backgroundReport; // written by the check's thread
    bool m_backgroundApplied = false; // its finding taken (a write may wait for it before the event loop)
    bool m_backgroundFault = false; // the finding made the read fault: readFailed is still to be said
};

} // namespace patella
