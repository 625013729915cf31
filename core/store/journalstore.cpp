#include "core/store/journalstore.h"

#include "core/store/schema.h"
#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <atomic>

namespace patella {
namespace {

constexpr auto kFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kFolderPermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString uniqueConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("patella-journal-%1").arg(++counter);
}

Error fileError(const QString& path, const QString& message)
{
    return Error {QStringLiteral("journal"), message.arg(QDir::toNativeSeparators(path))};
}

// The owner/group/other bits only (Qt adds the "User" flags for the current user).
QFileDevice::Permissions modeBits(const QString& path)
{
    return QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

// Sets the permissions when they differ, and reads them back.
bool ensurePermissions(const QString& path, QFileDevice::Permissions wanted)
{
    if (modeBits(path) == wanted)
        return true;
    return QFile::setPermissions(path, wanted) && modeBits(path) == wanted;
}

enum class FileState
{
    Missing,
    Empty,
    SQLite,
    Foreign,
    Unreadable,
};

FileState inspect(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists())
        return FileState::Missing;
    if (info.isFile() && info.size() == 0)
        return FileState::Empty;
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return FileState::Unreadable;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic ? FileState::SQLite : FileState::Foreign;
}

} // namespace

JournalStore::JournalStore(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

JournalStore::~JournalStore()
{
    closeConnection();
}

int JournalStore::currentSchemaVersion()
{
    return schema::kCurrentVersion;
}

Result<void> JournalStore::open(const QString& path)
{
    closeConnection();
    m_path = QFileInfo(path).absoluteFilePath();
    auto opened = openChecked();
    if (!opened)
        closeConnection();
    else
        m_failure = OpenFailure::None;
    return opened;
}

Result<void> JournalStore::openChecked()
{
    auto fail = [this](OpenFailure kind, Error error) {
        m_failure = kind;
        return error;
    };
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder) || !ensurePermissions(folder, kFolderPermissions))
            return fail(
                OpenFailure::AccessDenied,
                fileError(folder, QCoreApplication::translate("JournalStore", "The folder %1 cannot be created.")));
    }

    const FileState state = inspect(m_path);
    switch (state) {
    case FileState::Unreadable:
        return fail(OpenFailure::AccessDenied,
                    fileError(m_path, QCoreApplication::translate("JournalStore", "The journal %1 cannot be read.")));
    case FileState::Foreign:
        return fail(OpenFailure::Corrupt,
                    fileError(m_path,
                              QCoreApplication::translate("JournalStore",
                                                          "%1 is not a Patella journal (it is not an SQLite database). "
                                                          "It was left unchanged.")));
    case FileState::Missing: {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFilePermissions))
            return fail(
                OpenFailure::AccessDenied,
                fileError(m_path, QCoreApplication::translate("JournalStore", "The journal %1 cannot be created.")));
        break;
    }
    case FileState::Empty:
    case FileState::SQLite:
        break;
    }

    m_connection = uniqueConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(OpenFailure::AccessDenied,
                    Error {QStringLiteral("journal"),
                           QCoreApplication::translate("JournalStore", "The journal %1 cannot be opened: %2")
                               .arg(QDir::toNativeSeparators(m_path), m_db.lastError().text())});

    // Read before anything writes: a damaged, foreign or newer file must stay byte-identical.
    bool versionRead = false;
    const int version = schema::readVersion(m_db, &versionRead);
    auto tables = sql::run(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!versionRead || !tables || !tables.value().next())
        return fail(OpenFailure::Corrupt,
                    fileError(m_path,
                              QCoreApplication::translate("JournalStore",
                                                          "The journal %1 is damaged and cannot be read. "
                                                          "It was left unchanged.")));
    const int tableCount = tables.value().value(0).toInt();
    tables.value().finish();
    if (version > schema::kCurrentVersion)
        return fail(OpenFailure::NewerVersion,
                    Error {QStringLiteral("journal"),
                           QCoreApplication::translate("JournalStore",
                                                       "The journal %1 was written by a newer Patella (journal "
                                                       "version %2; this Patella reads up to version %3). Update "
                                                       "Patella to open it; the file was left unchanged.")
                               .arg(QDir::toNativeSeparators(m_path), QString::number(version),
                                    QString::number(schema::kCurrentVersion))});
    if (version == 0 && tableCount > 0)
        return fail(OpenFailure::Corrupt,
                    fileError(m_path,
                              QCoreApplication::translate("JournalStore",
                                                          "%1 is an SQLite database but not a Patella journal. "
                                                          "It was left unchanged.")));

    if (!ensurePermissions(m_path, kFilePermissions))
        return fail(
            OpenFailure::AccessDenied,
            fileError(m_path,
                      QCoreApplication::translate("JournalStore", "The journal %1 cannot be made private (0600).")));

    if (version >= 1 && version < schema::kCurrentVersion) {
        auto backup = writeBackup(BackupKind::PreMigration, QStringLiteral("pre-v%1").arg(schema::kCurrentVersion));
        if (!backup)
            return fail(OpenFailure::AccessDenied, backup.error());
    }

    // Durability: WAL, every commit synced, foreign keys enforced (all per connection except WAL).
    auto mode = sql::run(m_db, QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode || !mode.value().next() || mode.value().value(0).toString() != QLatin1String("wal"))
        return fail(
            OpenFailure::AccessDenied,
            fileError(m_path,
                      QCoreApplication::translate("JournalStore", "The journal %1 cannot use write-ahead logging.")));
    mode.value().finish();
    for (const char* pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (auto done = sql::run(m_db, QString::fromLatin1(pragma)); !done)
            return fail(OpenFailure::AccessDenied, done.error());
    }

    if (version == 0) {
        if (auto created = schema::createVersion1(m_db); !created)
            return fail(OpenFailure::AccessDenied, created.error());
    }
    if (auto migrated = schema::migrate(m_db, version == 0 ? 1 : version); !migrated)
        return fail(OpenFailure::MigrationFailed, migrated.error());

    if (auto done = protectFiles(); !done)
        return fail(OpenFailure::AccessDenied, done.error());
    return {};
}

