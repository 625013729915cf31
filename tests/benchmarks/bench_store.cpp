// The journal store on a generated ten-year journal (3,650 days, each with two sessions with items, two
// pain entries and a run; a weekly check-in and weekly flexibility checks for every test and side).
// Targets: the whole journal written in under 1 s, opened in under 30 ms, every view query over the ten
// years in under 20 ms.
#include "core/store/journalprobe.h"
#include "core/store/journalstore.h"
#include "tests/benchmarks/benchstats.h"
#include "tests/benchmarks/rawsqlite.h"
#include "tests/benchmarks/tenyears.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

using namespace patella;

namespace {

const QDate kEnd = bench::kTenYearsEnd;
constexpr int kDays = bench::kTenYearsDays;

FixedClock& clock()
{
    static FixedClock fixed(bench::utcAt(kEnd.addDays(1), 9, 30));
    return fixed;
}

// Milliseconds of each timed ten-year write, Patella's and raw SQLite's, for the ratio printed at the end.
std::vector<double>& patellaWrites()
{
    static std::vector<double> ms;
    return ms;
}

std::vector<double>& rawWrites()
{
    static std::vector<double> ms;
    return ms;
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Writes the journal into store: shoes, then everything else in one batch.
void fill(JournalStore& store, benchmark::State* state)
{
    const auto shoes = bench::addShoes(store);
    const JournalBatch batch = bench::tenYears(shoes.value().at(0), shoes.value().at(1));
    if (state)
        state->ResumeTiming();
    const auto start = std::chrono::steady_clock::now();
    auto written = store.addBatch(batch);
    if (state) {
        patellaWrites().push_back(msSince(start));
        state->PauseTiming();
    }
    if (!written.ok())
        qFatal("fill failed: %s", qPrintable(written.error().text()));
}

// One ten-year journal on disk, shared by the open and query benchmarks.
struct Journal
{
    QTemporaryDir dir;
    QString path;
    Journal()
        : path(dir.filePath(QStringLiteral("journal.sqlite")))
    {
        JournalStore store(clock());
        if (!store.open(path).ok())
            qFatal("cannot open the benchmark journal");
        fill(store, nullptr);
    }
};

Journal& journal()
{
    static Journal shared;
    return shared;
}

void BM_BulkInsertTenYears(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        JournalStore store(clock());
        if (!store.open(dir.filePath(QStringLiteral("j.sqlite"))).ok())
            qFatal("open failed");
        fill(store, &state);
        store.close();
        state.ResumeTiming();
    }
    state.counters["records"] = double(kDays * (2 + 12 + 2 + 1 + 1) + (kDays / 7) * 11); // items counted
}
BENCHMARK(BM_BulkInsertTenYears)->Unit(benchmark::kMillisecond)->Iterations(5);

// The same batch through the raw SQLite C API (rawsqlite.h), into the same schema with the same durability.
void BM_RawSqliteTenYears(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("raw.sqlite"));
        JournalBatch batch;
        {
            JournalStore store(clock());
            if (!store.open(path).ok())
                qFatal("open failed");
            const auto shoes = bench::addShoes(store);
            batch = bench::tenYears(shoes.value().at(0), shoes.value().at(1));
            store.close();
        }
        state.ResumeTiming();
        const auto start = std::chrono::steady_clock::now();
        const QString error = bench::writeRaw(path, batch);
        rawWrites().push_back(msSince(start));
        if (!error.isEmpty())
            qFatal("raw write failed: %s", qPrintable(error));
    }
}
BENCHMARK(BM_RawSqliteTenYears)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_OpenTenYears(benchmark::State& state)
{
    const QString path = journal().path;
    for (auto _ : state) {
        JournalStore store(clock());
        auto opened = store.open(path);
        benchmark::DoNotOptimize(opened.ok());
        state.PauseTiming();
        if (!opened.ok())
            qFatal("open failed");
        store.close();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OpenTenYears)->Unit(benchmark::kMillisecond);

// What open() adds since issue 13: the read-only probe with PRAGMA quick_check, and the full
// integrity_check that runs in the background after start and before each backup.
void BM_QuickCheckTenYears(benchmark::State& state)
{
    const QString path = journal().path;
    for (auto _ : state) {
        const ProbeReport report = probeJournal(path, CheckDepth::Quick);
        if (!report.sound())
            qFatal("quick_check failed: %s", qPrintable(report.error.text()));
    }
}
BENCHMARK(BM_QuickCheckTenYears)->Unit(benchmark::kMillisecond);

void BM_IntegrityCheckTenYears(benchmark::State& state)
{
    const QString path = journal().path;
    for (auto _ : state) {
        const ProbeReport report = probeJournal(path, CheckDepth::Full);
        if (!report.sound())
            qFatal("integrity_check failed: %s", qPrintable(report.error.text()));
    }
}
BENCHMARK(BM_IntegrityCheckTenYears)->Unit(benchmark::kMillisecond);

template <typename Query> void runQuery(benchmark::State& state, Query query)
{
    JournalStore store(clock());
    if (!store.open(journal().path).ok())
        qFatal("open failed");
    qsizetype rows = 0;
    for (auto _ : state) {
        auto result = query(store);
        if (!result.ok())
            qFatal("query failed: %s", qPrintable(result.error().text()));
        rows = result.value().size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
}

void BM_PainDaySummary(benchmark::State& state)
{
    runQuery(state, [](JournalStore& s) { return s.painSummaryPerDay({}); });
}
void BM_WeeklyMileage(benchmark::State& state)
{
    runQuery(state, [](JournalStore& s) { return s.weeklyMileage({}); });
}
void BM_SessionsPerDay(benchmark::State& state)
{
    runQuery(state, [](JournalStore& s) { return s.sessionsPerDay({}); });
}
void BM_SessionsPerWeek(benchmark::State& state)
{
    runQuery(state, [](JournalStore& s) { return s.sessionsPerWeek({}); });
}
void BM_FlexSeries(benchmark::State& state)
{
    runQuery(state, [](JournalStore& s) { return s.flexSeries(FlexTest::KneeToWall, Side::Left); });
}
void BM_ShoeDistances(benchmark::State& state)
{
    runQuery(state, [](JournalStore& s) { return s.shoeDistances(); });
}
void BM_ListPainEntriesOneYear(benchmark::State& state)
{
    runQuery(state, [](JournalStore& s) { return s.list<PainEntry>({kEnd.addYears(-1), kEnd}); });
}
void BM_ListSessionsOneMonth(benchmark::State& state)
{
    runQuery(state, [](JournalStore& s) { return s.list<SessionRecord>({kEnd.addMonths(-1), kEnd}); });
}
void BM_ListRunsTenYears(benchmark::State& state)
{
    runQuery(state, [](JournalStore& s) { return s.list<Run>(); });
}

BENCHMARK(BM_PainDaySummary)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WeeklyMileage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SessionsPerDay)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SessionsPerWeek)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FlexSeries)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ShoeDistances)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListPainEntriesOneYear)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListSessionsOneMonth)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListRunsTenYears)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    const double patella = bench::median(patellaWrites());
    const double raw = bench::median(rawWrites());
    if (patella > 0 && raw > 0)
        std::printf("\nTen-year write, medians: Patella %.0f ms, raw SQLite C API %.0f ms: %.2fx raw (target 1.5x)\n",
                    patella, raw, patella / raw);
    return 0;
}
