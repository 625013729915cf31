#include "app/journal/checkinwizard.h"
#include "app/presentation/checkinanswers.h"
#include "tests/app/journal/journaltesting.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace patella;

namespace {

class CheckInWizardTest : public test::JournalFixture
{
protected:
    void SetUp() override
    {
        JournalFixture::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    // Types into a field of the wizard's current page.
    static void type(QWizard& wizard, const char* name, const QString& text)
    {
        auto* edit = wizard.currentPage()->findChild<QLineEdit*>(QString::fromLatin1(name));
        ASSERT_NE(edit, nullptr) << name << " on " << wizard.currentPage()->objectName().toStdString();
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static QString pageName(QWizard& wizard) { return wizard.currentPage()->objectName(); }
};

} // namespace

TEST_F(CheckInWizardTest, FilledThroughTheWidgetsSavesEveryRow)
{
    const RecordId shoe = addShoe(QStringLiteral("Old road"), 500000.0);
    addRun(4, 5000.0, shoe); // last week; none this week, so the wizard asks for a total
    CheckInAnswers lastWeek;
    lastWeek.worstPain = 6;
    lastWeek.usualPain = 3;
    lastWeek.flex.append(FlexAnswer {FlexTest::KneeToWall, Side::Left, 8.0, FlexUnit::Centimetres});
    clock.setNow(test::referenceNow().addDays(-7));
    ASSERT_TRUE(saveCheckIn(store, lastWeek, clock.now(), clock.today()).ok());
    clock.setNow(test::referenceNow());

    CheckInWizard wizard(context);
    QSignalSpy saved(&wizard, &CheckInWizard::saved);
    wizard.show();
    auto* next = wizard.button(QWizard::NextButton);

    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInPainPage"));
    EXPECT_FALSE(next->isEnabled()) << "worst and usual pain are needed";
    type(wizard, "worstPain", QStringLiteral("11"));
    EXPECT_EQ(wizard.currentPage()->findChild<QLabel*>(QStringLiteral("worstPainError"))->text(),
              QStringLiteral("Worst pain must be between 0 and 10."));
    type(wizard, "worstPain", QStringLiteral("5"));
    type(wizard, "usualPain", QStringLiteral("2"));
    type(wizard, "painRunning", QStringLiteral("3"));
    type(wizard, "painStairs", QStringLiteral("4"));
    type(wizard, "painSitting", QStringLiteral("2"));
    type(wizard, "painSquatting", QStringLiteral("5"));
    ASSERT_TRUE(next->isEnabled());
    next->click();

    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInWarningPage"));
    next->click(); // none this week

    // No function score yet: its page asks for the runner's own activities.
    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInFunctionPage"));
    EXPECT_TRUE(next->isEnabled()) << "an empty page skips the round";
    type(wizard, "psfsNewName0", QStringLiteral("Running 5 km"));
    EXPECT_FALSE(next->isEnabled());
    type(wizard, "psfsNewScore0", QStringLiteral("11"));
    auto* message = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("psfsMessage"));
    EXPECT_EQ(message->text(), QStringLiteral("The score for \"Running 5 km\" must be between 0 and 10."));
    type(wizard, "psfsNewScore0", QStringLiteral("3"));
    EXPECT_FALSE(next->isEnabled());
    EXPECT_EQ(message->text(), QStringLiteral("A round asks about 3 to 5 activities, not 1"));
    type(wizard, "psfsNewName1", QStringLiteral("Going down stairs"));
    type(wizard, "psfsNewScore1", QStringLiteral("5"));
    type(wizard, "psfsNewName2", QStringLiteral("Sitting through a film"));
    type(wizard, "psfsNewScore2", QStringLiteral("7"));
    ASSERT_TRUE(next->isEnabled()) << message->text().toStdString();
    next->click();

    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInFlexPage-knee-to-wall"));
    EXPECT_FALSE(wizard.currentPage()->findChild<QLabel*>(QStringLiteral("flexSteps"))->text().isEmpty());
    type(wizard, "flexLeft", QStringLiteral("9.5"));
    type(wizard, "flexRight", QStringLiteral("x"));
    EXPECT_FALSE(next->isEnabled());
    type(wizard, "flexRight", QStringLiteral("11"));
    next->click();
    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInFlexPage-sit-and-reach"));
    type(wizard, "flexLeft", QStringLiteral("-4"));
    type(wizard, "flexRight", QStringLiteral("-3"));
    next->click();
    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInFlexPage-heel-to-buttock"));
    next->click(); // skipped
    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInFlexPage-half-kneeling-hip-flexor"));
    type(wizard, "flexLeft", QStringLiteral("6"));
    type(wizard, "flexRight", QStringLiteral("4"));
    next->click();
    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInFlexPage-straight-leg-raise"));
    type(wizard, "flexLeft", QStringLiteral("75"));
    next->click();

    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInMileagePage"));
    type(wizard, "weekTotal", QStringLiteral("12.5"));
    type(wizard, "weekRuns", QStringLiteral("3"));
    next->click();

    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInShoePage"));
    auto* worn = wizard.currentPage()->findChild<QCheckBox*>(QStringLiteral("worn-%1").arg(shoe));
    auto* retire = wizard.currentPage()->findChild<QCheckBox*>(QStringLiteral("retire-%1").arg(shoe));
    ASSERT_TRUE(worn && retire);
    EXPECT_FALSE(retire->isVisible());
    worn->click();
    EXPECT_TRUE(retire->isVisible()) << "looks worn suggests retiring";
    retire->click();
    next->click();

    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInNotesPage"));
    QTest::keyClicks(wizard.currentPage()->findChild<QPlainTextEdit*>(QStringLiteral("checkInNotes")),
                     QStringLiteral("Stairs were better by Thursday."));
    next->click();

    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInSummaryPage"));
    auto* summary = wizard.currentPage()->findChild<QTableWidget*>(QStringLiteral("checkInSummary"));
    ASSERT_NE(summary, nullptr);
    ASSERT_GE(summary->rowCount(), 3);
    EXPECT_EQ(summary->item(0, 0)->text(), QStringLiteral("Worst pain"));
    EXPECT_EQ(summary->item(0, 1)->text(), QStringLiteral("6/10"));
    EXPECT_EQ(summary->item(0, 2)->text(), QStringLiteral("5/10"));
    EXPECT_EQ(summary->item(0, 3)->text(), QStringLiteral("−1"));
    EXPECT_EQ(summary->item(2, 3)->text(), QStringLiteral("+1.5 cm")) << "knee-to-wall left, 8 to 9.5 cm";
    const int last = summary->rowCount() - 1;
    EXPECT_EQ(summary->item(last, 1)->text(), QStringLiteral("5.0 km"));
    EXPECT_EQ(summary->item(last, 2)->text(), QStringLiteral("12.5 km"));

