#include "app/journal/journaltext.h"
#include "app/journal/paindialog.h"
#include "app/journal/rundialog.h"
#include "app/journal/shoedialog.h"
#include "app/ui/painscale.h"
#include "tests/app/journal/journaltesting.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

using namespace patella;

namespace {

class JournalForms : public test::JournalFixture
{
protected:
    void SetUp() override
    {
        JournalFixture::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    template <typename W> W* field(QWidget& dialog, const char* name)
    {
        auto* widget = dialog.findChild<W*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
};

} // namespace

TEST_F(JournalForms, RunFormNamesEachBadFieldAndHoldsOk)
{
    RunDialog dialog(patella::Run {}, true, clock.now(), DistanceUnit::Kilometres, {}, nullptr);
    dialog.show();
    auto* distance = field<QLineEdit>(dialog, "distance");
    auto* duration = field<QLineEdit>(dialog, "duration");
    auto* painDuring = field<QLineEdit>(dialog, "painDuring");
    auto* date = field<QDateEdit>(dialog, "date");
    ASSERT_TRUE(distance && duration && painDuring && date);
    EXPECT_FALSE(dialog.okButton()->isEnabled()) << "nothing typed yet";

    type(distance, QStringLiteral("-2"));
    EXPECT_EQ(dialog.fieldMessage(QStringLiteral("distance")), QStringLiteral("Distance cannot be negative."));
    type(distance, QStringLiteral("five"));
    EXPECT_EQ(dialog.fieldMessage(QStringLiteral("distance")), QStringLiteral("Distance must be a number, like 5.2."));
    EXPECT_EQ(field<QLabel>(dialog, "distanceError")->text(), QStringLiteral("Distance must be a number, like 5.2."));
    type(distance, QStringLiteral("5.2"));
    EXPECT_TRUE(dialog.fieldMessage(QStringLiteral("distance")).isEmpty());

    type(duration, QStringLiteral("0:00:00"));
    EXPECT_EQ(dialog.fieldMessage(QStringLiteral("duration")), QStringLiteral("Duration must be longer than zero."));
    type(duration, QStringLiteral("0:31:10"));

    type(painDuring, QStringLiteral("11"));
    EXPECT_EQ(dialog.fieldMessage(QStringLiteral("painDuring")),
              QStringLiteral("Pain during must be between 0 and 10."));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    type(painDuring, QStringLiteral("2"));

    date->setDate(test::referenceDate().addYears(1));
    EXPECT_EQ(dialog.fieldMessage(QStringLiteral("date")), QStringLiteral("Date cannot be in the future."));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    date->setDate(test::referenceDate());
    EXPECT_TRUE(dialog.okButton()->isEnabled());

    const patella::Run run = dialog.run();
    EXPECT_DOUBLE_EQ(run.distanceMetres, 5200.0);
    EXPECT_EQ(run.durationSeconds, 31 * 60 + 10);
    EXPECT_EQ(run.painDuring, 2);
    EXPECT_FALSE(run.painAfter.has_value());
}

TEST_F(JournalForms, TenMilesGoInAndComeBackUnchanged)
{
    preferences.setDistanceUnit(DistanceUnit::Miles);
    RunDialog typed(patella::Run {}, true, clock.now(), DistanceUnit::Miles, {}, nullptr);
    type(field<QLineEdit>(typed, "distance"), QStringLiteral("10"));
    type(field<QLineEdit>(typed, "duration"), QStringLiteral("1:25:00"));
    ASSERT_TRUE(typed.okButton()->isEnabled());
    const patella::Run run = typed.run();
    EXPECT_DOUBLE_EQ(run.distanceMetres, 16093.44);
    const auto id = store.add(run);
    ASSERT_TRUE(id.ok());
    const patella::Run stored = store.get<patella::Run>(*id).value();
    EXPECT_DOUBLE_EQ(stored.distanceMetres, 16093.44);

    RunDialog edit(stored, false, clock.now(), DistanceUnit::Miles, {}, nullptr);
    EXPECT_EQ(field<QLineEdit>(edit, "distance")->text(), QStringLiteral("10.00"));
    EXPECT_EQ(edit.run().distanceMetres, stored.distanceMetres) << "an untouched field keeps the metres exactly";
}

TEST_F(JournalForms, KilometresEditedInMilesDoNotDrift)
{
    const RecordId id = addRun(1, 5000.0);
    const patella::Run stored = store.get<patella::Run>(id).value();
    RunDialog edit(stored, false, clock.now(), DistanceUnit::Miles, {}, nullptr);
    EXPECT_EQ(field<QLineEdit>(edit, "distance")->text(), QStringLiteral("3.11"));
    type(field<QLineEdit>(edit, "note"), QStringLiteral("easy"));
    EXPECT_EQ(edit.run().distanceMetres, 5000.0) << "3.11 mi would be 5005.06 m";
    EXPECT_EQ(edit.run().note, QStringLiteral("easy"));
}

TEST_F(JournalForms, PainFormPicksZeroToTenAndSaysNothingUntilTouched)
{
    PainDialog dialog(PainEntry {}, true, clock.now(), nullptr);
    PainScale* picker = dialog.scorePicker();
    ASSERT_NE(picker, nullptr);
    EXPECT_EQ(picker->value(), -1) << "a new entry has no score until the runner picks one";
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.fieldMessage(QStringLiteral("score")), QString()) << "no red \"needed\" on a form just opened";
    EXPECT_FALSE(dialog.findChild<QLabel*>(QStringLiteral("scoreError"))->isVisibleTo(&dialog));
    ASSERT_NE(picker->button(10), nullptr);
    EXPECT_EQ(picker->button(11), nullptr);
    QTest::mouseClick(picker->button(3), Qt::LeftButton);
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.entry().score, 3);
    picker->setValue(-1);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.fieldMessage(QStringLiteral("score")), QStringLiteral("Pain is needed."))
        << "touched, then cleared";
}

