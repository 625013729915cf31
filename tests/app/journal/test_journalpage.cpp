#include "app/journal/checkinwizard.h"
#include "app/journal/journalpage.h"
#include "app/journal/recordtab.h"
#include "app/journal/rundialog.h"
#include "app/journal/weeklytotaldialog.h"
#include "app/presentation/checkinanswers.h"
#include "tests/app/journal/journaltesting.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace patella;

namespace {

class JournalPageTest : public test::JournalFixture
{
protected:
    void SetUp() override
    {
        JournalFixture::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    static QPushButton* button(QWidget& page, const char* name)
    {
        auto* found = page.findChild<QPushButton*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    static int rows(JournalPage& page, JournalPage::Tab tab) { return page.tab(tab)->view()->model()->rowCount(); }

    // Clicks Delete on the selected row of a tab and confirms in the box that asks.
    static void deleteSelected(JournalPage& page, const char* deleteButton)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // boxes that asked before
        button(page, deleteButton)->click();
        auto* box = page.findChild<QMessageBox*>(QStringLiteral("confirmDelete"));
        ASSERT_NE(box, nullptr) << "delete asks first";
        box->button(QMessageBox::Yes)->click();
    }
};

} // namespace

TEST_F(JournalPageTest, HasFiveTabsAndTheCheckInButton)
{
    JournalPage page(context);
    EXPECT_EQ(page.objectName(), QStringLiteral("journalPage"));
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("journalTabs"));
    ASSERT_NE(tabs, nullptr);
    ASSERT_EQ(tabs->count(), 5);
    EXPECT_EQ(tabs->tabText(0), QStringLiteral("Pain"));
    EXPECT_EQ(tabs->tabText(4), QStringLiteral("Shoes"));
    for (const char* name : {"painTable", "runsTable", "weeklyTotalsTable", "flexTable", "sessionsTable", "shoesTable"})
        EXPECT_NE(page.findChild<QTableView*>(QString::fromLatin1(name)), nullptr) << name;
    button(page, "checkInButton")->click();
    EXPECT_NE(page.findChild<CheckInWizard*>(QStringLiteral("checkInWizard")), nullptr);
}

TEST_F(JournalPageTest, AddsARunThroughTheForm)
{
    JournalPage page(context);
    page.show();
    page.showTab(JournalPage::Tab::Runs);
    button(page, "runsAdd")->click();
    auto* dialog = page.findChild<RunDialog*>(QStringLiteral("runDialog"));
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("distance")), QStringLiteral("7.5"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("duration")), QStringLiteral("0:45:00"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("painAfter")), QStringLiteral("2"));
    ASSERT_TRUE(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    const auto runs = store.list<patella::Run>().value();
    ASSERT_EQ(runs.size(), 1);
    EXPECT_DOUBLE_EQ(runs.constFirst().distanceMetres, 7500.0);
    EXPECT_EQ(runs.constFirst().painAfter, 2);
    EXPECT_EQ(rows(page, JournalPage::Tab::Runs), 1);
    EXPECT_TRUE(page.undoStack()->canUndo());
    page.undoStack()->undo();
    EXPECT_TRUE(store.list<patella::Run>().value().isEmpty());
}

