// File > Import > Runs from a watch or app (GPX, TCX, FIT): the preview over files the test writes, through
// the real widgets; Import writes the ticked activities in one transaction and Undo takes them back; the
// files are read off the GUI thread, a batch with a progress dialog whose Cancel imports nothing.
#include "app/activities/activityimportactions.h"
#include "app/activities/activityimportdialog.h"
#include "core/import/activityfile.h"
#include "core/model/preferences.h"
#include "tests/support/activityfiles.h"
#include "tests/support/appharness.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace patella;
using namespace patella::test;

namespace {

QString cell(QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

class ActivityImportGui : public ::testing::Test
{
protected:
    void SetUp() override
    {
        harness.preferences.setDistanceUnit(DistanceUnit::Kilometres);
        shoeId = harness.addShoe(QStringLiteral("Road"));
        writeFile(path("run.gpx"), runGpx());
        writeFile(path("ride.tcx"), rideTcx());
        writeFile(path("cut.gpx"), runGpx().left(300));
        window.resize(1000, 600);
        window.show();
    }

    QString path(const char* name) const { return harness.dir.filePath(QString::fromLatin1(name)); }

    QList<Result<ParsedFile>> read(const QStringList& names)
    {
        QList<Result<ParsedFile>> files;
        for (const QString& name : names)
            files.append(ActivityFile::read(path(name.toLatin1().constData())));
        return files;
    }

    QList<patella::Run> runs() { return harness.store.list<patella::Run>().value(); }

    AppHarness harness;
    RecordId shoeId = NoId;
    QWidget window;
};

} // namespace

TEST_F(ActivityImportGui, PreviewListsEveryActivityThenImportsTheTickedAndUndoes)
{
    ActivityImportDialog dialog(
        harness.context, read({QStringLiteral("run.gpx"), QStringLiteral("ride.tcx"), QStringLiteral("cut.gpx")}),
        &window);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("activityImportTable"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 3);

    // The run: new, ticked, its figures in the runner's unit, the only shoe in use given.
    EXPECT_EQ(cell(table, 0, ActivityImportDialog::StatusColumn), QStringLiteral("New"));
    EXPECT_EQ(table->item(0, ActivityImportDialog::DateColumn)->checkState(), Qt::Checked);
    EXPECT_EQ(cell(table, 0, ActivityImportDialog::SportColumn), QStringLiteral("Run"));
    EXPECT_EQ(cell(table, 0, ActivityImportDialog::DistanceColumn), QStringLiteral("2.00 km"));
    EXPECT_EQ(cell(table, 0, ActivityImportDialog::MovingColumn), QStringLiteral("10:00"));
    EXPECT_EQ(cell(table, 0, ActivityImportDialog::PaceColumn), QStringLiteral("5:00 /km"));
    EXPECT_EQ(cell(table, 0, ActivityImportDialog::CadenceColumn), QStringLiteral("172 spm"));
    auto* shoe = qobject_cast<QComboBox*>(table->cellWidget(0, ActivityImportDialog::ShoeColumn));
    ASSERT_NE(shoe, nullptr);
    EXPECT_EQ(shoe->currentText(), QStringLiteral("Road"));

    // The ride: skipped with its reason, unticked but tickable.
    EXPECT_EQ(cell(table, 1, ActivityImportDialog::StatusColumn), QStringLiteral("Skipped"));
    EXPECT_TRUE(table->item(1, ActivityImportDialog::DateColumn)->flags() & Qt::ItemIsUserCheckable);
    EXPECT_EQ(table->item(1, ActivityImportDialog::DateColumn)->checkState(), Qt::Unchecked);
    EXPECT_TRUE(cell(table, 1, ActivityImportDialog::DetailsColumn).contains(QStringLiteral("is not running")));

    // The cut file: rejected with the file and its place, no tick box.
    EXPECT_EQ(cell(table, 2, ActivityImportDialog::StatusColumn), QStringLiteral("Rejected"));
    EXPECT_FALSE(table->item(2, ActivityImportDialog::DateColumn)->flags() & Qt::ItemIsUserCheckable);
    EXPECT_TRUE(cell(table, 2, ActivityImportDialog::DetailsColumn).startsWith(QStringLiteral("cut.gpx: line 1")))
        << cell(table, 2, ActivityImportDialog::DetailsColumn).toStdString();

    auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    auto* undoButton = dialog.findChild<QPushButton*>(QStringLiteral("undoButton"));
    ASSERT_NE(importButton, nullptr);
    ASSERT_NE(undoButton, nullptr);
    EXPECT_EQ(importButton->text(), QStringLiteral("&Import 1 run"));
    EXPECT_FALSE(undoButton->isVisible());

    QSignalSpy imported(&dialog, &ActivityImportDialog::imported);
    QTest::mouseClick(importButton, Qt::LeftButton);
    ASSERT_EQ(imported.count(), 1);
    ASSERT_EQ(runs().size(), 1);
    const patella::Run run = runs().at(0);
    EXPECT_EQ(run.source, RunSource::Import);
    EXPECT_NEAR(run.distanceMetres, 2001.5, 1.0);
    EXPECT_EQ(run.movingSeconds, 600);
    EXPECT_EQ(run.cadenceSpm, 172.0);
    EXPECT_EQ(run.shoeId, shoeId);
    EXPECT_TRUE(undoButton->isVisible());
    EXPECT_FALSE(importButton->isEnabled());
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("activityImportSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Imported 1 run, 2.0 km.")));

    QTest::mouseClick(undoButton, Qt::LeftButton);
    EXPECT_TRUE(runs().isEmpty());
    EXPECT_FALSE(undoButton->isVisible());
}

