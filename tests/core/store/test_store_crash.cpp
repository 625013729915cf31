// Kills a writing child with SIGKILL at random moments, at least fifty times, and checks after each kill
// that the journal opens, passes PRAGMA integrity_check, and holds every record the child reported as
// committed (with all of a session's items).
#include "core/store/journalstore.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

#include <random>

using namespace patella;
using namespace patella::test;

namespace {

TEST(StoreCrash, EveryReportedWriteSurvivesSigkill)
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    FixedClock clock(referenceNow());
    std::mt19937 random(20260316u);
    constexpr int kKills = 60;
    int reportedTotal = 0;
    QElapsedTimer timer;
    timer.start();

    for (int kill = 0; kill < kKills; ++kill) {
        QProcess child;
        child.setProgram(QStringLiteral(PATELLA_CRASH_WRITER));
        child.setArguments({path});
        child.start();
        ASSERT_TRUE(child.waitForStarted(5000)) << child.errorString().toStdString();
        // Mostly mid-loop; every fifth time early, while it may still be opening or migrating.
        if (kill % 5 != 0)
            child.waitForReadyRead(5000);
        QThread::msleep(std::uniform_int_distribution<int>(0, 40)(random));
        child.kill(); // SIGKILL
        ASSERT_TRUE(child.waitForFinished(5000));
        const QByteArray err = child.readAllStandardError();
        EXPECT_TRUE(err.isEmpty()) << err.toStdString();

        // Only whole lines were committed and reported; a torn last line is ignored.
        QByteArray out = child.readAllStandardOutput();
        out.truncate(out.lastIndexOf('\n') + 1);
        QList<RecordId> pain;
        QList<RecordId> sessions;
        for (const QByteArray& line : out.split('\n')) {
            if (line.size() < 3)
                continue;
            (line.at(0) == 'p' ? pain : sessions).append(line.mid(2).toLongLong());
        }
        reportedTotal += int(pain.size() + sessions.size());

        JournalStore store(clock);
        auto opened = store.open(path);
        ASSERT_TRUE(opened.ok()) << "after kill " << kill << ": " << opened.error().text().toStdString();
        auto intact = store.checkIntegrity();
        ASSERT_TRUE(intact.ok()) << "after kill " << kill << ": " << intact.error().text().toStdString();
        for (RecordId id : pain)
            ASSERT_TRUE(store.get<PainEntry>(id).ok()) << "pain entry " << id << " lost after kill " << kill;
        for (RecordId id : sessions) {
            auto session = store.get<SessionRecord>(id);
            ASSERT_TRUE(session.ok()) << "session " << id << " lost after kill " << kill;
            ASSERT_EQ(session->items.size(), 4) << "session " << id << " torn after kill " << kill;
        }
    }
    EXPECT_GT(reportedTotal, kKills); // the children did write
    EXPECT_LT(timer.elapsed(), 60000);
    std::printf("[ crash    ] %d kills, %d committed writes checked, %lld ms\n", kKills, reportedTotal,
                static_cast<long long>(timer.elapsed()));
}

} // namespace
