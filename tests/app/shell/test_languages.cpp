// The whole app started in German, French and Spanish on the demo journal: on every page, the texts a person
// reads are in that language (they differ from the English run's texts at the same places), none is empty,
// and the language the runner picked in Settings is the one that is used.
#include "app/shell/application.h"
#include "app/shell/mainwindow.h"
#include "core/model/clock.h"
#include "core/model/language.h"
#include "tests/support/testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace patella;

namespace {

struct Shown
{
    QString where; // class and object name, to tell a failure's place
    QString text;
};

QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text.trimmed();
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText().trimmed();
}

// The texts a person can see on a page, in the order the widgets were built.
QList<Shown> visibleTexts(QWidget* page)
{
    QList<Shown> out;
    const auto add = [&out](QWidget* w, const QString& text) {
        out.append({QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName(),
                    plain(text).remove(QLatin1Char('&'))});
    };
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(page))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            add(w, label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(w, button->text());
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            add(w, box->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(w, tabs->tabText(i));
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            add(w, edit->placeholderText());
        }
    }
    return out;
}

// A text worth comparing: words, not a number, a date's digits or a unit.
bool isWords(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
    return word.match(text).hasMatch() && text != QStringLiteral("Patella");
}

// Words the language writes exactly as English does (French "Journal", German "Test").
bool sameInLanguage(const QString& code, const QString& text)
{
    static const QHash<QString, QStringList> cognates {
        {QStringLiteral("de"), {QStringLiteral("Test"), QStringLiteral("Situation"), QStringLiteral("Pause")}},
        {QStringLiteral("fr"),
         {QStringLiteral("Journal"), QStringLiteral("Miles"), QStringLiteral("Test"), QStringLiteral("Situation"),
          QStringLiteral("Pause"), QStringLiteral("Notes"), QStringLiteral("Sections"), QStringLiteral("Routines")}},
        {QStringLiteral("es"), {}},
    };
    return cognates.value(code).contains(text);
}

class LanguagesTest : public ::testing::Test
{
protected:
    LanguagesTest()
        : clock(test::referenceNow())
    {
    }

    // Every page's texts, with the app started in the language.
    QList<QList<Shown>> run(const QString& code)
    {
        const test::TempDir dir;
        language::storeChoice(QDir(dir.path()).filePath(QStringLiteral("settings.ini")), code);
        LaunchOptions options;
        options.dataDir = dir.path();
        options.demo = true;
        Application app(options, clock);
        EXPECT_EQ(app.start(false), 0);
        MainWindow* window = app.window();
        window->resize(1280, 800);
        window->show();
        QList<QList<Shown>> pages;
        for (int area = 0; area < MainWindow::AreaCount; ++area) {
            window->showArea(MainWindow::Area(area));
            QApplication::processEvents();
            pages.append(visibleTexts(window->page(MainWindow::Area(area))));
        }
        pages.append({{QStringLiteral("window title"), window->windowTitle()}});
        return pages;
    }

    FixedClock clock;
};

} // namespace

TEST_F(LanguagesTest, EveryPageSpeaksTheChosenLanguage)
{
    const QList<QList<Shown>> english = run(QStringLiteral("en"));
    for (const QString& code : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}) {
        const QList<QList<Shown>> translated = run(code);
        ASSERT_EQ(translated.size(), english.size());
        for (int page = 0; page < english.size() - 1; ++page) {
            const QList<Shown>& en = english.at(page);
            const QList<Shown>& other = translated.at(page);
            ASSERT_EQ(other.size(), en.size()) << qPrintable(code) << " page " << page << " shows other widgets";
            int compared = 0;
            QStringList same;
            for (int i = 0; i < en.size(); ++i) {
                if (en.at(i).text.isEmpty())
                    continue;
                EXPECT_FALSE(other.at(i).text.isEmpty()) << qPrintable(code) << ": empty " << qPrintable(en.at(i).where)
                                                         << " (English \"" << qPrintable(en.at(i).text) << "\")";
                if (!isWords(en.at(i).text))
                    continue;
                ++compared;
                if (other.at(i).text == en.at(i).text && !sameInLanguage(code, en.at(i).text))
                    same.append(en.at(i).where + QStringLiteral(": ") + en.at(i).text);
            }
            EXPECT_GE(compared, 5) << "page " << page << " shows too few texts to judge";
            EXPECT_TRUE(same.isEmpty()) << qPrintable(code) << " page " << page << ": " << same.size() << " of "
                                        << compared << " texts still English:\n  "
                                        << qPrintable(same.join(QStringLiteral("\n  ")));
        }
    }
}
