#include "app/progress/adherenceview.h"
#include "app/progress/chartcard.h"
#include "app/progress/chartstyle.h"
#include "app/progress/flexibilityview.h"
#include "app/progress/heatmap.h"
#include "app/progress/progresspage.h"
#include "app/ui/theme.h"
#include "core/model/preferences.h"
#include "core/model/recordnames.h"
#include "core/store/journalstore.h"
#include "tests/support/progressjournal.h"
#include "tests/support/testsupport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPixmap>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

#include <gtest/gtest.h>

using namespace patella;

namespace {

class LocaleEnvironment final : public ::testing::Environment
{
public:
    void SetUp() override { QLocale::setDefault(QLocale::c()); }
};

[[maybe_unused]] ::testing::Environment* const kLocale = ::testing::AddGlobalTestEnvironment(new LocaleEnvironment);

QDate day(int month, int dayOfMonth)
{
    return QDate(2026, month, dayOfMonth);
}

// A chart is drawn when its tab is shown, so this shows the page and the chart's tab first.
QChart* chartOf(ProgressPage& page, const QString& name)
{
    auto* view = page.findChild<QChartView*>(name);
    if (!view)
        return nullptr;
    if (!page.isVisible())
        page.show();
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("progressTabs"));
    for (QWidget* widget = view; widget; widget = widget->parentWidget())
        if (auto* card = qobject_cast<ChartCard*>(widget))
            tabs->setCurrentWidget(card);
    return view->chart();
}

template <typename S> QList<S*> seriesOf(QChart* chart)
{
    QList<S*> out;
    for (QAbstractSeries* series : chart->series())
        if (auto* typed = qobject_cast<S*>(series))
            out.append(typed);
    return out;
}

// The stacked bars' values per slot (the two sets added up): one per week, plus next week's empty slot.
QList<double> barValues(QChart* chart, const QString& seriesName)
{
    QList<double> values;
    for (auto* bars : seriesOf<QAbstractBarSeries>(chart)) {
        if (bars->objectName() != seriesName)
            continue;
        const QList<QBarSet*> sets = bars->barSets();
        for (int i = 0; i < sets.first()->count(); ++i) {
            double sum = 0.0;
            for (QBarSet* set : sets)
                sum += set->at(i);
            values.append(sum);
        }
    }
    return values;
}

QList<QXYSeries*> named(QChart* chart, const QString& objectName)
{
    QList<QXYSeries*> out;
    for (auto* series : seriesOf<QXYSeries>(chart))
        if (series->objectName() == objectName)
            out.append(series);
    return out;
}

void processEvents()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

// A small history with known numbers. The reference day, 16 Mar 2026, is a Monday.
void fillKnownHistory(test::ProgressJournal& journal)
{
    journal.addRun(day(2, 18), 10000.0); // week of 16 Feb
    journal.addRun(day(2, 25), 10000.0); // week of 23 Feb: level
    journal.addRun(day(3, 4), 12000.0); // week of 2 Mar: +20%, over the 10% rule
    journal.addRun(day(3, 11), 12000.0); // week of 9 Mar: level
    journal.addRun(day(3, 16), 5000.0); // this week so far
    journal.addPain(day(3, 10), 4, PainSituation::Stairs);
    journal.addPain(day(3, 12), 3, PainSituation::Stairs);
    journal.addPain(day(3, 14), 2, PainSituation::Stairs);
    journal.addPain(day(3, 11), 1, PainSituation::AtRest);
    journal.addSession(day(3, 10));
    journal.addSession(day(3, 11));
    journal.addSession(day(3, 11));
    journal.addFlex(day(3, 1), FlexTest::KneeToWall, Side::Left, 8.0);
    journal.addFlex(day(3, 8), FlexTest::KneeToWall, Side::Left, 9.0);
    journal.addFlex(day(3, 1), FlexTest::KneeToWall, Side::Right, 7.0);
    journal.addFlex(day(3, 8), FlexTest::KneeToWall, Side::Right, 7.5);
}

} // namespace

