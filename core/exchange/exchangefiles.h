#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QString>

// Files of an exchange folder: private (0600 files, a created folder 0700), written whole or not at all.
namespace patella::exchange {

// Creates the folder (0700) when it is missing; checks it is a folder.
Result<void> prepareFolder(const QString& folder);
// Writes name in folder through a temporary file renamed into place, 0600.
Result<void> writePrivateFile(const QString& folder, const QString& name, const QByteArray& bytes);
// Reads a whole file; the error names it.
Result<QByteArray> readWholeFile(const QString& path);

} // namespace patella::exchange