TEST_F(JournalForms, PainFormEditShowsTheStoredScore)
{
    PainEntry stored;
    stored.at = clock.now().addSecs(-3600);
    stored.localDate = stored.at.toLocalTime().date();
    stored.score = 7;
    stored.side = Side::Left;
    PainDialog dialog(stored, false, clock.now(), nullptr);
    EXPECT_EQ(dialog.scorePicker()->value(), 7);
    EXPECT_TRUE(dialog.scorePicker()->button(7)->isChecked());
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.entry().side, Side::Left);
}

TEST_F(JournalForms, PainFormRemembersTheLastSideAndSituation)
{
    QSettings().clear();
    {
        PainDialog first(PainEntry {}, true, clock.now(), &preferences);
        EXPECT_EQ(first.entry().side, PainEntry {}.side) << "no memory yet: the record's default";
        auto* side = field<QComboBox>(first, "side");
        auto* situation = field<QComboBox>(first, "situation");
        side->setCurrentIndex(side->findData(int(Side::Right)));
        situation->setCurrentIndex(situation->findData(int(PainSituation::Stairs)));
        QTest::mouseClick(first.scorePicker()->button(2), Qt::LeftButton);
        first.okButton()->click();
        EXPECT_EQ(first.result(), QDialog::Accepted);
    }
    // In the data folder's settings (issue 13, finding 10), never the user's global QSettings.
    EXPECT_EQ(preferences.remembered(QStringLiteral("journal/lastPainSide")).toInt(), int(Side::Right));
    EXPECT_TRUE(QSettings().allKeys().isEmpty());
    PainDialog next(PainEntry {}, true, clock.now(), &preferences);
    EXPECT_EQ(next.entry().side, Side::Right);
    EXPECT_EQ(next.entry().situation, PainSituation::Stairs);
    {
        PainDialog cancelled(PainEntry {}, true, clock.now(), &preferences);
        auto* side = field<QComboBox>(cancelled, "side");
        side->setCurrentIndex(side->findData(int(Side::Left)));
        cancelled.reject();
    }
    EXPECT_EQ(PainDialog(PainEntry {}, true, clock.now(), &preferences).entry().side, Side::Right)
        << "a cancelled form does not change the memory";
}

TEST_F(JournalForms, TimesShowHoursAndMinutesOnly)
{
    QLocale::setDefault(QLocale::c()); // its short time format is "HH:mm:ss"
    ASSERT_TRUE(QLocale().timeFormat(QLocale::ShortFormat).contains(QStringLiteral("ss")));
    const QDateTime now(test::referenceDate(), QTime(3, 37, 39));
    PainDialog dialog(PainEntry {}, true, now, nullptr);
    auto* time = field<QTimeEdit>(dialog, "time");
    EXPECT_EQ(time->text(), QStringLiteral("03:37"));
    EXPECT_EQ(journaltext::time(QDateTime(test::referenceDate(), QTime(21, 15, 0)).toUTC()), QStringLiteral("21:15"));
}

TEST_F(JournalForms, ShoeLimitIsInTheRunnersUnit)
{
    ShoeDialog dialog(Shoe {}, true, clock.today(), DistanceUnit::Miles, nullptr);
    type(field<QLineEdit>(dialog, "name"), QStringLiteral("Daily trainers"));
    type(field<QLineEdit>(dialog, "limit"), QStringLiteral("400"));
    ASSERT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_DOUBLE_EQ(dialog.shoe().limitMetres, 400 * kMetresPerMile);
    type(field<QLineEdit>(dialog, "limit"), QStringLiteral("-1"));
    EXPECT_EQ(dialog.fieldMessage(QStringLiteral("limit")), QStringLiteral("Limit cannot be negative."));
    const QString hint = field<QLabel>(dialog, "limitHint")->text();
    EXPECT_TRUE(hint.contains(QStringLiteral("298 mi"))) << hint.toStdString(); // 480 km
}
