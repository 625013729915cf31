#pragma once

#include "core/catalog/programmefile.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

// The pictures of the runner's own exercises: checked and scaled here (Qt Gui), stored as bytes by core.
namespace patella::exerciseimage {

constexpr int kMaxSide = 1600; // a larger PNG or JPEG is scaled down to this, keeping its proportions

// Why these bytes do not decode as that format (PNG, JPEG, SVG), or nothing: the ImageCheck the programme
// file reader is given.
std::optional<QString> decodeProblem(const QByteArray& bytes, const QString& format);

// Reads a picture the runner chose: PNG, JPEG or SVG, at most 5 MB, decodable. A PNG or JPEG wider or
// taller than kMaxSide is scaled down (and stored as PNG); an SVG is kept as it is. The error names the
// file and the problem.
Result<ProgrammeImage> loadFile(const QString& path);

// The picture drawn at size (an SVG rendered, a raster scaled), mirrored when asked; a null image when the
// file cannot be read.
QImage render(const QString& path, QSize size, bool mirrored = false);
// The same from a picture's bytes (PNG, JPEG or SVG).
QImage renderBytes(const QByteArray& bytes, QSize size, bool mirrored = false);

} // namespace patella::exerciseimage
