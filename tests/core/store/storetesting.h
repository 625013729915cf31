#pragma once

#include "core/store/journalstore.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <sys/stat.h>

// Helpers shared by the store's tests: a store on a fresh file in a temp folder, on the fixed clock,
// and one valid record of each kind to start from.
namespace patella::test {

constexpr unsigned kPrivateFile = 0600;
constexpr unsigned kPrivateFolder = 0700;

// The mode as the system sees it (not Qt's view of it).
inline unsigned modeOf(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? unsigned(info.st_mode & 0777) : 0xffffu;
}

inline QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// One value from a file opened outside the store (a plain second connection).
inline QVariant rawValue(const QString& path, const QString& statement, bool readOnly = true)
{
    static int counter = 0;
    const QString name = QStringLiteral("raw-%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

template <typename T> std::string why(const Result<T>& result)
{
    return result.ok() ? std::string() : result.error().text().toStdString();
}

class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto opened = store.open(journalPath());
        ASSERT_TRUE(opened.ok()) << why(opened);
    }

    QString journalPath() const { return dir.filePath(QStringLiteral("journal.sqlite")); }

    TempDir dir;
    FixedClock clock {referenceNow()};
    JournalStore store {clock};
};

inline QTimeZone berlin()
{
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

// An instant given as the runner's local time in a zone.
inline QDateTime lived(QDate date, QTime time, const QTimeZone& zone)
{
    return QDateTime(date, time, zone).toUTC();
}

inline PainEntry samplePain()
{
    PainEntry e;
    e.at = QDateTime(referenceDate().addDays(-1), QTime(18, 5), QTimeZone::utc());
    e.localDate = referenceDate().addDays(-1);
    e.score = 4;
    e.situation = PainSituation::Stairs;
    e.side = Side::Right;
    e.note = QStringLiteral("going down to the metro");
    return e;
}

inline FlexCheck sampleFlex()
{
    FlexCheck c;
    c.at = QDateTime(referenceDate().addDays(-2), QTime(8, 0), QTimeZone::utc());
    c.localDate = referenceDate().addDays(-2);
    c.test = FlexTest::KneeToWall;
    c.side = Side::Left;
    c.value = 9.5;
    c.unit = FlexUnit::Centimetres;
    return c;
}

inline Run sampleRun()
{
    Run r;
    r.start = QDateTime(referenceDate().addDays(-1), QTime(6, 45), QTimeZone::utc());
    r.localDate = referenceDate().addDays(-1);
    r.distanceMetres = 8240.0;
    r.durationSeconds = 2950;
    r.effort = 5;
    r.painDuring = 2;
    r.painAfter = 3;
    r.note = QStringLiteral("river loop");
    return r;
}

inline Shoe sampleShoe()
{
    Shoe s;
    s.name = QStringLiteral("Everyday trainers");
    s.firstUse = QDate(2025, 11, 1);
    s.limitMetres = 650000.0;
    return s;
}

inline SessionRecord sampleSession()
{
    SessionRecord s;
    s.routineId = QStringLiteral("daily-mobility");
    s.start = QDateTime(referenceDate().addDays(-1), QTime(19, 0), QTimeZone::utc());
    s.end = s.start.addSecs(540);
    s.localDate = referenceDate().addDays(-1);
    SessionItem quad;
    quad.exerciseId = QStringLiteral("standing-quad-stretch");
    quad.side = Side::Left;
    quad.set = 2;
    quad.plannedSeconds = 30;
    quad.actualSeconds = 27;
    quad.pain = 1;
    SessionItem calf;
    calf.exerciseId = QStringLiteral("calf-wall-stretch");
    calf.side = Side::Right;
    calf.part = 1;
    calf.plannedSeconds = 20;
    calf.skipped = true;
    SessionItem bridge;
    bridge.exerciseId = QStringLiteral("glute-bridge");
    bridge.plannedReps = 12;
    bridge.actualReps = 10;
    s.items = {quad, calf, bridge};
    return s;
}

inline CheckIn sampleCheckIn()
{
    CheckIn c;
    c.weekStart = QDate(2026, 3, 9);
    c.worstPain = 5;
    c.usualPain = 2;
    c.kneeWorseMorning = false;
    c.notes = QStringLiteral("stairs were easier");
    return c;
}

inline WeeklyTotal sampleWeeklyTotal()
{
    WeeklyTotal t;
    t.weekStart = QDate(2026, 2, 23);
    t.distanceMetres = 24000.0;
    t.runs = 3;
    t.note = QStringLiteral("logged from memory");
    return t;
}

} // namespace patella::test
