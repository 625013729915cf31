#include "app/ui/reportcanvas.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace patella::reportcanvas {

namespace {

constexpr double kAxisText = 6.5;
const QColor kGrid(0xbb, 0xbb, 0xbb);

} // namespace

QString dayMonth(QDate date)
{
    // The short format's year and the separator beside it go: "dd/MM/yyyy" -> "dd/MM", "yyyy-MM-dd" -> "MM-dd".
    static const QRegularExpression year(QStringLiteral("[^dMy]*y+[^dMy]*"));
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    const QRegularExpressionMatch match = year.match(format);
    if (match.hasMatch()) {
        const bool atEdge = match.capturedStart() == 0 || match.capturedEnd() == format.size();
        format.replace(match.capturedStart(), match.capturedLength(), atEdge ? QString() : match.captured().left(1));
    }
    return QLocale().toString(date, format);
}

Canvas::Canvas(QPagedPaintDevice* device)
    : m_device(device)
{
    if (!m_painter.begin(device))
        return;
    m_scale = device->logicalDpiX() / 72.0;
    m_painter.scale(m_scale, m_scale);
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF full = device->pageLayout().fullRectPoints();
    m_page = full.size();
}

Canvas::~Canvas()
{
    if (m_painter.isActive())
        m_painter.end();
}

bool Canvas::newPage()
{
    return m_device->newPage();
}

QFont Canvas::font(double points, bool bold, bool italic) const
{
    // The painter is scaled to points: a font whose device-pixel size equals `points` comes out `points` high.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points * 72.0 / m_device->logicalDpiY());
    font.setBold(bold);
    font.setItalic(italic);
    // No ligatures: "fi" stays two letters, so the PDF's text reads and searches as written.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.001);
    return font;
}

double Canvas::textHeight(double width, const QString& text, double points, bool bold) const
{
    const QFontMetricsF metrics(font(points, bold), m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

double Canvas::textWidth(const QString& text, double points, bool bold) const
{
    return QFontMetricsF(font(points, bold), m_device).horizontalAdvance(text);
}

double Canvas::text(double x, double y, double width, const QString& text, double points, bool bold, double maxHeight,
                    Qt::Alignment align, bool italic)
{
    const QFont f = font(points, bold, italic);
    m_painter.setFont(f);
    m_painter.setPen(Qt::black);
    const QFontMetricsF metrics(f, m_device);
    double height = metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    QString shown = text;
    if (maxHeight > 0.0 && height > maxHeight) {
        // Cut whole lines, then close the last one with an ellipsis.
        const int lines = std::max(1, int(maxHeight / metrics.lineSpacing()));
        QTextLayout layout(text, f, m_device);
        layout.beginLayout();
        int end = 0;
        for (int i = 0; i < lines; ++i) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            end = line.textStart() + line.textLength();
        }
        layout.endLayout();
        shown = metrics.elidedText(text.left(end).trimmed() + QStringLiteral(" …"), Qt::ElideRight, width * lines);
        height = lines * metrics.lineSpacing();
    }
    m_painter.drawText(QRectF(x, y, width, height + 1.0), int(align) | Qt::TextWordWrap, shown);
    return height;
}

void Canvas::rule(double x, double y, double width, double weight, const QColor& colour)
{
    QPen pen(colour);
    pen.setWidthF(weight);
    m_painter.setPen(pen);
    m_painter.drawLine(QPointF(x, y), QPointF(x + width, y));
}

void Canvas::box(const QRectF& rect, double weight)
{
    QPen pen(Qt::black);
    pen.setWidthF(weight);
    m_painter.setPen(pen);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(rect);
}

double Canvas::table(double x, double y, const QList<double>& widths, const QStringList& header,
                     const QList<QStringList>& rows, double points, double maxHeight, int* drawn)
{
    const double pad = 2.0;
    const auto rowHeight = [&](const QStringList& cells, bool bold) {
        double h = 0.0;
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c)
            h = std::max(h, textHeight(widths.at(c) - 2 * pad, cells.at(c), points, bold));
        return h + 2 * pad;
    };
    double total = 0.0;
    double width = 0.0;
    for (double w : widths)
        width += w;
    const auto drawRow = [&](const QStringList& cells, bool bold, double top) {
        double left = x;
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c) {
            const Qt::Alignment align = c == 0 ? Qt::AlignLeft : Qt::AlignRight;
            text(left + pad, top + pad, widths.at(c) - 2 * pad, cells.at(c), points, bold, 0.0, align);
            left += widths.at(c);
        }
    };
    const double headerHeight = rowHeight(header, true);
    drawRow(header, true, y);
    total += headerHeight;
    rule(x, y + total, width, 0.8);
    int count = 0;
    for (const QStringList& row : rows) {
        const double h = rowHeight(row, false);
        if (maxHeight > 0.0 && total + h > maxHeight)
            break;
        drawRow(row, false, y + total);
        total += h;
        rule(x, y + total, width, 0.3, kGrid);
        ++count;
    }
    if (drawn)
        *drawn = count;
    return total;
}

