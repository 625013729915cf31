#include "app/today/todaypage.h"
#include "app/ui/appcontext.h"
#include "core/model/clock.h"
#include "core/model/preferences.h"
#include "core/store/journalstore.h"
#include "tests/support/appharness.h"
#include "tests/support/testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace patella;

namespace {

// The shared harness: a real journal file, the real catalog and preferences, on the fixed reference date.
class TodayPageTest : public ::testing::Test, protected test::AppHarness
{
protected:
    TodayPageTest()
        : AppHarness(Options {
            .programmeStart = test::referenceDate().addDays(-30), .journalPath = {}, .checkIllustrations = true})
    {
    }

    SessionRecord sessionOn(QDate day, const QString& routine)
    {
        SessionRecord s;
        s.routineId = routine;
        s.localDate = day;
        s.start = QDateTime(day, QTime(8, 0), QTimeZone::utc());
        s.end = s.start.addSecs(600);
        s.outcome = SessionOutcome::Completed;
        SessionItem item;
        item.exerciseId = QStringLiteral("standing-quad-stretch");
        item.side = Side::Left;
        item.plannedSeconds = 20;
        item.actualSeconds = 20;
        s.items.append(item);
        return s;
    }

    Preferences& prefs = preferences;
};

} // namespace

TEST_F(TodayPageTest, PlanOffersStartButtonsThatAskForTheRoutine)
{
    TodayPage page(context);
    QSignalSpy spy(&page, &TodayPage::startRoutineRequested);
    QList<QPushButton*> starts;
    for (QPushButton* b : page.findChildren<QPushButton*>())
        if (b->objectName().startsWith(QStringLiteral("start-")))
            starts.append(b);
    ASSERT_FALSE(starts.isEmpty());
    starts.first()->click();
    ASSERT_EQ(spy.count(), 1);
    const QString routineId = spy.first().first().toString();
    EXPECT_NE(catalog.routine(routineId), nullptr) << routineId.toStdString();
    EXPECT_EQ(starts.first()->objectName(), QStringLiteral("start-") + routineId);
}

TEST_F(TodayPageTest, QuickPainLogSavesInTwoClicks)
{
    QSettings().remove(QStringLiteral("today"));
    TodayPage page(context);
    page.show();
    auto* four = page.findChild<QPushButton*>(QStringLiteral("painScore4"));
    auto* save = page.findChild<QPushButton*>(QStringLiteral("painSave"));
    ASSERT_NE(four, nullptr);
    ASSERT_NE(save, nullptr);
    EXPECT_FALSE(save->isEnabled());
    QTest::mouseClick(four, Qt::LeftButton);
    QTest::mouseClick(save, Qt::LeftButton);
    const auto entries = store.list<PainEntry>();
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries.value().size(), 1);
    EXPECT_EQ(entries.value().first().score, 4);
    EXPECT_EQ(entries.value().first().situation, PainSituation::Stairs);
    EXPECT_EQ(entries.value().first().localDate, test::referenceDate());
    EXPECT_FALSE(save->isEnabled()) << "the scale resets after saving";
}

TEST_F(TodayPageTest, MorningQuestionAfterYesterdaysSessionIsSaved)
{
    ASSERT_TRUE(store.add(sessionOn(test::referenceDate().addDays(-1), QStringLiteral("daily-knee-mobility"))).ok());
    TodayPage page(context);
    page.show();
    auto* worse = page.findChild<QPushButton*>(QStringLiteral("morningWorse"));
    ASSERT_NE(worse, nullptr);
    EXPECT_TRUE(worse->isVisibleTo(&page));
    worse->click();
    const auto checks = store.list<MorningCheck>();
    ASSERT_TRUE(checks.ok());
    ASSERT_EQ(checks.value().size(), 1);
    EXPECT_TRUE(checks.value().first().worse);
    EXPECT_EQ(checks.value().first().date, test::referenceDate());
}

TEST_F(TodayPageTest, NoMorningQuestionWithoutTrainingYesterday)
{
    TodayPage page(context);
    page.show();
    auto* card = page.findChild<QWidget*>(QStringLiteral("morningCard"));
    ASSERT_NE(card, nullptr);
    EXPECT_FALSE(card->isVisible());
}

