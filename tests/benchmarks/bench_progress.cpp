// The Progress page on a generated ten-year journal (3,653 days, each with two sessions with items, two pain
// reports and a run, and weekly flexibility checks): how long reading the journal, recomputing after a change,
// and switching the range (and drawing every chart) take, and how many points the charts hold.
//
//   bench_progress [--journal=<file>] [--memory-only] [--shots=<folder>] [benchmark flags]
// --journal keeps the generated journal in that file and reuses it next time; --memory-only builds the page
// and draws every chart in every range once, then exits (run it under /usr/bin/time -v for the peak memory);
// --shots saves the page per tab with the ten years in the All range (PNG, 1280x800) into the folder.

#include "app/presentation/progressdata.h"
#include "app/presentation/progresssource.h"
#include "app/progress/chartcard.h"
#include "app/progress/progresspage.h"
#include "app/ui/appcontext.h"
#include "tests/support/progressjournal.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QXYSeries>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace patella;

namespace {

std::unique_ptr<test::ProgressJournal> g_journal;
std::unique_ptr<ProgressPage> g_page;

const QStringList kCards {QStringLiteral("pain"),        QStringLiteral("mileage"),     QStringLiteral("adherence"),
                          QStringLiteral("flexibility"), QStringLiteral("painMileage"), QStringLiteral("function")};

QTabWidget* tabs()
{
    return g_page->findChild<QTabWidget*>(QStringLiteral("progressTabs"));
}

// Shows a tab (charts are built when shown) and paints it.
void drawTab(int index)
{
    tabs()->setCurrentIndex(index);
    benchmark::DoNotOptimize(g_page->card(kCards.at(index))->content()->grab());
}

// Every tab in turn, so every chart is built and painted.
void drawAll()
{
    for (int i = 0; i < int(kCards.size()); ++i)
        drawTab(i);
}

qsizetype pointsDrawn(const ProgressPage& page)
{
    qsizetype points = 0;
    for (const QChartView* view : page.findChildren<QChartView*>()) {
        for (QAbstractSeries* series : view->chart()->series()) {
            if (auto* xy = qobject_cast<QXYSeries*>(series))
                points += xy->count();
            else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
                for (const QBarSet* set : bars->barSets())
                    points += set->count();
        }
    }
    return points;
}

// What the runner waits for: the range switched to All (ten years, by month) and the tab in view drawn again.
// Tabs out of view are built when they are shown (BM_ShowTabAfterSwitch).
void BM_SwitchRangeToAllAndDraw(benchmark::State& state)
{
    const int tab = int(state.range(0));
    state.SetLabel(kCards.at(tab).toStdString());
    tabs()->setCurrentIndex(tab);
    for (auto _ : state) {
        state.PauseTiming();
        g_page->setRange(ProgressRange::FourWeeks);
        drawTab(tab);
        state.ResumeTiming();
        g_page->setRange(ProgressRange::All);
        drawTab(tab);
    }
    state.counters["points"] = double(pointsDrawn(*g_page));
}
BENCHMARK(BM_SwitchRangeToAllAndDraw)->DenseRange(0, 4)->Unit(benchmark::kMillisecond)->MinTime(1.0);

void BM_SwitchRangeToOneYearAndDraw(benchmark::State& state)
{
    const int tab = int(state.range(0));
    state.SetLabel(kCards.at(tab).toStdString());
    tabs()->setCurrentIndex(tab);
    for (auto _ : state) {
        state.PauseTiming();
        g_page->setRange(ProgressRange::All);
        drawTab(tab);
        state.ResumeTiming();
        g_page->setRange(ProgressRange::OneYear);
        drawTab(tab);
    }
}
BENCHMARK(BM_SwitchRangeToOneYearAndDraw)->DenseRange(0, 4)->Unit(benchmark::kMillisecond)->MinTime(1.0);

// After a switch to All on the first tab, showing another tab builds and paints its charts.
void BM_ShowTabAfterSwitch(benchmark::State& state)
{
    const int tab = int(state.range(0));
    state.SetLabel(kCards.at(tab).toStdString());
    for (auto _ : state) {
        state.PauseTiming();
        tabs()->setCurrentIndex(0);
        g_page->setRange(ProgressRange::FourWeeks);
        g_page->setRange(ProgressRange::All);
        state.ResumeTiming();
        drawTab(tab);
    }
}
BENCHMARK(BM_ShowTabAfterSwitch)->DenseRange(1, 4)->Unit(benchmark::kMillisecond)->MinTime(1.0);

// Where the series time goes: each chart's values at All, and the insights over the whole journal.
void BM_ComputeAtAll(benchmark::State& state)
{
    static ProgressSource source(g_journal->store());
    static const ProgressData data(source.records(), g_journal->context().today(), DistanceUnit::Kilometres, 4);
    const RangeSpan all = data.span(ProgressRange::All);
    const int part = int(state.range(0));
    state.SetLabel(kCards.at(part).toStdString());
    for (auto _ : state) {
        switch (part) {
        case 0:
            benchmark::DoNotOptimize(data.pain(all));
            break;
        case 1:
            benchmark::DoNotOptimize(data.mileage(all));
            break;
        case 2:
            benchmark::DoNotOptimize(data.adherence(all));
            break;
        case 3:
            benchmark::DoNotOptimize(data.flexibility(all));
            break;
        default:
            benchmark::DoNotOptimize(data.painAgainstMileage(all));
            break;
        }
    }
}
BENCHMARK(BM_ComputeAtAll)->DenseRange(0, 4)->Unit(benchmark::kMillisecond)->MinTime(0.5);

void BM_ReadJournal(benchmark::State& state)
{
    static ProgressSource source(g_journal->store());
    for (auto _ : state)
        source.reloadAll();
}
BENCHMARK(BM_ReadJournal)->Unit(benchmark::kMillisecond)->MinTime(1.0);

void BM_ComputeInsights(benchmark::State& state)
{
    static ProgressSource source(g_journal->store());
    for (auto _ : state)
        benchmark::DoNotOptimize(
            ProgressData(source.records(), g_journal->context().today(), DistanceUnit::Kilometres, 4));
}
BENCHMARK(BM_ComputeInsights)->Unit(benchmark::kMillisecond)->MinTime(1.0);

// After something is logged: the insights are recomputed from the records held, then every chart redrawn.
void BM_RecomputeAfterAChange(benchmark::State& state)
{
    g_page->setRange(ProgressRange::TwelveWeeks);
    tabs()->setCurrentIndex(0);
    for (auto _ : state) {
        g_page->refresh();
        drawTab(0);
    }
}
BENCHMARK(BM_RecomputeAfterAChange)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// What the runner waits for after logging one pain entry on the ten-year journal: from the store's write
// returning until every chart (each tab) is current again. Target: under 16 ms. The entry's write itself is
// not counted; each iteration logs a new entry on the reference date.
void BM_OnePainEntryUntilEveryChartIsCurrent(benchmark::State& state)
{
    g_page->setRange(ProgressRange::TwelveWeeks);
    tabs()->setCurrentIndex(0);
    drawAll();
    int score = 0;
    for (auto _ : state) {
        state.PauseTiming();
        g_journal->addPain(g_journal->context().today(), score++ % 11, PainSituation::Stairs);
        state.ResumeTiming();
        // ProgressSource coalesces the change on the next turn of the event loop; then every tab is drawn.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        drawAll();
    }
}
BENCHMARK(BM_OnePainEntryUntilEveryChartIsCurrent)->Unit(benchmark::kMillisecond)->Iterations(30);

// What the runner sees: the Pain tab open while they log a pain entry, until it is painted with the entry (the
// other tabs are redrawn when shown, if their records changed).
void BM_OnePainEntryUntilTheShownChartIsCurrent(benchmark::State& state)
{
    g_page->setRange(ProgressRange::TwelveWeeks);
    drawAll();
    tabs()->setCurrentIndex(0);
    int score = 0;
    for (auto _ : state) {
        state.PauseTiming();
        g_journal->addPain(g_journal->context().today(), score++ % 11, PainSituation::Stairs);
        state.ResumeTiming();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        drawTab(0);
    }
}
BENCHMARK(BM_OnePainEntryUntilTheShownChartIsCurrent)->Unit(benchmark::kMillisecond)->Iterations(30);

// The floor of the two above: painting every tab (and the Pain tab alone) when nothing changed.
void BM_PaintEveryTabUnchanged(benchmark::State& state)
{
    g_page->setRange(ProgressRange::TwelveWeeks);
    drawAll();
    for (auto _ : state)
        drawAll();
}
BENCHMARK(BM_PaintEveryTabUnchanged)->Unit(benchmark::kMillisecond)->Iterations(30);

void BM_PaintThePainTabUnchanged(benchmark::State& state)
{
    g_page->setRange(ProgressRange::TwelveWeeks);
    drawAll();
    for (auto _ : state)
        drawTab(0);
}
BENCHMARK(BM_PaintThePainTabUnchanged)->Unit(benchmark::kMillisecond)->Iterations(30);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString journalPath;
    QString shots;
    bool memoryOnly = false;
    for (const QString& argument : QCoreApplication::arguments()) {
        if (argument.startsWith(QStringLiteral("--journal=")))
            journalPath = argument.mid(10);
        if (argument.startsWith(QStringLiteral("--shots=")))
            shots = argument.mid(8);
        memoryOnly = memoryOnly || argument == QStringLiteral("--memory-only");
    }

