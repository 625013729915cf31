#include "app/progress/chartcard.h"
#include "app/progress/chartstyle.h"
#include "app/progress/progresspage.h"
#include "tests/support/progressjournal.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
#include <QScatterSeries>
#include <QTabWidget>

#include <gtest/gtest.h>

// The Progress page's step-rate tab on a real journal: each run's cadence, the weekly mean, the runner's usual
// rate and its 5-10% band, runs without a cadence said and left out, and a redraw only when runs change.
using namespace patella;

namespace {

QDate day(int month, int dayOfMonth)
{
    return QDate(2026, month, dayOfMonth); // the reference day is Monday 16 Mar 2026
}

// Five runs around 160 steps a minute in February, then five around 171 in March, and two typed by hand.
void fillCadenceHistory(test::ProgressJournal& journal)
{
    const QList<QPair<QDate, double>> runs {
        {day(2, 2), 158.0}, {day(2, 4), 160.0}, {day(2, 7), 161.0}, {day(2, 10), 159.0}, {day(2, 12), 162.0},
        {day(3, 2), 170.0}, {day(3, 5), 171.0}, {day(3, 8), 172.0}, {day(3, 11), 169.0}, {day(3, 14), 173.0}};
    for (const auto& [date, cadence] : runs)
        journal.addRun(date, 8000.0, cadence);
    journal.addRun(day(3, 3), 5000.0);
    journal.addRun(day(3, 10), 5000.0);
}

struct CadenceTab
{
    ChartCard* card = nullptr;
    QChart* chart = nullptr;
};

// Shows the page on the step-rate tab (charts are drawn when shown) and lets the redraw through.
CadenceTab showCadence(ProgressPage& page)
{
    page.resize(1280, 800);
    page.show();
    CadenceTab tab;
    tab.card = page.card(QStringLiteral("cadence"));
    if (!tab.card)
        return tab;
    page.findChild<QTabWidget*>(QStringLiteral("progressTabs"))->setCurrentWidget(tab.card);
    QCoreApplication::processEvents();
    if (auto* view = page.findChild<QChartView*>(QStringLiteral("cadenceChart")))
        tab.chart = view->chart();
    return tab;
}

template <typename S> S* seriesNamed(QChart* chart, const QString& objectName)
{
    for (QAbstractSeries* series : chart->series())
        if (series->objectName() == objectName)
            return qobject_cast<S*>(series);
    return nullptr;
}

QList<double> yValues(const QXYSeries* series)
{
    QList<double> values;
    for (const QPointF& point : series->points())
        values.append(point.y());
    return values;
}

} // namespace

TEST(CadenceChart, DrawsEachRunTheWeeklyMeanAndTheUsualRateWithItsBand)
{
    test::ProgressJournal journal;
    fillCadenceHistory(journal);
    ProgressPage page(journal.context());
    page.setRange(ProgressRange::TwelveWeeks);
    const CadenceTab tab = showCadence(page);
    ASSERT_NE(tab.card, nullptr);
    ASSERT_NE(tab.chart, nullptr);
    EXPECT_FALSE(tab.card->showsEmptyState());
    EXPECT_TRUE(tab.card->help().contains(QStringLiteral("Willson et al. 2014")));

    // Ten dots, the hand-typed runs left out.
    auto* runs = seriesNamed<QScatterSeries>(tab.chart, QStringLiteral("cadenceRuns"));
    ASSERT_NE(runs, nullptr);
    EXPECT_EQ(yValues(runs), (QList<double> {158.0, 160.0, 161.0, 159.0, 162.0, 170.0, 171.0, 172.0, 169.0, 173.0}));
    EXPECT_TRUE(chartstyle::tips(runs).constFirst().endsWith(QStringLiteral("2 Feb 2026: 158 steps per minute")))
        << chartstyle::tips(runs).constFirst().toStdString();
    // The weekly means: the weeks of 2 Feb, 9 Feb, 2 Mar (170, 171, 172 on Sunday 8 Mar) and 9 Mar (169, 173).
    auto* mean = seriesNamed<QLineSeries>(tab.chart, QStringLiteral("cadenceMean"));
    ASSERT_NE(mean, nullptr);
    const QList<double> means = yValues(mean);
    ASSERT_EQ(means.size(), 4);
    EXPECT_DOUBLE_EQ(means.at(0), (158.0 + 160.0 + 161.0) / 3.0);
    EXPECT_DOUBLE_EQ(means.at(1), 160.5);
    EXPECT_DOUBLE_EQ(means.at(2), 171.0);
    EXPECT_DOUBLE_EQ(means.at(3), 171.0);
    // The usual rate, 160 (the median of the first five), and the band from 168 to 176.
    auto* usual = seriesNamed<QLineSeries>(tab.chart, QStringLiteral("cadenceBaseline"));
    ASSERT_NE(usual, nullptr);
    EXPECT_EQ(yValues(usual), (QList<double> {160.0, 160.0}));
    auto* band = seriesNamed<QAreaSeries>(tab.chart, QStringLiteral("cadenceBand"));
    ASSERT_NE(band, nullptr);
    EXPECT_DOUBLE_EQ(band->upperSeries()->at(0).y(), 176.0);
    EXPECT_DOUBLE_EQ(band->lowerSeries()->at(0).y(), 168.0);

    const QString reasons = tab.card->reasons().join(QLatin1Char(' '));
    EXPECT_TRUE(reasons.contains(QStringLiteral("Your usual step rate: 160 steps per minute")))
        << reasons.toStdString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("171 steps per minute, +6.9%"))) << reasons.toStdString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("within the 5-10% higher band"))) << reasons.toStdString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("Left out: 2 runs in this range without a cadence")))
        << reasons.toStdString();
}

