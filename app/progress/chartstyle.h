#pragma once

#include "core/insights/aggregate.h"

#include <QChart>
#include <QColor>
#include <QDate>
#include <QPalette>
#include <QScatterSeries>
#include <QStringList>

class QAbstractAxis;
class QBarSet;
class QChart;
class QDateTimeAxis;
class QXYSeries;

// What every Progress chart shares: colours and a chart theme taken from the palette (so light and dark
// desktops both read), date positions on the x axis, and tooltips that give a point's exact value and date.
namespace patella::chartstyle {

void resetCategories(QAbstractAxis* axis); // empties a QCategoryAxis; other axes are left as they are

// A theme matching the palette's lightness, with the palette's own background and text on top of it.
void apply(QChart* chart, const QPalette& palette);
// Removes every series, before a chart is drawn again. Axes stay and are set up again: Qt Charts deletes a
// removed axis's drawing later, so a chart redrawn at once would show the old axis beside the new one.
void clear(QChart* chart);

// The chart's axis of that type at that side, made and added the first time. A category axis comes back
// without its categories.
template <typename A> A* axis(QChart* chart, Qt::Alignment alignment)
{
    for (QAbstractAxis* existing : chart->axes()) {
        if (existing->alignment() != alignment)
            continue;
        if (auto* typed = qobject_cast<A*>(existing)) {
            resetCategories(typed);
            return typed;
        }
    }
    auto* created = new A;
    chart->addAxis(created, alignment);
    return created;
}
void styleAxis(QAbstractAxis* axis, const QPalette& palette);

QColor text(const QPalette& palette);
QColor muted(const QPalette& palette); // grid lines, secondary lines
QColor secondLine(const QPalette& palette); // a second series beside the accent (right side, load ratio)
QColor situationColour(int index, const QPalette& palette); // up to seven distinct colours
// A marker shape per situation, so the series are told apart without colour too.
QScatterSeries::MarkerShape situationMarker(int index);

// Midday of the local day, in the milliseconds a QDateTimeAxis counts.
qreal dateX(QDate date);
QDate dateOf(qreal x);
void setDates(QDateTimeAxis* axis, QDate from, QDate to, SeriesBucket bucket, const QPalette& palette);

// "12 Mar 2026", "week of 9 Mar 2026", "March 2026": how a bucket's first day reads in a tooltip.
QString bucketLabel(QDate start, SeriesBucket bucket);
// A short axis label: "9 Mar", "Mar 2026".
QString shortLabel(QDate start, SeriesBucket bucket);

// "<label>: 1 session done", "<label>: 3 sessions done".
QString sessionsDone(const QString& label, int count);

// One tooltip per point (in the series' order). Hovering shows the nearest point's text; the texts stay on
// the series as the "tips" property, so tests can read them.
void setTips(QXYSeries* series, const QStringList& tips);
void setTips(QBarSet* set, const QStringList& tips);
QStringList tips(const QObject* seriesOrSet);

} // namespace patella::chartstyle
