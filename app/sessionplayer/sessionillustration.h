#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

class QSvgRenderer;

namespace patella {

// The exercise drawing, as large as the space allows. The drawings show the working limb nearest the
// viewer for the left side; for the right side the page mirrors them, so the picture always matches the
// side being worked.
class SessionIllustration final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionIllustration)

public:
    explicit SessionIllustration(QWidget* parent = nullptr);
    ~SessionIllustration() override;

    // name: a resource name (":/illustrations/<name>.svg"); an unknown one draws a plain placeholder.
    void setIllustration(const QString& name, bool mirrored);

    QString illustration() const { return m_name; }
    bool isMirrored() const { return m_mirrored; }
    bool hasDrawing() const;

    // The drawing for one part of a two-part hold when there is one ("calf-wall-stretch-bent" for the
    // "bent-knee" part), else the exercise's own.
    static QString illustrationFor(const QString& base, const QString& partId);

    QSize sizeHint() const override { return {480, 360}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSvgRenderer* m_renderer = nullptr;
    QImage m_picture; // a PNG or JPEG of the runner's own exercise
    QString m_name;
    bool m_mirrored = false;
};

} // namespace patella
