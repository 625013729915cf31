#include "app/library/illustrationview.h"

#include "app/ui/exerciseimage.h"
#include "core/catalog/catalog.h"

#include <QDir>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace patella {

namespace {

constexpr qreal kAspect = 3.0 / 4.0; // the drawings are 480 x 360

QRectF fitted(const QSizeF& content, const QRectF& into)
{
    if (content.isEmpty())
        return into;
    const QSizeF size = content.scaled(into.size(), Qt::KeepAspectRatio);
    return QRectF(into.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

void paintPlaceholder(QPainter& painter, const QRectF& area, const QPalette& palette)
{
    const QRectF box = fitted(QSizeF(4, 3), area).adjusted(1, 1, -1, -1);
    const qreal radius = box.height() * 0.08;
    QColor fill = palette.color(QPalette::Mid);
    fill.setAlphaF(0.18f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(box, radius, radius);

    // A simple figure outline: a head and a bent leg, enough to read as "exercise" at any size.
    QColor ink = palette.color(QPalette::Mid);
    ink.setAlphaF(0.55f);
    QPen pen(ink, std::max<qreal>(1.5, box.height() * 0.04), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const auto at
        = [&](qreal x, qreal y) { return QPointF(box.left() + x * box.width(), box.top() + y * box.height()); };
    painter.drawEllipse(at(0.5, 0.25), box.height() * 0.07, box.height() * 0.07);
    QPainterPath body;
    body.moveTo(at(0.5, 0.34));
    body.lineTo(at(0.5, 0.58));
    body.lineTo(at(0.4, 0.72));
    body.lineTo(at(0.44, 0.84));
    body.moveTo(at(0.5, 0.58));
    body.lineTo(at(0.58, 0.84));
    body.moveTo(at(0.38, 0.44));
    body.lineTo(at(0.62, 0.44));
    painter.drawPath(body);
}

} // namespace

IllustrationView::IllustrationView(QWidget* parent)
    : QWidget(parent)
    , m_renderer(new QSvgRenderer(this))
{
    setObjectName(QStringLiteral("illustrationView"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumSize(160, 120);
}

IllustrationView::~IllustrationView() = default;

void IllustrationView::setIllustration(const QString& name)
{
    m_name = name;
    m_picture = QImage();
    if (QDir::isAbsolutePath(name)) {
        // The picture of one of the runner's own exercises: an SVG is drawn like the built-in drawings.
        if (name.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
            m_renderer->load(name);
        } else {
            m_renderer->load(QByteArray());
            m_picture = QImage(name);
        }
        setAccessibleName(hasDrawing() ? tr("Picture of the exercise") : tr("No illustration yet"));
    } else {
        if (Catalog::illustrationResourceExists(name))
            m_renderer->load(Catalog::illustrationResourcePath(name));
        else
            m_renderer->load(QByteArray());
        setAccessibleName(hasDrawing() ? tr("Illustration of %1").arg(name) : tr("No illustration yet"));
    }
    update();
}

bool IllustrationView::hasDrawing() const
{
    return m_renderer->isValid() || !m_picture.isNull();
}

QSize IllustrationView::sizeHint() const
{
    return {400, 300};
}

int IllustrationView::heightForWidth(int width) const
{
    return static_cast<int>(width * kAspect);
}

QPixmap IllustrationView::thumbnail(const QString& name, QSize size, qreal devicePixelRatio)
{
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area(QPointF(0, 0), QSizeF(size));
    QSvgRenderer renderer;
    const QImage own = QDir::isAbsolutePath(name) ? exerciseimage::render(name, size * devicePixelRatio) : QImage();
    if (!own.isNull())
        painter.drawImage(fitted(QSizeF(own.size()), area), own);
    else if (Catalog::illustrationResourceExists(name) && renderer.load(Catalog::illustrationResourcePath(name)))
        renderer.render(&painter, fitted(renderer.viewBoxF().size(), area));
    else
        paintPlaceholder(painter, area, QPalette());
    return pixmap;
}

void IllustrationView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = rect();
    if (!m_picture.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(fitted(QSizeF(m_picture.size()), area), m_picture);
    } else if (hasDrawing()) {
        m_renderer->render(&painter, fitted(m_renderer->viewBoxF().size(), area));
    } else {
        paintPlaceholder(painter, area, palette());
    }
}

} // namespace patella