TEST(ProgressPage, BuildsEveryChartFromTheDemoJournal)
{
    test::ProgressJournal journal;
    journal.fillDemo();
    ProgressPage page(journal.context());
    page.resize(1280, 800);
    page.show();

    EXPECT_EQ(page.objectName(), QStringLiteral("progressPage"));
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("progressTabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->count(), 7);
    for (const QString& id :
         {QStringLiteral("pain"), QStringLiteral("mileage"), QStringLiteral("adherence"), QStringLiteral("flexibility"),
          QStringLiteral("painMileage"), QStringLiteral("function"), QStringLiteral("cadence")}) {
        ASSERT_NE(page.card(id), nullptr) << id.toStdString();
        EXPECT_FALSE(page.card(id)->showsEmptyState()) << id.toStdString();
        EXPECT_FALSE(page.card(id)->reasons().isEmpty()) << id.toStdString();
        EXPECT_FALSE(page.card(id)->help().isEmpty()) << id.toStdString();
    }
    EXPECT_FALSE(page.findChild<QLabel*>(QStringLiteral("progressHint"))->isVisibleTo(&page));
    // Pain eases and distance builds with time in the programme: the text says it is no cause and effect.
    EXPECT_TRUE(page.card(QStringLiteral("painMileage"))
                    ->reasons()
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("not cause and effect")));
    // The function score: the average's change named against the 2-point bar, and the dashed line drawn.
    EXPECT_TRUE(
        page.card(QStringLiteral("function"))->reasons().join(QLatin1Char(' ')).contains(QStringLiteral("2 points")));
    tabs->setCurrentWidget(page.card(QStringLiteral("function")));
    auto* function = page.findChild<QChartView*>(QStringLiteral("functionScoreChart"));
    ASSERT_NE(function, nullptr);
    bool dashed = false;
    int activities = 0;
    for (QAbstractSeries* series : function->chart()->series()) {
        dashed = dashed || series->objectName() == QStringLiteral("psfsMeaningfulLine");
        activities += series->objectName().isEmpty() ? 1 : 0;
    }
    EXPECT_TRUE(dashed);
    EXPECT_EQ(activities, 4) << "three activities and the one added when one was retired";
    // The page fits beside the 200 px sidebar of the 1100 px main window.
    EXPECT_LT(page.minimumSizeHint().width(), 880);
    // The pain legend's names are short and distinct.
    QStringList legend;
    for (QAbstractSeries* series : chartOf(page, QStringLiteral("painChart"))->series())
        legend.append(series->name());
    EXPECT_TRUE(legend.contains(situationName(PainSituation::AfterRun))) << legend.join(u',').toStdString();
    EXPECT_TRUE(legend.contains(situationName(PainSituation::AfterSession))) << legend.join(u',').toStdString();
    EXPECT_TRUE(legend.contains(QStringLiteral("Session day"))) << legend.join(u',').toStdString();

    // Twelve weeks by day: a dot series per situation the demo logs (all seven), the mean, the sessions, and
    // the mornings the knee was worse (the demo's flare-up).
    QChart* pain = chartOf(page, QStringLiteral("painChart"));
    ASSERT_NE(pain, nullptr);
    EXPECT_EQ(seriesOf<QScatterSeries>(pain).size(), 9);
    EXPECT_EQ(seriesOf<QLineSeries>(pain).size(), 1);
    // Twelve weekly bars and next week's slot; the demo's jump week is drawn in the warning colour.
    QChart* mileage = chartOf(page, QStringLiteral("mileageChart"));
    const QList<double> bars = barValues(mileage, QStringLiteral("mileageBars"));
    EXPECT_EQ(bars.size(), 12); // no slot for next week: nothing is run yet this week, so no base for it
    const auto sets = seriesOf<QAbstractBarSeries>(mileage).first()->barSets();
    int overLimit = 0;
    for (int i = 0; i < sets.at(1)->count(); ++i)
        overLimit += sets.at(1)->at(i) > 0.0 ? 1 : 0;
    EXPECT_GE(overLimit, 1);
    EXPECT_FALSE(named(mileage, QStringLiteral("loadRatio")).isEmpty());
    // Sessions per week for twelve weeks, and the heat map's twelve weeks.
    EXPECT_EQ(barValues(chartOf(page, QStringLiteral("adherenceChart")), QStringLiteral("sessionBars")).size(), 12);
    // Every flexibility test on both sides: two lines of twelve weekly checks... up to the reference Monday.
    for (const FlexTest test : allFlexTests()) {
        QChart* flex = chartOf(page, QStringLiteral("flexChart_") + toId(test));
        ASSERT_NE(flex, nullptr);
        ASSERT_EQ(seriesOf<QLineSeries>(flex).size(), 2) << toId(test).toStdString();
        EXPECT_EQ(seriesOf<QLineSeries>(flex).first()->count(), 11) << toId(test).toStdString();
    }
    // Pain against distance: one dot per whole week with pain reports.
    int dots = 0;
    for (auto* series : seriesOf<QScatterSeries>(chartOf(page, QStringLiteral("painMileageChart"))))
        dots += series->count();
    EXPECT_EQ(dots, 11); // whole weeks only
}

