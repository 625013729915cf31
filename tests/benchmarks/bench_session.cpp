// The Session page on the real clock: does a routine end on its planned time, and how much CPU does the
// page use while it counts down? Plays a routine of per-side holds through the real SessionPage (shown
// offscreen at 1280x800, so the ring really repaints), answering each pain check at once.
//
//   bench_session [--seconds=N]   planned length of the routine, default 30; the full check is 600
//
// Prints the lateness of the end against the plan (pain-check waits taken out), the lateness of every
// cue, and the CPU share of one core over the whole run and over the holds alone. Exits 1 when the end
// is more than 50 ms late or the holds use 5 % of a core or more.
#include "app/sessionplayer/sessionpage.h"
#include "app/ui/appcontext.h"
#include "core/catalog/catalog.h"
#include "core/model/clock.h"
#include "core/model/preferences.h"
#include "core/session/sessionplan.h"
#include "core/session/sessionplayer.h"
#include "core/store/journalstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <string>
#include <sys/resource.h>

using namespace patella;

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int secondsFromArgs(int argc, char** argv)
{
    int seconds = 30;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--seconds=", 0) == 0)
            seconds = std::stoi(arg.substr(10));
        else if (!arg.empty() && arg[0] != '-')
            seconds = std::stoi(arg);
        // Anything else (e.g. --benchmark_filter from ./build.sh bench) is not ours.
    }
    return std::max(10, seconds);
}

// Per-side stretches, 2 sets of 30 s with 15 s rest: 150 s each. Shorter runs get one shorter item.
QList<PlannedItem> routineOf(const Catalog& catalog, int seconds)
{
    const Exercise& stretch = *catalog.exercise(QStringLiteral("standing-quad-stretch"));
    QList<PlannedItem> items;
    if (seconds >= 150) {
        for (int i = 0; i < (seconds + 75) / 150; ++i)
            items.append(PlannedItem {stretch, PlannedDose {30, 0, 2, 15}});
    } else {
        // get ready 5 + hold + switch 5 + hold
        items.append(PlannedItem {stretch, PlannedDose {std::max(1, (seconds - 10) / 2), 0, 1, 0}});
    }
    return items;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = secondsFromArgs(argc, argv);

    QTemporaryDir dir;
    SystemClock clock;
    Result<Catalog> catalog
        = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), &Catalog::illustrationResourceExists);
    if (!catalog) {
        std::fprintf(stderr, "catalog: %s\n", qPrintable(catalog.error().text()));
        return 2;
    }
    JournalStore store(clock);
    if (const Result<void> opened = store.open(dir.filePath(QStringLiteral("journal.sqlite"))); !opened) {
        std::fprintf(stderr, "journal: %s\n", qPrintable(opened.error().text()));
        return 2;
    }
    Preferences prefs(dir.filePath(QStringLiteral("settings.ini")), clock.today());
    AppContext context {clock, catalog.value(), store, prefs, dir.path()};
    SessionPage page(context);
    page.resize(1280, 800);
    page.show();

    const QList<PlannedItem> items = routineOf(catalog.value(), seconds);
    const qint64 plannedMs = plannedDurationMs(items);

    QElapsedTimer wall;
    qint64 painWaitMs = 0;
    qint64 painAskedAt = -1;
    qint64 maxCueLate = 0;
    qint64 sumCueLate = 0;
    int cues = 0;
    double holdCpu = 0.0;
    qint64 holdWallMs = 0;
    double holdCpuStart = -1.0;
    qint64 holdWallStart = 0;
    qint64 endedAt = -1; // the player's end noticed: the Done cue fired
    qint64 savedAt = -1; // and the session written to the journal

    QObject::connect(&page, &SessionPage::sessionStarted, &app, [&] {
        const SessionPlayer* player = page.player();
        QObject::connect(player, &SessionPlayer::cue, &app, [&, player](const SessionCue& cue) {
            // How long after its due time the page noticed the cue (the timer's precision).
            const qint64 late = player->sessionMs() - cue.atMs;
            maxCueLate = std::max(maxCueLate, late);
            sumCueLate += late;
            ++cues;
        });
        QObject::connect(player, &SessionPlayer::finished, &app, [&] { endedAt = wall.elapsed(); });
        QObject::connect(player, &SessionPlayer::phaseChanged, &app, [&, player](SessionPhase phase) {
            if (holdCpuStart >= 0.0) {
                holdCpu += cpuSeconds() - holdCpuStart;
                holdWallMs += wall.elapsed() - holdWallStart;
                holdCpuStart = -1.0;
            }
            if (phase == SessionPhase::Hold) {
                holdCpuStart = cpuSeconds();
                holdWallStart = wall.elapsed();
            }
            if (phase == SessionPhase::PainCheck) {
                painAskedAt = wall.elapsed();
                QTimer::singleShot(0, &app, [&, player] {
                    painWaitMs += wall.elapsed() - painAskedAt;
                    const_cast<SessionPlayer*>(player)->reportPain(1);
                    page.processClock();
                });
            }
        });
    });
    QObject::connect(&page, &SessionPage::runningChanged, &app, [&](bool running) {
        if (!running) {
            savedAt = wall.elapsed();
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        }
    });

    std::printf("bench_session: a %.0f s routine (%lld items) on the real clock...\n", plannedMs / 1000.0,
                static_cast<long long>(items.size()));
    std::fflush(stdout);
    const double cpuStart = cpuSeconds();
    wall.start();
    if (!page.startPlanned(QStringLiteral("bench"), QStringLiteral("Bench"), items)) {
        std::fprintf(stderr, "the session did not start\n");
        return 2;
    }
    app.exec();
    const double cpuTotal = cpuSeconds() - cpuStart;
    const qint64 wallTotal = wall.elapsed();

    const qint64 lateMs = endedAt - plannedMs - painWaitMs;
    const double cpuShare = 100.0 * cpuTotal / (wallTotal / 1000.0);
    const double holdShare = holdWallMs > 0 ? 100.0 * holdCpu / (holdWallMs / 1000.0) : 0.0;
    std::printf("  end: planned %.3f s, ended %.3f s after start, pain-check waits %lld ms -> %lld ms late"
                " (saved %lld ms later)\n",
                plannedMs / 1000.0, endedAt / 1000.0, static_cast<long long>(painWaitMs),
                static_cast<long long>(lateMs), static_cast<long long>(savedAt - endedAt));
    std::printf("  cues: %d, noticed late by %.2f ms on average, %lld ms at most\n", cues,
                cues ? double(sumCueLate) / cues : 0.0, static_cast<long long>(maxCueLate));
    std::printf("  cpu: %.2f %% of one core over the run (%.2f s in %.1f s); %.2f %% during holds (%.1f s)\n", cpuShare,
                cpuTotal, wallTotal / 1000.0, holdShare, holdWallMs / 1000.0);
    const bool ok = std::llabs(lateMs) <= 50 && holdShare < 5.0;
    std::printf("  %s\n", ok ? "ok: on time and quiet" : "FAILED: late or busy");
    return ok ? 0 : 1;
}
