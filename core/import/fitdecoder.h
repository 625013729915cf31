#pragma once

#include "core/import/activity.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QString>

// A FIT decoder written from the published FIT protocol (Garmin's FIT SDK documentation): the 12- or
// 14-byte file header and its CRC, definition and data messages in either byte order, compressed-timestamp
// headers, developer fields (skipped by their declared size), several FIT files chained back to back, and
// the file CRC. It reads file_id, sport, session, lap, record, event and activity messages and skips the
// rest by size; every session becomes one Activity. Pure: no journal, no file access.
namespace patella {

// The pause rule for files without a timer: a gap between two records longer than this is a pause.
inline constexpr int kFitPauseGapSeconds = 60;

// Records, laps, sessions and events a file may hold: a day at one record a second is 86,400; a crafted
// file of millions of one-byte messages would otherwise fill the memory.
inline constexpr qsizetype kFitMaxMessages = 4'000'000;

// True when the data starts like a FIT file (".FIT" in the header), whatever its extension.
bool looksLikeFit(const QByteArray& data);

// Decodes a whole FIT file. Any damage (a wrong checksum, a truncated copy, a message that makes no
// sense) rejects the whole file with an Error whose field is the path and whose message names the byte
// offset and the problem; nothing of a damaged file is returned.
Result<ParsedFile> decodeFit(const QByteArray& data, const QString& path, qsizetype maxMessages = kFitMaxMessages);

} // namespace patella
