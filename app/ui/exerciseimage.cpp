#include "app/ui/exerciseimage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace patella::exerciseimage {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("patella::exerciseimage", text);
}

QImage decodeRaster(const QByteArray& bytes, QString* problem)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull() && problem)
        *problem = reader.errorString();
    return image;
}

} // namespace

std::optional<QString> decodeProblem(const QByteArray& bytes, const QString& format)
{
    if (format == QLatin1String("svg")) {
        QSvgRenderer renderer(bytes);
        if (!renderer.isValid())
            return tr("not a drawing an SVG viewer can show");
        return std::nullopt;
    }
    QString problem;
    if (decodeRaster(bytes, &problem).isNull())
        return problem.isEmpty() ? tr("the picture is damaged") : problem;
    return std::nullopt;
}

Result<ProgrammeImage> loadFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {name, tr("cannot be read: %1").arg(file.errorString())};
    if (file.size() > kMaxImageBytes)
        return Error {name, tr("is larger than 5 MB: choose a smaller picture")};
    ProgrammeImage image {file.readAll(), {}};
    image.format = sniffImageFormat(image.bytes);
    if (image.format.isEmpty())
        return Error {name, tr("is not a PNG, JPEG or SVG picture")};
    if (const std::optional<QString> problem = decodeProblem(image.bytes, image.format))
        return Error {name, tr("cannot be shown: %1").arg(*problem)};
    if (image.format == QLatin1String("svg"))
        return image;
    const QImage decoded = decodeRaster(image.bytes, nullptr);
    if (decoded.width() <= kMaxSide && decoded.height() <= kMaxSide)
        return image; // kept byte for byte
    const QImage scaled = decoded.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    if (!scaled.save(&out, "PNG"))
        return Error {name, tr("cannot be scaled down")};
    return ProgrammeImage {out.data(), QStringLiteral("png")};
}

QImage render(const QString& path, QSize size, bool mirrored)
{
    if (path.isEmpty() || size.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return renderBytes(file.read(kMaxImageBytes + 1), size, mirrored);
}

QImage renderBytes(const QByteArray& bytes, QSize size, bool mirrored)
{
    if (bytes.isEmpty() || size.isEmpty())
        return {};
    QImage image;
    if (sniffImageFormat(bytes) == QLatin1String("svg")) {
        QSvgRenderer renderer(bytes);
        if (!renderer.isValid())
            return {};
        const QSize fitted = renderer.defaultSize().scaled(size, Qt::KeepAspectRatio);
        image = QImage(fitted, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
    } else {
        image = decodeRaster(bytes, nullptr);
        if (image.isNull())
            return {};
        image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return mirrored ? image.mirrored(true, false) : image;
}

} // namespace patella::exerciseimage
