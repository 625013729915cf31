#pragma once

#include <QImage>
#include <QPixmap>
#include <QWidget>

class QSvgRenderer;

namespace patella {

// Draws an exercise illustration (":/illustrations/<name>.svg") scaled to fit, keeping its aspect
// ratio; a neutral placeholder stands in while a drawing is missing. An absolute path instead of a name is
// the picture of one of the runner's own exercises (PNG, JPEG or SVG).
class IllustrationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IllustrationView)

public:
    explicit IllustrationView(QWidget* parent = nullptr);
    ~IllustrationView() override;

    void setIllustration(const QString& name);
    QString illustration() const { return m_name; }
    bool hasDrawing() const; // false while the placeholder shows

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // A thumbnail for lists: the drawing fitted into size, or the placeholder.
    static QPixmap thumbnail(const QString& name, QSize size, qreal devicePixelRatio);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_name;
    QSvgRenderer* m_renderer = nullptr;
    QImage m_picture; // a PNG or JPEG of the runner's own exercise
};

} // namespace patella