TEST_F(ActivityImportGui, ATickedRideAndAnotherShoeAreWrittenTogether)
{
    const RecordId trail = harness.addShoe(QStringLiteral("Trail"));
    ActivityImportDialog dialog(harness.context, read({QStringLiteral("run.gpx"), QStringLiteral("ride.tcx")}),
                                &window);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("activityImportTable"));
    ASSERT_EQ(table->rowCount(), 2);
    // Two shoes in use and no default: none is guessed; the runner picks Trail for the run.
    auto* shoe = qobject_cast<QComboBox*>(table->cellWidget(0, ActivityImportDialog::ShoeColumn));
    ASSERT_NE(shoe, nullptr);
    EXPECT_EQ(shoe->currentText(), QStringLiteral("No shoe"));
    shoe->setCurrentIndex(shoe->findText(QStringLiteral("Trail")));
    table->item(1, ActivityImportDialog::DateColumn)->setCheckState(Qt::Checked);
    auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    EXPECT_EQ(importButton->text(), QStringLiteral("&Import 2 runs"));
    QTest::mouseClick(importButton, Qt::LeftButton);
    const QList<patella::Run> written = runs();
    ASSERT_EQ(written.size(), 2);
    EXPECT_EQ(written.at(0).shoeId, trail);
    EXPECT_EQ(written.at(1).sport, QStringLiteral("cycling"));
    EXPECT_DOUBLE_EQ(written.at(1).distanceMetres, 30000.0);

    // The same files again: already in the journal, nothing to tick.
    ActivityImportDialog again(harness.context, read({QStringLiteral("run.gpx"), QStringLiteral("ride.tcx")}), &window);
    auto* second = again.findChild<QTableWidget*>(QStringLiteral("activityImportTable"));
    for (int row = 0; row < 2; ++row) {
        EXPECT_EQ(cell(second, row, ActivityImportDialog::StatusColumn), QStringLiteral("Already in the journal"));
        EXPECT_FALSE(second->item(row, ActivityImportDialog::DateColumn)->flags() & Qt::ItemIsUserCheckable);
    }
    EXPECT_FALSE(again.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
}

