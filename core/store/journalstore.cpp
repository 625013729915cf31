#include "core/store/journalstore.h"

#include "core/store/journalprobe.h"
#include "core/store/schema.h"
#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSqlError>

#include <atomic>
#include <functional>
#include <optional>

namespace patella {
namespace {

constexpr auto kFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kFolderPermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr int kMaxPathBytes = 512; // SQLite's MAX_PATHNAME on unix

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

// Why a journal cannot be opened: what kind of failure the app offers a way out of, and the message.
struct OpenProblem
{
    OpenFailure kind = OpenFailure::None;
    Error error;
};

// SQLite's unix file names are at most 512 bytes, and it appends "-wal" and "-shm"; a name the file system
// cannot spell would name another file. The folder is made when it is missing.
std::optional<OpenProblem> unusablePath(const QString& path)
{
    const QByteArray encoded = QFile::encodeName(path);
    if (encoded.size() + 4 >= kMaxPathBytes || QFile::decodeName(encoded) != path)
        return OpenProblem {OpenFailure::InvalidPath,
                            Error {QStringLiteral("journal"),
                                   QCoreApplication::translate("JournalStore",
                                                               "The journal path %1 is longer than SQLite accepts "
                                                               "(%2 bytes at most) or cannot be written as a file "
                                                               "name. Choose a shorter data folder; nothing was "
                                                               "created.")
                                       .arg(QDir::toNativeSeparators(path), QString::number(kMaxPathBytes - 5))}};
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder) && (!QDir().mkpath(folder) || !ensurePermissions(folder, kFolderPermissions)))
        return OpenProblem {
            OpenFailure::AccessDenied,
            fileError(folder, QCoreApplication::translate("JournalStore", "The folder %1 cannot be created."))};
    return std::nullopt;
}

// What the file found at path allows: a missing one is created (private, and created is set), an empty one
// is used unless backups say a journal was lost there, a foreign or unreadable one is refused.
std::optional<OpenProblem> acceptFile(const QString& path, FileState state, const std::function<bool()>& hasBackups,
                                      bool& created)
{
    switch (state) {
    case FileState::Unreadable:
        return OpenProblem {
            OpenFailure::AccessDenied,
            fileError(path, QCoreApplication::translate("JournalStore", "The journal %1 cannot be read."))};
    case FileState::Foreign:
        return OpenProblem {OpenFailure::Corrupt,
                            fileError(path,
                                      QCoreApplication::translate("JournalStore",
                                                                  "%1 is not a Patella journal (it is not an "
                                                                  "SQLite database). It was left unchanged."))};
    case FileState::Empty:
        // An empty file where backups exist lost its journal: offer them, do not start afresh over it.
        if (hasBackups())
            return OpenProblem {OpenFailure::Empty,
                                fileError(path,
                                          QCoreApplication::translate("JournalStore",
                                                                      "The journal %1 is empty (0 bytes), but "
                                                                      "there are backups of it. Restore one; "
                                                                      "the empty file was left as it is."))};
        return std::nullopt;
    case FileState::Missing: {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFilePermissions))
            return OpenProblem {
                OpenFailure::AccessDenied,
                fileError(path, QCoreApplication::translate("JournalStore", "The journal %1 cannot be created."))};
        created = true;
        return std::nullopt;
    }
    case FileState::SQLite:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

