#include "core/import/folderledger.h"

#include "core/exchange/exchangefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace patella {

FolderLedger::FolderLedger(const QStringList& entries, qint64 stableAfterMs)
    : m_stableAfterMs(stableAfterMs)
{
    for (const QString& entry : entries)
        if (const auto file = fromEntry(entry))
            m_seen.insert(file->path, *file);
}

QList<FileSighting> FolderLedger::ready(const FolderListing& listing, qint64 nowMs)
{
    const QString prefix = listing.folder + QLatin1Char('/');
    QSet<QString> listed;
    for (const FileSighting& file : listing.files)
        listed.insert(file.path);
    const QSet<QString> read(listing.folders.cbegin(), listing.folders.cend());
    const auto gone = [&](const QString& path) {
        return listing.present && !listed.contains(path)
            && read.contains(path.left(path.lastIndexOf(QLatin1Char('/'))));
    };
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = gone(it.key()) ? m_seen.erase(it) : std::next(it);
    for (auto it = m_growing.begin(); it != m_growing.end();)
        it = (gone(it.key()) || (!listing.present && it.key().startsWith(prefix))) ? m_growing.erase(it)
                                                                                   : std::next(it);

    QList<FileSighting> out;
    for (const FileSighting& file : listing.files) {
        if (seen(file)) {
            m_growing.remove(file.path);
            continue;
        }
        const auto growing = m_growing.constFind(file.path);
        if (growing == m_growing.cend() || !(growing->file == file)) {
            m_growing.insert(file.path, {file, nowMs}); // new, or changed since the last look
            continue;
        }
        if (nowMs - growing->sinceMs < m_stableAfterMs)
            continue;
        m_growing.remove(file.path);
        out.append(file);
    }
    return out;
}

bool FolderLedger::seen(const FileSighting& file) const
{
    const auto it = m_seen.constFind(file.path);
    return it != m_seen.cend() && *it == file;
}

void FolderLedger::markSeen(const FileSighting& file)
{
    m_seen.insert(file.path, file);
}

void FolderLedger::forget(const QString& path)
{
    m_seen.remove(path);
}

QStringList FolderLedger::entries() const
{
    QStringList out;
    out.reserve(m_seen.size());
    for (const FileSighting& file : m_seen)
        out.append(entryOf(file));
    out.sort();
    return out;
}

QString FolderLedger::filePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("import-seen.txt"));
}

QStringList FolderLedger::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Result<void> FolderLedger::save(const QString& path, const QStringList& entries)
{
    const QFileInfo info(path);
    QByteArray bytes = entries.join(QLatin1Char('\n')).toUtf8();
    if (!bytes.isEmpty())
        bytes.append('\n');
    return exchange::writePrivateFile(info.absolutePath(), info.fileName(), bytes);
}

// "bytes:modifiedMs:path": the path last, so a colon in it needs no escaping.
QString FolderLedger::entryOf(const FileSighting& file)
{
    return QStringLiteral("%1:%2:%3").arg(file.bytes).arg(file.modifiedMs).arg(file.path);
}

std::optional<FileSighting> FolderLedger::fromEntry(const QString& entry)
{
    const qsizetype first = entry.indexOf(QLatin1Char(':'));
    const qsizetype second = first < 0 ? -1 : entry.indexOf(QLatin1Char(':'), first + 1);
    if (second < 0)
        return std::nullopt;
    bool bytesOk = false;
    bool timeOk = false;
    FileSighting file;
    file.bytes = entry.left(first).toLongLong(&bytesOk);
    file.modifiedMs = entry.mid(first + 1, second - first - 1).toLongLong(&timeOk);
    file.path = entry.mid(second + 1);
    if (!bytesOk || !timeOk || file.path.isEmpty())
        return std::nullopt;
    return file;
}

} // namespace patella
