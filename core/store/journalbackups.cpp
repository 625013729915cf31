#include "core/store/journalprobe.h"
#include "core/store/journalstore.h"
#include "core/store/schema.h"
#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

// Backups: consistent snapshots of the live database taken with VACUUM INTO (never a copy of the file
// while SQLite has it open), named <journal>-<kind>-<UTC stamp>.sqlite in a private folder beside it.
// Each is written as <name>.part, synced and renamed, so a crash never leaves half a backup under a
// backup's name. Restore is the sequence documented in journalstore.h, each step synced before the next.
namespace patella {
namespace {

constexpr auto kFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kFolderPermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const char* const kStampFormat = "yyyyMMdd-HHmmsszzz";

// lupdate files these texts under the context named here, the same one they are looked up in.
struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(JournalStore)
};

Error backupError(const QString& path, const QString& detail)
{
    return Error {QStringLiteral("backup"),
                  BackupText::tr("The backup %1 failed: %2").arg(QDir::toNativeSeparators(path), detail)};
}

Error restoreError(const QString& path, const QString& detail)
{
    return Error {QStringLiteral("backup"),
                  BackupText::tr("Restoring %1 failed: %2").arg(QDir::toNativeSeparators(path), detail)};
}

QFileDevice::Permissions modeBits(const QString& path)
{
    return QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

bool ensurePermissions(const QString& path, QFileDevice::Permissions wanted)
{
    return modeBits(path) == wanted || (QFile::setPermissions(path, wanted) && modeBits(path) == wanted);
}

bool makePrivateFolder(const QString& folder)
{
    if (!QFileInfo::exists(folder) && !QDir().mkpath(folder))
        return false;
    return ensurePermissions(folder, kFolderPermissions);
}

// fsync of a file or a folder (a folder's entry list is what makes a rename durable).
bool syncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

bool syncFolderOf(const QString& path)
{
    return syncPath(QFileInfo(path).absolutePath());
}

// A private copy, on disk when it returns.
bool copySynced(const QString& from, const QString& to, QString* why)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly)) {
        *why = in.errorString();
        return false;
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate, kFilePermissions)
        || !ensurePermissions(to, kFilePermissions)) {
        *why = out.errorString();
        return false;
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            *why = in.errorString();
            return false;
        }
        if (out.write(chunk) != chunk.size()) {
            *why = out.errorString();
            return false;
        }
    }
    if (!out.flush() || ::fsync(out.handle()) != 0) {
        *why = out.errorString();
        return false;
    }
    return true;
}

QString kindTag(BackupKind kind, const QString& tag)
{
    switch (kind) {
    case BackupKind::Daily:
        return QStringLiteral("daily");
    case BackupKind::Manual:
        return QStringLiteral("manual");
    case BackupKind::PreRestore:
        return QStringLiteral("pre-restore");
    case BackupKind::PreMigration:
        break;
    }
    return tag;
}

// A name that is not taken yet: <base>-<tag>-<stamp>[-n].sqlite
QString freeName(const QString& folder, const QString& base, const QString& tag, const QDateTime& now)
{
    const QString stem
        = base + QLatin1Char('-') + tag + QLatin1Char('-') + now.toUTC().toString(QString::fromLatin1(kStampFormat));
    QString name = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(QDir(folder).filePath(name)); ++n)
        name = stem + QLatin1Char('-') + QString::number(n) + QStringLiteral(".sqlite");
    return QDir(folder).filePath(name);
}

QString stagingPath(const QString& journal)
{
    return journal + QStringLiteral(".restoring");
}

QString markerPath(const QString& journal)
{
    return journal + QStringLiteral(".restore-pending");
}

} // namespace

QString JournalStore::backupFolder() const
{
    return backupFolderOf(m_path);
}