TEST_F(ActivityImportGui, ALikelyDuplicateMergedKeepsTheRunnersNotes)
{
    patella::Run manual;
    manual.start = QDateTime(QDate(2026, 3, 14), QTime(7, 0), QTimeZone::utc());
    manual.localDate = manual.start.toLocalTime().date();
    manual.distanceMetres = 2100.0;
    manual.durationSeconds = 660;
    manual.effort = 5;
    manual.painDuring = 2;
    manual.note = QStringLiteral("knee quiet");
    ASSERT_TRUE(harness.store.add(manual).ok());

    ActivityImportDialog dialog(harness.context, read({QStringLiteral("run.gpx")}), &window);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("activityImportTable"));
    ASSERT_EQ(table->rowCount(), 1);
    auto* choice = qobject_cast<QComboBox*>(table->cellWidget(0, ActivityImportDialog::StatusColumn));
    ASSERT_NE(choice, nullptr);
    EXPECT_EQ(choice->currentText(), QStringLiteral("Likely duplicate: merge"));
    EXPECT_EQ(table->item(0, ActivityImportDialog::DateColumn)->checkState(), Qt::Unchecked); // the runner decides
    table->item(0, ActivityImportDialog::DateColumn)->setCheckState(Qt::Checked);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
    const QList<patella::Run> written = runs();
    ASSERT_EQ(written.size(), 1);
    EXPECT_EQ(written.at(0).note, QStringLiteral("knee quiet"));
    EXPECT_EQ(written.at(0).painDuring, 2);
    EXPECT_NEAR(written.at(0).distanceMetres, 2001.5, 1.0);
    EXPECT_EQ(written.at(0).source, RunSource::Import);

    // Undo puts the hand-typed run back as it was.
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("undoButton")), Qt::LeftButton);
    ASSERT_EQ(runs().size(), 1);
    EXPECT_DOUBLE_EQ(runs().at(0).distanceMetres, 2100.0);
    EXPECT_EQ(runs().at(0).source, RunSource::Manual);
}

TEST_F(ActivityImportGui, FilesAreReadOffTheGuiThreadThenPreviewed)
{
    ActivityImportActions actions(harness.context, &window);
    QMenu menu;
    actions.addTo(&menu);
    ASSERT_EQ(menu.actions().size(), 1);
    EXPECT_EQ(menu.actions().at(0)->objectName(), QStringLiteral("importActivities"));

    QSignalSpy shown(&actions, &ActivityImportActions::previewShown);
    actions.importFiles({path("run.gpx"), path("ride.tcx"), path("cut.gpx")});
    EXPECT_NE(actions.progress(), nullptr); // a batch gets a progress dialog with Cancel
    ASSERT_TRUE(shown.wait(10000));
    ActivityImportDialog* preview = actions.preview();
    ASSERT_NE(preview, nullptr);
    EXPECT_EQ(preview->candidates().size(), 3);
    EXPECT_TRUE(runs().isEmpty()); // nothing is written before Import
    EXPECT_EQ(actions.progress(), nullptr);
    preview->close();
}

TEST_F(ActivityImportGui, CancelledBatchOpensNoPreviewAndWritesNothing)
{
    QStringList many;
    for (int i = 0; i < 400; ++i) {
        const QString name = QStringLiteral("run-%1.gpx").arg(i);
        writeFile(harness.dir.filePath(name), runGpx(1 + i % 14));
        many.append(harness.dir.filePath(name));
    }
    ActivityImportActions actions(harness.context, &window);
    QSignalSpy shown(&actions, &ActivityImportActions::previewShown);
    QSignalSpy canceled(&actions, &ActivityImportActions::canceled);
    actions.importFiles(many);
    ASSERT_NE(actions.progress(), nullptr);
    EXPECT_EQ(actions.progress()->maximum(), 400);
    auto* cancel = actions.progress()->findChild<QPushButton*>();
    ASSERT_NE(cancel, nullptr);
    cancel->click(); // the progress dialog's Cancel
    ASSERT_TRUE(canceled.count() == 1 || canceled.wait(10000));
    EXPECT_EQ(shown.count(), 0);
    EXPECT_EQ(actions.preview(), nullptr);
    EXPECT_FALSE(actions.busy());
    EXPECT_TRUE(runs().isEmpty());
}