TEST_F(JournalPageTest, DeleteAsksAndCtrlZBringsItBack)
{
    const RecordId shoe = addShoe(QStringLiteral("Trail"));
    addRun(2, 6000.0, shoe);
    addRun(4, 9000.0, shoe);
    JournalPage page(context);
    page.show();
    QApplication::setActiveWindow(&page);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.showTab(JournalPage::Tab::Shoes);
    RecordTab* shoes = page.tab(JournalPage::Tab::Shoes);
    shoes->select(shoe);
    deleteSelected(page, "shoesDelete");
    EXPECT_EQ(rows(page, JournalPage::Tab::Shoes), 0);
    EXPECT_TRUE(page.findChild<QLabel*>(QStringLiteral("journalStatus"))->text().contains(QStringLiteral("Undo")));

    QTest::keyClick(shoes->view(), Qt::Key_Z, Qt::ControlModifier);
    ASSERT_EQ(rows(page, JournalPage::Tab::Shoes), 1);
    const auto distances = store.shoeDistances().value();
    ASSERT_EQ(distances.size(), 1);
    EXPECT_DOUBLE_EQ(distances.constFirst().distanceMetres, 15000.0) << "the runs point at the restored shoe";

    page.showTab(JournalPage::Tab::Runs);
    RecordTab* runs = page.tab(JournalPage::Tab::Runs);
    runs->view()->selectRow(0);
    deleteSelected(page, "runsDelete");
    EXPECT_EQ(rows(page, JournalPage::Tab::Runs), 1);
    button(page, "undoButton")->click();
    EXPECT_EQ(rows(page, JournalPage::Tab::Runs), 2);
}

TEST_F(JournalPageTest, CancelledDeleteKeepsTheRow)
{
    addRun(2, 6000.0);
    JournalPage page(context);
    page.show();
    page.tab(JournalPage::Tab::Runs)->view()->selectRow(0);
    button(page, "runsDelete")->click();
    auto* box = page.findChild<QMessageBox*>(QStringLiteral("confirmDelete"));
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Cancel)->click();
    EXPECT_EQ(store.list<patella::Run>().value().size(), 1);
    EXPECT_FALSE(page.undoStack()->canUndo());
}

TEST_F(JournalPageTest, TheStoresRefusalIsShownUnderTheField)
{
    WeeklyTotal existing;
    existing.weekStart = QDate(2026, 3, 9);
    existing.distanceMetres = 20000.0;
    ASSERT_TRUE(store.add(existing).ok());
    JournalPage page(context);
    page.show();
    button(page, "weeklyTotalsAdd")->click();
    auto* dialog = page.findChild<WeeklyTotalDialog*>(QStringLiteral("weeklyTotalDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QDateEdit*>(QStringLiteral("weekStart"))->setDate(QDate(2026, 3, 11));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("distance")), QStringLiteral("18"));
    ASSERT_TRUE(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    EXPECT_TRUE(dialog->isVisible()) << "the dialog stays open with the runner's input";
    const QString message = dialog->fieldMessage(QStringLiteral("weekStart"));
    EXPECT_TRUE(message.contains(QStringLiteral("already in the journal"))) << message.toStdString();
    EXPECT_EQ(store.list<WeeklyTotal>().value().size(), 1);
}

TEST_F(JournalPageTest, RangePresetsFilterEveryTab)
{
    addRun(3, 5000.0);
    addRun(40, 6000.0);
    addRun(120, 7000.0);
    JournalPage page(context);
    auto* range = page.findChild<QComboBox*>(QStringLiteral("rangeFilter"));
    ASSERT_NE(range, nullptr);
    range->setCurrentIndex(0); // 4 weeks
    EXPECT_EQ(rows(page, JournalPage::Tab::Runs), 1);
    range->setCurrentIndex(1); // 12 weeks
    EXPECT_EQ(rows(page, JournalPage::Tab::Runs), 2);
    range->setCurrentIndex(3); // everything
    EXPECT_EQ(rows(page, JournalPage::Tab::Runs), 3);
}

TEST_F(JournalPageTest, OffersTheCheckInOnTheChosenDayUntilDone)
{
    preferences.setCheckInDay(Qt::Tuesday);
    JournalPage page(context);
    page.show();
    auto* banner = page.findChild<QFrame*>(QStringLiteral("checkInBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisible()) << "the reference date is a Monday";
    preferences.setCheckInDay(Qt::Monday);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(page.checkInDue());
    CheckInAnswers answers;
    answers.worstPain = 3;
    answers.usualPain = 1;
    ASSERT_TRUE(saveCheckIn(store, answers, clock.now(), clock.today()).ok());
    EXPECT_FALSE(banner->isVisible());
}
