#pragma once

#include "core/catalog/exercise.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// A programme file: the exercises and routines a physiotherapist (or a runner on their own Patella)
// hands over, with an optional note and review date. The format is documented in
// docs/programme-format.md and docs/programme.schema.json. The reader refuses a file whole at its
// first problem, naming the field path ("routines[2].items[0].hold_s: 400 is above 180").
namespace patella {

class Catalog;

constexpr int kProgrammeFormatVersion = 1;
constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;
inline const QString kProgrammeFormatName = QStringLiteral("patella-programme");

// An exercise's picture as stored: the file's bytes, never re-encoded, so a round trip keeps them.
struct ProgrammeImage
{
    QByteArray bytes;
    QString format; // "png", "jpeg" or "svg"
    friend bool operator==(const ProgrammeImage&, const ProgrammeImage&) = default;
};

struct ProgrammeFile
{
    int version = kProgrammeFormatVersion;
    QString title;
    QString author; // who wrote it, e.g. the physiotherapist
    QString note; // the physiotherapist's note to the runner
    std::optional<QDate> reviewDate;
    QList<Exercise> exercises; // custom exercises (origin Programme once imported)
    QHash<QString, ProgrammeImage> images; // by exercise id
    QList<Routine> routines;
};

// "png", "jpeg" or "svg" from the first bytes; empty when it is none of them.
QString sniffImageFormat(const QByteArray& bytes);

// Says why image bytes cannot be shown (empty optional: they decode). Core only sniffs the format; the
// app passes a real decoder (Qt Gui), so an image that does not decode refuses the file.
using ImageCheck = std::function<std::optional<QString>(const QByteArray& bytes, const QString& format)>;
std::optional<QString> sniffOnlyImageCheck(const QByteArray& bytes, const QString& format);

// builtIn: Patella's catalog (routines may use its exercises; ids may not collide with it).
// folder: where images given as {"file": "name.png"} are read from (the programme file's folder);
// empty: such images are refused.
Result<ProgrammeFile> readProgramme(const QByteArray& json, const Catalog& builtIn, const QString& folder,
                                    const ImageCheck& imageCheck);
Result<ProgrammeFile> readProgrammeFile(const QString& path, const Catalog& builtIn, const ImageCheck& imageCheck);

// Images embedded as base64. Always a valid file for readProgramme.
QByteArray writeProgramme(const ProgrammeFile& programme);

} // namespace patella
