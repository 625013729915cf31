#pragma once

#include "core/import/activity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace patella {

// Reads one activity file of any supported kind: picks the parser by the content (a gzip header, FIT's
// ".FIT" signature, the XML root element <gpx> or <TrainingCenterDatabase>), falling back to the
// extension only when the content says nothing, and inflates .gz copies first (Strava's bulk export).
class ActivityFile final
{
    Q_DECLARE_TR_FUNCTIONS(patella::ActivityFile)

public:
    enum class Format
    {
        Gpx,
        Tcx,
        Fit,
        Gzip,
        Unknown,
    };

    // Files larger than this are refused before they are read: no watch writes one.
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

    static Format detect(const QByteArray& data, const QString& fileName);
    static Result<ParsedFile> read(const QString& path);
    // data is the file's content; path names it in errors and the result.
    static Result<ParsedFile> parse(const QByteArray& data, const QString& path);

    // Names a folder scan or a file dialog looks at: *.gpx *.tcx *.fit and their .gz copies, any case.
    static QStringList nameFilters();
    static bool hasActivityExtension(const QString& fileName);
};

} // namespace patella
