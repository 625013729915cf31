#pragma once

#include <QDate>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

// Drawing the report in points (1/72 inch) on any paged device (a PDF writer, a printer, the preview):
// text that wraps and says how much room it took, ruled tables, and small vector charts that read in black
// and white (line styles and marker shapes tell the series apart, never colour alone).
namespace patella::reportcanvas {

// A date without its year, in the locale's order and separators: "16/03" (en-GB), "3/16" (en-US), "16.03" (de).
QString dayMonth(QDate date);

enum class Marker
{
    None,
    Circle,
    Square,
    Triangle,
    Diamond,
    Cross,
};

struct Series
{
    QString name;
    QList<QPointF> points; // x: QDate::toJulianDay(), y: value
    Qt::PenStyle style = Qt::SolidLine;
    double width = 1.0;
    Marker marker = Marker::Circle;
    QColor colour = Qt::black;
};

struct Band
{
    double from = 0.0; // y values
    double to = 0.0;
    QString label;
};

struct LineChart
{
    QDate from;
    QDate to;
    double yMin = 0.0;
    double yMax = 10.0;
    double yStep = 2.0;
    QString yTitle;
    QList<Series> series;
    QList<double> referenceLines; // dashed horizontal lines
    QStringList referenceLabels;
};

struct Bar
{
    QDate weekStart;
    double value = 0.0;
    bool hatched = false; // e.g. up more than 10% on the week before
    QString below; // a second label under the date (sessions, cadence)
};

struct Marked
{
    QDate date;
    double value = 0.0;
};

struct BarChart
{
    QList<Bar> bars;
    QList<Marked> marks; // triangles at a date and height (single-run spikes)
    double yMax = 1.0;
    QString yTitle;
};

class Canvas final
{
public:
    // Starts painting on device; all coordinates after are points from the page's top left.
    explicit Canvas(QPagedPaintDevice* device);
    ~Canvas();
    Q_DISABLE_COPY_MOVE(Canvas)

    bool isActive() const { return m_painter.isActive(); }
    QSizeF pageSize() const { return m_page; }
    bool newPage();
    QPainter& painter() { return m_painter; }

    QFont font(double points, bool bold = false, bool italic = false) const;
    // Draws text wrapped to width; returns the height it took. maxHeight > 0 cuts it off (with an ellipsis).
    double text(double x, double y, double width, const QString& text, double points, bool bold = false,
                double maxHeight = 0.0, Qt::Alignment align = Qt::AlignLeft, bool italic = false);
    double textHeight(double width, const QString& text, double points, bool bold = false) const;
    double textWidth(const QString& text, double points, bool bold = false) const;
    void rule(double x, double y, double width, double weight = 0.5, const QColor& colour = Qt::black);
    void box(const QRectF& rect, double weight = 0.5);

    // A table: column widths (points), a header row, rows; returns the height it took. Stops before
    // maxHeight and returns how many rows fit in *drawn.
    double table(double x, double y, const QList<double>& widths, const QStringList& header,
                 const QList<QStringList>& rows, double points, double maxHeight = 0.0, int* drawn = nullptr);

    void lineChart(const QRectF& rect, const LineChart& chart);
    void barChart(const QRectF& rect, const BarChart& chart);
    void marker(QPointF at, Marker marker, double size, const QColor& colour, bool filled);
    // A legend sample line with its marker, then the name; returns the width it took.
    double legendEntry(double x, double y, const Series& series, double points);

private:
    QPagedPaintDevice* m_device;
    QPainter m_painter;
    double m_scale = 1.0; // device pixels per point
    QSizeF m_page;
};

} // namespace patella::reportcanvas