JournalStore::JournalStore(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

JournalStore::~JournalStore()
{
    joinBackgroundCheck();
    closeConnection();
}

int JournalStore::currentSchemaVersion()
{
    return schema::kCurrentVersion;
}

Result<void> JournalStore::open(const QString& path)
{
    joinBackgroundCheck();
    closeConnection();
    m_readFault.reset();
    m_pagesChecked = false;
    m_backgroundReport.reset();
    m_backgroundApplied = false;
    m_backgroundFault = false;
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
    auto fail = [this](const OpenProblem& problem) {
        m_failure = problem.kind;
        return problem.error;
    };
    if (auto problem = unusablePath(m_path))
        return fail(*problem);
    if (auto finished = finishInterruptedRestore(); !finished)
        return fail({OpenFailure::AccessDenied, finished.error()});

    const FileState state = inspect(m_path);
    bool created = false;
    if (auto problem = acceptFile(
            m_path, state, [this] { return !listBackups().isEmpty(); }, created))
        return fail(*problem);

    // Look before anything writes: a damaged, foreign, busy or newer file must stay byte-identical, its -wal
    // included (a read-write connection would checkpoint the -wal into it on close).
    // Every page is read (quick_check) only before a migration writes to the file: on a journal of years that
    // is most of the time to open it. Otherwise the background check or the first write reads them
    // (requireWritable), so nothing is written to a journal that was not found sound.
    int version = 0;
    if (state == FileState::SQLite) {
        ProbeReport probe = probeJournal(m_path, CheckDepth::None);
        if (probe.failure == OpenFailure::NotOpen) {
            // Killed during its very first write: rolled back (on a copy), the file is empty, as it was before
            // that write. Nothing was ever saved in it, so it is taken as a new journal, as an empty file is.
            if (auto problem = acceptFile(
                    m_path, FileState::Empty, [this] { return !listBackups().isEmpty(); }, created))
                return fail(*problem);
            m_pagesChecked = true;
            return openReadWrite(0);
        }
        if (probe.sound() && probe.version < schema::kCurrentVersion) {
            probe = probeJournal(m_path, CheckDepth::Quick);
            m_pagesChecked = probe.sound();
        }
        if (!probe.sound())
            return fail({probe.failure, probe.error});
        version = probe.version;
    } else {
        m_pagesChecked = true; // a new journal
    }

    auto opened = openReadWrite(version);
    if (!opened && created) {
        // A journal that never got its first table is not left behind as a 0-byte file.
        closeConnection();
        if (QFileInfo(m_path).size() == 0) {
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(m_path + QLatin1String(suffix));
        }
    }
    return opened;
}

Result<void> JournalStore::openReadWrite(int version)
{
    auto fail = [this](OpenFailure kind, const Error& error) {
        m_failure = failureFor(error, kind);
        return error;
    };
    m_connection = uniqueConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!m_db.open())
        return fail(OpenFailure::AccessDenied,
                    Error {QStringLiteral("journal"),
                           QCoreApplication::translate("JournalStore", "The journal %1 cannot be opened: %2")
                               .arg(QDir::toNativeSeparators(m_path), sql::errorText(m_db.lastError())),
                           sql::resultCode(m_db.lastError())});

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
    if (!mode)
        return fail(OpenFailure::AccessDenied, mode.error());
    if (!mode.value().next() || mode.value().value(0).toString() != QLatin1String("wal"))
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
    step("migrate:begin");
    if (auto migrated = schema::migrate(m_db, version == 0 ? 1 : version); !migrated)
        return fail(OpenFailure::MigrationFailed, migrated.error());
    step("migrate:done");

    if (auto done = protectFiles(); !done)
        return fail(OpenFailure::AccessDenied, done.error());
    protectBackups();
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

Result<void> JournalStore::requireWritable()
{
    if (auto ready = requireOpen(); !ready)
        return ready;
    if (!m_readFault && !m_pagesChecked) {
        // The background check, when it runs, is waited for; without one the pages are read now.
        if (m_backgroundReport && !m_backgroundApplied)
            finishBackgroundCheck(false);
        if (!m_readFault && !m_pagesChecked) {
            if (auto checked = checkPages(); !checked)
                return checked;
        }
    }
    if (m_readFault)
        return *m_readFault;
    return {};
}

Result<void> JournalStore::checkPages()
{
    auto query = sql::run(m_db, QStringLiteral("PRAGMA quick_check"));
    if (!query)
        return noteReadFailure(query.error());
    QStringList problems;
    while (query.value().next()) {
        if (const QString line = query.value().value(0).toString(); line != QLatin1String("ok"))
            problems.append(line);
    }
    query.value().finish();
    if (!problems.isEmpty())
        return noteReadFailure(Error {
            QString(),
            QCoreApplication::translate("JournalStore", "it is damaged: %1").arg(problems.join(QStringLiteral("; "))),
            sql::code::Corrupt});
    m_pagesChecked = true;
    return {};
}

Error JournalStore::noteReadFailure(const Error& error)
{
    if (!isOpen())
        return error;
    Error fault {QStringLiteral("journal"),
                 QCoreApplication::translate("JournalStore",
                                             "The journal %1 could not be read (%2). Nothing is saved until it "
                                             "can be read again.")
                     .arg(QDir::toNativeSeparators(m_path), error.text()),
                 error.code};
    const bool first = !m_readFault;
    m_readFault = fault;
    if (first)
        emit readFailed(fault.message);
    return fault;
}

Result<void> JournalStore::recheck()
{
    if (auto ready = requireOpen(); !ready)
        return ready;
    if (auto checked = checkPages(); !checked)
        return checked;
    m_readFault.reset();
    emit changed(RecordKind::All);
    return m_readFault ? Result<void>(*m_readFault) : Result<void>();
}

void JournalStore::checkIntegrityInBackground()
{
    if (!isOpen() || m_backgroundCheck.joinable() || m_backgroundReport)
        return;
    const QString path = m_path;
    auto report = std::make_shared<std::optional<ProbeReport>>();
    m_backgroundReport = report;
    m_backgroundApplied = false;
    QPointer<JournalStore> self(this);
    m_backgroundCheck = std::thread([path, self, report] {
        *report = probeJournal(path, CheckDepth::Full);
        // Delivered in the store's thread; the destructor joins, so the store outlives the posting. A report of
        // a journal opened since is dropped.
        QMetaObject::invokeMethod(
            self.data(),
            [self, report] {
                if (self && self->m_backgroundReport == report)
                    self->finishBackgroundCheck(true);
            },
            Qt::QueuedConnection);
    });
}

// Takes the background check's finding, waiting for it if it still runs: a damaged journal stops every write
// from then on. announce: also say it (readFailed, integrityChecked); a write that waited for it leaves that to
// the event loop, so no dialog opens in the middle of a write.
void JournalStore::finishBackgroundCheck(bool announce)
{
    joinBackgroundCheck();
    if (!m_backgroundReport || !m_backgroundReport->has_value())
        return;
    const ProbeReport report = **m_backgroundReport;
    const bool sound = report.sound() || report.failure == OpenFailure::Busy;
    if (!m_backgroundApplied) {
        m_backgroundApplied = true;
        if (report.sound())
            m_pagesChecked = true;
        if (!sound && isOpen()) {
            m_backgroundFault = !m_readFault;
            m_readFault = Error {
                QStringLiteral("journal"),
                report.error.message + QLatin1Char(' ')
                    + QCoreApplication::translate("JournalStore", "Nothing is saved until it can be read again."),
                report.error.code};
        }
    }
    if (!announce)
        return;
    m_backgroundReport.reset();
    if (std::exchange(m_backgroundFault, false) && m_readFault)
        emit readFailed(m_readFault->message);
    emit integrityChecked(sound, report.sound() ? QString() : report.error.message);
}

void JournalStore::joinBackgroundCheck()
{
    if (m_backgroundCheck.joinable())
        m_backgroundCheck.join();
}

void JournalStore::step(const char* name) const
{
    if (m_stepHook)
        m_stepHook(name);
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
