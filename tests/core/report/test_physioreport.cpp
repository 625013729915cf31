#include "core/catalog/catalog.h"
#include "core/catalog/programmefile.h"
#include "core/report/physioreport.h"
#include "core/store/customcatalog.h"
#include "tests/support/reportjournal.h"
#include "tests/support/testsupport.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

// The report's numbers from the hand-made journal (reportjournal.h): every figure below follows from it.
using namespace patella;
using namespace patella::test;

namespace {

class PhysioReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        auto filled = fillReportJournal(store);
        ASSERT_TRUE(filled.ok()) << filled.error().text().toStdString();
        auto loaded
            = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), &Catalog::illustrationResourceExists);
        ASSERT_TRUE(loaded.ok()) << loaded.error().text().toStdString();
        catalog = loaded.value();
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    PhysioReport build(int weeks = 12)
    {
        ReportOptions options;
        options.today = referenceDate();
        options.programmeStart = reportProgrammeStart();
        options.weeks = weeks;
        options.name = QStringLiteral("Alex Runner");
        auto report = buildPhysioReport(store, catalog, options);
        EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().text().toStdString());
        return report.ok() ? report.value() : PhysioReport {};
    }

    TempDir dir;
    FixedClock clock {referenceNow()};
    JournalStore store {clock};
    Catalog catalog;
};

TEST_F(PhysioReportTest, PeriodAndProgramme)
{
    const PhysioReport report = build();
    EXPECT_EQ(report.from, QDate(2025, 12, 29));
    EXPECT_EQ(report.to, referenceDate());
    EXPECT_EQ(report.programmeWeek, 11);
    EXPECT_EQ(report.phase, Phase::Strength);
    EXPECT_EQ(report.weeks.size(), 12);
    EXPECT_EQ(build(4).from, QDate(2026, 2, 23));
    EXPECT_EQ(build(0).from, reportProgrammeStart());
}

TEST_F(PhysioReportTest, PainPerSituationNamesTheSmallestImportantChange)
{
    const PhysioReport report = build();
    const auto stairs = std::find_if(report.pain.cbegin(), report.pain.cend(),
                                     [](const ReportPainSituation& s) { return s.situation == PainSituation::Stairs; });
    ASSERT_NE(stairs, report.pain.cend());
    EXPECT_DOUBLE_EQ(stairs->first, 5.0);
    EXPECT_DOUBLE_EQ(stairs->last, 3.0);
    EXPECT_DOUBLE_EQ(stairs->change, -2.0);
    EXPECT_TRUE(stairs->realImprovement);
    EXPECT_EQ(stairs->days, 14);
    EXPECT_EQ(stairs->weekly.size(), 2);
    const auto running = std::find_if(report.pain.cbegin(), report.pain.cend(), [](const ReportPainSituation& s) {
        return s.situation == PainSituation::DuringRun;
    });
    ASSERT_NE(running, report.pain.cend());
    EXPECT_DOUBLE_EQ(running->change, 0.0);
    EXPECT_FALSE(running->realImprovement);
    EXPECT_FALSE(running->realWorsening);
    ASSERT_EQ(report.checkIns.size(), 2);
    EXPECT_EQ(report.checkIns.at(0).worst, 6);
    EXPECT_EQ(report.checkIns.at(1).usual, 2);
}

TEST_F(PhysioReportTest, FunctionScoreAverageAndActivities)
{
    const PhysioReport report = build();
    ASSERT_EQ(report.psfs.rounds.size(), 3);
    EXPECT_NEAR(*report.psfs.firstAverage, 11.0 / 3.0, 1e-9);
    EXPECT_DOUBLE_EQ(*report.psfs.lastAverage, 7.0);
    EXPECT_TRUE(report.psfs.meaningful);
    ASSERT_EQ(report.psfs.activities.size(), 3);
    EXPECT_DOUBLE_EQ(*report.psfs.activities.at(0).change, 4.0);
    EXPECT_TRUE(report.psfs.activities.at(0).meaningful);
    EXPECT_TRUE(report.psfs.activities.at(2).meaningful) << "5 to 8 is +3";
}

TEST_F(PhysioReportTest, PainByBandCountsEverySource)
{
    const PhysioReport report = build();
    ASSERT_EQ(report.bandNames.size(), 3);
    int sessions = 0;
    for (const ReportPainBands& bands : report.painBands) {
        if (bands.source.contains(QStringLiteral("each exercise"))) {
            ++sessions;
            EXPECT_EQ(bands.tooMuch, 1);
            EXPECT_EQ(bands.acceptable, 0);
            EXPECT_EQ(bands.safe, bands.total() - 1);
            EXPECT_EQ(bands.total(), 30);
        }
        if (bands.source == QStringLiteral("After runs")) {
            EXPECT_EQ(bands.total(), 1);
            EXPECT_EQ(bands.tooMuch, 1);
        }
        if (bands.source == QStringLiteral("During runs")) {
            EXPECT_EQ(bands.total(), 9 + 2);
        }
    }
    EXPECT_EQ(sessions, 1);
}