TEST(ProgressPage, ChartsCountTheKnownHistory)
{
    test::ProgressJournal journal;
    fillKnownHistory(journal);
    ProgressPage page(journal.context());
    page.setRange(ProgressRange::FourWeeks);

    QChart* mileage = chartOf(page, QStringLiteral("mileageChart"));
    // Weeks of 23 Feb, 2 Mar, 9 Mar and 16 Mar; no slot for next week while this one is under way.
    EXPECT_EQ(barValues(mileage, QStringLiteral("mileageBars")), (QList<double> {10.0, 12.0, 12.0, 5.0}));
    const auto sets = seriesOf<QAbstractBarSeries>(mileage).first()->barSets();
    ASSERT_EQ(sets.size(), 2);
    EXPECT_EQ(sets.at(1)->at(1), 12.0); // 2 Mar: more than 10% up, the warning set
    EXPECT_EQ(sets.at(1)->at(2), 0.0);
    // The 10% steps: 11, 11, 13.2, 13.2, two points each, as one unbroken line; nothing built on half a week.
    const auto steps = named(mileage, QStringLiteral("tenPercentLine"));
    ASSERT_EQ(steps.size(), 1);
    ASSERT_EQ(steps.first()->count(), 8);
    EXPECT_NEAR(steps.first()->at(0).y(), 11.0, 1e-9);
    EXPECT_NEAR(steps.first()->at(4).y(), 13.2, 1e-9);
    EXPECT_NEAR(steps.first()->at(6).y(), 13.2, 1e-9);
    const QStringList tips = chartstyle::tips(sets.at(1));
    ASSERT_EQ(tips.size(), 4);
    EXPECT_FALSE(tips.at(3).contains(QStringLiteral("on the week before")))
        << "no percentage for a week under way: " << tips.at(3).toStdString();
    EXPECT_TRUE(tips.at(1).contains(QStringLiteral("week of 2 Mar 2026"))) << tips.at(1).toStdString();
    EXPECT_TRUE(tips.at(1).contains(QStringLiteral("12 km"))) << tips.at(1).toStdString();
    EXPECT_TRUE(tips.at(1).contains(QStringLiteral("+20%"))) << tips.at(1).toStdString();

    // Pain by day: stairs (3 days) and at rest (1), the 7-day mean from 10 to 16 Mar, sessions on two days.
    QChart* pain = chartOf(page, QStringLiteral("painChart"));
    const auto dots = seriesOf<QScatterSeries>(pain);
    ASSERT_EQ(dots.size(), 3);
    EXPECT_EQ(dots.at(0)->count(), 3);
    EXPECT_EQ(dots.at(1)->count(), 1);
    EXPECT_EQ(dots.at(2)->count(), 2); // session days
    EXPECT_TRUE(chartstyle::tips(dots.at(2)).at(1).contains(QStringLiteral("2 sessions")));
    ASSERT_EQ(seriesOf<QLineSeries>(pain).size(), 1);
    EXPECT_EQ(seriesOf<QLineSeries>(pain).first()->count(), 7);
    EXPECT_TRUE(chartstyle::tips(dots.at(0)).at(0).contains(QStringLiteral("4/10")));

    // Sessions: four weekly bars, 3 in the week of 9 Mar; the heat map knows the days.
    EXPECT_EQ(barValues(chartOf(page, QStringLiteral("adherenceChart")), QStringLiteral("sessionBars")),
              (QList<double> {0.0, 0.0, 3.0, 0.0}));
    auto* heat = page.findChild<SessionHeatMap*>();
    ASSERT_NE(heat, nullptr);
    EXPECT_TRUE(heat->tipFor(day(3, 11)).contains(QStringLiteral("2 sessions")));

    // Flexibility: only knee-to-wall has checks, left and right with two points each.
    auto* flexView = page.findChild<FlexibilityView*>();
    ASSERT_NE(flexView, nullptr);
    QChart* knee = chartOf(page, QStringLiteral("flexChart_") + toId(FlexTest::KneeToWall));
    EXPECT_TRUE(flexView->chartView(FlexTest::KneeToWall)->isVisibleTo(flexView));
    EXPECT_FALSE(flexView->chartView(FlexTest::SitAndReach)->isVisibleTo(flexView));
    const auto sides = seriesOf<QLineSeries>(knee);
    ASSERT_EQ(sides.size(), 2);
    EXPECT_EQ(sides.at(0)->objectName(), QStringLiteral("side_left"));
    EXPECT_EQ(sides.at(1)->objectName(), QStringLiteral("side_right"));
    EXPECT_EQ(sides.at(0)->count(), 2);
    EXPECT_DOUBLE_EQ(sides.at(1)->at(1).y(), 7.5);

    // Pain against distance: the week of 9 Mar only (12 km, mean of 4, 1, 3, 2 and nothing else).
    const auto weeks = seriesOf<QScatterSeries>(chartOf(page, QStringLiteral("painMileageChart")));
    ASSERT_EQ(weeks.size(), 1);
    ASSERT_EQ(weeks.first()->count(), 1);
    EXPECT_DOUBLE_EQ(weeks.first()->at(0).x(), 12.0);
    EXPECT_DOUBLE_EQ(weeks.first()->at(0).y(), 2.5);
}

