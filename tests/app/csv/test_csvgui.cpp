// File > Export > CSV, File > Import > Patella CSV and Running history (CSV), through the real widgets.
#include "app/csv/csvactions.h"
#include "app/csv/historyimportdialog.h"
#include "tests/support/appharness.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace patella;
using namespace patella::test;

namespace {

QMessageBox* resultBox(QWidget& window)
{
    QMessageBox* box = nullptr;
    for (QMessageBox* candidate : window.findChildren<QMessageBox*>(QStringLiteral("csvResult")))
        box = candidate; // the newest
    return box;
}

class CsvGui : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.resize(800, 600);
        window.show();
        harness.addRun(3, 8000.0);
        harness.addRun(5, 6000.0);
    }

    AppHarness harness;
    QWidget window;
    CsvActions actions {harness.context, &window};
};

} // namespace

TEST_F(CsvGui, MenusHoldTheThreeActions)
{
    QMenu importMenu;
    QMenu exportMenu;
    actions.addTo(&importMenu, &exportMenu);
    ASSERT_EQ(importMenu.actions().size(), 2);
    ASSERT_EQ(exportMenu.actions().size(), 1);
    EXPECT_EQ(exportMenu.actions().at(0)->objectName(), QStringLiteral("exportCsv"));
    EXPECT_EQ(importMenu.actions().at(0)->objectName(), QStringLiteral("importCsv"));
    EXPECT_EQ(importMenu.actions().at(1)->objectName(), QStringLiteral("importHistoryCsv"));
}

TEST_F(CsvGui, ExportThenImportShowsWhatHappened)
{
    const QString folder = harness.dir.filePath(QStringLiteral("export"));
    actions.exportTo(folder);
    QMessageBox* exported = resultBox(window);
    ASSERT_NE(exported, nullptr);
    EXPECT_TRUE(exported->isVisible());
    EXPECT_EQ(exported->icon(), QMessageBox::Information);
    EXPECT_TRUE(exported->text().contains(QStringLiteral("2 records"))) << exported->text().toStdString();
    EXPECT_TRUE(exported->detailedText().contains(QStringLiteral("runs.csv: 2 rows")));
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("runs.csv"))));
    exported->close();

    // Into the same journal: both runs are already there.
    actions.importFrom(folder);
    QMessageBox* imported = resultBox(window);
    ASSERT_NE(imported, nullptr);
    EXPECT_TRUE(imported->text().contains(QStringLiteral("0 records added; 2 already in the journal")))
        << imported->text().toStdString();
    EXPECT_EQ(harness.store.list<patella::Run>().value().size(), 2);
}

TEST_F(CsvGui, RefusedImportNamesTheFileLineAndColumn)
{
    const QString folder = harness.dir.filePath(QStringLiteral("bad"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile file(QDir(folder).filePath(QStringLiteral("pain.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("time,score,situation\r\n2026-03-10T08:00:00+01:00,11,stairs\r\n");
    file.close();
    actions.importFrom(folder);
    QMessageBox* box = resultBox(window);
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->icon(), QMessageBox::Warning);
    EXPECT_TRUE(box->text().contains(QStringLiteral("Nothing was imported")));
    EXPECT_TRUE(box->detailedText().startsWith(QStringLiteral("pain.csv, line 2, column 2 (score): ")))
        << box->detailedText().toStdString();
    EXPECT_TRUE(harness.store.list<PainEntry>().value().isEmpty());
}

TEST_F(CsvGui, RunningHistoryAsksTheUnitThenImportsRunsOnly)
{
    HistoryImportDialog dialog(harness.context, fixturePath(QStringLiteral("history/garmin-activities.csv")), &window);
    dialog.show();
    auto* unit = dialog.findChild<QComboBox*>(QStringLiteral("historyUnit"));
    auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("historyImportButton"));
    auto* preview = dialog.findChild<QLabel*>(QStringLiteral("historyPreview"));
    auto* intro = dialog.findChild<QLabel*>(QStringLiteral("historyIntro"));
    ASSERT_TRUE(unit && importButton && preview && intro);
    EXPECT_TRUE(intro->text().contains(QStringLiteral("Garmin Connect")));
    EXPECT_TRUE(intro->text().contains(QStringLiteral("kilometres or miles")));
    EXPECT_FALSE(importButton->isEnabled());
    // The date column was found by its header name.
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("historyDateColumn"))->currentText(), QStringLiteral("Date"));

    unit->setCurrentIndex(unit->findText(QStringLiteral("kilometres")));
    EXPECT_TRUE(importButton->isEnabled());
    EXPECT_TRUE(preview->text().contains(QStringLiteral("3 runs will be added; 2 rows skipped")))
        << preview->text().toStdString();

    QTest::mouseClick(importButton, Qt::LeftButton);
    auto* result = dialog.findChild<QLabel*>(QStringLiteral("historyResult"));
    auto* skipped = dialog.findChild<QListWidget*>(QStringLiteral("historySkipped"));
    ASSERT_TRUE(result && skipped);
    EXPECT_TRUE(result->isVisible());
    EXPECT_TRUE(result->text().startsWith(QStringLiteral("3 runs added"))) << result->text().toStdString();
    ASSERT_EQ(skipped->count(), 2);
    EXPECT_TRUE(skipped->item(0)->text().contains(QStringLiteral("Cycling")));
    EXPECT_EQ(harness.store.list<patella::Run>().value().size(), 5);
}

TEST_F(CsvGui, UnknownHeadersAreMappedInTheDialog)
{
    const QString path = harness.dir.filePath(QStringLiteral("mine.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Wann,Sportart,Strecke (km),Dauer\r\n2026-03-09 18:00:00,Run,7.5,41:10\r\n");
    file.close();
    HistoryImportDialog dialog(harness.context, path, &window);
    dialog.show();
    auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("historyImportButton"));
    EXPECT_FALSE(importButton->isEnabled());
    for (const auto& [name, column] :
         {std::pair {"historyDateColumn", "Wann"}, std::pair {"historyTypeColumn", "Sportart"},
          std::pair {"historyDistanceColumn", "Strecke (km)"}, std::pair {"historyTimeColumn", "Dauer"}}) {
        auto* box = dialog.findChild<QComboBox*>(QString::fromLatin1(name));
        ASSERT_NE(box, nullptr) << name;
        box->setCurrentIndex(box->findText(QString::fromLatin1(column)));
    }
    auto* unit = dialog.findChild<QComboBox*>(QStringLiteral("historyUnit"));
    unit->setCurrentIndex(unit->findText(QStringLiteral("kilometres")));
    ASSERT_TRUE(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    const QList<patella::Run> runs = harness.store.list<patella::Run>().value();
    ASSERT_EQ(runs.size(), 3);
    EXPECT_EQ(runs.at(0).localDate, QDate(2026, 3, 9));
    EXPECT_DOUBLE_EQ(runs.at(0).distanceMetres, 7500.0);
}
