// Start-up time, as a runner meets it: from exec to the first paint of the main window, for a bare Qt Widgets
// window, Patella on an empty journal and Patella on the ten-year journal (tenyears.h), each launched at
// least 10 times in the same run (plus one warm-up that is not counted). The programs print the steady clock
// at their first paint (PATELLA_STARTUP_PROBE, FirstPaintProbe); this launcher reads the same clock just
// before it starts them. Needs a display: ./build.sh bench runs it under xvfb-run when there is none.
// Target: Patella with ten years within 1.5x of the bare window.
#include "core/model/clock.h"
#include "core/store/journalstore.h"
#include "tests/benchmarks/benchstats.h"
#include "tests/benchmarks/tenyears.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace patella;

namespace {

std::map<std::string, std::vector<double>>& samples()
{
    static std::map<std::string, std::vector<double>> all;
    return all;
}

// PATELLA_BENCH_KEEP=1 keeps the journals (the path is printed) for profiling a start by hand.
QTemporaryDir& folders()
{
    static QTemporaryDir dir;
    static const bool kept = [] {
        if (!qEnvironmentVariableIsSet("PATELLA_BENCH_KEEP"))
            return false;
        dir.setAutoRemove(false);
        std::printf("journals kept in %s\n", qPrintable(dir.path()));
        return true;
    }();
    Q_UNUSED(kept);
    return dir;
}

QString emptyDataDir()
{
    const QString path = folders().filePath(QStringLiteral("empty"));
    QDir().mkpath(path);
    return path;
}

QString tenYearDataDir()
{
    static const QString path = [] {
        const QString dir = folders().filePath(QStringLiteral("ten-years"));
        QDir().mkpath(dir);
        FixedClock clock(bench::utcAt(bench::kTenYearsEnd.addDays(1), 9, 30));
        JournalStore store(clock);
        if (const auto opened = store.open(QDir(dir).filePath(QStringLiteral("journal.sqlite"))); !opened)
            qFatal("ten-year journal: %s", qPrintable(opened.error().text()));
        if (const auto written = bench::writeTenYears(store); !written)
            qFatal("ten-year journal: %s", qPrintable(written.error().text()));
        return dir;
    }();
    return path;
}

// Milliseconds from just before exec to the program's first paint; negative when it did not report one. The
// stages Patella marks on the way (FirstPaintProbe::mark) go into samples() as "NAME:STAGE", in milliseconds
// from the same start.
double launch(const QString& program, const QStringList& arguments, const std::string& name)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATELLA_STARTUP_PROBE"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const auto before = std::chrono::steady_clock::now().time_since_epoch();
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1.0;
    }
    const long long beforeNs = std::chrono::duration_cast<std::chrono::nanoseconds>(before).count();
    const auto sinceStart = [beforeNs](const QByteArray& ns) { return double(ns.toLongLong() - beforeNs) / 1e6; };
    double painted = -1.0;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() == 2 && words[0] == "first-paint-ns")
            painted = sinceStart(words[1]);
        else if (words.size() == 3 && words[0] == "startup-mark")
            samples()[name + ':' + words[1].toStdString()].push_back(sinceStart(words[2]));
    }
    return painted;
}

void runStartup(benchmark::State& state, const QString& program, const QStringList& arguments, const char* name)
{
    launch(program, arguments, "warm-up"); // page cache, the day's first backup, font cache
    for (auto _ : state) {
        const double ms = launch(program, arguments, name);
        if (ms < 0) {
            state.SkipWithError("the program did not report its first paint (is there a display?)");
            return;
        }
        samples()[name].push_back(ms);
        state.SetIterationTime(ms / 1000.0);
    }
}

// Where Patella's start goes: the median time at which each marked stage was reached, in the order reached.
void printStages(const std::string& name)
{
    std::vector<std::pair<double, std::string>> stages;
    for (const auto& [key, values] : samples()) {
        if (key.starts_with(name + ':'))
            stages.emplace_back(bench::median(values), key.substr(name.size() + 1));
    }
    std::sort(stages.begin(), stages.end());
    std::printf("  %s, median ms from exec:", name.c_str());
    double previous = 0.0;
    for (const auto& [at, stage] : stages) {
        std::printf(" %s %.1f (+%.1f)", stage.c_str(), at, at - previous);
        previous = at;
    }
    std::printf(" first paint %.1f (+%.1f)\n", bench::median(samples()[name]),
                bench::median(samples()[name]) - previous);
}

void BM_BareWindow(benchmark::State& state)
{
    runStartup(state, QStringLiteral(PATELLA_BARE_WINDOW), {}, "bare");
}

void BM_PatellaEmptyJournal(benchmark::State& state)
{
    runStartup(state, QStringLiteral(PATELLA_BINARY), {QStringLiteral("--data-dir"), emptyDataDir()}, "empty");
}

void BM_PatellaTenYears(benchmark::State& state)
{
    runStartup(state, QStringLiteral(PATELLA_BINARY), {QStringLiteral("--data-dir"), tenYearDataDir()}, "ten");
}

BENCHMARK(BM_BareWindow)->UseManualTime()->Iterations(12)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PatellaEmptyJournal)->UseManualTime()->Iterations(12)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PatellaTenYears)->UseManualTime()->Iterations(12)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    const double bare = bench::median(samples()["bare"]);
    const double empty = bench::median(samples()["empty"]);
    const double ten = bench::median(samples()["ten"]);
    if (bare > 0) {
        std::printf("\nStart to first paint, medians: bare window %.1f ms, Patella empty journal %.1f ms (%.2fx), "
                    "Patella ten-year journal %.1f ms (%.2fx; target 1.5x)\n",
                    bare, empty, empty / bare, ten, ten / bare);
        printStages("bare");
        printStages("empty");
        printStages("ten");
    }
    return 0;
}
