// The GUI while a 10 MB GPX (a ten-hour ultra recorded every second, 36,000 points) is imported the way the
// runner imports it: File > Import runs… (ActivityImportActions: the file read on a pool thread, then the
// preview built; then its Import button, the write), and the watched folder (FolderImport: listed, read and
// imported on its own). A 5 ms timer on the GUI thread records the gap between its ticks (a frame: the GUI
// thread away from its event loop that long), in wall time and in the GUI thread's own CPU time within the gap
// (which a loaded machine, making the thread wait for a core, does not stretch); from the start of the import to
// its result. Target: no gap over 50 ms. Offscreen by default, with a real journal in a temp folder.
#include "app/activities/activityimportactions.h"
#include "app/activities/activityimportdialog.h"
#include "app/activities/folderimport.h"
#include "core/model/preferences.h"
#include "tests/benchmarks/activityxml.h"
#include "tests/benchmarks/benchstats.h"
#include "tests/support/appharness.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <vector>

using namespace patella;

namespace {

constexpr int kPoints = 36000;
constexpr int kTickMs = 5;

// How often the scheduler took a core from this thread that it still wanted (it waited for a core, not for work).
long involuntarySwitches()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nivcsw;
}

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Watches the GUI thread from construction to finish(): the gaps between the ticks of a 5 ms timer, and
// the GUI thread's CPU time within each gap.
class GuiProbe
{
public:
    GuiProbe()
    {
        m_clock.start();
        m_lastTick = m_clock.nsecsElapsed();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        m_lastCpuMs = threadCpuMs();
        m_lastSwitches = involuntarySwitches();
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_timer.start();
    }
    GuiProbe(const GuiProbe&) = delete;
    GuiProbe& operator=(const GuiProbe&) = delete;

    // The stretch still open when the result came counts too.
    void finish()
    {
        m_timer.stop();
        tick();
        m_totalMs = double(m_clock.nsecsElapsed()) / 1e6;
    }
    double maxGapMs() const { return m_maxGapMs; }
    const std::vector<double>& gapsMs() const { return m_gapsMs; }
    double maxGapCpuMs() const { return m_maxGapCpuMs; }
    double maxGapAtMs() const { return m_maxGapAtMs; }
    long maxGapSwitches() const { return m_maxGapSwitches; }
    double totalMs() const { return m_totalMs; }
    size_t ticks() const { return m_gapsMs.size(); }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_lastTick = 0;
    double m_lastCpuMs = 0.0;
    double m_maxGapMs = 0.0;
    double m_maxGapCpuMs = 0.0;
    double m_maxGapAtMs = 0.0;
    long m_lastSwitches = 0;
    long m_maxGapSwitches = 0;
    double m_totalMs = 0.0;
    std::vector<double> m_gapsMs;

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        const long switches = involuntarySwitches();
        const double gap = double(now - m_lastTick) / 1e6;
        m_gapsMs.push_back(gap);
        if (gap > m_maxGapMs) {
            m_maxGapMs = gap;
            m_maxGapAtMs = double(now) / 1e6;
            m_maxGapSwitches = switches - m_lastSwitches;
        }
        m_maxGapCpuMs = std::max(m_maxGapCpuMs, cpu - m_lastCpuMs);
        m_lastTick = now;
        m_lastCpuMs = cpu;
        m_lastSwitches = switches;
    }
};

const QByteArray& bigGpx()
{
    static const QByteArray data = bench::generatedXml(false, kPoints);
    return data;
}

bool write(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bigGpx()) == bigGpx().size();
}

// The window the runner has in front of them, drawn once (its fonts and style loaded, as Patella's window is
// long before an import), so a run measures the import and not the first paint of the process.
void showWindow(QMainWindow& window)
{
    window.setCentralWidget(new QLabel(QStringLiteral("Patella: today, journal, progress"), &window));
    window.resize(1000, 700);
    window.show();
    benchmark::DoNotOptimize(window.grab());
    QCoreApplication::processEvents();
}

struct Worst
{
    double maxGap = 0.0;
    std::vector<double> gaps; // of every run, for the 99th percentile
    double gapCpu = 0.0;
    std::vector<double> totals;
};

void report(benchmark::State& state, const Worst& worst)
{
    state.counters["file_MB"] = double(bigGpx().size()) / 1e6;
    state.counters["max_gap_ms"] = worst.maxGap;
    std::vector<double> gaps = worst.gaps;
    std::sort(gaps.begin(), gaps.end());
    state.counters["p99_gap_ms"]
        = gaps.empty() ? 0.0 : gaps[std::min(gaps.size() - 1, size_t(double(gaps.size()) * 0.99))];
    state.counters["ticks"] = double(gaps.size());
    state.counters["max_gap_cpu_ms"] = worst.gapCpu;
    state.counters["total_ms"] = bench::median(worst.totals);
}