TEST(ProgressPage, InsightTextsGiveTheirReasons)
{
    test::ProgressJournal journal;
    fillKnownHistory(journal);
    ProgressPage page(journal.context());
    const QString mileage = page.card(QStringLiteral("mileage"))->reasons().join(QLatin1Char('\n'));
    EXPECT_TRUE(mileage.contains(QStringLiteral("12 km"))) << mileage.toStdString();
    // Mid-week: whole weeks compared (9 Mar against 2 Mar), this week told against its allowance, no next week.
    EXPECT_TRUE(mileage.contains(QStringLiteral("The week before 12 km, last week 12 km: 0%")))
        << mileage.toStdString();
    EXPECT_TRUE(mileage.contains(QStringLiteral("This week so far 5 km; the guide's 10% guideline over last week's 12 "
                                                "km is 13.2 km")))
        << mileage.toStdString();
    EXPECT_FALSE(mileage.contains(QStringLiteral("allowed"))) << "a guideline, not a limit";
    EXPECT_FALSE(mileage.contains(QStringLiteral("Next week"))) << mileage.toStdString();
    EXPECT_FALSE(mileage.contains(QStringLiteral("5.5 km"))) << mileage.toStdString();
    EXPECT_TRUE(mileage.contains(QStringLiteral("Informational: the ratio is disputed"))) << mileage.toStdString();
    EXPECT_TRUE(page.card(QStringLiteral("mileage"))->help().contains(QStringLiteral("Gabbett")));
    auto* insight = page.card(QStringLiteral("mileage"))->findChild<QLabel*>(QStringLiteral("insightText"));
    ASSERT_NE(insight, nullptr);
    EXPECT_TRUE(insight->text().contains(QStringLiteral("disputed")));
    EXPECT_FALSE(page.card(QStringLiteral("flexibility"))->reasons().isEmpty());
}

TEST(ProgressPage, RangeSelectorChangesTheSpan)
{
    test::ProgressJournal journal;
    journal.fillDemo();
    ProgressPage page(journal.context());
    EXPECT_EQ(page.range(), ProgressRange::TwelveWeeks);
    EXPECT_EQ(page.span().days(), 7 * 11 + 1);

    auto click = [&page](const char* id) {
        auto* button = page.findChild<QToolButton*>(QStringLiteral("range_") + QLatin1String(id));
        ASSERT_NE(button, nullptr);
        button->click();
    };
    click("4w");
    EXPECT_EQ(page.range(), ProgressRange::FourWeeks);
    EXPECT_EQ(page.span().from, day(2, 23));
    EXPECT_EQ(page.span().bucket, SeriesBucket::Day);
    EXPECT_EQ(barValues(chartOf(page, QStringLiteral("mileageChart")), QStringLiteral("mileageBars")).size(), 4);
    auto* x = qobject_cast<QDateTimeAxis*>(chartOf(page, QStringLiteral("painChart"))->axes(Qt::Horizontal).first());
    ASSERT_NE(x, nullptr);
    EXPECT_EQ(x->min().date(), day(2, 23));

    click("1y");
    EXPECT_EQ(page.span().bucket, SeriesBucket::Week);
    EXPECT_EQ(page.span().from, QDate(2025, 3, 17));
    // A year of weeks: 53 bars, even though the demo only holds twelve.
    EXPECT_EQ(barValues(chartOf(page, QStringLiteral("mileageChart")), QStringLiteral("mileageBars")).size(), 53);
    // Pain by week now: each situation has at most one dot per week.
    for (auto* dots : seriesOf<QScatterSeries>(chartOf(page, QStringLiteral("painChart"))))
        EXPECT_LE(dots->count(), 12);

    // Each switch replaces the axes; none is left behind.
    EXPECT_EQ(chartOf(page, QStringLiteral("painChart"))->axes().size(), 2);
    EXPECT_EQ(chartOf(page, QStringLiteral("mileageChart"))->axes().size(), 3);
    click("all");
    EXPECT_EQ(chartOf(page, QStringLiteral("painChart"))->axes().size(), 2);
    EXPECT_EQ(page.span().from, QDate(2025, 12, 29)); // the demo's first Monday
    EXPECT_EQ(barValues(chartOf(page, QStringLiteral("mileageChart")), QStringLiteral("mileageBars")).size(), 12);
}

