#include "app/sessionplayer/countdownring.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace patella {

CountdownRing::CountdownRing(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("countdownRing"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QString CountdownRing::digitsFor(qint64 remainingMs)
{
    const qint64 seconds = (std::max<qint64>(0, remainingMs) + 999) / 1000;
    if (seconds < 60)
        return QString::number(seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void CountdownRing::setTime(qint64 remainingMs, qint64 totalMs)
{
    if (remainingMs == m_remainingMs && totalMs == m_totalMs)
        return;
    m_remainingMs = remainingMs;
    m_totalMs = totalMs;
    // A screen reader reads the time left as words, and only hears of a change once a second.
    if (const QString left = timeLeftText(); left != accessibleDescription())
        setAccessibleDescription(left);
    update();
}

QString CountdownRing::timeLeftText() const
{
    if (m_totalMs <= 0)
        return {};
    const int seconds = int((std::max<qint64>(0, m_remainingMs) + 999) / 1000);
    if (seconds < 60)
        return tr("%n second(s) left", nullptr, seconds);
    return tr("%1 min %2 s left").arg(seconds / 60).arg(seconds % 60);
}

void CountdownRing::setCaption(const QString& caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    setAccessibleName(caption);
    update();
}

void CountdownRing::setColour(const QColor& colour)
{
    if (colour == m_colour)
        return;
    m_colour = colour;
    update();
}

void CountdownRing::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    update();
}

QString CountdownRing::digits() const
{
    return m_totalMs > 0 ? digitsFor(m_remainingMs) : QString();
}

QFont CountdownRing::captionFont(const QFont& base, const QString& caption, qreal width, int fullPixels)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    int pixels = std::max(10, fullPixels);
    const int floor = std::max(10, pixels * 6 / 10);
    font.setPixelSize(pixels);
    const QString upper = caption.toUpper();
    while (pixels > floor && QFontMetricsF(font).horizontalAdvance(upper) > width) {
        --pixels;
        font.setPixelSize(pixels);
    }
    return font;
}

QRectF CountdownRing::innerRect() const
{
    const qreal side = std::min(width(), height());
    const qreal penWidth = std::max<qreal>(8.0, side * 0.07);
    const QRectF ring(QPointF((width() - side) / 2 + penWidth / 2, (height() - side) / 2 + penWidth / 2),
                      QSizeF(side - penWidth, side - penWidth));
    return ring.adjusted(penWidth, penWidth, -penWidth, -penWidth);
}

QRectF CountdownRing::captionRect(const QRectF& inner, bool withDigits) const
{
    QRectF box = inner.adjusted(inner.width() * 0.08, 0, -inner.width() * 0.08, 0);
    if (withDigits)
        box.setTop(inner.top() + inner.height() * 0.78);
    return box;
}

QFont CountdownRing::captionFontNow() const
{
    const QRectF inner = innerRect();
    const bool withDigits = m_paused || !digits().isEmpty();
    return captionFont(font(), m_caption, captionRect(inner, withDigits).width(), int(inner.height() * 0.085));
}

void CountdownRing::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const qreal side = std::min(width(), height());
    const qreal penWidth = std::max<qreal>(8.0, side * 0.07);
    const QRectF ring(QPointF((width() - side) / 2 + penWidth / 2, (height() - side) / 2 + penWidth / 2),
                      QSizeF(side - penWidth, side - penWidth));

    const QColor text = palette().color(QPalette::WindowText);
    const QColor colour = m_colour.isValid() ? m_colour : palette().color(QPalette::Highlight);
    QColor track = text;
    track.setAlphaF(0.12f);

    painter.setPen(QPen(track, penWidth, Qt::SolidLine, Qt::FlatCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(ring);

    const double fraction = m_totalMs > 0 ? std::clamp(double(m_remainingMs) / double(m_totalMs), 0.0, 1.0) : 1.0;
    QColor arc = colour;
    if (m_paused)
        arc.setAlphaF(0.45f);
    painter.setPen(QPen(arc, penWidth, Qt::SolidLine, Qt::RoundCap));
    // Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock: start at 12 and run clockwise.
    const int span = -int(std::lround(fraction * 360.0 * 16.0));
    if (span != 0)
        painter.drawArc(ring, 90 * 16, span);

    const QRectF inner = ring.adjusted(penWidth, penWidth, -penWidth, -penWidth);
    const QString middle = m_paused ? QStringLiteral("II") : digits();
    if (!middle.isEmpty()) {
        QFont font = this->font();
        font.setWeight(QFont::Bold);
        // Digits take about half the ring: "25" from across a room; "4:05" a little smaller to fit.
        const qreal height = inner.height() * (middle.size() > 3 ? 0.32 : 0.52);
        font.setPixelSize(std::max(12, int(height)));
        painter.setFont(font);
        painter.setPen(m_paused ? colour : text);
        QRectF digitsBox = inner;
        digitsBox.setHeight(inner.height() * 0.78);
        painter.drawText(digitsBox, Qt::AlignHCenter | Qt::AlignBottom, middle);
    }
    if (!m_caption.isEmpty()) {
        // One line always ("GET READY · LEFT" must not break): shrink to fit, elide only below a floor.
        const QRectF captionBox = captionRect(inner, !middle.isEmpty());
        const QFont font = captionFont(this->font(), m_caption, captionBox.width(), int(inner.height() * 0.085));
        painter.setFont(font);
        painter.setPen(colour);
        const QString shown = QFontMetricsF(font).elidedText(m_caption.toUpper(), Qt::ElideRight, captionBox.width());
        painter.drawText(captionBox, (middle.isEmpty() ? Qt::AlignVCenter : Qt::AlignTop) | Qt::AlignHCenter, shown);
    }
}

} // namespace patella