    wizard.button(QWizard::FinishButton)->click();
    EXPECT_EQ(saved.count(), 1);

    const auto checkIns = store.list<CheckIn>(DateRange {QDate(2026, 3, 16), QDate(2026, 3, 16)}).value();
    ASSERT_EQ(checkIns.size(), 1);
    EXPECT_EQ(checkIns.constFirst().worstPain, 5);
    EXPECT_EQ(checkIns.constFirst().usualPain, 2);
    EXPECT_EQ(checkIns.constFirst().notes, QStringLiteral("Stairs were better by Thursday."));
    const auto pain = store.list<PainEntry>(DateRange {QDate(2026, 3, 16), QDate(2026, 3, 16)}).value();
    ASSERT_EQ(pain.size(), 4);
    QHash<PainSituation, int> bySituation;
    for (const PainEntry& entry : pain)
        bySituation.insert(entry.situation, entry.score);
    EXPECT_EQ(bySituation.value(PainSituation::DuringRun), 3);
    EXPECT_EQ(bySituation.value(PainSituation::Stairs), 4);
    EXPECT_EQ(bySituation.value(PainSituation::LongSitting), 2);
    EXPECT_EQ(bySituation.value(PainSituation::Squatting), 5);
    const auto flex = store.list<FlexCheck>(DateRange {QDate(2026, 3, 16), QDate(2026, 3, 16)}).value();
    ASSERT_EQ(flex.size(), 7);
    int degrees = 0;
    for (const FlexCheck& check : flex) {
        if (check.test == FlexTest::StraightLegRaise) {
            EXPECT_EQ(check.unit, FlexUnit::Degrees);
            EXPECT_DOUBLE_EQ(check.value, 75.0);
            ++degrees;
        }
        if (check.test == FlexTest::HalfKneelingHipFlexor) {
            EXPECT_EQ(check.unit, FlexUnit::Tightness);
        }
    }
    EXPECT_EQ(degrees, 1);
    const auto totals = store.list<WeeklyTotal>().value();
    ASSERT_EQ(totals.size(), 1);
    EXPECT_DOUBLE_EQ(totals.constFirst().distanceMetres, 12500.0);
    EXPECT_EQ(totals.constFirst().runs, 3);
    EXPECT_EQ(store.get<Shoe>(shoe).value().retired, test::referenceDate());
    const auto activities = store.currentPsfsActivities().value();
    ASSERT_EQ(activities.size(), 3);
    EXPECT_EQ(activities.at(1).name, QStringLiteral("Going down stairs"));
    const auto scores = store.list<PsfsScore>().value();
    ASSERT_EQ(scores.size(), 3);
    EXPECT_EQ(scores.at(2).score, 7);
    EXPECT_EQ(scores.at(2).date, test::referenceDate());
}

TEST_F(CheckInWizardTest, FunctionScoreOffersTheActivitiesAgainRetiresOneAndAddsAnother)
{
    PsfsRound first;
    first.date = test::referenceDate().addDays(-7);
    first.ratings
        = {PsfsRating {NoId, QStringLiteral("Running 5 km"), 3},
           PsfsRating {NoId, QStringLiteral("Going down stairs"), 5}, PsfsRating {NoId, QStringLiteral("Kneeling"), 6}};
    ASSERT_TRUE(store.recordPsfsRound(first).ok());

    CheckInWizard wizard(context);
    wizard.show();
    auto* next = wizard.button(QWizard::NextButton);
    type(wizard, "worstPain", QStringLiteral("4"));
    type(wizard, "usualPain", QStringLiteral("2"));
    next->click();
    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInWarningPage"));
    next->click();
    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInFunctionPage"));
    type(wizard, "psfsScore0", QStringLiteral("6"));
    type(wizard, "psfsScore1", QStringLiteral("7"));
    auto* message = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("psfsMessage"));
    EXPECT_FALSE(next->isEnabled());
    EXPECT_EQ(message->text(), QStringLiteral("\"Kneeling\" has no score"));
    wizard.currentPage()->findChild<QCheckBox*>(QStringLiteral("psfsRetire2"))->click();
    EXPECT_FALSE(next->isEnabled()) << "two left";
    type(wizard, "psfsNewName0", QStringLiteral("Squatting to garden"));
    type(wizard, "psfsNewScore0", QStringLiteral("4"));
    ASSERT_TRUE(next->isEnabled()) << message->text().toStdString();
    for (int i = 0; i < 12 && pageName(wizard) != QStringLiteral("checkInSummaryPage"); ++i)
        next->click();
    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInSummaryPage"));
    wizard.button(QWizard::FinishButton)->click();