void note(Worst& worst, const GuiProbe& probe)
{
    worst.maxGap = std::max(worst.maxGap, probe.maxGapMs());
    worst.gaps.insert(worst.gaps.end(), probe.gapsMs().begin(), probe.gapsMs().end());
    worst.gapCpu = std::max(worst.gapCpu, probe.maxGapCpuMs());
    std::fprintf(stderr,
                 "  %zu ticks in %.0f ms; longest gap %.1f ms at %.0f ms (%ld times waiting for a core in it); "
                 "most GUI-thread CPU in a gap %.1f ms\n",
                 probe.ticks(), probe.totalMs(), probe.maxGapMs(), probe.maxGapAtMs(), probe.maxGapSwitches(),
                 probe.maxGapCpuMs());
    worst.totals.push_back(probe.totalMs());
}

// File > Import runs…: from importFiles() to the preview shown, then its Import button to the run written.
void BM_ImportBigGpxThroughPreview(benchmark::State& state)
{
    Worst worst;
    for (auto _ : state) {
        test::AppHarness harness;
        harness.preferences.setDistanceUnit(DistanceUnit::Kilometres);
        harness.addShoe(QStringLiteral("Road"));
        const QString path = harness.dir.filePath(QStringLiteral("ultra.gpx"));
        if (!write(path)) {
            state.SkipWithError("cannot write the GPX");
            return;
        }
        QMainWindow window;
        showWindow(window);
        ActivityImportActions actions(harness.context, &window);
        QEventLoop loop;
        ActivityImportDialog* preview = nullptr;
        double writeMs = 0.0;
        int imported = -1;
        QObject::connect(&actions, &ActivityImportActions::previewShown, &loop, [&](ActivityImportDialog* dialog) {
            preview = dialog;
            QObject::connect(dialog, &ActivityImportDialog::imported, &loop, [&](int runs) {
                imported = runs;
                loop.quit();
            });
            // The runner's click on Import, as the next event.
            QTimer::singleShot(0, dialog, [dialog, &writeMs] {
                QElapsedTimer write;
                write.start();
                dialog->import(); // one transaction, committed (fsync) on the GUI thread
                writeMs = double(write.nsecsElapsed()) / 1e6;
            });
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        GuiProbe probe;
        actions.importFiles({path});
        loop.exec();
        probe.finish();
        if (!preview || imported != 1) {
            state.SkipWithError("the preview did not import the run");
            return;
        }
        state.SetIterationTime(probe.totalMs() / 1000.0);
        note(worst, probe);
        std::fprintf(stderr, "    the Import button's write: %.1f ms\n", writeMs);
        preview->close();
        QCoreApplication::processEvents();
    }
    report(state, worst);
}
BENCHMARK(BM_ImportBigGpxThroughPreview)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

// Settings > Import from a folder: the file waiting in the watched folder at start, to the run imported.
void BM_ImportBigGpxFromWatchedFolder(benchmark::State& state)
{
    Worst worst;
    for (auto _ : state) {
        test::AppHarness harness;
        harness.preferences.setDistanceUnit(DistanceUnit::Kilometres);
        const QString folder = harness.dir.filePath(QStringLiteral("GARMIN/Activity"));
        if (!QDir().mkpath(folder) || !write(QDir(folder).filePath(QStringLiteral("ultra.gpx")))) {
            state.SkipWithError("cannot write the GPX");
            return;
        }
        harness.preferences.setImportFolders({folder});
        QMainWindow window;
        showWindow(window);
        FolderImport::Timing timing;
        timing.quietMs = 10;
        timing.stableMs = 100; // the file is whole: only the size check's wait
        timing.recheckMs = 50;
        FolderImport folders(harness.context, timing);
        QEventLoop loop;
        int runs = 0;
        QObject::connect(&folders, &FolderImport::imported, &loop, [&](const FolderImport::Outcome& outcome) {
            runs = outcome.runs;
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        GuiProbe probe;
        folders.start();
        loop.exec();
        probe.finish();
        if (runs != 1) {
            state.SkipWithError("the folder did not import the run");
            return;
        }
        state.SetIterationTime(probe.totalMs() / 1000.0);
        note(worst, probe);
    }
    report(state, worst);
}
BENCHMARK(BM_ImportBigGpxFromWatchedFolder)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