QString JournalStore::backupFolderOf(const QString& journalPath)
{
    return journalPath.isEmpty() ? QString() : QFileInfo(journalPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupInfo> JournalStore::listBackups() const
{
    return backupsOf(m_path);
}

QList<BackupInfo> JournalStore::backupsOf(const QString& journalPath)
{
    QList<BackupInfo> backups;
    if (journalPath.isEmpty())
        return backups;
    const QString base = QFileInfo(journalPath).completeBaseName();
    const QRegularExpression pattern(
        QLatin1Char('^') + QRegularExpression::escape(base)
        + QStringLiteral("-(daily|manual|pre-restore|pre-v\\d+)-(\\d{8}-\\d{9})(-\\d+)?\\.sqlite$"));
    const QFileInfoList files = QDir(backupFolderOf(journalPath))
                                    .entryInfoList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        BackupInfo info;
        info.path = file.absoluteFilePath();
        const QString kind = match.captured(1);
        info.kind = kind == QLatin1String("daily") ? BackupKind::Daily
            : kind == QLatin1String("manual")      ? BackupKind::Manual
            : kind == QLatin1String("pre-restore") ? BackupKind::PreRestore
                                                   : BackupKind::PreMigration;
        // Read as UTC directly: parsing as local time first could fall into a daylight-saving gap.
        const QString stamp = match.captured(2);
        info.created = QDateTime(QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd")),
                                 QTime::fromString(stamp.mid(9), QStringLiteral("HHmmsszzz")), QTimeZone::utc());
        info.bytes = file.size();
        backups.append(info);
    }
    std::stable_sort(backups.begin(), backups.end(),
                     [](const BackupInfo& a, const BackupInfo& b) { return a.created > b.created; });
    return backups;
}

void JournalStore::protectBackups() const
{
    const QString folder = backupFolder();
    if (folder.isEmpty() || !QFileInfo::exists(folder))
        return;
    ensurePermissions(folder, kFolderPermissions);
    for (const BackupInfo& backup : listBackups())
        ensurePermissions(backup.path, kFilePermissions);
}

Result<QString> JournalStore::writeBackup(BackupKind kind, const QString& tag)
{
    const QString folder = backupFolder();
    if (!makePrivateFolder(folder))
        return backupError(folder, BackupText::tr("the folder cannot be created"));
    // Leftovers of a backup a crash interrupted are not backups.
    for (const QFileInfo& part : QDir(folder).entryInfoList({QStringLiteral("*.sqlite.part*")}, QDir::Files))
        QFile::remove(part.absoluteFilePath());
    const QString target = freeName(folder, QFileInfo(m_path).completeBaseName(), kindTag(kind, tag), m_clock.now());
    const QString part = target + QStringLiteral(".part");
    {
        // VACUUM INTO accepts an empty file, so the backup is private from its first byte.
        QFile file(part);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFilePermissions))
            return backupError(target, file.errorString());
    }
    step("backup:vacuum");
    if (auto done = sql::run(m_db, QStringLiteral("VACUUM INTO ?"), {part}); !done) {
        QFile::remove(part);
        return Error {QStringLiteral("backup"), backupError(target, done.error().message).message, done.error().code};
    }
    step("backup:written");
    if (!ensurePermissions(part, kFilePermissions) || !syncPath(part)) {
        QFile::remove(part);
        return backupError(target, BackupText::tr("it cannot be made private (0600) and synced"));
    }
    step("backup:synced");
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(part);
        return backupError(target, QString::fromLocal8Bit(std::strerror(errno)));
    }
    syncPath(folder);
    step("backup:renamed");
    return target;
}

Result<QString> JournalStore::backupNow()
{
    if (auto ready = requireWritable(); !ready)
        return ready.error();
    // A damaged journal is not copied over the history of sound ones.
    if (auto intact = checkIntegrity(); !intact)
        return backupError(m_path, intact.error().message);
    return writeBackup(BackupKind::Manual, {});
}

Result<QString> JournalStore::backupIfDue()
{
    if (auto ready = requireWritable(); !ready)
        return ready.error();
    for (const BackupInfo& backup : listBackups()) {
        // Newest first: the first daily one decides.
        if (backup.kind == BackupKind::Daily) {
            if (backup.created.toLocalTime().date() >= today())
                return QString();
            break;
        }
    }
    if (auto intact = checkIntegrity(); !intact)
        return backupError(m_path, intact.error().message);
    auto written = writeBackup(BackupKind::Daily, {});
    if (written)
        rotateBackups();
    return written;
}

void JournalStore::setDailyBackupsKept(int days)
{
    m_dailyBackupsKept = std::max(1, days);
}

// Automatic backups in tiers: the newest of each of the last N days that have one, of each of the last
// eight ISO weeks, of each of the last twelve months. Counted in days that have a backup, not calendar days,
// so a runner away for a month comes back to the same history. Other kinds are never rotated.
void JournalStore::rotateBackups()
{
    QList<BackupInfo> automatic;
    for (const BackupInfo& backup : listBackups()) {
        if (backup.kind == BackupKind::Daily)
            automatic.append(backup); // newest first
    }
    QSet<QString> keep;
    auto keepNewestPer = [&](auto periodOf, int periods) {
        QSet<qint64> seen;
        for (const BackupInfo& backup : automatic) {
            const qint64 period = periodOf(backup.created.toLocalTime().date());
            if (seen.contains(period))
                continue;
            if (seen.size() >= periods)
                break;
            seen.insert(period);
            keep.insert(backup.path);
        }
    };
    keepNewestPer([](QDate d) { return d.toJulianDay(); }, m_dailyBackupsKept);
    keepNewestPer(
        [](QDate d) {
            int year = 0;
            const int week = d.weekNumber(&year);
            return qint64(year) * 100 + week;
        },
        kWeeklyBackupsKept);
    keepNewestPer([](QDate d) { return qint64(d.year()) * 100 + d.month(); }, kMonthlyBackupsKept);
    for (const BackupInfo& backup : automatic) {
        if (!keep.contains(backup.path))
            QFile::remove(backup.path);
    }
}

