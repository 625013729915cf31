#include "core/import/folderscan.h"

#include "core/import/activityfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

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
    constexpr QDir::Filters kEntries
        = QDir::Files | QDir::AllDirs | QDir::NoDotAndDotDot | QDir::Readable | QDir::Hidden;
    struct Folder
    {
        QString path; // as the runner sees it (through links)
        QString real; // without links: a folder reached twice is read once
        int depth = 0;
    };
    const QString rootReal = info.canonicalFilePath();
    QSet<QString> reached {rootReal};
    QList<Folder> next {{listing.folder, rootReal, 0}};
    for (qsizetype i = 0; i < next.size(); ++i) {
        const Folder current = next.at(i);
        listing.folders.append(current.path);
        // One read of the folder for its files and its subfolders (AllDirs: whatever their names).
        const QFileInfoList entries = QDir(current.path).entryInfoList(filters, kEntries, QDir::Name);
        for (const QFileInfo& entry : entries) {
            if (!entry.isDir()) {
                listing.files.append(
                    {entry.absoluteFilePath(), entry.size(), entry.lastModified().toMSecsSinceEpoch()});
                continue;
            }
            if (current.depth >= limits.maxDepth || entry.fileName().startsWith(QLatin1Char('.')))
                continue; // too deep, or hidden (.Trash-1000, .thumbnails)
            // Only a link needs the file system's word on where it leads.
            const QString real
                = entry.isSymLink() ? entry.canonicalFilePath() : current.real + QLatin1Char('/') + entry.fileName();
            if (real.isEmpty() || reached.contains(real))
                continue; // a broken link, or a folder read already (a loop)
            if (next.size() >= limits.maxFolders) {
                listing.truncated = true;
                continue;
            }
            reached.insert(real);
            next.append({entry.absoluteFilePath(), real, current.depth + 1});
        }
    }
    return listing;
}

} // namespace patella