void Canvas::marker(QPointF at, Marker marker, double size, const QColor& colour, bool filled)
{
    QPen pen(colour);
    pen.setWidthF(0.8);
    m_painter.setPen(pen);
    m_painter.setBrush(filled ? QBrush(colour) : QBrush(Qt::white));
    const double r = size / 2.0;
    switch (marker) {
    case Marker::None:
        break;
    case Marker::Circle:
        m_painter.drawEllipse(at, r, r);
        break;
    case Marker::Square:
        m_painter.drawRect(QRectF(at.x() - r, at.y() - r, size, size));
        break;
    case Marker::Triangle: {
        const QPointF points[] = {{at.x(), at.y() - r}, {at.x() + r, at.y() + r}, {at.x() - r, at.y() + r}};
        m_painter.drawPolygon(points, 3);
        break;
    }
    case Marker::Diamond: {
        const QPointF points[]
            = {{at.x(), at.y() - r}, {at.x() + r, at.y()}, {at.x(), at.y() + r}, {at.x() - r, at.y()}};
        m_painter.drawPolygon(points, 4);
        break;
    }
    case Marker::Cross:
        m_painter.drawLine(QPointF(at.x() - r, at.y() - r), QPointF(at.x() + r, at.y() + r));
        m_painter.drawLine(QPointF(at.x() - r, at.y() + r), QPointF(at.x() + r, at.y() - r));
        break;
    }
    m_painter.setBrush(Qt::NoBrush);
}

double Canvas::legendEntry(double x, double y, const Series& series, double points)
{
    QPen pen(series.colour);
    pen.setWidthF(series.width);
    pen.setStyle(series.style);
    m_painter.setPen(pen);
    const double mid = y + points * 0.65;
    m_painter.drawLine(QPointF(x, mid), QPointF(x + 16, mid));
    marker(QPointF(x + 8, mid), series.marker, 3.6, series.colour, series.width > 1.5);
    const double w = textWidth(series.name, points);
    text(x + 19, y, w + 2, series.name, points);
    return 19 + w + 8;
}

void Canvas::lineChart(const QRectF& rect, const LineChart& chart)
{
    // Plot area: room for the y labels on the left and the dates below.
    const double left = rect.left() + 22.0;
    const double bottom = rect.bottom() - 11.0;
    const QRectF plot(left, rect.top() + 4.0, rect.right() - left - 2.0, bottom - rect.top() - 4.0);
    const double x0 = chart.from.toJulianDay();
    const double x1 = std::max(x0 + 1.0, double(chart.to.toJulianDay()));
    const auto px = [&](double x) { return plot.left() + (x - x0) / (x1 - x0) * plot.width(); };
    const auto py = [&](double y) {
        const double t = (std::clamp(y, chart.yMin, chart.yMax) - chart.yMin) / (chart.yMax - chart.yMin);
        return plot.bottom() - t * plot.height();
    };
    for (double v = chart.yMin; v <= chart.yMax + 1e-9; v += chart.yStep) {
        rule(plot.left(), py(v), plot.width(), 0.3, kGrid);
        text(rect.left(), py(v) - 4.0, 19.0, QLocale().toString(v, 'f', 0), kAxisText, false, 0.0, Qt::AlignRight);
    }
    if (!chart.yTitle.isEmpty()) {
        m_painter.save();
        m_painter.translate(rect.left() - 1.0, plot.center().y());
        m_painter.rotate(-90);
        text(-plot.height() / 2, -8.0, plot.height(), chart.yTitle, kAxisText, false, 0.0, Qt::AlignHCenter);
        m_painter.restore();
    }
    const qint64 days = chart.from.daysTo(chart.to);
    const int room = std::max(1, int(plot.width() / 42.0)); // a date label is about 30 points wide
    const int ticks = int(std::clamp<qint64>(days / 7, 1, std::min(6, room)));
    for (int i = 0; i <= ticks; ++i) {
        const QDate d = chart.from.addDays(days * i / ticks);
        const double x = px(d.toJulianDay());
        rule(x, plot.bottom(), 0.0);
        m_painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 2.0));
        text(x - 20.0, plot.bottom() + 2.0, 40.0, dayMonth(d), kAxisText, false, 0.0, Qt::AlignHCenter);
    }
    rule(plot.left(), plot.bottom(), plot.width(), 0.8);
    for (qsizetype i = 0; i < chart.referenceLines.size(); ++i) {
        QPen pen(Qt::black);
        pen.setWidthF(0.7);
        pen.setStyle(Qt::DashLine);
        m_painter.setPen(pen);
        const double y = py(chart.referenceLines.at(i));
        m_painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        if (i < chart.referenceLabels.size())
            text(plot.right() - 150.0, y - 8.0, 148.0, chart.referenceLabels.at(i), kAxisText, false, 0.0,
                 Qt::AlignRight, true);
    }
    m_painter.save();
    m_painter.setClipRect(plot.adjusted(-4, -4, 4, 4));
    for (const Series& series : chart.series) {
        QPen pen(series.colour);
        pen.setWidthF(series.width);
        pen.setStyle(series.style);
        pen.setCapStyle(Qt::RoundCap);
        m_painter.setPen(pen);
        QPainterPath path;
        for (qsizetype i = 0; i < series.points.size(); ++i) {
            const QPointF at(px(series.points.at(i).x()), py(series.points.at(i).y()));
            if (i == 0)
                path.moveTo(at);
            else
                path.lineTo(at);
        }
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(path);
        for (const QPointF& point : series.points)
            marker(QPointF(px(point.x()), py(point.y())), series.marker, series.width > 1.5 ? 4.0 : 3.2, series.colour,
                   series.width > 1.5);
    }
    m_painter.restore();
}

