#include "tests/support/progressjournal.h"

#include "core/catalog/catalog.h"
#include "core/model/preferences.h"
#include "core/store/demojournal.h"
#include "core/store/journalstore.h"
#include "tests/support/appharness.h"
#include "tests/support/testsupport.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace patella::test {
namespace {

QDateTime instant(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc());
}

template <typename T> void expectOk(const Result<T>& result)
{
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().text().toStdString());
}

} // namespace

struct ProgressJournal::Parts : AppHarness
{
    explicit Parts(const QString& journalPath)
        : AppHarness(
            Options {.programmeStart = referenceDate(), .journalPath = journalPath, .checkIllustrations = false})
    {
    }
};

ProgressJournal::ProgressJournal()
    : ProgressJournal(QString())
{
}

ProgressJournal::ProgressJournal(const QString& journalPath)
    : m(std::make_unique<Parts>(journalPath))
{
}

bool ProgressJournal::hasRuns()
{
    const auto runs = m->store.list<Run>({referenceDate().addDays(-30), referenceDate()});
    return runs.ok() && !runs.value().isEmpty();
}

ProgressJournal::~ProgressJournal() = default;

AppContext& ProgressJournal::context()
{
    return m->context;
}

JournalStore& ProgressJournal::store()
{
    return m->store;
}

Preferences& ProgressJournal::preferences()
{
    return m->preferences;
}

void ProgressJournal::fillDemo()
{
    DemoJournalOptions options;
    options.endDate = referenceDate();
    options.zone = QTimeZone::utc();
    expectOk(fillDemoJournal(m->store, options));
}

void ProgressJournal::addRun(QDate date, double metres, std::optional<double> cadenceSpm)
{
    Run run;
    run.cadenceSpm = cadenceSpm;
    run.start = instant(date, 7);
    run.localDate = date;
    run.distanceMetres = metres;
    run.durationSeconds = int(metres / 1000.0 * 330.0);
    expectOk(m->store.add(run));
}

void ProgressJournal::addPain(QDate date, int score, PainSituation situation)
{
    PainEntry entry;
    entry.at = instant(date, 8);
    entry.localDate = date;
    entry.score = score;
    entry.situation = situation;
    expectOk(m->store.add(entry));
}

void ProgressJournal::addSession(QDate date)
{
    SessionRecord session;
    session.routineId = QStringLiteral("daily-knee-mobility");
    session.start = instant(date, 20);
    session.end = session.start.addSecs(600);
    session.localDate = date;
    expectOk(m->store.add(session));
}

void ProgressJournal::addFlex(QDate date, FlexTest test, Side side, double value, FlexUnit unit)
{
    FlexCheck check;
    check.at = instant(date, 9);
    check.localDate = date;
    check.test = test;
    check.side = side;
    check.value = value;
    check.unit = unit;
    expectOk(m->store.add(check));
}

void ProgressJournal::fillYears(int years)
{
    const QDate end = referenceDate();
    const QDate start = end.addYears(-years).addDays(1);
    JournalBatch batch;
    int day = 0;
    for (QDate date = start; date <= end; date = date.addDays(1), ++day) {
        const double wave = double(day % 91) / 91.0; // a thirteen-week build, then again
        for (int i = 0; i < 2; ++i) {
            SessionRecord session;
            session.routineId = i == 0 ? QStringLiteral("daily-knee-mobility") : QStringLiteral("strength");
            session.start = instant(date, i == 0 ? 7 : 19);
            session.end = session.start.addSecs(900);
            session.localDate = date;
            for (int set = 1; set <= 4; ++set) {
                SessionItem item;
                item.exerciseId = QStringLiteral("standing-quad-stretch");
                item.side = set % 2 ? Side::Left : Side::Right;
                item.set = (set + 1) / 2;
                item.plannedSeconds = 30;
                item.actualSeconds = 30;
                session.items.append(item);
            }
            batch.sessions.append(session);
        }
        for (int i = 0; i < 2; ++i) {
            PainEntry pain;
            pain.at = instant(date, i == 0 ? 8 : 18);
            pain.localDate = date;
            pain.score = (day * 7 + i * 3) % 6;
            pain.situation = i == 0 ? PainSituation::Stairs : PainSituation::AfterRun;
            batch.painEntries.append(pain);
        }
        Run run;
        // A run is never later than now (the store refuses it): the reference day's is before 09:30.
        run.start = instant(date, date == end ? 6 : 17);
        run.localDate = date;
        run.distanceMetres = 3000.0 + 5000.0 * wave + double(day % 5) * 300.0;
        run.durationSeconds = int(run.distanceMetres / 1000.0 * 320.0);
        batch.runs.append(run);
        if (date.dayOfWeek() == Qt::Sunday) {
            for (const FlexTest test : allFlexTests()) {
                for (const Side side : {Side::Left, Side::Right}) {
                    FlexCheck check;
                    check.at = instant(date, 10);
                    check.localDate = date;
                    check.test = test;
                    check.side = side;
                    check.value = 5.0 + double(day % 7) + (side == Side::Right ? 1.0 : 0.0);
                    check.unit = FlexUnit::Centimetres;
                    batch.flexChecks.append(check);
                }
            }
        }
    }
    expectOk(m->store.addBatch(batch));
}

} // namespace patella::test