TEST_F(TodayPageTest, MileageJumpShowsAnAlertWithItsReason)
{
    // Two weeks before the reference Monday: 20 km, then 30 km (+50%).
    const QDate monday = test::referenceDate();
    QList<patella::Run> runs;
    for (int week = 2; week >= 1; --week) {
        for (int i = 0; i < 2; ++i) {
            patella::Run r;
            r.localDate = monday.addDays(-7 * week + 2 * i);
            r.start = QDateTime(r.localDate, QTime(7, 0), QTimeZone::utc());
            r.distanceMetres = week == 2 ? 10000 : 15000;
            r.durationSeconds = 3600;
            runs.append(r);
        }
    }
    ASSERT_TRUE(store.addAll(runs).ok());
    TodayPage page(context);
    auto* alert = page.findChild<QWidget*>(QStringLiteral("alert-mileage-rise"));
    ASSERT_NE(alert, nullptr);
    bool mentionsPercent = false;
    for (QLabel* label : alert->findChildren<QLabel*>())
        mentionsPercent = mentionsPercent || label->text().contains(QStringLiteral("+50%"));
    EXPECT_TRUE(mentionsPercent);
}

TEST_F(TodayPageTest, HabitOfTheDayRotates)
{
    TodayPage first(context);
    const QString a = first.findChild<QLabel*>(QStringLiteral("habitTitle"))->text();
    clock.setNow(test::referenceNow().addDays(1));
    TodayPage second(context);
    const QString b = second.findChild<QLabel*>(QStringLiteral("habitTitle"))->text();
    EXPECT_FALSE(a.isEmpty());
    EXPECT_NE(a, b);
}

TEST_F(TodayPageTest, QuickLogRemembersTheLastSituationAndSide)
{
    {
        TodayPage page(context);
        auto* situation = page.findChild<QComboBox*>(QStringLiteral("painSituation"));
        auto* side = page.findChild<QComboBox*>(QStringLiteral("painSide"));
        ASSERT_NE(situation, nullptr);
        ASSERT_NE(side, nullptr);
        situation->setCurrentIndex(situation->findData(static_cast<int>(PainSituation::LongSitting)));
        side->setCurrentIndex(side->findData(static_cast<int>(Side::Right)));
        page.findChild<QPushButton*>(QStringLiteral("painScore2"))->click();
        page.findChild<QPushButton*>(QStringLiteral("painSave"))->click();
    }
    TodayPage again(context);
    auto* side = again.findChild<QComboBox*>(QStringLiteral("painSide"));
    auto* situation = again.findChild<QComboBox*>(QStringLiteral("painSituation"));
    EXPECT_EQ(static_cast<Side>(side->currentData().toInt()), Side::Right);
    EXPECT_EQ(static_cast<PainSituation>(situation->currentData().toInt()), PainSituation::LongSitting);
    QSettings().remove(QStringLiteral("today"));
}

TEST_F(TodayPageTest, WeekCardSaysWhenTheFunctionScoreMoved)
{
    const QList<PsfsRating> first
        = {PsfsRating {NoId, QStringLiteral("Running 5 km"), 2},
           PsfsRating {NoId, QStringLiteral("Going down stairs"), 4}, PsfsRating {NoId, QStringLiteral("Kneeling"), 3}};
    ASSERT_TRUE(store.recordPsfsRound(PsfsRound {test::referenceDate().addDays(-14), first, {}}).ok());
    {
        TodayPage page(context);
        EXPECT_EQ(page.findChild<QLabel*>(QStringLiteral("functionScoreMove")), nullptr) << "one round has no move";
    }
    const QList<PsfsActivity> asked = store.currentPsfsActivities().value();
    PsfsRound second {test::referenceDate().addDays(-1), {}, {}};
    for (const PsfsActivity& activity : asked)
        second.ratings.append(PsfsRating {activity.id, {}, 6});
    ASSERT_TRUE(store.recordPsfsRound(second).ok());
    TodayPage page(context);
    auto* moved = page.findChild<QLabel*>(QStringLiteral("functionScoreMove"));
    ASSERT_NE(moved, nullptr);
    EXPECT_TRUE(moved->text().contains(QStringLiteral("PSFS) 6,"))) << moved->text().toStdString();
    EXPECT_TRUE(moved->text().contains(QStringLiteral("+3"))) << moved->text().toStdString();
    EXPECT_TRUE(moved->text().contains(QStringLiteral("meaningful"))) << moved->text().toStdString();
}

