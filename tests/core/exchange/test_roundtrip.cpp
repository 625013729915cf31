// Export a populated journal to CSV, import it into a new empty one: every field of every table is the
// same. Importing again, or into a journal that holds some of the records, adds none twice.
#include "core/catalog/catalog.h"
#include "core/catalog/programmefile.h"
#include "core/exchange/journalexport.h"
#include "core/exchange/journalimport.h"
#include "tests/core/exchange/exchangetesting.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

using namespace patella;
using namespace patella::test;

namespace {

QString text(const QDateTime& at)
{
    return at.isValid() ? QString::number(at.toMSecsSinceEpoch()) + QStringLiteral("/utc=")
            + QString::number(at.timeSpec() == Qt::UTC || at.offsetFromUtc() == 0)
                        : QStringLiteral("-");
}
QString text(QDate d)
{
    return d.toString(Qt::ISODate);
}
template <typename T> QString text(const std::optional<T>& v)
{
    if (!v)
        return QStringLiteral("none");
    if constexpr (std::is_same_v<T, QDate>)
        return text(*v);
    else
        return QString::number(*v);
}
QString num(double v)
{
    return QString::number(v, 'g', 17);
}

// Every field of every record, references resolved to what they point at (ids differ between journals).
struct Journal
{
    QStringList pain, runs, weekly, flex, sessions, shoes, checkIns, mornings, activities, scores;
};

Journal snapshot(JournalStore& store)
{
    Journal j;
    auto shoes = store.list<Shoe>();
    auto sessions = store.list<SessionRecord>();
    EXPECT_TRUE(shoes.ok() && sessions.ok());
    const QList<PainEntry> painList = store.list<PainEntry>().value();
    const QList<Run> runList = store.list<Run>().value();
    const QList<WeeklyTotal> weeklyList = store.list<WeeklyTotal>().value();
    const QList<FlexCheck> flexList = store.list<FlexCheck>().value();
    const QList<CheckIn> checkInList = store.list<CheckIn>().value();
    const QList<MorningCheck> morningList = store.list<MorningCheck>().value();
    QHash<RecordId, QString> shoeName, sessionName;
    for (const Shoe& s : shoes.value()) {
        const QString t = s.name + QLatin1Char('|') + text(s.firstUse) + QLatin1Char('|') + text(s.retired)
            + QLatin1Char('|') + num(s.limitMetres);
        shoeName.insert(s.id, t);
        j.shoes.append(t);
    }
    for (const SessionRecord& s : sessions.value()) {
        QString t = s.routineId + QLatin1Char('|') + text(s.start) + QLatin1Char('|') + text(s.end) + QLatin1Char('|')
            + text(s.localDate) + QLatin1Char('|') + toId(s.outcome);
        sessionName.insert(s.id, t);
        for (const SessionItem& i : s.items)
            t += QStringLiteral(" [%1 %2 %3 %4 %5 %6 %7 %8 %9 ")
                     .arg(i.exerciseId, toId(i.side))
                     .arg(i.set)
                     .arg(i.part)
                     .arg(i.plannedSeconds)
                     .arg(i.actualSeconds)
                     .arg(i.plannedReps)
                     .arg(i.actualReps)
                     .arg(i.skipped)
                + text(i.pain) + QLatin1Char(']');
        j.sessions.append(t);
    }
    for (const PainEntry& e : painList)
        j.pain.append(QStringList {text(e.at), text(e.localDate), QString::number(e.score), toId(e.situation),
                                   toId(e.side), e.note,
                                   e.sessionId ? sessionName.value(*e.sessionId, QStringLiteral("?")) : QString()}
                          .join(QLatin1Char('|')));
    for (const Run& r : runList)
        j.runs.append(QStringList {
            text(r.start), text(r.localDate), num(r.distanceMetres), QString::number(r.durationSeconds),
            QString::number(r.effort), r.shoeId ? shoeName.value(*r.shoeId, QStringLiteral("?")) : QString(),
            text(r.painDuring), text(r.painAfter), toId(r.source), r.externalId, r.note, text(r.movingSeconds),
            text(r.elapsedSeconds), r.cadenceSpm ? num(*r.cadenceSpm) : QStringLiteral("none"),
            r.heartRateBpm ? num(*r.heartRateBpm) : QStringLiteral("none"), r.sport, r.device, r.distanceSource}
                          .join(QLatin1Char('|')));
    for (const WeeklyTotal& t : weeklyList)
        j.weekly.append(QStringList {text(t.weekStart), num(t.distanceMetres), QString::number(t.runs), t.note}.join(
            QLatin1Char('|')));
    for (const FlexCheck& c : flexList)
        j.flex.append(
            QStringList {text(c.at), text(c.localDate), toId(c.test), toId(c.side), num(c.value), toId(c.unit)}.join(
                QLatin1Char('|')));
    for (const CheckIn& c : checkInList)
        j.checkIns.append(
            QStringList {text(c.weekStart), text(c.worstPain), text(c.usualPain),
                         c.kneeWorseMorning ? QString::number(*c.kneeWorseMorning) : QStringLiteral("none"), c.notes}
                .join(QLatin1Char('|')));
    for (const MorningCheck& c : morningList)
        j.mornings.append(text(c.date) + QLatin1Char('|') + QString::number(c.worse));
    QHash<RecordId, QString> activityName;
    const QList<PsfsActivity> activityList = store.list<PsfsActivity>().value();
    const QList<PsfsScore> scoreList = store.list<PsfsScore>().value();
    for (const PsfsActivity& a : activityList) {
        const QString t = a.name + QLatin1Char('|') + text(a.added) + QLatin1Char('|') + text(a.retired);
        activityName.insert(a.id, t);
        j.activities.append(t);
    }
    for (const PsfsScore& s : scoreList)
        j.scores.append(activityName.value(s.activityId, QStringLiteral("?")) + QLatin1Char('|') + text(s.date)
                        + QLatin1Char('|') + QString::number(s.score));
    return j;
}

void expectSame(const QStringList& a, const QStringList& b, const char* table)
{
    ASSERT_EQ(a.size(), b.size()) << table;
    for (qsizetype i = 0; i < a.size(); ++i)
        EXPECT_EQ(a.at(i).toStdString(), b.at(i).toStdString()) << table << " row " << i;
}

void expectSame(const Journal& a, const Journal& b)
{
    expectSame(a.pain, b.pain, "pain");
    expectSame(a.runs, b.runs, "runs");
    expectSame(a.weekly, b.weekly, "weekly totals");
    expectSame(a.flex, b.flex, "flexibility");
    expectSame(a.sessions, b.sessions, "sessions");
    expectSame(a.shoes, b.shoes, "shoes");
    expectSame(a.checkIns, b.checkIns, "check-ins");
    expectSame(a.mornings, b.mornings, "morning checks");
    expectSame(a.activities, b.activities, "function activities");
    expectSame(a.scores, b.scores, "function scores");
}

class RoundTrip : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(source.open(dir.filePath(QStringLiteral("source.sqlite"))).ok());
        fillPopulatedJournal(source);
        ASSERT_TRUE(target.open(dir.filePath(QStringLiteral("target.sqlite"))).ok());
    }

    QString exportSource()
    {
        const QString folder = dir.filePath(QStringLiteral("export"));
        auto exported = exchange::exportJournal(source, folder, exchange::ExportOptions {plusOne()});
        EXPECT_TRUE(exported.ok()) << why(exported);
        return folder;
    }

    TempDir dir;
    FixedClock clock {referenceNow()};
    JournalStore source {clock};
    JournalStore target {clock};
};

} // namespace