TEST(CadenceChart, LongRangesDrawTheMeanAloneAndKeepTheBaseline)
{
    test::ProgressJournal journal;
    fillCadenceHistory(journal);
    ProgressPage page(journal.context());
    page.setRange(ProgressRange::OneYear);
    const CadenceTab tab = showCadence(page);
    ASSERT_NE(tab.chart, nullptr);
    EXPECT_EQ(seriesNamed<QScatterSeries>(tab.chart, QStringLiteral("cadenceRuns")), nullptr);
    auto* mean = seriesNamed<QLineSeries>(tab.chart, QStringLiteral("cadenceMean"));
    ASSERT_NE(mean, nullptr);
    EXPECT_EQ(mean->count(), 4);
    EXPECT_TRUE(mean->pointsVisible());

    // Four weeks hold the March runs only; the usual rate still comes from February's.
    page.setRange(ProgressRange::FourWeeks);
    const QString reasons = page.card(QStringLiteral("cadence"))->reasons().join(QLatin1Char(' '));
    EXPECT_TRUE(reasons.contains(QStringLiteral("usual step rate: 160"))) << reasons.toStdString();
}

TEST(CadenceChart, RunsWithoutACadenceGiveAnEmptyStateThatSaysSo)
{
    test::ProgressJournal journal;
    journal.addRun(day(3, 10), 5000.0);
    journal.addRun(day(3, 12), 6000.0);
    ProgressPage page(journal.context());
    const CadenceTab tab = showCadence(page);
    ASSERT_NE(tab.card, nullptr);
    EXPECT_TRUE(tab.card->showsEmptyState());
    bool said = false;
    for (const QLabel* label : tab.card->findChildren<QLabel*>())
        said = said || label->text().startsWith(QStringLiteral("No run in this range has a step rate: 2 runs,"));
    EXPECT_TRUE(said);

    // One imported run with a cadence: a dot, and the words say a usual rate needs three.
    journal.addRun(day(3, 14), 7000.0, 165.0);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_FALSE(tab.card->showsEmptyState());
    const QString reasons = tab.card->reasons().join(QLatin1Char(' '));
    EXPECT_TRUE(reasons.contains(QStringLiteral("at least 3 runs"))) << reasons.toStdString();
}

TEST(CadenceChart, RedrawsWhenRunsChangeOnly)
{
    test::ProgressJournal journal;
    fillCadenceHistory(journal);
    ProgressPage page(journal.context());
    const CadenceTab tab = showCadence(page);
    ASSERT_NE(tab.chart, nullptr);
    // removeAllSeries deletes the series of a chart drawn again, which the guard sees.
    const QPointer<QScatterSeries> before = seriesNamed<QScatterSeries>(tab.chart, QStringLiteral("cadenceRuns"));
    ASSERT_FALSE(before.isNull());

    // A pain report changes the pain charts, not this one: the same series object stays.
    journal.addPain(day(3, 15), 3, PainSituation::Stairs);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_FALSE(before.isNull());

    // A run does: drawn again, with the new dot.
    journal.addRun(day(3, 15), 6000.0, 174.0);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_TRUE(before.isNull());
    auto* after = seriesNamed<QScatterSeries>(tab.chart, QStringLiteral("cadenceRuns"));
    ASSERT_NE(after, nullptr);
    EXPECT_EQ(after->count(), 11);
    EXPECT_DOUBLE_EQ(after->points().constLast().y(), 174.0);
}
