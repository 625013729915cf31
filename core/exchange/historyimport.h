#pragma once

#include "core/csv/csvtable.h"
#include "core/exchange/journalimport.h"
#include "core/model/clock.h"
#include "core/model/records.h"
#include "core/model/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// A running history from another service's bulk export: Strava's activities.csv and Garmin Connect's
// Activities.csv (or any CSV with a date, a sport, a distance and a time), so years of runs arrive at
// once for the load rules. Columns are found by their header names; what cannot be found is left for a
// mapping step (the caller sets the column), and the distance unit when the file does not tell it.
// Only runs are imported (a sport whose name says run: Run, Trail Run, Treadmill Running...); every
// other row is listed as skipped with its reason, as are runs the journal already holds (the shared
// duplicate rules, core/import/duplicates.h). A run row that cannot be read refuses the whole file with
// its line, column and field, and nothing is written.
namespace patella {

class JournalStore;

namespace exchange {

enum class HistorySource
{
    Strava,
    GarminConnect,
    Other,
};

enum class HistoryUnit
{
    Unknown, // ask the runner
    Metres,
    Kilometres,
    Miles,
};

// The file's columns for each thing a run needs (-1: not found). Time is the moving time when the file
// has one, else the elapsed time.
struct HistoryColumns
{
    int date = -1;
    int type = -1;
    int distance = -1;
    int time = -1;
    int id = -1; // optional: the service's activity id
    int name = -1; // optional: the activity's title, kept as the run's note
};

struct HistoryLayout
{
    HistorySource source = HistorySource::Other;
    HistoryColumns columns;
    HistoryUnit unit = HistoryUnit::Unknown;
    bool datesAreUtc = false; // Strava writes UTC; Garmin and others the runner's local time

    // The required fields without a column ("date", "type", "distance", "time").
    QStringList missing() const;
    bool complete() const { return missing().isEmpty() && unit != HistoryUnit::Unknown; }
};

struct HistorySkip
{
    int line = 0;
    QString activity; // "2026-03-10 Ride: Evening Ride"
    QString reason; // translated
};

struct HistoryPlan
{
    QList<Run> runs; // to add
    QList<int> lines;
    QList<HistorySkip> skipped;
    std::optional<FileProblem> problem; // when set, nothing is imported
};

struct HistoryOutcome
{
    int added = 0;
    QList<HistorySkip> skipped;
    std::optional<FileProblem> problem;
};

class RunningHistory final
{
public:
    static RunningHistory read(const QString& fileName, const QByteArray& bytes);

    const std::optional<FileProblem>& problem() const { return m_problem; }
    QString fileName() const { return m_fileName; }
    const QStringList& header() const { return m_table.header(); }
    int rowCount() const { return int(m_table.rows().size()); }

    // Guessed from the header when read; the mapping step sets what was missing.
    const HistoryLayout& layout() const { return m_layout; }
    void setLayout(const HistoryLayout& layout) { m_layout = layout; }

    // zone: where the runner lives, for local dates (and for local times in the file).
    HistoryPlan plan(const QList<Run>& journalRuns, QDate today, const QTimeZone& zone) const;

private:
    QString m_fileName;
    csv::Table m_table;
    HistoryLayout m_layout;
    std::optional<FileProblem> m_problem;
};

HistoryLayout guessLayout(const QStringList& header);

// Plans against the journal's runs and adds the new runs in one transaction.
Result<HistoryOutcome> importHistory(JournalStore& store, const RunningHistory& history, const Clock& clock,
                                     const QTimeZone& zone = QTimeZone::systemTimeZone());

// "4:05", "1:02:03", "3725" or "3725.4" as whole seconds; nullopt when unreadable.
std::optional<int> parseHistoryDuration(const QString& text);

} // namespace exchange
} // namespace patella