    QElapsedTimer timer;
    timer.start();
    g_journal = std::make_unique<test::ProgressJournal>(journalPath);
    if (!g_journal->hasRuns()) {
        g_journal->fillYears(10);
        std::printf("generated a ten-year journal in %lld ms\n", timer.restart());
    }
    g_page = std::make_unique<ProgressPage>(g_journal->context());
    g_page->resize(1280, 800);
    g_page->show();
    std::printf("opened the page (read the journal, computed the insights) in %lld ms\n", timer.restart());
    g_page->setRange(ProgressRange::All);
    drawAll();
    std::printf("range All: %s to %s, %lld points in all charts, drawn in %lld ms\n",
                qPrintable(g_page->span().from.toString(Qt::ISODate)),
                qPrintable(g_page->span().to.toString(Qt::ISODate)), qlonglong(pointsDrawn(*g_page)), timer.restart());
    std::fflush(stdout);
    if (!shots.isEmpty()) {
        auto* tabs = g_page->findChild<QTabWidget*>(QStringLiteral("progressTabs"));
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            g_page->grab().save(QDir(shots).filePath(QStringLiteral("progress-all-%1.png").arg(kCards.at(i))), "PNG");
        }
    }
    if (memoryOnly) {
        for (const ProgressRange range : allProgressRanges()) {
            g_page->setRange(range);
            drawAll();
        }
        return 0;
    }

    // Google Benchmark rejects flags it does not know.
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i)
        if (!QByteArray(argv[i]).startsWith("--journal=") && !QByteArray(argv[i]).startsWith("--shots=")
            && QByteArray(argv[i]) != "--memory-only")
            args.push_back(argv[i]);
    int count = int(args.size());
    benchmark::Initialize(&count, args.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_page.reset();
    g_journal.reset();
    return 0;
}