Result<void> JournalStore::protectFiles() const
{
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString file = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(file) && !ensurePermissions(file, kFilePermissions))
            return fileError(file,
                             QCoreApplication::translate("JournalStore", "The file %1 cannot be made private (0600)."));
    }
    return {};
}

void JournalStore::close()
{
    closeConnection();
    m_failure = OpenFailure::NotOpen;
}

void JournalStore::closeConnection()
{
    if (m_connection.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool JournalStore::isOpen() const
{
    return !m_connection.isEmpty() && m_db.isOpen() && m_failure == OpenFailure::None;
}

Result<void> JournalStore::requireOpen() const
{
    if (!isOpen())
        return Error {QStringLiteral("journal"), QCoreApplication::translate("JournalStore", "No journal is open.")};
    return {};
}

Result<int> JournalStore::schemaVersion()
{
    if (auto ready = requireOpen(); !ready)
        return ready.error();
    bool ok = false;
    const int version = schema::readVersion(m_db, &ok);
    if (!ok)
        return sql::databaseError(QCoreApplication::translate("JournalStore", "read its version"), m_path);
    return version;
}

Result<void> JournalStore::checkIntegrity()
{
    if (auto ready = requireOpen(); !ready)
        return ready;
    auto query = sql::run(m_db, QStringLiteral("PRAGMA integrity_check"));
    if (!query)
        return query.error();
    QStringList problems;
    while (query.value().next()) {
        const QString line = query.value().value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!problems.isEmpty())
        return Error {QStringLiteral("journal"),
                      QCoreApplication::translate("JournalStore", "The journal %1 is damaged: %2")
                          .arg(QDir::toNativeSeparators(m_path), problems.join(QStringLiteral("; ")))};
    return {};
}

QDate JournalStore::today() const
{
    return m_clock.today();
}

} // namespace patella