TEST_F(PhysioReportTest, DoseAndItsLastStep)
{
    const PhysioReport report = build();
    const auto quad = std::find_if(report.doses.cbegin(), report.doses.cend(), [](const ReportDose& dose) {
        return dose.exerciseId == QStringLiteral("standing-quad-stretch");
    });
    ASSERT_NE(quad, report.doses.cend());
    ASSERT_TRUE(quad->changed.has_value());
    EXPECT_EQ(*quad->changed, QDate(2026, 3, 11));
    EXPECT_EQ(quad->change, DoseChange::SteppedBack);
    EXPECT_TRUE(quad->why.contains(QStringLiteral("7/10"))) << quad->why.toStdString();
    EXPECT_FALSE(quad->dose.isEmpty());
}

TEST_F(PhysioReportTest, WeeksSpikesFlexibilityEventsAndNotes)
{
    const PhysioReport report = build();
    const auto week = [&report](QDate monday) {
        for (const ReportWeek& w : report.weeks)
            if (w.weekStart == monday)
                return w;
        return ReportWeek {};
    };
    EXPECT_DOUBLE_EQ(week(QDate(2026, 1, 12)).metres, 15000.0);
    EXPECT_DOUBLE_EQ(week(QDate(2026, 1, 19)).metres, 18000.0);
    EXPECT_NEAR(*week(QDate(2026, 1, 19)).percentChange, 20.0, 1e-9);
    EXPECT_TRUE(week(QDate(2026, 1, 19)).overTenPercent);
    EXPECT_FALSE(week(QDate(2026, 1, 12)).overTenPercent);
    EXPECT_EQ(week(QDate(2026, 1, 12)).sessions, 3);
    // The target counts from the programme's start (Monday 5 January) and, in the week the period ends in
    // (Monday 16 March, its first day), for one day of seven.
    EXPECT_EQ(week(QDate(2025, 12, 29)).target, 0);
    EXPECT_EQ(week(QDate(2026, 1, 12)).target, report.weeklyTarget);
    EXPECT_EQ(week(QDate(2026, 3, 16)).target, int(std::lround(report.weeklyTarget / 7.0)));
    EXPECT_EQ(report.sessionsTarget(), 10 * report.weeklyTarget + int(std::lround(report.weeklyTarget / 7.0)));
    ASSERT_EQ(report.spikes.size(), 1);
    EXPECT_EQ(report.spikes.at(0).date, QDate(2026, 1, 23));
    EXPECT_NEAR(report.spikes.at(0).percentLonger, 60.0, 1e-9);
    ASSERT_TRUE(report.hasCadence());
    ASSERT_TRUE(week(QDate(2026, 1, 19)).cadence.has_value());
    EXPECT_DOUBLE_EQ(*week(QDate(2026, 1, 19)).cadence, 170.0) << "168 and 172; the 8 km run recorded none";
    EXPECT_FALSE(week(QDate(2026, 1, 12)).cadence.has_value());

    ASSERT_EQ(report.flexibility.size(), 1);
    EXPECT_DOUBLE_EQ(report.flexibility.at(0).left.constLast().value, 10.0);
    EXPECT_DOUBLE_EQ(report.flexibility.at(0).right.constFirst().value, 7.0);

    bool spikeEvent = false;
    for (const ReportEvent& event : report.events) {
        EXPECT_GE(event.date, report.from);
        EXPECT_LE(event.date, report.to);
        spikeEvent = spikeEvent || event.date == QDate(2026, 1, 23);
    }
    EXPECT_TRUE(spikeEvent);
    QStringList notes;
    for (const ReportNote& note : report.notes)
        notes.append(note.text);
    EXPECT_TRUE(notes.contains(QStringLiteral("Stairs easier this week")));
    EXPECT_TRUE(notes.contains(QStringLiteral("Long run by the river")));
    EXPECT_TRUE(notes.contains(QStringLiteral("Hill repeats felt fine")));
}

} // namespace

namespace {

TEST_F(PhysioReportTest, RoutinesInUseSayWhoMadeThemWithTheirDoses)
{
    CustomCatalog custom(catalog, store);
    ASSERT_TRUE(custom.reload().ok());
    const Result<ProgrammeFile> file = readProgrammeFile(
        fixturePath(QStringLiteral("../../docs/programme-example.json")), catalog, &sniffOnlyImageCheck);
    ASSERT_TRUE(file.ok()) << file.error().text().toStdString();
    ASSERT_TRUE(custom.importProgramme(file.value(), QStringLiteral("programme-example.json")).ok());

    // Given the built-in catalog only, the report still finds the programme's routines in the journal.
    const PhysioReport report = build();
    const auto evening = std::find_if(report.routines.cbegin(), report.routines.cend(), [](const RoutineInUse& r) {
        return r.routineId == QStringLiteral("pt-evening");
    });
    ASSERT_NE(evening, report.routines.cend());
    EXPECT_EQ(evening->name, QStringLiteral("Evening programme"));
    EXPECT_EQ(evening->origin, Origin::Programme);
    EXPECT_EQ(evening->planUse, PlanUse::InPlace);
    EXPECT_TRUE(madeByText(*evening).startsWith(QStringLiteral("Programme by Alex Moreau, physiotherapist")))
        << madeByText(*evening).toStdString();
    ASSERT_EQ(evening->items.size(), 3);
    EXPECT_EQ(evening->items.at(0).dose, (PlannedDose {30, 0, 2, 10}));
}

} // namespace
