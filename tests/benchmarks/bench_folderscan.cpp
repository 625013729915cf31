// One look at a watched folder (core/import/folderscan.h, off the GUI thread) and what the ledger makes of it
// (FolderLedger::ready, on the GUI thread), on folder trees made in a temp dir: a Strava-like export of years
// of runs in month folders, and a wide tree of empty folders four levels deep (a whole home chosen by
// mistake), where the limit on folders read is what bounds the look. Figures: files and folders per second.
#include "core/import/folderledger.h"
#include "core/import/folderscan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace patella;

namespace {

// runs files in year/month folders (12 a year), each a few bytes: the listing reads names and sizes only.
const QTemporaryDir& exportTree(int runs)
{
    static std::map<int, std::unique_ptr<QTemporaryDir>> trees;
    auto& tree = trees[runs];
    if (tree)
        return *tree;
    tree = std::make_unique<QTemporaryDir>();
    const QDir root(tree->path());
    for (int i = 0; i < runs; ++i) {
        const int month = i % 120;
        const QString folder
            = QStringLiteral("activities/%1/%2").arg(2016 + month / 12).arg(1 + month % 12, 2, 10, QLatin1Char('0'));
        root.mkpath(folder);
        QFile file(root.filePath(QStringLiteral("%1/%2.fit.gz").arg(folder).arg(i)));
        file.open(QIODevice::WriteOnly);
        file.write("fit");
    }
    return *tree;
}

// ten folders in each folder, four levels: 11,110 folders, no activity file.
const QTemporaryDir& wideTree()
{
    static const std::unique_ptr<QTemporaryDir> tree = [] {
        auto dir = std::make_unique<QTemporaryDir>();
        const QDir root(dir->path());
        for (int i = 0; i < 10000; ++i)
            root.mkpath(QStringLiteral("%1/%2/%3/%4").arg(i / 1000).arg(i / 100 % 10).arg(i / 10 % 10).arg(i % 10));
        return dir;
    }();
    return *tree;
}

void BM_ListExport(benchmark::State& state)
{
    const int runs = int(state.range(0));
    const QString path = exportTree(runs).path();
    qsizetype files = 0;
    qsizetype folders = 0;
    for (auto _ : state) {
        const FolderListing listing = listActivityFolder(path);
        files = listing.files.size();
        folders = listing.folders.size();
        benchmark::DoNotOptimize(listing);
    }
    if (files != runs)
        state.SkipWithError("not every file was listed");
    state.counters["files"] = double(files);
    state.counters["folders"] = double(folders);
    state.counters["files/s"] = benchmark::Counter(double(files), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ListExport)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

// The listing of a look where every file was seen before: what the GUI thread does each minute.
void BM_LedgerReadyAllSeen(benchmark::State& state)
{
    const int runs = int(state.range(0));
    const FolderListing listing = listActivityFolder(exportTree(runs).path());
    FolderLedger ledger;
    for (const FileSighting& file : listing.files)
        ledger.markSeen(file);
    for (auto _ : state)
        benchmark::DoNotOptimize(ledger.ready(listing, 0));
    state.counters["files/s"]
        = benchmark::Counter(double(listing.files.size()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_LedgerReadyAllSeen)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

// A whole home: the look stops at maxFolders (the default 2000, and the tree's 11,111 without a limit).
void BM_ListWideTree(benchmark::State& state)
{
    const QString path = wideTree().path();
    FolderScanLimits limits;
    limits.maxFolders = int(state.range(0));
    qsizetype folders = 0;
    bool truncated = false;
    for (auto _ : state) {
        const FolderListing listing = listActivityFolder(path, limits);
        folders = listing.folders.size();
        truncated = listing.truncated;
        benchmark::DoNotOptimize(listing);
    }
    state.counters["folders"] = double(folders);
    state.counters["truncated"] = truncated ? 1 : 0;
    state.counters["folders/s"] = benchmark::Counter(double(folders), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ListWideTree)
    ->Arg(FolderScanLimits {}.maxFolders)
    ->Arg(20000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

BENCHMARK_MAIN();