namespace {

void saveShot(QWidget& widget, const char* name)
{
    QCoreApplication::processEvents();
    const QPixmap shot = widget.grab();
    ASSERT_FALSE(shot.isNull());
    const QString dir = qEnvironmentVariable("PATELLA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(shot.save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png"))));
    }
}

} // namespace

TEST_F(TodayPageTest, MorningQuestionNamesYesterdaysSessionAndIsTiedToIt)
{
    const auto id = store.add(sessionOn(test::referenceDate().addDays(-1), QStringLiteral("daily-knee-mobility")));
    ASSERT_TRUE(id.ok());
    TodayPage page(context);
    page.show();
    QString question;
    for (const QLabel* label : page.findChild<QWidget*>(QStringLiteral("morningCard"))->findChildren<QLabel*>())
        question += label->text();
    EXPECT_TRUE(question.contains(catalog.routine(QStringLiteral("daily-knee-mobility"))->name))
        << question.toStdString();
    page.findChild<QPushButton*>(QStringLiteral("morningFine"))->click();
    const auto checks = store.list<MorningCheck>();
    ASSERT_EQ(checks.value().size(), 1);
    EXPECT_FALSE(checks.value().first().worse);
    EXPECT_EQ(checks.value().first().sessionId, id.value());
}

TEST_F(TodayPageTest, AnAcceptableSessionAsksHasItSettledAnHourLater)
{
    SessionRecord strength = sessionOn(test::referenceDate(), QStringLiteral("strength"));
    strength.start = test::referenceNow().addSecs(-2 * 3600); // 07:30 to 07:40, pain 4
    strength.end = strength.start.addSecs(600);
    strength.items[0].pain = 4;
    const auto id = store.add(strength);
    ASSERT_TRUE(id.ok());
    SessionRecord calm = sessionOn(test::referenceDate(), QStringLiteral("daily-knee-mobility"));
    calm.start = strength.start.addSecs(-3600);
    calm.end = calm.start.addSecs(600);
    calm.items[0].pain = 1; // safe: nothing to ask
    ASSERT_TRUE(store.add(calm).ok());

    TodayPage page(context);
    page.resize(1100, 900);
    page.show();
    auto* card = page.findChild<QWidget*>(QStringLiteral("settledCard"));
    ASSERT_NE(card, nullptr);
    EXPECT_TRUE(card->isVisible());
    const QString question = page.findChild<QLabel*>(QStringLiteral("settledQuestion"))->text();
    EXPECT_TRUE(question.contains(QStringLiteral("within about an hour"))) << question.toStdString();
    saveShot(page, "today-settled");
    page.findChild<QPushButton*>(QStringLiteral("settledNo"))->click();
    const auto saved = store.get<SessionRecord>(id.value());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved.value().settled, false);
    EXPECT_EQ(store.get<SessionRecord>(id.value() + 1).value().settled, std::nullopt);
}

TEST_F(TodayPageTest, NoSettledQuestionBeforeTheHourIsUp)
{
    SessionRecord strength = sessionOn(test::referenceDate(), QStringLiteral("strength"));
    strength.start = test::referenceNow().addSecs(-20 * 60); // ended ten minutes ago
    strength.end = strength.start.addSecs(600);
    strength.items[0].pain = 5;
    ASSERT_TRUE(store.add(strength).ok());
    TodayPage page(context);
    page.show();
    EXPECT_FALSE(page.findChild<QWidget*>(QStringLiteral("settledCard"))->isVisible());
}

TEST_F(TodayPageTest, WarningSignsFromTheCheckInShowAReferral)
{
    CheckIn checkIn;
    checkIn.weekStart = isoWeekStart(test::referenceDate());
    checkIn.worstPain = 4;
    checkIn.usualPain = 2;
    checkIn.warningSigns = QList<WarningSign> {WarningSign::Swelling};
    ASSERT_TRUE(store.add(checkIn).ok());
    TodayPage page(context);
    page.resize(1100, 900);
    page.show();
    auto* alert = page.findChild<QWidget*>(QStringLiteral("alert-warning-signs"));
    ASSERT_NE(alert, nullptr);
    QString text;
    for (const QLabel* label : alert->findChildren<QLabel*>())
        text += label->text() + QLatin1Char(' ');
    EXPECT_TRUE(text.contains(QStringLiteral("physiotherapist or doctor"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Swelling of the knee"))) << text.toStdString();
    saveShot(page, "today-referral");
}
