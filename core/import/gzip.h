#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QString>

// Compressed copies of activity files (Strava's bulk export writes .fit.gz, .gpx.gz and .tcx.gz).
namespace patella {

// Larger than any activity file a watch or app writes (the biggest are tens of MB), small enough that a
// crafted archive cannot fill the memory.
inline constexpr qsizetype kMaxInflatedBytes = 256 * 1024 * 1024;

// True when the data starts with the gzip magic bytes.
bool isGzip(const QByteArray& data);

// Inflates a whole gzip file (several members back to back are joined, as gunzip does). A damaged or
// truncated archive, or one that inflates past maxBytes, is an Error whose field is the path.
Result<QByteArray> gunzip(const QByteArray& data, const QString& path, qsizetype maxBytes = kMaxInflatedBytes);

} // namespace patella
