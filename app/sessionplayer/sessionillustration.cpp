#include "app/sessionplayer/sessionillustration.h"

#include "core/catalog/catalog.h"

#include <QDir>
#include <QPainter>
#include <QSvgRenderer>

namespace patella {

SessionIllustration::SessionIllustration(QWidget* parent)
    : QWidget(parent)
    , m_renderer(new QSvgRenderer(this))
{
    setObjectName(QStringLiteral("sessionIllustration"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

SessionIllustration::~SessionIllustration() = default;

QString SessionIllustration::illustrationFor(const QString& base, const QString& partId)
{
    if (partId.isEmpty())
        return base;
    const QString whole = base + QLatin1Char('-') + partId;
    if (Catalog::illustrationResourceExists(whole))
        return whole;
    const QString firstWord = base + QLatin1Char('-') + partId.section(QLatin1Char('-'), 0, 0);
    if (Catalog::illustrationResourceExists(firstWord))
        return firstWord;
    return base;
}

void SessionIllustration::setIllustration(const QString& name, bool mirrored)
{
    if (name == m_name && mirrored == m_mirrored)
        return;
    if (name != m_name) {
        m_name = name;
        m_picture = QImage();
        if (QDir::isAbsolutePath(name)) {
            // A picture of the runner's own exercise: an SVG is drawn like the built-in ones.
            if (name.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
                m_renderer->load(name);
            } else {
                m_renderer->load(QByteArray());
                m_picture = QImage(name);
            }
        } else if (Catalog::illustrationResourceExists(name)) {
            m_renderer->load(Catalog::illustrationResourcePath(name));
        } else {
            m_renderer->load(QByteArray());
        }
    }
    m_mirrored = mirrored;
    setAccessibleName(m_mirrored ? tr("Illustration, mirrored for the right side") : tr("Illustration"));
    update();
}

bool SessionIllustration::hasDrawing() const
{
    return m_renderer->isValid() || !m_picture.isNull();
}

void SessionIllustration::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF content = !m_picture.isNull() ? QSizeF(m_picture.size())
        : hasDrawing()                         ? QSizeF(m_renderer->defaultSize())
                                               : QSizeF(4, 3);
    const QSizeF fitted = content.scaled(QSizeF(size()), Qt::KeepAspectRatio);
    const QRectF box(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);

    if (!hasDrawing()) {
        QColor fill = palette().color(QPalette::Mid);
        fill.setAlphaF(0.18f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(box, box.height() * 0.08, box.height() * 0.08);
        return;
    }
    if (m_mirrored) {
        // Flip about the drawing's vertical centre line.
        painter.translate(box.center().x(), 0);
        painter.scale(-1, 1);
        painter.translate(-box.center().x(), 0);
    }
    if (!m_picture.isNull())
        painter.drawImage(box, m_picture);
    else
        m_renderer->render(&painter, box);
}

} // namespace patella
