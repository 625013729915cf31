#include "app/library/illustrationview.h"
#include "app/library/librarypage.h"
#include "core/catalog/catalog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace patella;

namespace {

// The real catalog from the resources. Illustrations are taken as present so that the page can be
// tested before every drawing has landed; the page shows a placeholder for any that is missing.
const Catalog& realCatalog()
{
    static const Catalog catalog = [] {
        const Result<Catalog> loaded
            = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), [](const QString&) { return true; });
        if (!loaded)
            ADD_FAILURE() << loaded.error().text().toStdString();
        return loaded ? loaded.value() : Catalog();
    }();
    return catalog;
}

template <typename T> T* child(QWidget& page, const char* name)
{
    T* found = page.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

QStringList visibleIds(QListWidget* list)
{
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->isHidden())
            ids.append(list->item(row)->data(Qt::UserRole).toString());
    }
    return ids;
}

void chooseData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << data.toStdString();
    combo->setCurrentIndex(index);
}

} // namespace

// What the app does at start: every exercise's drawing must be among the compiled resources.
TEST(Library, RealCatalogLoadsWithTheDrawnIllustrations)
{
    const Result<Catalog> loaded
        = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), &Catalog::illustrationResourceExists);
    ASSERT_TRUE(loaded) << loaded.error().text().toStdString();
    IllustrationView view;
    view.setIllustration(QStringLiteral("calf-wall-stretch"));
    EXPECT_TRUE(view.hasDrawing());
}

TEST(Library, ListsEveryExerciseRoutineAndHabit)
{
    LibraryPage page(realCatalog());
    page.show();
    EXPECT_EQ(page.objectName(), QStringLiteral("libraryPage"));
    EXPECT_EQ(child<QListWidget>(page, "exerciseList")->count(), 21);
    EXPECT_EQ(child<QListWidget>(page, "routineList")->count(), 8);
    EXPECT_EQ(child<QListWidget>(page, "habitList")->count(), 11);
    EXPECT_EQ(child<QLabel>(page, "libraryCount")->text(), QStringLiteral("21 in all"));
    // The first exercise is selected and its detail is shown.
    EXPECT_EQ(page.selectedId(), QStringLiteral("standing-quad-stretch"));
    EXPECT_EQ(child<QLabel>(page, "exerciseTitle")->text(), QStringLiteral("Standing quad stretch"));
}

TEST(Library, FiltersByKindAndTarget)
{
    LibraryPage page(realCatalog());
    page.show();
    auto* list = child<QListWidget>(page, "exerciseList");
    chooseData(child<QComboBox>(page, "kindFilter"), QStringLiteral("foam-rolling"));
    EXPECT_EQ(visibleIds(list),
              (QStringList {QStringLiteral("foam-roll-quads"), QStringLiteral("foam-roll-hamstrings"),
                            QStringLiteral("foam-roll-glutes"), QStringLiteral("foam-roll-calves"),
                            QStringLiteral("foam-roll-it-band"), QStringLiteral("massage-ball-hip-flexors")}));
    EXPECT_EQ(child<QLabel>(page, "libraryCount")->text(), QStringLiteral("6 of 21"));
    EXPECT_EQ(page.selectedId(), QStringLiteral("foam-roll-quads")); // the selection follows the filter

    chooseData(child<QComboBox>(page, "kindFilter"), QStringLiteral("stretch"));
    chooseData(child<QComboBox>(page, "targetFilter"), QStringLiteral("hip-flexors"));
    EXPECT_EQ(visibleIds(list),
              (QStringList {QStringLiteral("standing-quad-stretch"), QStringLiteral("half-kneeling-hip-flexor")}));

    chooseData(child<QComboBox>(page, "kindFilter"), QString());
    chooseData(child<QComboBox>(page, "targetFilter"), QStringLiteral("hip-abductors"));
    EXPECT_EQ(
        visibleIds(list),
        (QStringList {QStringLiteral("clamshell"), QStringLiteral("single-leg-squat"), QStringLiteral("leg-swings")}));
}

TEST(Library, SearchNarrowsTheListAndSaysWhenNothingMatches)
{
    LibraryPage page(realCatalog());
    page.show();
    auto* search = child<QLineEdit>(page, "librarySearch");
    auto* list = child<QListWidget>(page, "exerciseList");
    QTest::keyClicks(search, QStringLiteral("calf"));
    EXPECT_EQ(visibleIds(list),
              (QStringList {QStringLiteral("calf-wall-stretch"), QStringLiteral("foam-roll-calves")}));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("TOWEL")); // case does not matter; steps are searched too
    EXPECT_TRUE(visibleIds(list).contains(QStringLiteral("supine-hamstring-stretch")));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzz-nothing"));
    EXPECT_TRUE(visibleIds(list).isEmpty());
    EXPECT_TRUE(page.selectedId().isEmpty());
    EXPECT_TRUE(child<QLabel>(page, "exerciseTitle")->text().startsWith(QStringLiteral("No exercise matches")));

    // The same box searches the habits.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("shoes"));
    page.showTab(LibraryPage::Tab::Habits);
    EXPECT_EQ(visibleIds(child<QListWidget>(page, "habitList")), QStringList {QStringLiteral("supportive-shoes")});
    EXPECT_FALSE(child<QComboBox>(page, "kindFilter")->isEnabled());
}

