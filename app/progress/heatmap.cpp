#include "app/progress/heatmap.h"

#include "app/progress/chartstyle.h"
#include "app/ui/theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace patella {
namespace {

constexpr int kDayLabelWidth = 44;
constexpr int kMonthLabelHeight = 20;
constexpr int kLegendHeight = 28;
constexpr int kGap = 3;

} // namespace

SessionHeatMap::SessionHeatMap(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionHeatMap"));
    setMinimumSize(360, 200);
    setMouseTracking(true);
}

void SessionHeatMap::setData(const QMap<QDate, int>& sessionsPerDay, QDate from, QDate to)
{
    m_days = sessionsPerDay;
    m_from = from;
    m_to = to;
    update();
}

QSize SessionHeatMap::sizeHint() const
{
    return {kDayLabelWidth + 12 * 34, kMonthLabelHeight + 7 * 34 + kLegendHeight};
}

int SessionHeatMap::weeks() const
{
    return m_from.isValid() ? int(m_from.daysTo(m_to) / 7) + 1 : 0;
}

int SessionHeatMap::cellSize() const
{
    const int columns = std::max(1, weeks());
    const int byWidth = (width() - kDayLabelWidth) / columns;
    const int byHeight = (height() - kMonthLabelHeight - kLegendHeight) / 7;
    return std::clamp(std::min(byWidth, byHeight), 8, 44);
}

QRect SessionHeatMap::cellRect(QDate day) const
{
    const int size = cellSize();
    const int column = int(m_from.daysTo(day) / 7);
    const int row = day.dayOfWeek() - 1;
    return {kDayLabelWidth + column * size, kMonthLabelHeight + row * size, size - kGap, size - kGap};
}

QDate SessionHeatMap::dayAt(const QPoint& position) const
{
    if (!m_from.isValid())
        return {};
    const int size = cellSize();
    const int column = (position.x() - kDayLabelWidth) / size;
    const int row = (position.y() - kMonthLabelHeight) / size;
    if (position.x() < kDayLabelWidth || position.y() < kMonthLabelHeight || column >= weeks() || row >= 7)
        return {};
    const QDate day = m_from.addDays(column * 7 + row);
    return day <= m_to ? day : QDate();
}

QString SessionHeatMap::tipFor(QDate day) const
{
    const int count = m_days.value(day);
    const QString date = QLocale().toString(day, QStringLiteral("ddd d MMM yyyy"));
    return count == 0 ? tr("%1: no session").arg(date) : chartstyle::sessionsDone(date, count);
}

bool SessionHeatMap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QDate day = dayAt(help->pos());
        if (day.isValid())
            QToolTip::showText(help->globalPos(), tipFor(day), this, cellRect(day));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void SessionHeatMap::paintEvent(QPaintEvent*)
{
    if (!m_from.isValid())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor accent = theme::accent(pal);
    const QColor empty
        = theme::isDark(pal) ? pal.color(QPalette::Base).lighter(160) : pal.color(QPalette::Base).darker(112);
    const QColor text = pal.color(QPalette::Text);
    const QLocale locale;
    const int size = cellSize();

    const auto shade = [&](int count) {
        if (count <= 0)
            return empty;
        QColor colour = accent;
        colour.setAlphaF(float(std::min(count, 3)) / 3.0f * 0.75f + 0.25f);
        return colour;
    };

    painter.setPen(text);
    for (int row = 0; row < 7; row += 2) {
        const QRect label(0, kMonthLabelHeight + row * size, kDayLabelWidth - 6, size - kGap);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, locale.dayName(row + 1, QLocale::ShortFormat));
    }
    int lastMonth = 0;
    for (int column = 0; column < weeks(); ++column) {
        const QDate monday = m_from.addDays(column * 7);
        const QDate sunday = monday.addDays(6);
        if (sunday.month() != lastMonth) {
            lastMonth = sunday.month();
            painter.setPen(text);
            painter.drawText(QRect(kDayLabelWidth + column * size, 0, size * 3, kMonthLabelHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, locale.monthName(lastMonth, QLocale::ShortFormat));
        }
        for (int row = 0; row < 7; ++row) {
            const QDate day = monday.addDays(row);
            if (day > m_to)
                break;
            const QRect cell = cellRect(day);
            painter.setPen(Qt::NoPen);
            painter.setBrush(shade(m_days.value(day)));
            painter.drawRoundedRect(cell, 3, 3);
            if (day == m_to) {
                painter.setPen(QPen(text, 1.5));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 3, 3);
            }
        }
    }

    // Legend: what the shades mean.
    const int legendY = kMonthLabelHeight + 7 * size + 8;
    int legendX = kDayLabelWidth;
    painter.setPen(text);
    const QString none = tr("no session");
    const QFontMetrics metrics(font());
    for (int count = 0; count <= 3; ++count) {
        const QString label = count == 0 ? none : count == 3 ? tr("3 or more") : QString::number(count);
        painter.setPen(Qt::NoPen);
        painter.setBrush(shade(count));
        painter.drawRoundedRect(QRect(legendX, legendY, 14, 14), 3, 3);
        painter.setPen(text);
        painter.drawText(QPoint(legendX + 18, legendY + 12), label);
        legendX += 18 + metrics.horizontalAdvance(label) + 14;
    }
    painter.drawText(QPoint(legendX + 4, legendY + 12), tr("(outlined: today)"));
}

} // namespace patella
