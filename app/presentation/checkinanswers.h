#pragma once

#include "core/model/records.h"
#include "core/model/result.h"
#include "core/store/journalstore.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// What a weekly check-in collects, how it becomes journal records, and last week's figures to set beside it.
// No widgets: the wizard fills CheckInAnswers, the tests can too.
namespace patella {

struct FlexAnswer
{
    FlexTest test = FlexTest::KneeToWall;
    Side side = Side::Left;
    double value = 0.0;
    FlexUnit unit = FlexUnit::Centimetres;
};

struct CheckInAnswers
{
    std::optional<int> worstPain;
    std::optional<int> usualPain;
    QHash<PainSituation, int> situations; // running (DuringRun), stairs, long sitting, squatting
    QList<FlexAnswer> flex;
    std::optional<double> weekTotalMetres; // only when no runs were logged this week
    int weekTotalRuns = 0;
    QList<RecordId> retireShoes; // ticked "looks worn" and chose to retire
    std::optional<QList<WarningSign>> warningSigns; // the ones ticked; unset when the page was not shown
    QString notes;
    std::optional<PsfsRound> functionScore; // the PSFS round, when it was asked and answered
};

// The situations the check-in asks about, in the order it asks.
QList<PainSituation> checkInSituations();

// The records of one check-in, dated now (local date today); weekStart is today's ISO Monday.
JournalBatch checkInBatch(const CheckInAnswers& answers, const QDateTime& now, QDate today);

// Writes the check-in in one store transaction: the CheckIn (or this week's earlier one, updated, when the
// runner checks in a second time the same week), the pain entries, the flexibility results, a week's total
// and the shoes retired. When any of it is refused, nothing is written.
Result<void> saveCheckIn(JournalStore& store, const CheckInAnswers& answers, const QDateTime& now, QDate today);

// Last week's figures, for the comparison page.
struct WeekFigures
{
    std::optional<int> worstPain;
    std::optional<int> usualPain;
    QList<FlexAnswer> flex; // latest value of each test and side before this week
    std::optional<double> metres;
    bool metresFromTotal = false;
    QDate checkInWeek; // the week of the check-in the pain figures come from
};

WeekFigures previousWeek(JournalStore& store, QDate today);

// This week's running so far (runs, or a week's total already logged).
struct WeekMileageSoFar
{
    double metres = 0.0;
    int runs = 0;
    bool fromRuns = false; // runs were logged this week
    bool fromTotal = false; // a week's total was logged this week
};

WeekMileageSoFar thisWeekMileage(JournalStore& store, QDate today);

} // namespace patella
