#include "core/import/folderscan.h"

#include "core/import/activityfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <utility>

namespace patella {

FolderListing listActivityFolder(const QString& folder, const FolderScanLimits& limits)
{
    FolderListing listing;
    listing.folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QFileInfo info(listing.folder);
    listing.present = info.isDir() && info.isReadable();
    if (!listing.present)
        return listing;

    const QStringList filters = ActivityFile::nameFilters();
    QSet<QString> reached {info.canonicalFilePath()}; // by the folder's real path: links are followed once
    QList<std::pair<QString, int>> next {{listing.folder, 0}}; // path as the runner sees it, depth
    for (qsizetype i = 0; i < next.size(); ++i) {
        const auto [path, depth] = next.at(i);
        const QDir dir(path);
        listing.folders.append(path);
        const QFileInfoList files = dir.entryInfoList(filters, QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
        for (const QFileInfo& file : files)
            listing.files.append({file.absoluteFilePath(), file.size(), file.lastModified().toMSecsSinceEpoch()});
        if (depth >= limits.maxDepth)
            continue;
        // Without QDir::Hidden: folders whose name starts with a dot are left out.
        const QFileInfoList subfolders
            = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
        for (const QFileInfo& sub : subfolders) {
            const QString real = sub.canonicalFilePath();
            if (real.isEmpty() || reached.contains(real))
                continue; // a broken link, or a folder read already (a loop)
            if (next.size() >= limits.maxFolders) {
                listing.truncated = true;
                break;
            }
            reached.insert(real);
            next.append({sub.absoluteFilePath(), depth + 1});
        }
    }
    return listing;
}

} // namespace patella