Result<void> JournalStore::restoreBackup(const QString& backupPath)
{
    if (m_path.isEmpty())
        return Error {QStringLiteral("backup"), BackupText::tr("No journal is chosen.")};
    if (!QFileInfo(backupPath).isFile())
        return restoreError(backupPath, BackupText::tr("the file does not exist"));
    joinBackgroundCheck();

    // 1. The backup is checked where it lies, read-only: never opened for writing, never migrated here.
    const ProbeReport checked = probeJournal(backupPath, CheckDepth::Full);
    if (!checked.sound())
        return restoreError(backupPath, checked.error.message);
    step("restore:checked");

    // 2. A synced private copy beside the journal, so the final rename stays within one file system.
    const QString staging = stagingPath(m_path);
    QString why;
    if (!copySynced(backupPath, staging, &why)) {
        QFile::remove(staging);
        return restoreError(backupPath, BackupText::tr("it cannot be copied beside the journal (%1)").arg(why));
    }
    syncFolderOf(staging);
    step("restore:staged");

    // 3. The journal as it is now, kept: a snapshot when it is open and reads, else its raw files.
    bool kept = isOpen() && writeBackup(BackupKind::PreRestore, {}).ok();
    closeConnection();
    m_failure = OpenFailure::NotOpen;
    m_readFault.reset();
    if (!kept && QFileInfo(m_path).size() > 0) {
        if (!makePrivateFolder(backupFolder())) {
            QFile::remove(staging);
            return restoreError(backupPath, BackupText::tr("the backups folder cannot be created"));
        }
        const QString aside = freeName(backupFolder(), QFileInfo(m_path).completeBaseName(),
                                       kindTag(BackupKind::PreRestore, {}), m_clock.now());
        for (const char* suffix : {"-wal", ""}) { // the main file last: its name is what lists it
            const QString from = m_path + QLatin1String(suffix);
            if (QFileInfo::exists(from) && !copySynced(from, aside + QLatin1String(suffix), &why)) {
                QFile::remove(staging);
                return restoreError(backupPath, BackupText::tr("the current journal cannot be kept (%1)").arg(why));
            }
        }
        syncPath(backupFolder());
    }
    step("restore:kept");

    // 4. From here on the restore happens: the marker says so to a start after a crash.
    {
        QFile marker(markerPath(m_path));
        if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate, kFilePermissions)
            || marker.write(QFile::encodeName(QDir::toNativeSeparators(backupPath)) + '\n') < 0 || !marker.flush()
            || ::fsync(marker.handle()) != 0) {
            marker.remove();
            QFile::remove(staging);
            return restoreError(backupPath,
                                BackupText::tr("its marker cannot be written (%1)").arg(marker.errorString()));
        }
    }
    syncFolderOf(m_path);
    step("restore:marked");
    if (auto finished = finishInterruptedRestore(); !finished)
        return finished;
    auto opened = open(m_path);
    if (opened)
        emit changed(RecordKind::All);
    return opened;
}

// Runs at every open: a marker with its staged copy means rename it in; a staged copy without a marker
// is an attempt that had not begun to replace anything, removed.
Result<void> JournalStore::finishInterruptedRestore()
{
    const QString staging = stagingPath(m_path);
    const QString marker = markerPath(m_path);
    if (!QFileInfo::exists(marker)) {
        if (QFileInfo::exists(staging))
            QFile::remove(staging);
        return {};
    }
    if (QFileInfo::exists(staging)) {
        // The old -wal and -shm belong to the journal being replaced (kept in step 3): left beside the new
        // file they would be replayed into it.
        for (const char* suffix : {"-wal", "-shm"})
            QFile::remove(m_path + QLatin1String(suffix));
        step("restore:sidecars-removed");
        if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(m_path).constData()) != 0)
            return restoreError(
                staging,
                BackupText::tr("it cannot be put in place of %1 (%2)")
                    .arg(QDir::toNativeSeparators(m_path), QString::fromLocal8Bit(std::strerror(errno))));
        syncFolderOf(m_path);
        step("restore:renamed");
    }
    QFile::remove(marker);
    syncFolderOf(m_path);
    step("restore:done");
    return {};
}

} // namespace patella