void Canvas::barChart(const QRectF& rect, const BarChart& chart)
{
    const double left = rect.left() + 24.0;
    const double bottom = rect.bottom() - 20.0;
    const QRectF plot(left, rect.top() + 6.0, rect.right() - left - 2.0, bottom - rect.top() - 6.0);
    // A round step (1, 2 or 5 times a power of ten) and the top at a whole number of steps.
    const double raw = std::max(chart.yMax, 1e-6) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double step = (fraction <= 1.0 ? 1.0 : fraction <= 2.0 ? 2.0 : fraction <= 5.0 ? 5.0 : 10.0) * magnitude;
    const int steps = std::max(1, int(std::ceil(chart.yMax / step - 1e-9)));
    const double yMax = step * steps;
    const auto py = [&](double y) { return plot.bottom() - std::clamp(y / yMax, 0.0, 1.05) * plot.height(); };
    for (int i = 0; i <= steps; ++i) {
        const double v = step * i;
        rule(plot.left(), py(v), plot.width(), 0.3, kGrid);
        text(rect.left(), py(v) - 4.0, 21.0, QLocale().toString(v, 'f', step < 1.0 ? 1 : 0), kAxisText, false, 0.0,
             Qt::AlignRight);
    }
    if (!chart.yTitle.isEmpty())
        text(rect.left(), rect.top() - 4.0, 120.0, chart.yTitle, kAxisText);
    const qsizetype n = std::max<qsizetype>(1, chart.bars.size());
    const double slot = plot.width() / n;
    const double barWidth = slot * 0.62;
    const auto slotX = [&](QDate weekStart) {
        for (qsizetype i = 0; i < chart.bars.size(); ++i) {
            if (chart.bars.at(i).weekStart.daysTo(weekStart) >= 0 && chart.bars.at(i).weekStart.daysTo(weekStart) < 7)
                return plot.left() + slot * i
                    + slot * (0.19 + 0.62 * chart.bars.at(i).weekStart.daysTo(weekStart) / 6.0);
        }
        return -1.0;
    };
    const bool everyLabel = n <= 14;
    for (qsizetype i = 0; i < chart.bars.size(); ++i) {
        const Bar& bar = chart.bars.at(i);
        const QRectF r(plot.left() + slot * i + (slot - barWidth) / 2, py(bar.value), barWidth,
                       plot.bottom() - py(bar.value));
        QPen pen(Qt::black);
        pen.setWidthF(0.6);
        m_painter.setPen(pen);
        m_painter.setBrush(bar.hatched ? QBrush(Qt::black, Qt::BDiagPattern) : QBrush(QColor(0x9a, 0x9a, 0x9a)));
        if (bar.value > 0.0) {
            if (bar.hatched) {
                m_painter.fillRect(r, Qt::white);
                m_painter.setBrush(QBrush(Qt::black, Qt::BDiagPattern));
            }
            m_painter.drawRect(r);
        }
        m_painter.setBrush(Qt::NoBrush);
        if (everyLabel || i % 2 == 0)
            text(plot.left() + slot * i - 6, plot.bottom() + 1.5, slot + 12, dayMonth(bar.weekStart), kAxisText - 0.5,
                 false, 0.0, Qt::AlignHCenter);
        if (!bar.below.isEmpty())
            text(plot.left() + slot * i - 6, plot.bottom() + 9.5, slot + 12, bar.below, kAxisText - 0.5, false, 0.0,
                 Qt::AlignHCenter);
    }
    rule(plot.left(), plot.bottom(), plot.width(), 0.8);
    for (const Marked& mark : chart.marks) {
        const double x = slotX(mark.date);
        if (x < 0)
            continue;
        marker(QPointF(x, py(mark.value) - 5.0), Marker::Triangle, 6.0, Qt::black, true);
    }
}

} // namespace patella::reportcanvas
