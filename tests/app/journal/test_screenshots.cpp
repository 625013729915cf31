#include "app/journal/checkinwizard.h"
#include "app/journal/journalpage.h"
#include "app/journal/paindialog.h"
#include "app/journal/recordtab.h"
#include "app/ui/painscale.h"
#include "core/store/demojournal.h"
#include "tests/app/journal/journaltesting.h"

#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QScreen>
#include <QTableView>
#include <QTest>

using namespace patella;

namespace {

// Renders every Journal tab and every check-in page over the demo journal. Set PATELLA_SCREENSHOT_DIR to keep
// the pictures (journal-<tab>.png, checkin-<n>-<page>.png) for a person to look at.
class JournalScreenshots : public test::JournalFixture
{
protected:
    void SetUp() override
    {
        JournalFixture::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        DemoJournalOptions options;
        options.endDate = test::referenceDate().addDays(-1);
        options.zone = QTimeZone::utc();
        const auto filled = fillDemoJournal(store, options);
        ASSERT_TRUE(filled.ok()) << filled.error().text().toStdString();
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    void keep(QWidget& widget, const QString& name, int minWidth = 900)
    {
        const QPixmap shot = widget.grab();
        EXPECT_FALSE(shot.isNull()) << name.toStdString();
        EXPECT_GE(shot.width(), minWidth) << name.toStdString();
        const QString folder = qEnvironmentVariable("PATELLA_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            EXPECT_TRUE(shot.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
        }
    }
};

} // namespace

TEST_F(JournalScreenshots, EveryTab)
{
    JournalPage page(context);
    page.resize(1200, 800);
    page.show();
    const QList<QPair<JournalPage::Tab, QString>> tabs = {
        {JournalPage::Tab::Pain, QStringLiteral("pain")},
        {JournalPage::Tab::Runs, QStringLiteral("runs")},
        {JournalPage::Tab::Flexibility, QStringLiteral("flexibility")},
        {JournalPage::Tab::Sessions, QStringLiteral("sessions")},
        {JournalPage::Tab::Shoes, QStringLiteral("shoes")},
    };
    for (const auto& [tab, name] : tabs) {
        page.showTab(tab);
        EXPECT_GT(page.tab(tab)->view()->model()->rowCount(), 0) << name.toStdString();
        QTest::qWait(10);
        keep(page, QStringLiteral("journal-") + name);
    }
}

TEST_F(JournalScreenshots, EveryCheckInPage)
{
    CheckInWizard wizard(context);
    wizard.show(); // at its own size, as the runner sees it
    const QList<QPair<const char*, QString>> answers = {
        {"worstPain", QStringLiteral("3")},  {"usualPain", QStringLiteral("1")}, {"painRunning", QStringLiteral("2")},
        {"painStairs", QStringLiteral("3")}, {"flexLeft", QStringLiteral("10")}, {"flexRight", QStringLiteral("11.5")},
    };
    int index = 0;
    while (true) {
        for (const auto& [name, text] : answers) {
            if (auto* edit = wizard.currentPage()->findChild<QLineEdit*>(QString::fromLatin1(name)); edit)
                QTest::keyClicks(edit, text);
        }
        QTest::qWait(10);
        keep(wizard, QStringLiteral("checkin-%1-%2").arg(++index).arg(wizard.currentPage()->objectName()), 700);
        if (wizard.currentPage()->isFinalPage())
            break;
        wizard.next();
        ASSERT_LT(index, 20);
    }
    EXPECT_EQ(index, 12); // the warning signs and the function score included (due every week by default)
}

TEST_F(JournalScreenshots, PainForm)
{
    PainDialog dialog(PainEntry {}, true, clock.now(), nullptr);
    dialog.show();
    QTest::qWait(10);
    keep(dialog, QStringLiteral("pain-dialog-new"), 400);
    dialog.scorePicker()->setValue(4);
    keep(dialog, QStringLiteral("pain-dialog-picked"), 400);
}

TEST_F(JournalScreenshots, CheckInIsCentredOnItsWindowAndOnScreen)
{
    // The window fills the screen (offscreen's is small), so the centred wizard fits on it and must not be moved.
    QWidget window;
    const QRect available = window.screen()->availableGeometry();
    window.setGeometry(available);
    window.show();
    CheckInWizard wizard(context, &window);
    wizard.show();
    QTest::qWait(10);
    EXPECT_LE(wizard.width(), 800);
    EXPECT_LE(wizard.height(), 640);
    EXPECT_LE(qAbs(wizard.frameGeometry().center().x() - window.frameGeometry().center().x()), 2);
    EXPECT_LE(qAbs(wizard.frameGeometry().center().y() - window.frameGeometry().center().y()), 2);
    EXPECT_GE(wizard.frameGeometry().top(), window.frameGeometry().top()) << "not above the window's top edge";
    EXPECT_TRUE(available.contains(wizard.frameGeometry())) << "on the screen";
}
