#include "app/progress/chartstyle.h"

#include "app/ui/theme.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHash>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QXYSeries>

#include <array>
#include <cmath>

namespace patella::chartstyle {
namespace {

const char* const kTipsProperty = "tips";

void showTip(const QString& text, bool state)
{
    if (state && !text.isEmpty())
        QToolTip::showText(QCursor::pos(), text);
    else
        QToolTip::hideText();
}

} // namespace

void apply(QChart* chart, const QPalette& palette)
{
    // Setting a theme restyles the whole chart, which costs more than drawing it: only when it changes.
    const QChart::ChartTheme wanted = theme::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != wanted || !chart->property("patellaStyled").toBool()) {
        chart->setTheme(wanted);
        chart->setProperty("patellaStyled", true);
    }
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(text(palette));
    chart->legend()->setLabelColor(text(palette));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
}

void resetCategories(QAbstractAxis* axis)
{
    if (auto* categories = qobject_cast<QCategoryAxis*>(axis))
        for (const QString& label : categories->categoriesLabels())
            categories->remove(label);
}

void styleAxis(QAbstractAxis* axis, const QPalette& palette)
{
    axis->setLabelsBrush(text(palette));
    axis->setTitleBrush(text(palette));
    QColor grid = muted(palette);
    grid.setAlphaF(0.35f);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(muted(palette));
    QFont font = axis->titleFont();
    font.setBold(false);
    axis->setTitleFont(font);
}

QColor text(const QPalette& palette)
{
    return palette.color(QPalette::Text);
}

QColor muted(const QPalette& palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QColor secondLine(const QPalette& palette)
{
    return theme::isDark(palette) ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x5e, 0x35, 0xb1);
}

QColor situationColour(int index, const QPalette& palette)
{
    // Distinct hues that stay apart for common colour-vision deficiencies (Okabe-Ito), lifted on dark.
    static const std::array<QColor, 7> colours {
        QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
        QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x99, 0x99, 0x33)};
    const QColor colour = colours.at(std::size_t(std::abs(index)) % colours.size());
    return theme::isDark(palette) ? colour.lighter(115) : colour;
}

QScatterSeries::MarkerShape situationMarker(int index)
{
    // The session-day band uses rectangles; the situations take the other shapes, each with its own colour.
    static const std::array<QScatterSeries::MarkerShape, 7> shapes {QScatterSeries::MarkerShapeCircle,
                                                                    QScatterSeries::MarkerShapeTriangle,
                                                                    QScatterSeries::MarkerShapeRotatedRectangle,
                                                                    QScatterSeries::MarkerShapePentagon,
                                                                    QScatterSeries::MarkerShapeStar,
                                                                    QScatterSeries::MarkerShapeTriangle,
                                                                    QScatterSeries::MarkerShapeCircle};
    return shapes.at(std::size_t(std::abs(index)) % shapes.size());
}

qreal dateX(QDate date)
{
    // Local midday goes through the time zone rules, which cost more than everything else a chart does per point
    // (a tenth of redrawing the pain chart after one entry on ten years); the charts ask for the same days again
    // and again (each situation, each redraw), so each day is worked out once. The charts run on the GUI thread.
    thread_local QHash<qint64, qreal> known;
    const qint64 day = date.toJulianDay();
    if (const auto found = known.constFind(day); found != known.cend())
        return *found;
    if (known.size() > 40000) // about a century of days: a bound, never reached in use
        known.clear();
    const qreal x = qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
    known.insert(day, x);
    return x;
}

QDate dateOf(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(x))).date();
}

void setDates(QDateTimeAxis* axis, QDate from, QDate to, SeriesBucket bucket, const QPalette& palette)
{
    const QDate end = bucket == SeriesBucket::Month ? bucketStart(to, bucket) : to;
    axis->setRange(QDateTime(from, QTime(0, 0)), QDateTime(end.addDays(1), QTime(0, 0)));
    axis->setFormat(bucket == SeriesBucket::Month ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    const qint64 days = from.daysTo(end) + 1;
    axis->setTickCount(int(std::clamp<qint64>(days / 7 + 1, 3, 6))); // more labels than this get cut short
    styleAxis(axis, palette);
}

QString bucketLabel(QDate start, SeriesBucket bucket)
{
    const QLocale locale;
    switch (bucket) {
    case SeriesBucket::Day:
        return locale.toString(start, QStringLiteral("ddd d MMM yyyy"));
    case SeriesBucket::Week:
        return QCoreApplication::translate("ProgressCharts", "week of %1")
            .arg(locale.toString(start, QStringLiteral("d MMM yyyy")));
    case SeriesBucket::Month:
        return locale.toString(start, QStringLiteral("MMMM yyyy"));
    }
    return {};
}

QString shortLabel(QDate start, SeriesBucket bucket)
{
    return QLocale().toString(start,
                              bucket == SeriesBucket::Month ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
}

QString sessionsDone(const QString& label, int count)
{
    return QCoreApplication::translate("ProgressCharts", "%1: %n session(s) done", nullptr, count).arg(label);
}

void setTips(QXYSeries* series, const QStringList& tips)
{
    const bool connected = series->property(kTipsProperty).isValid();
    series->setProperty(kTipsProperty, tips);
    if (connected)
        return;
    QObject::connect(series, &QXYSeries::hovered, series, [series](const QPointF& point, bool state) {
        const QStringList texts = series->property(kTipsProperty).toStringList();
        const QList<QPointF> points = series->points();
        qsizetype best = -1;
        qreal bestDistance = 0.0;
        for (qsizetype i = 0; i < points.size() && i < texts.size(); ++i) {
            const qreal distance = std::abs(points.at(i).x() - point.x());
            if (best < 0 || distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        showTip(best >= 0 ? texts.at(best) : QString(), state);
    });
}

void setTips(QBarSet* set, const QStringList& tips)
{
    const bool connected = set->property(kTipsProperty).isValid();
    set->setProperty(kTipsProperty, tips);
    if (connected)
        return;
    QObject::connect(set, &QBarSet::hovered, set, [set](bool state, int index) {
        const QStringList texts = set->property(kTipsProperty).toStringList();
        showTip(index >= 0 && index < texts.size() ? texts.at(index) : QString(), state);
    });
}

QStringList tips(const QObject* seriesOrSet)
{
    return seriesOrSet->property(kTipsProperty).toStringList();
}

} // namespace patella::chartstyle
