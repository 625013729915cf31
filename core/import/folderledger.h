#pragma once

#include "core/model/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace patella {

// One activity file as a folder listing saw it.
struct FileSighting
{
    QString path; // absolute
    qint64 bytes = 0;
    qint64 modifiedMs = 0; // since the epoch, UTC

    bool operator==(const FileSighting&) const = default;
};

// One look at a watched folder (core/import/folderscan.h): whether it is there (a watch that is unplugged is
// not), the folders read (the watched one first, then the subfolders read), and the activity files in them.
struct FolderListing
{
    QString folder;
    bool present = false;
    QList<FileSighting> files;
    QStringList folders; // every file of these is in files; a file elsewhere was not looked at
    bool truncated = false; // more subfolders than a look reads
};

// What a watched folder has already given, and what is still being copied into it. The rules:
// - A file is read once: seen() with the same size and modification time is never read again (a file that
//   changes is read again; the importer's external ids keep a re-import from adding a run twice).
// - A file is read only once its size and time have stayed the same across looks at least stableAfterMs
//   apart (a watch or a sync tool may still be writing it); until then waiting() is true, so the caller
//   looks again soon.
// - A file removed from a folder that was read is forgotten; nothing is forgotten of a folder that is absent
//   (the watch comes back with the same files) or was not read (past the depth or the number of folders).
// entries() is what to keep between runs (save(), load()), one text per file.
class FolderLedger final
{
public:
    static constexpr qint64 kDefaultStableAfterMs = 2000;

    explicit FolderLedger(const QStringList& entries = {}, qint64 stableAfterMs = kDefaultStableAfterMs);

    // The files of the listing that are ready to read at monotonic time nowMs.
    QList<FileSighting> ready(const FolderListing& listing, qint64 nowMs);
    bool waiting() const { return !m_growing.isEmpty(); }

    bool seen(const FileSighting& file) const;
    void markSeen(const FileSighting& file);
    void forget(const QString& path);

    QStringList entries() const;
    // Kept between runs in the data folder (not in settings.ini, which every start reads before the window is
    // up): one entry a line, UTF-8, 0600, written whole or not at all.
    static QString filePath(const QString& dataDir);
    static QStringList load(const QString& path); // none when the file is missing or unreadable
    static Result<void> save(const QString& path, const QStringList& entries);

    static QString entryOf(const FileSighting& file);
    static std::optional<FileSighting> fromEntry(const QString& entry);

private:
    struct Growing
    {
        FileSighting file;
        qint64 sinceMs = 0;
    };

    QHash<QString, FileSighting> m_seen; // by path
    QHash<QString, Growing> m_growing; // by path
    qint64 m_stableAfterMs;
};

} // namespace patella
