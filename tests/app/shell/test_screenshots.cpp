// The runner's own routines and exercises in German, French and Spanish, in the real main window on a journal
// with the documented example programme imported (no history, so the programme's doses play as prescribed): the routine
// editor, the runner's exercise in the Library and the routine playing. Each screen is checked for texts cut short (a
// label or button narrower than its text), and saved as docs/screenshots/<lang>-*.png when PATELLA_SCREENSHOT_DIR is
// set.
#include "app/library/librarypage.h"
#include "app/routines/routineeditor.h"
#include "app/sessionplayer/sessionpage.h"
#include "app/shell/application.h"
#include "app/shell/mainwindow.h"
#include "core/catalog/programmefile.h"
#include "core/model/clock.h"
#include "core/model/language.h"
#include "core/session/sessionplayer.h"
#include "core/store/customcatalog.h"
#include "core/store/journalstore.h"
#include "tests/support/testjournal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace patella;

namespace {

// A label or button whose text needs more room than it has: the end of the text is cut off on screen.
QStringList cutShort(QWidget& root)
{
    QStringList out;
    for (QWidget* w : root.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&root) || w->width() <= 0)
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w); label && !label->wordWrap() && label->pixmap().isNull())
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            text = button->text();
        if (text.trimmed().isEmpty() || Qt::mightBeRichText(text))
            continue;
        if (w->sizeHint().width() > w->width() + 1)
            out.append(QStringLiteral("%1 \"%2\": needs %3 px, has %4")
                           .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                          : w->objectName(),
                                text.simplified())
                           .arg(w->sizeHint().width())
                           .arg(w->width()));
    }
    return out;
}

void keep(QWidget& widget, const QString& name)
{
    QApplication::processEvents();
    const QPixmap shot = widget.grab();
    ASSERT_FALSE(shot.isNull());
    const QString folder = qEnvironmentVariable("PATELLA_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(shot.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
    }
}

class Screens : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        language::storeChoice(QDir(dir.path()).filePath(QStringLiteral("settings.ini")), GetParam());
        JournalStore store(clock);
        ASSERT_TRUE(store.open(QDir(dir.path()).filePath(Application::journalFileName())).ok());
        CustomCatalog custom(catalog, store);
        ASSERT_TRUE(custom.reload().ok());
        const Result<ProgrammeFile> file = readProgrammeFile(
            test::fixturePath(QStringLiteral("../../docs/programme-example.json")), catalog, &sniffOnlyImageCheck);
        ASSERT_TRUE(file.ok()) << (file ? "" : file.error().text().toStdString());
        ASSERT_TRUE(custom.importProgramme(file.value(), QStringLiteral("programme-example.json")).ok());
    }

    QString shotName(const char* what) const { return GetParam() + QLatin1Char('-') + QLatin1String(what); }

    test::TempDir dir;
    FixedClock clock {test::referenceNow()};
    Catalog catalog = test::loadCatalog();
};

TEST_P(Screens, TheRunnersOwnRoutineAndExerciseReadWholeInTheLanguage)
{
    LaunchOptions options;
    options.dataDir = dir.path();
    Application app(options, clock);
    ASSERT_EQ(app.start(false), 0);
    MainWindow* window = app.window();
    window->resize(1280, 800);
    window->show();

    // The runner's exercise in the Library.
    window->showArea(MainWindow::Area::Library);
    auto* library = window->findChild<LibraryPage*>(); // built when first shown
    ASSERT_NE(library, nullptr);
    ASSERT_TRUE(library->select(QStringLiteral("pt-terminal-knee-extension")));
    QApplication::processEvents();
    EXPECT_EQ(cutShort(*window), QStringList());
    keep(*window, shotName("library-your-exercise"));

    // The routine editor on the physiotherapist's evening routine, its second exercise selected.
    // The catalog read again now that the language is installed, as the window's own was.
    const Catalog translated = test::loadCatalog();
    CustomCatalog custom(translated, *app.store());
    ASSERT_TRUE(custom.reload().ok());
    const Routine* evening = custom.catalog().routine(QStringLiteral("pt-evening"));
    ASSERT_NE(evening, nullptr);
    {
        RoutineEditor editor(custom, evening, window);
        editor.show();
        auto* items = editor.findChild<QListWidget*>(QStringLiteral("routineItems"));
        ASSERT_NE(items, nullptr);
        ASSERT_GE(items->count(), 2);
        items->setCurrentRow(1);
        QApplication::processEvents();
        EXPECT_EQ(cutShort(editor), QStringList());
        keep(editor, shotName("routine-editor"));
    }

    // The same routine playing: the first hold of the quad stretch, on the fixed clock.
    window->showArea(MainWindow::Area::Session);
    auto* session = qobject_cast<SessionPage*>(window->builtPage(MainWindow::Area::Session));
    ASSERT_NE(session, nullptr);
    auto* start = session->findChild<QPushButton*>(QStringLiteral("startRoutine_pt-evening"));
    ASSERT_NE(start, nullptr);
    start->click();
    ASSERT_TRUE(session->isRunning());
    for (int guard = 0; guard < 200 && session->player()->phase() != SessionPhase::Hold; ++guard) {
        const auto next = session->player()->msUntilNextEvent();
        ASSERT_TRUE(next.has_value());
        clock.advance(std::max(*next, std::chrono::milliseconds(1)));
        session->processClock();
    }
    ASSERT_EQ(session->player()->phase(), SessionPhase::Hold);
    clock.advance(std::chrono::milliseconds(4000));
    session->processClock();
    QApplication::processEvents();
    EXPECT_EQ(cutShort(*window), QStringList());
    keep(*window, shotName("session-custom-routine"));
}

INSTANTIATE_TEST_SUITE_P(Languages, Screens,
                         ::testing::Values(QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")),
                         [](const ::testing::TestParamInfo<QString>& language) {
                             return language.param.toStdString();
                         });

} // namespace
