#include "core/store/journalstore.h"
#include "core/store/schema.h"
#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

// Backups: consistent snapshots of the live database taken with VACUUM INTO (never a copy of the file
// while SQLite has it open), named <journal>-<kind>-<UTC stamp>.sqlite in a private folder beside it.
namespace patella {
namespace {

constexpr auto kFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kFolderPermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const char* const kStampFormat = "yyyyMMdd-HHmmsszzz";

Error backupError(const QString& path, const QString& detail)
{
    return Error {QStringLiteral("backup"),
                  QCoreApplication::translate("JournalStore", "The backup %1 failed: %2")
                      .arg(QDir::toNativeSeparators(path), detail)};
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

QString kindTag(BackupKind kind, const QString& tag)
{
    switch (kind) {
    case BackupKind::Daily:
        return QStringLiteral("daily");
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

} // namespace

QString JournalStore::backupFolder() const
{
    return m_path.isEmpty() ? QString() : QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupInfo> JournalStore::listBackups() const
{
    QList<BackupInfo> backups;
    if (m_path.isEmpty())
        return backups;
    const QString base = QFileInfo(m_path).completeBaseName();
    const QRegularExpression pattern(
        QLatin1Char('^') + QRegularExpression::escape(base)
        + QStringLiteral("-(daily|pre-restore|pre-v\\d+)-(\\d{8}-\\d{9})(-\\d+)?\\.sqlite$"));
    const QFileInfoList files
        = QDir(backupFolder()).entryInfoList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        BackupInfo info;
        info.path = file.absoluteFilePath();
        const QString kind = match.captured(1);
        info.kind = kind == QLatin1String("daily") ? BackupKind::Daily
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

Result<QString> JournalStore::writeBackup(BackupKind kind, const QString& tag)
{
    const QString folder = backupFolder();
    if (!makePrivateFolder(folder))
        return backupError(folder, QCoreApplication::translate("JournalStore", "the folder cannot be created"));
    const QString target = freeName(folder, QFileInfo(m_path).completeBaseName(), kindTag(kind, tag), m_clock.now());
    {
        // VACUUM INTO accepts an empty file, so the backup is private from its first byte.
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFilePermissions))
            return backupError(target, file.errorString());
    }
    if (auto done = sql::run(m_db, QStringLiteral("VACUUM INTO ?"), {target}); !done) {
        QFile::remove(target);
        return backupError(target, done.error().message);
    }
    if (!ensurePermissions(target, kFilePermissions))
        return backupError(target, QCoreApplication::translate("JournalStore", "it cannot be made private (0600)"));
    return target;
}

Result<QString> JournalStore::backupNow()
{
    if (auto ready = requireOpen(); !ready)
        return ready.error();
    auto written = writeBackup(BackupKind::Daily, {});
    if (!written)
        return written;
    int dailies = 0;
    for (const BackupInfo& backup : listBackups()) {
        if (backup.kind == BackupKind::Daily && ++dailies > kDailyBackupsKept)
            QFile::remove(backup.path);
    }
    return written;
}

Result<QString> JournalStore::backupIfDue()
{
    if (auto ready = requireOpen(); !ready)
        return ready.error();
    for (const BackupInfo& backup : listBackups()) {
        // Newest first: the first daily one decides.
        if (backup.kind == BackupKind::Daily) {
            if (backup.created.toLocalTime().date() >= today())
                return QString();
            break;
        }
    }
    return backupNow();
}

Result<void> JournalStore::restoreBackup(const QString& backupPath)
{
    if (m_path.isEmpty())
        return Error {QStringLiteral("backup"), QCoreApplication::translate("JournalStore", "No journal is chosen.")};
    if (!QFileInfo(backupPath).isFile())
        return backupError(backupPath, QCoreApplication::translate("JournalStore", "the file does not exist"));

    // Check a private copy, so the backup itself is never opened for writing.
    const QFileInfo journal(m_path);
    const QString staging
        = journal.absoluteDir().filePath(journal.completeBaseName() + QStringLiteral(".restoring.sqlite"));
    QFile::remove(staging);
    if (!QFile::copy(backupPath, staging) || !QFile::setPermissions(staging, kFilePermissions))
        return backupError(backupPath, QCoreApplication::translate("JournalStore", "it cannot be copied"));
    {
        JournalStore probe(m_clock);
        auto opened = probe.open(staging);
        auto intact = opened ? probe.checkIntegrity() : Result<void>(opened.error());
        if (!intact) {
            probe.close();
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(staging + QLatin1String(suffix));
            return backupError(backupPath, intact.error().message);
        }
    }
    // The probe made a pre-migration copy beside the staging file if the backup was older: not wanted.
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(staging + QLatin1String(suffix));
    for (const QFileInfo& stray :
         QDir(backupFolder())
             .entryInfoList({journal.completeBaseName() + QStringLiteral(".restoring-*.sqlite")}, QDir::Files))
        QFile::remove(stray.absoluteFilePath());

    closeConnection();
    m_failure = OpenFailure::NotOpen;
    if (QFileInfo::exists(m_path)) {
        if (!makePrivateFolder(backupFolder()))
            return backupError(backupFolder(),
                               QCoreApplication::translate("JournalStore", "the folder cannot be created"));
        const QString aside = freeName(backupFolder(), QFileInfo(m_path).completeBaseName(),
                                       kindTag(BackupKind::PreRestore, {}), m_clock.now());
        for (const char* suffix : {"", "-wal", "-shm"}) {
            const QString from = m_path + QLatin1String(suffix);
            if (QFileInfo::exists(from) && !QFile::rename(from, aside + QLatin1String(suffix)))
                return backupError(
                    backupPath,
                    QCoreApplication::translate("JournalStore", "the current journal cannot be moved aside"));
        }
    }
    if (!QFile::rename(staging, m_path))
        return backupError(backupPath, QCoreApplication::translate("JournalStore", "it cannot be put in place"));
    auto opened = open(m_path);
    if (opened)
        emit changed(RecordKind::All);
    return opened;
}

} // namespace patella
