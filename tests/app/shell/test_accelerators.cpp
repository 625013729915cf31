// Keyboard accelerators (the letter after "&") in English, German, French and Spanish: in every menu of the
// real main window and in the routine editor and the New exercise dialog, no two entries share a letter
// (Alt+letter would only cycle between them), each entry has one, and it sits on a letter of the text.
#include "app/routines/exercisedialog.h"
#include "app/routines/routineeditor.h"
#include "app/shell/application.h"
#include "app/shell/mainwindow.h"
#include "app/shell/translations.h"
#include "core/model/clock.h"
#include "core/model/language.h"
#include "core/store/customcatalog.h"
#include "tests/support/testjournal.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>

#include <gtest/gtest.h>

using namespace patella;

namespace {

const QStringList kLanguages {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};

// The accelerator of a text: the character after a single "&" ("&&" is a literal ampersand), lower case;
// a null QChar when there is none.
QChar acceleratorOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

struct Entry
{
    QString where; // "File > Import" or the widget's object name
    QString text;
};

// Two entries of one menu or dialog with the same accelerator, one without any, or one on a character that is
// not a letter or digit (a space, a bracket) or added in brackets: each a line naming the place, the texts and the
// letter.
QStringList problemsOf(const QString& place, const QList<Entry>& entries, bool everyEntryNeedsOne)
{
    QStringList problems;
    QHash<QChar, Entry> seen;
    for (const Entry& entry : entries) {
        const QChar key = acceleratorOf(entry.text);
        if (key.isNull()) {
            if (everyEntryNeedsOne)
                problems.append(QStringLiteral("%1: \"%2\" has no accelerator").arg(place, entry.text));
            continue;
        }
        if (!key.isLetterOrNumber())
            problems.append(
                QStringLiteral("%1: \"%2\" has its accelerator on '%3'").arg(place, entry.text, QString(key)));
        // "Descendre (&w)": a letter added in brackets because the words have none free, as CJK texts do.
        static const QRegularExpression added(QStringLiteral("\\(&.\\)"));
        if (added.match(entry.text).hasMatch())
            problems.append(QStringLiteral("%1: \"%2\" adds its accelerator in brackets").arg(place, entry.text));
        if (const auto other = seen.constFind(key); other != seen.constEnd())
            problems.append(QStringLiteral("%1: \"%2\" and \"%3\" share Alt+%4")
                                .arg(place, other->text, entry.text, QString(key.toUpper())));
        else
            seen.insert(key, entry);
    }
    return problems;
}

// Every menu reachable from the bar: its entries (submenus included as entries), then the submenus' own.
void checkMenu(const QString& path, const QList<QAction*>& actions, QStringList& problems)
{
    QList<Entry> entries;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        entries.append({path, action->text()});
        if (QMenu* sub = action->menu()) {
            const QString name = QString(action->text()).remove(QLatin1Char('&'));
            checkMenu(path.isEmpty() ? name : path + QStringLiteral(" > ") + name, sub->actions(), problems);
        }
    }
    problems.append(problemsOf(path.isEmpty() ? QStringLiteral("menu bar") : path, entries, true));
}

// A dialog's accelerators: buttons, labels that give focus to a field, group boxes and tabs.
QList<Entry> dialogEntries(QWidget& dialog)
{
    QList<Entry> entries;
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        const QString where
            = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            entries.append({where, button->text()});
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            entries.append({where, label->text()});
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            entries.append({where, box->title()});
        else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                entries.append({where, tabs->tabText(i)});
        }
    }
    return entries;
}

class Accelerators : public ::testing::TestWithParam<QString>
{
};