TEST_F(RoundTrip, EveryFieldOfEveryTableComesBack)
{
    const Journal before = snapshot(source);
    ASSERT_GT(before.pain.size(), 50);
    ASSERT_GT(before.sessions.size(), 50);
    ASSERT_GT(before.runs.size(), 20);
    ASSERT_GT(before.flex.size(), 20);
    ASSERT_GT(before.mornings.size(), 20);
    ASSERT_GE(before.shoes.size(), 3);
    ASSERT_GE(before.activities.size(), 4) << "the demo's three activities and the one added later";
    ASSERT_TRUE(std::any_of(before.activities.cbegin(), before.activities.cend(), [](const QString& a) {
        return !a.endsWith(QStringLiteral("|none"));
    })) << "a retired activity";
    ASSERT_GE(before.scores.size(), 12);

    auto imported = exchange::importJournal(target, exportSource(), clock);
    ASSERT_TRUE(imported.ok()) << why(imported);
    ASSERT_TRUE(imported.value().written()) << imported.value().refused.constFirst().text().toStdString();
    EXPECT_EQ(imported.value().skipped(), 0);
    expectSame(before, snapshot(target));
}

TEST_F(RoundTrip, ImportingTwiceAddsNothingTheSecondTime)
{
    const QString folder = exportSource();
    auto first = exchange::importJournal(target, folder, clock);
    ASSERT_TRUE(first.ok() && first.value().written());
    const int added = first.value().added();
    EXPECT_GT(added, 500);

    auto second = exchange::importJournal(target, folder, clock);
    ASSERT_TRUE(second.ok() && second.value().written());
    EXPECT_EQ(second.value().added(), 0);
    EXPECT_EQ(second.value().skipped(), added);
    expectSame(snapshot(source), snapshot(target));

    // Into the journal it came from: nothing new either.
    auto back = exchange::importJournal(source, folder, clock);
    ASSERT_TRUE(back.ok() && back.value().written());
    EXPECT_EQ(back.value().added(), 0);
}