    const auto asked = store.currentPsfsActivities().value();
    ASSERT_EQ(asked.size(), 3);
    EXPECT_EQ(asked.at(2).name, QStringLiteral("Squatting to garden"));
    EXPECT_EQ(store.list<PsfsActivity>().value().size(), 4) << "the retired one is kept";
    EXPECT_EQ(store.list<PsfsScore>().value().size(), 6);
}

TEST_F(CheckInWizardTest, EveryTwoWeeksSkipsTheFunctionScoreTheWeekAfterARound)
{
    PsfsRound first;
    first.date = test::referenceDate().addDays(-6); // last week's Tuesday
    first.ratings
        = {PsfsRating {NoId, QStringLiteral("Running 5 km"), 3},
           PsfsRating {NoId, QStringLiteral("Going down stairs"), 5}, PsfsRating {NoId, QStringLiteral("Kneeling"), 6}};
    ASSERT_TRUE(store.recordPsfsRound(first).ok());
    preferences.setFunctionScoreEveryWeeks(2);
    {
        CheckInWizard wizard(context);
        EXPECT_EQ(wizard.findChild<QWizardPage*>(QStringLiteral("checkInFunctionPage")), nullptr);
    }
    preferences.setFunctionScoreEveryWeeks(1);
    CheckInWizard wizard(context);
    EXPECT_NE(wizard.findChild<QWizardPage*>(QStringLiteral("checkInFunctionPage")), nullptr);
}

