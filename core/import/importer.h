#pragma once

#include "core/import/activity.h"
#include "core/import/duplicates.h"
#include "core/model/records.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

#include <optional>

// From parsed activity files to runs in the journal. The rules, written once here for the preview, the
// watched folder and the command line:
//
// - Runs (running, trail, treadmill) are new runs, ticked. Other sports are listed, skipped and unticked
//   with their reason. A runner may tick one (a run recorded in the wrong mode, a GPX the pace rule
//   misjudged): it is then stored as a run, in the runs table, keeping its own sport in runs.sport, so
//   the runner's choice counts as running load and charts can still tell it apart. Nothing is stored
//   for a sport the runner did not tick.
// - Already in the journal (never tickable): a run with the same external id, or an imported run that
//   started within a minute of it (the same outing read from another format), or an activity met
//   earlier in the same batch.
// - Likely duplicate: a run typed by hand on the same local day, the file's distance within 10% of its
//   (core/import/duplicates.h, the rule the running-history CSV shares). Unticked until the runner
//   chooses: Merge keeps their effort, pain and notes (and their shoe if they gave one) and takes the
//   file's start, distance and times; Keep both adds the file's run.
// - Not importable (never tickable): no time at all, figures the journal refuses (over 300 km or
//   72 hours), or faster than 108 km/h on average (a GPS jump).
// - Each new run gets the default shoe (defaultShoe()); the preview may change it.
// - commit() writes every ticked activity in one transaction; undo() takes a whole commit back.
namespace patella {

class JournalStore;

enum class ImportStatus
{
    New, // a run not in the journal yet
    AlreadyInJournal,
    LikelyDuplicate, // of a run typed by hand (duplicateOf)
    Skipped, // another sport, or nothing in the file to import
    Rejected, // the file cannot be read
};

// Stable ids for --json: "imported"/"duplicate"/"skipped"/"rejected" are the command line's words for
// what happened; these name the preview's status before anything is written.
QString statusId(ImportStatus status);

enum class DuplicateChoice
{
    Merge,
    KeepBoth,
};

struct ImportCandidate
{
    QString file;
    std::optional<Activity> activity; // none for a rejected file or one without activities
    QDate localDate; // the day the runner lived it, in the importer's time zone
    ImportStatus status = ImportStatus::New;
    QString reason; // why skipped, rejected or a duplicate, in words; empty for new runs
    bool tickable = true;
    bool ticked = false;
    std::optional<RecordId> duplicateOf; // the manual run it likely duplicates, or the imported run it is
    DuplicateChoice choice = DuplicateChoice::Merge;
    std::optional<RecordId> shoeId;
};

// What a commit did, enough to take it back.
struct ImportReceipt
{
    QList<RecordId> added;
    QList<Run> replaced; // merged manual runs as they were before
    int runs() const { return int(added.size() + replaced.size()); }
    double metres = 0.0; // distance of the runs written
};

class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(patella::Importer)

public:
    explicit Importer(JournalStore& store, QTimeZone zone = QTimeZone::systemTimeZone());
    Q_DISABLE_COPY_MOVE(Importer)

    // The shoe for a run on day: the preferred one if it is in use then, else the only shoe in use then.
    static std::optional<RecordId> defaultShoe(const QList<Shoe>& shoes, std::optional<RecordId> preferred, QDate day);

    // Classifies every activity of the parsed files against the journal (and against each other).
    Result<QList<ImportCandidate>> classify(const QList<Result<ParsedFile>>& files,
                                            std::optional<RecordId> preferredShoe);

    // The run a candidate becomes (for a merge, over the manual run it replaces).
    Run runFor(const ImportCandidate& candidate, const std::optional<Run>& manual = std::nullopt) const;

    // Writes the ticked candidates in one transaction.
    Result<ImportReceipt> commit(const QList<ImportCandidate>& candidates);
    // Takes a commit back in one transaction: removes the added runs and restores the merged ones.
    Result<void> undo(const ImportReceipt& receipt);

private:
    QList<ImportCandidate> classifyFile(const Result<ParsedFile>& file, const QList<Run>& runs,
                                        const DuplicateFinder& journal, const QList<Shoe>& shoes,
                                        std::optional<RecordId> preferredShoe,
                                        const QList<ImportCandidate>& earlier) const;
    // A rejected file, or one without an activity: one candidate that says so.
    ImportCandidate nothingToImport(const Result<ParsedFile>& file) const;
    // The run in the journal this activity already is: its external id, or the same outing from another format.
    static std::optional<RecordId> inJournal(const Activity& activity, const DuplicateFinder::Finding& found,
                                             const QList<Run>& runs);
    // The same activity met earlier in this batch (another file, or the same id twice in this one).
    static const ImportCandidate* twinInBatch(const ImportCandidate& candidate, const QList<ImportCandidate>& earlier,
                                              const QList<ImportCandidate>& sameFile);
    // Sets the status, tick and reason by the rules above, first match wins.
    void judge(ImportCandidate& candidate, std::optional<RecordId> known, const ImportCandidate* twin,
               const Run* likelyManual) const;
    // Why the figures cannot be one outing (no time, over the journal's limits, too fast); empty when they can.
    QString implausible(const Activity& activity) const;
    QString skipReason(const Activity& activity) const;

    JournalStore& m_store;
    QTimeZone m_zone;
};

} // namespace patella
