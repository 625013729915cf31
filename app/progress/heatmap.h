#pragma once

#include <QDate>
#include <QMap>
#include <QWidget>

namespace patella {

// A calendar of the last twelve weeks, a column per week and a row per weekday, each day shaded by the
// sessions completed on it. Painted by hand: a chart series has no calendar layout.
class SessionHeatMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionHeatMap)

public:
    explicit SessionHeatMap(QWidget* parent = nullptr);

    // from: a Monday; to: the last day shown (today). Days after it stay blank.
    void setData(const QMap<QDate, int>& sessionsPerDay, QDate from, QDate to);

    QDate dayAt(const QPoint& position) const; // invalid outside the cells
    QString tipFor(QDate day) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect cellRect(QDate day) const;
    int cellSize() const;
    int weeks() const;

    QMap<QDate, int> m_days;
    QDate m_from;
    QDate m_to;
};

} // namespace patella
