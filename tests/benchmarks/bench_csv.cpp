// The Patella CSV folder on the ten-year journal (tenyears.h, about 71,000 rows): export to CSV (target
// under 2 s) and import of that folder into a new empty journal (target under 3 s).
#include "core/exchange/journalexport.h"
#include "core/exchange/journalimport.h"
#include "core/store/journalstore.h"
#include "tests/benchmarks/tenyears.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace patella;
using namespace patella::bench;

namespace {

FixedClock& clock()
{
    static FixedClock fixed(utcAt(kTenYearsEnd.addDays(1), 9, 30));
    return fixed;
}

// The ten-year journal on disk, and its export, shared by both benchmarks.
struct Fixture
{
    QTemporaryDir dir;
    QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    QString folder = dir.filePath(QStringLiteral("export"));
    int rows = 0;

    Fixture()
    {
        JournalStore store(clock());
        if (!store.open(journal).ok())
            qFatal("cannot open the benchmark journal");
        if (!writeTenYears(store).ok())
            qFatal("cannot fill the benchmark journal");
        auto exported = exchange::exportJournal(store, folder);
        if (!exported.ok())
            qFatal("export failed: %s", qPrintable(exported.error().text()));
        for (const auto& file : exported.value().files)
            rows += file.rows;
    }
};

Fixture& fixture()
{
    static Fixture shared;
    return shared;
}

qint64 folderBytes(const QString& folder)
{
    qint64 bytes = 0;
    for (const QFileInfo& info : QDir(folder).entryInfoList(QDir::Files))
        bytes += info.size();
    return bytes;
}

void BM_ExportTenYears(benchmark::State& state)
{
    JournalStore store(clock());
    if (!store.open(fixture().journal).ok())
        qFatal("open failed");
    QTemporaryDir out;
    for (auto _ : state) {
        auto exported = exchange::exportJournal(store, out.path());
        if (!exported.ok())
            qFatal("export failed: %s", qPrintable(exported.error().text()));
    }
    state.counters["rows"] = fixture().rows;
    state.counters["MB"] = double(folderBytes(out.path())) / 1e6;
}
BENCHMARK(BM_ExportTenYears)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ImportTenYearsIntoEmptyJournal(benchmark::State& state)
{
    int added = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        JournalStore store(clock());
        if (!store.open(dir.filePath(QStringLiteral("fresh.sqlite"))).ok())
            qFatal("open failed");
        state.ResumeTiming();
        auto imported = exchange::importJournal(store, fixture().folder, clock());
        state.PauseTiming();
        if (!imported.ok() || !imported.value().written())
            qFatal("import failed");
        added = imported.value().added();
        store.close();
        state.ResumeTiming();
    }
    state.counters["rows"] = added;
}
BENCHMARK(BM_ImportTenYearsIntoEmptyJournal)->Unit(benchmark::kMillisecond)->Iterations(3);

// Importing the folder again into the journal it came from: every row is checked and skipped.
void BM_ReimportTenYearsAddsNothing(benchmark::State& state)
{
    JournalStore store(clock());
    if (!store.open(fixture().journal).ok())
        qFatal("open failed");
    for (auto _ : state) {
        auto imported = exchange::importJournal(store, fixture().folder, clock());
        if (!imported.ok() || imported.value().added() != 0)
            qFatal("re-import added records");
    }
}
BENCHMARK(BM_ReimportTenYearsAddsNothing)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    fixture();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
