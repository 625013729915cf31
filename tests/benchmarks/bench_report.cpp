// The physiotherapist's report on a generated ten-year journal (3,653 days, each with two sessions with
// items, two pain reports and a run, weekly flexibility checks, and a year of weekly function-score rounds):
// gathering the last 12 weeks' numbers, and gathering plus drawing both pages into a PDF.
// Target: the PDF for the last 12 weeks in under 1 s.
//
//   bench_report [--journal=<file>] [--pdf=<file>] [benchmark flags]
// --journal keeps the generated journal and reuses it; --pdf writes the benchmarked report there once.

#include "app/ui/appcontext.h"
#include "app/ui/reportdocument.h"
#include "core/catalog/catalog.h"
#include "core/model/clock.h"
#include "core/model/preferences.h"
#include "core/store/journalstore.h"
#include "tests/support/progressjournal.h"
#include "tests/support/testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace patella;

namespace {

std::unique_ptr<test::ProgressJournal> g_journal;
Catalog g_catalog;
QTemporaryDir g_out;

ReportOptions lastTwelveWeeks()
{
    ReportOptions options;
    options.today = test::referenceDate();
    options.programmeStart = test::referenceDate().addYears(-10);
    options.weeks = 12;
    return options;
}

void addFunctionScores(JournalStore& store)
{
    if (auto existing = store.list<PsfsScore>(); existing && !existing.value().isEmpty())
        return;
    const QDate first = test::referenceDate().addDays(-7 * 52);
    for (int week = 0; week < 52; ++week) {
        PsfsRound round;
        round.date = first.addDays(7 * week);
        if (week == 0) {
            round.ratings = {PsfsRating {NoId, QStringLiteral("Running 5 km"), 2},
                             PsfsRating {NoId, QStringLiteral("Going down stairs"), 4},
                             PsfsRating {NoId, QStringLiteral("Kneeling"), 5}};
        } else {
            const QList<PsfsActivity> asked = store.currentPsfsActivities().value();
            for (qsizetype i = 0; i < asked.size(); ++i)
                round.ratings.append(PsfsRating {asked.at(i).id, {}, int(std::min<qsizetype>(10, 2 + i + week / 8))});
        }
        if (auto done = store.recordPsfsRound(round); !done)
            std::fprintf(stderr, "function score round refused: %s\n", qPrintable(done.error().text()));
    }
}

void BM_GatherReport(benchmark::State& state)
{
    AppContext& context = g_journal->context();
    for (auto _ : state) {
        auto report = buildPhysioReport(context.store, g_catalog, lastTwelveWeeks());
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_GatherReport)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_GatherAndWritePdf(benchmark::State& state)
{
    AppContext& context = g_journal->context();
    const QString path = g_out.filePath(QStringLiteral("report.pdf"));
    for (auto _ : state) {
        auto report = buildPhysioReport(context.store, g_catalog, lastTwelveWeeks());
        auto written = ReportDocument(report.value()).writePdf(path, QPageSize(QPageSize::A4));
        if (!written)
            state.SkipWithError(qPrintable(written.error().text()));
    }
}
BENCHMARK(BM_GatherAndWritePdf)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString journalPath;
    QString pdf;
    for (const QString& argument : QCoreApplication::arguments()) {
        if (argument.startsWith(QStringLiteral("--journal=")))
            journalPath = argument.mid(10);
        if (argument.startsWith(QStringLiteral("--pdf=")))
            pdf = argument.mid(6);
    }
    QElapsedTimer timer;
    timer.start();
    g_journal = std::make_unique<test::ProgressJournal>(journalPath);
    if (!g_journal->hasRuns()) {
        g_journal->fillYears(10);
        std::printf("generated a ten-year journal in %lld ms\n", timer.restart());
    }
    addFunctionScores(g_journal->store());
    auto loaded = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), &Catalog::illustrationResourceExists);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().text()));
        return 1;
    }
    g_catalog = loaded.value();
    timer.restart();
    AppContext& context = g_journal->context();
    auto report = buildPhysioReport(context.store, g_catalog, lastTwelveWeeks());
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().text()));
        return 1;
    }
    std::printf("first report: %lld ms; %lld alerts, %lld notes, %lld doses, %lld function rounds in the 12 weeks\n",
                timer.restart(), qlonglong(report->events.size()), qlonglong(report->notes.size()),
                qlonglong(report->doses.size()), qlonglong(report->psfs.rounds.size()));
    if (!pdf.isEmpty()) {
        if (auto written = ReportDocument(report.value()).writePdf(pdf, QPageSize(QPageSize::A4)); !written)
            std::fprintf(stderr, "%s\n", qPrintable(written.error().text()));
    }
    std::fflush(stdout);

    std::vector<char*> args;
    for (int i = 0; i < argc; ++i)
        if (!QByteArray(argv[i]).startsWith("--journal=") && !QByteArray(argv[i]).startsWith("--pdf="))
            args.push_back(argv[i]);
    int count = int(args.size());
    benchmark::Initialize(&count, args.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_journal.reset();
    return 0;
}