TEST(ProgressPage, EmptyJournalShowsWhatToLog)
{
    test::ProgressJournal journal;
    ProgressPage page(journal.context());
    page.show();
    for (const QString& id :
         {QStringLiteral("pain"), QStringLiteral("mileage"), QStringLiteral("adherence"), QStringLiteral("flexibility"),
          QStringLiteral("painMileage"), QStringLiteral("function")}) {
        ChartCard* card = page.card(id);
        ASSERT_NE(card, nullptr);
        EXPECT_TRUE(card->showsEmptyState()) << id.toStdString();
        auto* empty = card->findChild<QLabel*>(QStringLiteral("emptyState"));
        ASSERT_NE(empty, nullptr);
        EXPECT_GT(empty->text().size(), 60) << id.toStdString();
        EXPECT_TRUE(empty->isVisibleTo(card)) << id.toStdString();
    }
    EXPECT_TRUE(page.card(QStringLiteral("mileage"))
                    ->findChild<QLabel*>(QStringLiteral("emptyState"))
                    ->text()
                    .contains(QStringLiteral("Log your runs")));
    EXPECT_TRUE(page.findChild<QLabel*>(QStringLiteral("progressHint"))->isVisibleTo(&page));
    EXPECT_FALSE(page.findChild<QLabel*>(QStringLiteral("rangeLabel"))->isVisibleTo(&page))
        << "no date range for an empty journal";
}

TEST(ProgressPage, FlexibilityChartsSayWhichWayIsBetter)
{
    EXPECT_EQ(FlexibilityView::betterDirection(FlexTest::KneeToWall, FlexUnit::Centimetres),
              QStringLiteral("higher = more flexible"));
    EXPECT_EQ(FlexibilityView::betterDirection(FlexTest::SitAndReach, FlexUnit::Centimetres),
              QStringLiteral("higher = more flexible"));
    EXPECT_EQ(FlexibilityView::betterDirection(FlexTest::StraightLegRaise, FlexUnit::Degrees),
              QStringLiteral("higher = more flexible"));
    EXPECT_EQ(FlexibilityView::betterDirection(FlexTest::StraightLegRaise, FlexUnit::Tightness),
              QStringLiteral("lower = more flexible"));
    EXPECT_EQ(FlexibilityView::betterDirection(FlexTest::HeelToButtock, FlexUnit::Centimetres),
              QStringLiteral("lower = more flexible"));
    EXPECT_EQ(FlexibilityView::betterDirection(FlexTest::HalfKneelingHipFlexor, FlexUnit::Tightness),
              QStringLiteral("lower = more flexible"));
}

