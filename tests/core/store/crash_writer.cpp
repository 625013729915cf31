// The crash test's child: writes to the journal in a loop and prints what it committed, one line per
// record ("p <id>" for a pain entry, "s <id>" for a session with items), flushed right after the commit
// returns. The parent kills it with SIGKILL at random moments and checks every printed record is there.
#include "core/store/journalstore.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cstdio>

using namespace patella;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: store_crash_writer JOURNAL\n");
        return 2;
    }
    const QDate day(2026, 3, 16);
    FixedClock clock(QDateTime(day, QTime(9, 30), QTimeZone::utc()));
    JournalStore store(clock);
    if (auto opened = store.open(QString::fromLocal8Bit(argv[1])); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 1;
    }
    for (int i = 0;; ++i) {
        if (i % 5 == 4) {
            SessionRecord session;
            session.routineId = QStringLiteral("daily-mobility");
            session.start = QDateTime(day, QTime(8, 0), QTimeZone::utc()).addSecs(i);
            session.end = session.start.addSecs(300);
            session.localDate = day;
            for (int set = 1; set <= 4; ++set) {
                SessionItem item;
                item.exerciseId = QStringLiteral("standing-quad-stretch");
                item.side = set % 2 ? Side::Left : Side::Right;
                item.set = set;
                item.plannedSeconds = 30;
                item.actualSeconds = 30;
                session.items.append(item);
            }
            auto id = store.add(session);
            if (!id) {
                std::fprintf(stderr, "%s\n", qPrintable(id.error().text()));
                return 1;
            }
            std::printf("s %lld\n", static_cast<long long>(id.value()));
        } else {
            PainEntry entry;
            entry.at = QDateTime(day, QTime(7, 0), QTimeZone::utc()).addSecs(i);
            entry.localDate = day;
            entry.score = i % 11;
            entry.situation = PainSituation::AtRest;
            entry.note = QStringLiteral("entry %1").arg(i);
            auto id = store.add(entry);
            if (!id) {
                std::fprintf(stderr, "%s\n", qPrintable(id.error().text()));
                return 1;
            }
            std::printf("p %lld\n", static_cast<long long>(id.value()));
        }
        std::fflush(stdout);
    }
}
