// What a screen reader and a keyboard user get: every interactive element on every page has an accessible
// name, the countdown ring speaks its time left, focus mode in full screen, and the theme's text colours keep
// WCAG AA contrast (4.5:1) on their backgrounds in light and dark.
#include "app/progress/chartcard.h"
#include "app/sessionplayer/countdownring.h"
#include "app/shell/application.h"
#include "app/shell/mainwindow.h"
#include "app/ui/theme.h"
#include "core/model/clock.h"
#include "tests/support/testsupport.h"

#include <QAccessible>
#include <QApplication>
#include <QMenuBar>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace patella;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface* node)
{
    QObject* object = node->object();
    QString where = object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?");
    if (object && !object->objectName().isEmpty())
        where += QLatin1Char('#') + object->objectName();
    for (QObject* p = object ? object->parent() : nullptr; p; p = p->parent()) {
        if (!p->objectName().isEmpty()) {
            where += QStringLiteral(" in ") + p->objectName();
            break;
        }
    }
    return where + QStringLiteral(" (role ") + QString::number(node->role()) + QLatin1Char(')');
}

// Walks the accessible tree under node; collects the visible interactive elements that have no name.
void collectUnnamed(QAccessibleInterface* node, QStringList& unnamed, int& interactive, int depth = 0)
{
    if (!node || depth > 60)
        return;
    const QAccessible::State state = node->state();
    if (state.invisible)
        return;
    if (isInteractive(node->role())) {
        ++interactive;
        if (node->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(node));
    }
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), unnamed, interactive, depth + 1);
}

class AccessibilityTest : public ::testing::Test
{
protected:
    AccessibilityTest()
        : clock(test::referenceNow())
    {
        options.dataDir = dir.path();
        options.demo = true;
    }

    test::TempDir dir;
    FixedClock clock;
    LaunchOptions options;
};

} // namespace

TEST_F(AccessibilityTest, EveryInteractiveElementOnEveryPageHasAName)
{
    Application app(options, clock);
    ASSERT_EQ(app.start(false), 0);
    MainWindow* window = app.window();
    window->resize(1280, 800);
    window->show();
    for (int area = 0; area < MainWindow::AreaCount; ++area) {
        window->showArea(MainWindow::Area(area));
        QApplication::processEvents();
        QStringList unnamed;
        int interactive = 0;
        collectUnnamed(QAccessible::queryAccessibleInterface(window), unnamed, interactive);
        EXPECT_GT(interactive, 3) << "area " << area;
        EXPECT_TRUE(unnamed.isEmpty()) << "area " << area << ": " << unnamed.size() << " of " << interactive
                                       << " without a name:\n  " << qPrintable(unnamed.join(QStringLiteral("\n  ")));
    }
}

TEST_F(AccessibilityTest, EachChartTellsAScreenReaderWhatItShows)
{
    Application app(options, clock);
    ASSERT_EQ(app.start(false), 0);
    MainWindow* window = app.window();
    window->show();
    window->showArea(MainWindow::Area::Progress);
    const QList<ChartCard*> cards = window->page(MainWindow::Area::Progress)->findChildren<ChartCard*>();
    ASSERT_GE(cards.size(), 5);
    for (ChartCard* card : cards) {
        QAccessibleInterface* chart = QAccessible::queryAccessibleInterface(card->content());
        ASSERT_NE(chart, nullptr);
        EXPECT_TRUE(chart->text(QAccessible::Name).startsWith(QStringLiteral("Chart: ")))
            << qPrintable(card->objectName());
        if (!card->showsEmptyState() && !card->reasons().isEmpty()) {
            EXPECT_EQ(chart->text(QAccessible::Description), card->reasons().join(QLatin1Char(' ')))
                << qPrintable(card->objectName());
        }
    }
}

TEST(CountdownRingAccessibility, TellsTheTimeLeftInWords)
{
    CountdownRing ring;
    ring.setCaption(QStringLiteral("Hold"));
    ring.setTime(12'300, 30'000);
    QAccessibleInterface* node = QAccessible::queryAccessibleInterface(&ring);
    ASSERT_NE(node, nullptr);
    EXPECT_EQ(node->text(QAccessible::Name), QStringLiteral("Hold"));
    EXPECT_EQ(node->text(QAccessible::Description), QStringLiteral("13 seconds left"));
    ring.setTime(1'000, 30'000);
    EXPECT_EQ(node->text(QAccessible::Description), QStringLiteral("1 second left"));
    ring.setTime(95'000, 120'000);
    EXPECT_EQ(node->text(QAccessible::Description), QStringLiteral("1 min 35 s left"));
    ring.setTime(0, 0);
    EXPECT_TRUE(node->text(QAccessible::Description).isEmpty());
}

TEST_F(AccessibilityTest, FullScreenOnTheSessionPageHidesTheSidebarAndMenuBar)
{
    Application app(options, clock);
    ASSERT_EQ(app.start(false), 0);
    MainWindow* window = app.window();
    window->show();
    QWidget* sidebar = window->findChild<QWidget*>(QStringLiteral("sidebarPanel"));
    ASSERT_NE(sidebar, nullptr);
    window->showArea(MainWindow::Area::Session);
    window->setWindowState(window->windowState() | Qt::WindowFullScreen);
    QTRY_VERIFY(window->inFocusMode());
    EXPECT_FALSE(sidebar->isVisible());
    EXPECT_FALSE(window->menuBar()->isVisible());
    // Another page in full screen keeps its way around; back on the session, focus again; then leave.
    window->showArea(MainWindow::Area::Today);
    EXPECT_TRUE(sidebar->isVisible());
    window->showArea(MainWindow::Area::Session);
    EXPECT_FALSE(sidebar->isVisible());
    window->setWindowState(window->windowState() & ~Qt::WindowFullScreen);
    QTRY_VERIFY(!window->inFocusMode());
    EXPECT_TRUE(sidebar->isVisible());
    EXPECT_TRUE(window->menuBar()->isVisible());
}

TEST(Contrast, ThemeTextMeetsWcagAaInLightAndDark)
{
    for (const QPalette& palette : {theme::lightPalette(), theme::darkPalette()}) {
        const char* name = theme::isDark(palette) ? "dark" : "light";
        const auto check = [&](const char* what, const QColor& text, const QColor& background) {
            const double ratio = contrast(text, background);
            EXPECT_GE(ratio, 4.5) << name << " " << what << ": " << qPrintable(text.name()) << " on "
                                  << qPrintable(background.name()) << " is " << ratio << ":1";
        };
        const QColor window = palette.color(QPalette::Window);
        const QColor base = palette.color(QPalette::Base);
        const QColor sidebar = theme::sidebarBackground(palette);
        check("window text", palette.color(QPalette::WindowText), window);
        check("text", palette.color(QPalette::Text), base);
        check("text on alternate rows", palette.color(QPalette::Text), palette.color(QPalette::AlternateBase));
        check("button text", palette.color(QPalette::ButtonText), palette.color(QPalette::Button));
        check("placeholder (notes, hints) on window", palette.color(QPalette::PlaceholderText), window);
        check("placeholder in fields", palette.color(QPalette::PlaceholderText), base);
        check("selection", palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight));
        check("tooltip", palette.color(QPalette::ToolTipText), palette.color(QPalette::ToolTipBase));
        check("sidebar text", palette.color(QPalette::WindowText), sidebar);
        for (const auto& [what, colour] :
             {std::pair {"accent", theme::accent(palette)}, std::pair {"warning", theme::warning(palette)},
              std::pair {"danger", theme::danger(palette)}}) {
            check(what, colour, window);
            check(what, colour, base);
        }
    }
}
