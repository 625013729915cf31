#include "sessionplayer/countdownring.h"

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
    setAccessibleDescription(digits());
    update();
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
        QFont font = this->font();
        font.setWeight(QFont::DemiBold);
        font.setPixelSize(std::max(10, int(inner.height() * 0.085)));
        font.setCapitalization(QFont::AllUppercase);
        font.setLetterSpacing(QFont::PercentageSpacing, 108);
        painter.setFont(font);
        painter.setPen(colour);
        QRectF captionBox = inner;
        captionBox.setTop(inner.top() + inner.height() * (middle.isEmpty() ? 0.0 : 0.78));
        if (middle.isEmpty())
            captionBox = inner;
        painter.drawText(captionBox.adjusted(inner.width() * 0.1, 0, -inner.width() * 0.1, 0),
                         (middle.isEmpty() ? Qt::AlignVCenter : Qt::AlignTop) | Qt::AlignHCenter | Qt::TextWordWrap,
                         m_caption);
    }
}

} // namespace patella