TEST_F(RoundTrip, JournalHoldingSomeRecordsGetsOnlyTheOthers)
{
    // The target already has the first ten pain entries, one shoe and the first session (as the source).
    auto pain = source.list<PainEntry>();
    ASSERT_TRUE(target.addAll(pain.value().mid(0, 10)).ok());
    auto shoes = source.list<Shoe>();
    ASSERT_TRUE(target.add(shoes.value().constFirst()).ok());
    auto sessions = source.list<SessionRecord>();
    ASSERT_TRUE(target.add(sessions.value().constFirst()).ok());

    auto imported = exchange::importJournal(target, exportSource(), clock);
    ASSERT_TRUE(imported.ok() && imported.value().written());
    QHash<QString, exchange::ImportedFile> files;
    for (const auto& f : imported.value().files)
        files.insert(f.fileName, f);
    EXPECT_EQ(files.value(QStringLiteral("pain.csv")).skipped, 10);
    EXPECT_EQ(files.value(QStringLiteral("shoes.csv")).skipped, 1);
    EXPECT_EQ(files.value(QStringLiteral("sessions.csv")).skipped, 1);
    EXPECT_EQ(files.value(QStringLiteral("session_items.csv")).skipped,
              int(sessions.value().constFirst().items.size()));
    expectSame(snapshot(source), snapshot(target));
}

TEST_F(RoundTrip, ExportWritesEveryFilePrivateWithAReadme)
{
    const QString folder = exportSource();
    for (const char* name : {"pain.csv", "runs.csv", "weekly_totals.csv", "flexibility.csv", "sessions.csv",
                             "session_items.csv", "shoes.csv", "checkins.csv", "morning_checks.csv",
                             "function_activities.csv", "function_scores.csv", "README.txt"}) {
        const QString path = QDir(folder).filePath(QString::fromLatin1(name));
        ASSERT_TRUE(QFileInfo::exists(path)) << name;
        EXPECT_EQ(
            QFileInfo(path).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions {})
            << name;
    }
    const QString readme = QString::fromUtf8(readFile(QDir(folder).filePath(QStringLiteral("README.txt"))));
    // Every column of every file is named in README.txt, under its file.
    for (const QString& name : QDir(folder).entryList({QStringLiteral("*.csv")})) {
        const QByteArray bytes = readFile(QDir(folder).filePath(name));
        const QString header = QString::fromUtf8(bytes.left(bytes.indexOf('\r')));
        const qsizetype section = readme.indexOf(name + QStringLiteral(": "));
        ASSERT_GE(section, 0) << name.toStdString();
        for (const QString& column : header.split(QLatin1Char(',')))
            EXPECT_GT(readme.indexOf(QStringLiteral("\n  ") + column + QStringLiteral(": "), section), section)
                << name.toStdString() << " " << column.toStdString();
    }
}

