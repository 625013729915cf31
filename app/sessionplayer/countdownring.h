#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QWidget>

namespace patella {

// The big circular countdown: a ring that empties as the phase runs out, the seconds left in the middle
// in digits sized to the ring (readable from across a room), and a one-word caption under them.
class CountdownRing final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountdownRing)

public:
    explicit CountdownRing(QWidget* parent = nullptr);

    // totalMs 0: nothing is timed (the ring is shown full, without digits).
    void setTime(qint64 remainingMs, qint64 totalMs);
    void setCaption(const QString& caption);
    void setColour(const QColor& colour);
    void setPaused(bool paused);

    QString digits() const; // what the middle shows: "25", "4:05", empty when untimed
    QString caption() const { return m_caption; }
    // The time left in words, as the ring's accessible description: "12 seconds left"; empty when untimed.
    QString timeLeftText() const;

    static QString digitsFor(qint64 remainingMs); // whole seconds, rounded up: 0.2 s left reads "1"
    // The caption's font, shrunk from its full size until the caption fits on one line in width (to 60 %).
    static QFont captionFont(const QFont& base, const QString& caption, qreal width, int fullPixels);
    QFont captionFontNow() const; // as the ring paints it at its current size

    QSize sizeHint() const override { return {360, 360}; }
    QSize minimumSizeHint() const override { return {160, 160}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRectF innerRect() const;
    QRectF captionRect(const QRectF& inner, bool withDigits) const;

    qint64 m_remainingMs = 0;
    qint64 m_totalMs = 0;
    QString m_caption;
    QColor m_colour;
    bool m_paused = false;
};

} // namespace patella