TEST_P(Accelerators, EveryMenuOfTheMainWindowHasOneLetterPerEntry)
{
    const QString code = GetParam();
    const test::TempDir dir;
    language::storeChoice(QDir(dir.path()).filePath(QStringLiteral("settings.ini")), code);
    FixedClock clock(test::referenceNow());
    LaunchOptions options;
    options.dataDir = dir.path();
    options.demo = true;
    Application app(options, clock);
    ASSERT_EQ(app.start(false), 0);
    MainWindow* window = app.window();
    window->show();
    QApplication::processEvents();

    const QList<QAction*> bar = window->menuBar()->actions();
    ASSERT_GE(bar.size(), 4); // File, View, Session, Help at least
    // The menus are filled by the pages: the check is worth something only when they are.
    int entries = 0;
    for (QAction* action : bar)
        entries += action->menu() ? int(action->menu()->actions().size()) : 0;
    EXPECT_GE(entries, 12);
    QStringList problems;
    checkMenu(QString(), bar, problems);
    EXPECT_TRUE(problems.isEmpty()) << code.toStdString() << ":\n" << problems.join(QLatin1Char('\n')).toStdString();
}

TEST_P(Accelerators, TheRoutineEditorAndTheExerciseDialogHaveOneLetterPerField)
{
    const Translations translations(GetParam());
    ASSERT_TRUE(translations.loaded());
    test::TestJournal journal;
    CustomCatalog custom(journal.catalog, journal.store);
    ASSERT_TRUE(custom.reload().ok());

    // Duplicate and edit the desk break, its calf stretch selected: the two-part hold's box shows too.
    const Routine* deskBreak = custom.catalog().routine(QStringLiteral("desk-break"));
    ASSERT_NE(deskBreak, nullptr);
    RoutineEditor editor(custom, deskBreak);
    editor.show();
    auto* items = editor.findChild<QListWidget*>(QStringLiteral("routineItems"));
    ASSERT_NE(items, nullptr);
    ASSERT_EQ(items->count(), 3);
    items->setCurrentRow(2);
    QApplication::processEvents();
    auto* parts = editor.findChild<QCheckBox*>(QStringLiteral("itemUseParts"));
    ASSERT_NE(parts, nullptr);
    EXPECT_FALSE(parts->text().isEmpty());
    const QList<Entry> editorEntries = dialogEntries(editor);
    EXPECT_GE(editorEntries.size(), 10);
    const QStringList editorProblems = problemsOf(QStringLiteral("routine editor"), editorEntries, false);
    EXPECT_TRUE(editorProblems.isEmpty()) << GetParam().toStdString() << ":\n"
                                          << editorProblems.join(QLatin1Char('\n')).toStdString();

    ExerciseDialog exercise(custom, nullptr);
    exercise.show();
    QApplication::processEvents();
    const QList<Entry> exerciseEntries = dialogEntries(exercise);
    EXPECT_GE(exerciseEntries.size(), 10);
    const QStringList exerciseProblems = problemsOf(QStringLiteral("New exercise"), exerciseEntries, false);
    EXPECT_TRUE(exerciseProblems.isEmpty()) << GetParam().toStdString() << ":\n"
                                            << exerciseProblems.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, Accelerators, ::testing::ValuesIn(kLanguages),
                         [](const ::testing::TestParamInfo<QString>& language) {
                             return language.param.toStdString();
                         });

// The reader of accelerators itself: "&&" is a literal ampersand, the letter after a single "&" counts.
TEST(AcceleratorOf, ReadsTheLetterAfterASingleAmpersand)
{
    EXPECT_EQ(acceleratorOf(QStringLiteral("&File")), QLatin1Char('f'));
    EXPECT_EQ(acceleratorOf(QStringLiteral("Save &As")), QLatin1Char('a'));
    EXPECT_EQ(acceleratorOf(QStringLiteral("Salt && &Pepper")), QLatin1Char('p'));
    EXPECT_TRUE(acceleratorOf(QStringLiteral("Salt && Pepper")).isNull());
    const QStringList found = problemsOf(
        QStringLiteral("m"), {{QString(), QStringLiteral("&Open")}, {QString(), QStringLiteral("Cl&ose")}}, true);
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.at(0).contains(QStringLiteral("Alt+O")));
}

} // namespace