TEST_F(CheckInWizardTest, WeekWithRunsShowsTheirSumAndAsksNoTotal)
{
    addRun(0, 8000.0);
    addRun(0, 4000.0);
    CheckInWizard wizard(context);
    wizard.show();
    type(wizard, "worstPain", QStringLiteral("2"));
    type(wizard, "usualPain", QStringLiteral("1"));
    while (pageName(wizard) != QStringLiteral("checkInMileagePage"))
        wizard.next();
    const QString summary = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("mileageSummary"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("12.0 km"))) << summary.toStdString();
    EXPECT_FALSE(wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("weekTotal"))->isVisible());
    while (pageName(wizard) != QStringLiteral("checkInSummaryPage"))
        wizard.next();
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_TRUE(wizard.lastError().isEmpty()) << wizard.lastError().toStdString();
    EXPECT_TRUE(store.list<WeeklyTotal>().value().isEmpty());
    EXPECT_EQ(store.list<CheckIn>().value().size(), 1);
}

TEST_F(CheckInWizardTest, WarningSignsAreAskedAndATickedOneSaysToSeeAPhysio)
{
    CheckInWizard wizard(context);
    wizard.show();
    type(wizard, "worstPain", QStringLiteral("3"));
    type(wizard, "usualPain", QStringLiteral("1"));
    wizard.next();
    ASSERT_EQ(pageName(wizard), QStringLiteral("checkInWarningPage"));
    auto* referral = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("warningReferral"));
    ASSERT_NE(referral, nullptr);
    EXPECT_FALSE(referral->isVisible());
    auto* locking = wizard.currentPage()->findChild<QCheckBox*>(QStringLiteral("warning-locking"));
    ASSERT_NE(locking, nullptr);
    locking->click();
    EXPECT_TRUE(referral->isVisible());
    EXPECT_TRUE(referral->text().contains(QStringLiteral("physiotherapist or a doctor")));
    QCoreApplication::processEvents();
    const QString shots = qEnvironmentVariable("PATELLA_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        EXPECT_TRUE(wizard.grab().save(QDir(shots).filePath(QStringLiteral("checkin-warning-signs.png"))));
    }
    while (pageName(wizard) != QStringLiteral("checkInSummaryPage"))
        wizard.next();
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_TRUE(wizard.lastError().isEmpty()) << wizard.lastError().toStdString();
    const QList<CheckIn> checkIns = store.list<CheckIn>().value();
    ASSERT_EQ(checkIns.size(), 1);
    EXPECT_EQ(checkIns.constFirst().warningSigns, QList<WarningSign> {WarningSign::Locking});
}