TEST(ProgressPage, DistancesFollowTheUnitSetting)
{
    test::ProgressJournal journal;
    fillKnownHistory(journal);
    ProgressPage page(journal.context());
    page.setRange(ProgressRange::FourWeeks);
    QChart* mileage = chartOf(page, QStringLiteral("mileageChart"));
    auto leftAxisTitle = [&] {
        return qobject_cast<QValueAxis*>(chartOf(page, QStringLiteral("mileageChart"))->axes(Qt::Vertical).first())
            ->titleText();
    };
    EXPECT_EQ(leftAxisTitle(), QStringLiteral("km per week"));

    journal.preferences().setDistanceUnit(DistanceUnit::Miles);
    mileage = chartOf(page, QStringLiteral("mileageChart"));
    EXPECT_EQ(leftAxisTitle(), QStringLiteral("mi per week"));
    const QList<double> bars = barValues(mileage, QStringLiteral("mileageBars"));
    ASSERT_EQ(bars.size(), 4); // four weeks, no next-week slot mid-week
    EXPECT_NEAR(bars.at(0), 6.2137, 1e-3);
    const auto sets = seriesOf<QAbstractBarSeries>(mileage).first()->barSets();
    EXPECT_TRUE(chartstyle::tips(sets.at(0)).at(0).contains(QStringLiteral("6.2 mi")));
    EXPECT_TRUE(page.card(QStringLiteral("mileage"))->reasons().join(QLatin1Char(' ')).contains(QStringLiteral("mi")));

    journal.preferences().setDistanceUnit(DistanceUnit::Kilometres);
    EXPECT_EQ(barValues(chartOf(page, QStringLiteral("mileageChart")), QStringLiteral("mileageBars")).at(0), 10.0);
}

TEST(ProgressPage, LoggingARunUpdatesTheMileageChart)
{
    test::ProgressJournal journal;
    fillKnownHistory(journal);
    ProgressPage page(journal.context());
    page.setRange(ProgressRange::FourWeeks);
    EXPECT_EQ(barValues(chartOf(page, QStringLiteral("mileageChart")), QStringLiteral("mileageBars")).at(3), 5.0);

    // Two writes in one turn of the event loop: one redraw, with both.
    journal.addRun(day(3, 16), 3000.0);
    journal.addRun(day(3, 16), 1000.0);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return barValues(chartOf(page, QStringLiteral("mileageChart")), QStringLiteral("mileageBars")).at(3) == 9.0;
        },
        2000));
}

TEST(ProgressPage, AWorseMorningIsMarkedOnThePainChart)
{
    test::ProgressJournal journal;
    fillKnownHistory(journal);
    ProgressPage page(journal.context());
    page.setRange(ProgressRange::FourWeeks);
    const auto worseSeries = [&page]() -> QScatterSeries* {
        for (auto* series : seriesOf<QScatterSeries>(chartOf(page, QStringLiteral("painChart"))))
            if (series->objectName() == QStringLiteral("worseMornings"))
                return series;
        return nullptr;
    };
    EXPECT_EQ(worseSeries(), nullptr);

    MorningCheck fine;
    fine.date = day(3, 16);
    fine.worse = false;
    MorningCheck worse;
    worse.date = day(3, 16).addDays(-2);
    worse.worse = true;
    ASSERT_TRUE(journal.store().add(fine).ok());
    ASSERT_TRUE(journal.store().add(worse).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return worseSeries() != nullptr; }, 2000));
    ASSERT_EQ(worseSeries()->count(), 1);
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(qint64(worseSeries()->at(0).x())).date(), worse.date);
}

TEST(ProgressPage, FollowsThePalette)
{
    test::ProgressJournal journal;
    fillKnownHistory(journal);
    ProgressPage page(journal.context());
    const QPalette dark = theme::darkPalette(); // the app's own dark palette
    page.setPalette(dark);
    processEvents();
    EXPECT_EQ(chartOf(page, QStringLiteral("mileageChart"))->backgroundBrush().color(), dark.color(QPalette::Base));
    EXPECT_EQ(chartOf(page, QStringLiteral("painChart"))->theme(), QChart::ChartThemeDark);
    // The redraw keeps the data.
    EXPECT_EQ(barValues(chartOf(page, QStringLiteral("mileageChart")), QStringLiteral("mileageBars")).size(), 12);
}

TEST(ProgressPage, ExportsAChartAsPng)
{
    test::ProgressJournal journal;
    fillKnownHistory(journal);
    ProgressPage page(journal.context());
    page.resize(1280, 800);
    page.show();
    test::TempDir out;
    const QString path = out.filePath(QStringLiteral("mileage.png"));
    ASSERT_TRUE(page.card(QStringLiteral("mileage"))->exportPng(path));
    const QImage image(path);
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 400);
    EXPECT_NE(page.card(QStringLiteral("mileage"))->findChild<QToolButton*>(QStringLiteral("exportButton")), nullptr);
}