TEST(Library, SelectingAnExerciseShowsItsDetail)
{
    LibraryPage page(realCatalog());
    page.resize(1100, 760);
    page.show();
    auto* list = child<QListWidget>(page, "exerciseList");
    const QList<QListWidgetItem*> calf = list->findItems(QStringLiteral("Calf wall stretch"), Qt::MatchExactly);
    ASSERT_EQ(calf.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(calf.first()).center());
    EXPECT_EQ(page.selectedId(), QStringLiteral("calf-wall-stretch"));

    EXPECT_EQ(child<QLabel>(page, "exerciseTitle")->text(), QStringLiteral("Calf wall stretch"));
    EXPECT_EQ(child<QLabel>(page, "exerciseSubtitle")->text(),
              QStringLiteral("Stretch \u00b7 20 s straight knee + 20 s bent knee, 1\u20132 sets, each side"));
    const QString detail = child<QLabel>(page, "exerciseText")->text();
    EXPECT_TRUE(detail.contains(QStringLiteral("Calves (gastrocnemius and soleus)")));
    EXPECT_TRUE(detail.contains(QStringLiteral("Post-run")));
    EXPECT_TRUE(detail.contains(QStringLiteral("How to do it")));
    EXPECT_TRUE(detail.contains(QStringLiteral("Let the heel sink into the floor.")));
    EXPECT_TRUE(detail.contains(QStringLiteral("Cautions")));
    EXPECT_EQ(child<IllustrationView>(page, "exerciseIllustration")->illustration(),
              QStringLiteral("calf-wall-stretch"));

    ASSERT_TRUE(page.select(QStringLiteral("standing-quad-stretch")));
    const QString quad = child<QLabel>(page, "exerciseText")->text();
    EXPECT_TRUE(quad.contains(QStringLiteral("20\u201330 s, 2 sets, each side")));
    EXPECT_TRUE(quad.contains(QStringLiteral("Post-run, evening")));
    EXPECT_TRUE(quad.contains(QStringLiteral("Quadriceps, Hip flexors")));
}

TEST(Library, RoutinesShowTheirItemsAndEstimatedDuration)
{
    LibraryPage page(realCatalog());
    page.show();
    ASSERT_TRUE(page.select(QStringLiteral("daily-knee-mobility")));
    EXPECT_EQ(child<QTabWidget>(page, "libraryTabs")->currentIndex(), static_cast<int>(LibraryPage::Tab::Routines));
    EXPECT_EQ(child<QLabel>(page, "routineTitle")->text(), QStringLiteral("Daily knee mobility"));
    const QString detail = child<QLabel>(page, "routineText")->text();
    EXPECT_TRUE(detail.contains(QStringLiteral("About 10 min")));
    EXPECT_TRUE(detail.contains(QStringLiteral("Side-lying IT band relief (TFL focus)")));

    ASSERT_TRUE(page.select(QStringLiteral("desk-break")));
    EXPECT_TRUE(child<QLabel>(page, "routineText")->text().contains(QStringLiteral("20 s, 1 set, each side")));
}

TEST(Library, StartStaysDisabledUntilThePlayerIsWiredThenEmitsTheId)
{
    LibraryPage page(realCatalog());
    page.show();
    QSignalSpy started(&page, &LibraryPage::startRequested);
    auto* exerciseStart = child<QPushButton>(page, "exerciseStartButton");
    EXPECT_FALSE(exerciseStart->isEnabled());
    EXPECT_FALSE(exerciseStart->toolTip().isEmpty());

    page.setStartAvailable(true);
    ASSERT_TRUE(page.select(QStringLiteral("wall-sit")));
    ASSERT_TRUE(exerciseStart->isEnabled());
    QTest::mouseClick(exerciseStart, Qt::LeftButton);
    ASSERT_TRUE(page.select(QStringLiteral("post-run-cool-down")));
    QTest::mouseClick(child<QPushButton>(page, "routineStartButton"), Qt::LeftButton);

    ASSERT_EQ(started.count(), 2);
    EXPECT_EQ(started.at(0).at(0).toString(), QStringLiteral("wall-sit"));
    EXPECT_EQ(started.at(1).at(0).toString(), QStringLiteral("post-run-cool-down"));
}

TEST(Library, SelectingAHiddenEntryClearsTheFilters)
{
    LibraryPage page(realCatalog());
    page.show();
    chooseData(child<QComboBox>(page, "kindFilter"), QStringLiteral("warm-up"));
    ASSERT_TRUE(page.select(QStringLiteral("glute-bridge")));
    EXPECT_EQ(page.selectedId(), QStringLiteral("glute-bridge"));
    EXPECT_EQ(child<QComboBox>(page, "kindFilter")->currentIndex(), 0);
    EXPECT_FALSE(page.select(QStringLiteral("no-such-thing")));
}

TEST(Library, MissingDrawingsShowThePlaceholder)
{
    IllustrationView view;
    view.setIllustration(QStringLiteral("not-drawn-yet"));
    EXPECT_FALSE(view.hasDrawing());
    const QPixmap thumbnail = IllustrationView::thumbnail(QStringLiteral("not-drawn-yet"), QSize(64, 48), 1.0);
    EXPECT_EQ(thumbnail.size(), QSize(64, 48));
    const QImage image = thumbnail.toImage();
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            painted += image.pixelColor(x, y).alpha() > 0 ? 1 : 0;
    }
    EXPECT_GT(painted, image.width() * image.height() / 2); // the placeholder's box fills most of it
}