TEST_F(RoundTrip, TimesCarryTheirOffsetAndDistancesAreMetres)
{
    const QString folder = exportSource();
    const QString runs = QString::fromUtf8(readFile(QDir(folder).filePath(QStringLiteral("runs.csv"))));
    EXPECT_TRUE(runs.startsWith(QStringLiteral("start,local_date,distance_m,duration_s,")));
    // The imported edge-case run: 06:58:01 UTC is 07:58:01 at UTC+1, 10012.37 m, 3333 s.
    EXPECT_TRUE(runs.contains(QStringLiteral("2026-03-13T07:58:01+01:00,2026-03-13,10012.37,3333,")))
        << runs.left(400).toStdString();
    EXPECT_TRUE(
        runs.contains(QStringLiteral("\" leading and trailing spaces \",3333,3561,171.25,148.5,trail_running,")))
        << runs.left(400).toStdString();
    const QString sessions = QString::fromUtf8(readFile(QDir(folder).filePath(QStringLiteral("sessions.csv"))));
    EXPECT_TRUE(sessions.contains(QStringLiteral("2026-03-13T08:40:12.345+01:00"))) << sessions.left(300).toStdString();
    const QString scores = QString::fromUtf8(readFile(QDir(folder).filePath(QStringLiteral("function_scores.csv"))));
    EXPECT_TRUE(scores.startsWith(QStringLiteral("activity_id,date,score\r\n"))) << scores.left(200).toStdString();
    const QString activities
        = QString::fromUtf8(readFile(QDir(folder).filePath(QStringLiteral("function_activities.csv"))));
    EXPECT_TRUE(activities.startsWith(QStringLiteral("id,name,added,retired\r\n"))) << activities.toStdString();
}

TEST_F(RoundTrip, YourOwnExercisesAndRoutinesTravelInTheProgrammeFormatWithTheirPictures)
{
    EXPECT_FALSE(QFileInfo::exists(QDir(exportSource()).filePath(exchange::ownProgrammeFileName())));

    // The smallest PNG: its signature and an IHDR, enough for the format to be told.
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                               "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44"
                                               "ae426082");
    Exercise slide;
    slide.id = QStringLiteral("my-wall-slide");
    slide.name = QStringLiteral("Wall slide, \"slow\"");
    slide.origin = Origin::Runner;
    slide.dose.holdSeconds = {20, 20};
    slide.dose.sets = {2, 2};
    slide.dose.restSeconds = 15;
    slide.steps = {QStringLiteral("Back against the wall"), QStringLiteral("Slide down, then up")};
    ASSERT_TRUE(source.saveCustomExercise(slide, ProgrammeImage {png, QStringLiteral("png")}).ok());
    Routine evening;
    evening.id = QStringLiteral("my-evening");
    evening.name = QStringLiteral("Evening");
    evening.origin = Origin::Runner;
    RoutineItem item;
    item.exerciseId = slide.id;
    item.dose = PlannedDose {25, 0, 2, 15};
    item.restAfterSeconds = 20;
    evening.items = {item};
    ASSERT_TRUE(source.saveCustomRoutine(evening).ok());

    const QString folder = exportSource();
    const QString path = QDir(folder).filePath(exchange::ownProgrammeFileName());
    ASSERT_TRUE(QFileInfo::exists(path));
    EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions {});
    const Result<ProgrammeFile> file = readProgrammeFile(path, Catalog(), &sniffOnlyImageCheck);
    ASSERT_TRUE(file.ok()) << why(file);
    ASSERT_EQ(file->exercises.size(), 1);
    EXPECT_EQ(file->exercises.at(0).name, slide.name);
    EXPECT_EQ(file->exercises.at(0).steps, slide.steps);
    EXPECT_EQ(file->images.value(slide.id).bytes, png); // byte for byte
    ASSERT_EQ(file->routines.size(), 1);
    EXPECT_EQ(file->routines.at(0).items, evening.items);
    // The CSV import leaves it alone: the folder still imports as before.
    auto imported = exchange::importJournal(target, folder, clock);
    ASSERT_TRUE(imported.ok() && imported.value().written()) << why(imported);
    const QString readme = QString::fromUtf8(readFile(QDir(folder).filePath(QStringLiteral("README.txt"))));
    EXPECT_TRUE(readme.contains(exchange::ownProgrammeFileName()));
}