// The whole page at 1280x800 on the demo journal, a picture per tab, in light and dark palettes. Written to
// $PATELLA_SCREENSHOT_DIR when set (for looking at them), else to a temp folder.
TEST(ProgressPage, ScreenshotsOfEveryTab)
{
    test::ProgressJournal journal;
    journal.fillDemo();
    test::TempDir temp;
    const QString folder = qEnvironmentVariableIsSet("PATELLA_SCREENSHOT_DIR")
        ? qEnvironmentVariable("PATELLA_SCREENSHOT_DIR")
        : temp.path();
    ProgressPage page(journal.context());
    page.resize(1280, 800);
    page.show();
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("progressTabs"));
    ASSERT_NE(tabs, nullptr);
    const QStringList names {QStringLiteral("pain"),        QStringLiteral("mileage"),     QStringLiteral("adherence"),
                             QStringLiteral("flexibility"), QStringLiteral("painmileage"), QStringLiteral("function"),
                             QStringLiteral("cadence")};
    for (const bool dark : {false, true}) {
        if (dark) {
            page.setPalette(theme::darkPalette());
        }
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            processEvents();
            const QString path = QDir(folder).filePath(
                QStringLiteral("progress-%1%2.png").arg(names.at(i), dark ? QStringLiteral("-dark") : QString()));
            const QPixmap shot = page.grab();
            EXPECT_EQ(shot.size(), QSize(1280, 800));
            EXPECT_TRUE(shot.save(path, "PNG")) << path.toStdString();
        }
    }
}

// A range switch redraws the tab in view at once; the others when they are shown.
TEST(ProgressPage, HiddenTabsAreDrawnWhenShown)
{
    test::ProgressJournal journal;
    fillKnownHistory(journal);
    ProgressPage page(journal.context());
    page.show();
    // Twelve weeks; no next-week slot while this week is under way.
    EXPECT_EQ(barValues(chartOf(page, QStringLiteral("mileageChart")), QStringLiteral("mileageBars")).size(), 12);
    chartOf(page, QStringLiteral("painChart")); // the pain tab in view
    page.setRange(ProgressRange::FourWeeks);
    QChart* mileage = page.findChild<QChartView*>(QStringLiteral("mileageChart"))->chart();
    EXPECT_EQ(barValues(mileage, QStringLiteral("mileageBars")).size(), 12); // not drawn again yet
    EXPECT_EQ(barValues(chartOf(page, QStringLiteral("mileageChart")), QStringLiteral("mileageBars")).size(), 4);
}

// One more report in a situation already drawn: the pain chart keeps its series and replaces their points and tips
// (no series, legend marker or axis made again); a report in a new situation builds the chart afresh.
TEST(ProgressPage, OnePainEntryUpdatesThePainChartInPlace)
{
    test::ProgressJournal journal;
    fillKnownHistory(journal);
    ProgressPage page(journal.context());
    page.setRange(ProgressRange::FourWeeks);
    QChart* pain = chartOf(page, QStringLiteral("painChart"));
    ASSERT_NE(pain, nullptr);
    const QList<QAbstractSeries*> before = pain->series();
    const QList<QAbstractAxis*> axesBefore = pain->axes();
    const auto dotsBefore = seriesOf<QScatterSeries>(pain);
    ASSERT_EQ(dotsBefore.at(0)->count(), 3); // stairs

    journal.addPain(day(3, 15), 5, PainSituation::Stairs);
    processEvents();
    EXPECT_EQ(pain->series(), before) << "the same series objects";
    EXPECT_EQ(pain->axes(), axesBefore);
    const auto dots = seriesOf<QScatterSeries>(pain);
    ASSERT_EQ(dots.at(0)->count(), 4);
    EXPECT_EQ(dots.at(0)->at(3).y(), 5.0);
    const QStringList tips = chartstyle::tips(dots.at(0));
    ASSERT_EQ(tips.size(), 4);
    EXPECT_TRUE(tips.at(3).contains(QStringLiteral("5/10"))) << tips.at(3).toStdString();
    EXPECT_EQ(dots.at(0)->at(3).x(), chartstyle::dateX(day(3, 15)));

    journal.addPain(day(3, 15), 6, PainSituation::Squatting);
    processEvents();
    EXPECT_EQ(pain->series().size(), before.size() + 1) << "a new situation, a new series";
    EXPECT_EQ(seriesOf<QScatterSeries>(pain).size(), dotsBefore.size() + 1);
}
