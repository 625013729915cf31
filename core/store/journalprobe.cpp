#include "core/store/journalprobe.h"

#include "core/store/schema.h"
#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>
#include <optional>

namespace patella {
namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct ProbeText
{
    Q_DECLARE_TR_FUNCTIONS(JournalStore)
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error fileError(const QString& path, const QString& message, int code = 0)
{
    return Error {QStringLiteral("journal"), message.arg(native(path)), code};
}

// "file:///…?mode=ro[&immutable=1]": immutable only when no -wal or hot -journal could hold newer pages.
QString readOnlyUri(const QString& path)
{
    const bool sidecars
        = QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-journal"));
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
        + (sidecars ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=ro&immutable=1"));
}

// The message for a file SQLite refused or could not read, by its result code.
ProbeReport refused(const QString& path, const QSqlError& sqlError)
{
    ProbeReport report;
    const int code = sql::resultCode(sqlError);
    const Error error {QString(), sql::errorText(sqlError), code};
    report.failure = failureFor(error, OpenFailure::AccessDenied);
    switch (report.failure) {
    case OpenFailure::Busy:
        report.error
            = fileError(path,
                        ProbeText::tr("The journal %1 is in use by another program. Close that program, then try "
                                      "again; the journal was left unchanged."),
                        code);
        break;
    case OpenFailure::DiskFull:
        report.error = fileError(
            path, ProbeText::tr("The disk holding the journal %1 is full. Free some space, then try again."), code);
        break;
    case OpenFailure::FolderUnusable:
        report.error
            = Error {QStringLiteral("journal"),
                     ProbeText::tr("The journal %1 can be read, but its folder %2 does not accept the files SQLite "
                                   "keeps beside it (-wal, -shm): %3")
                         .arg(native(path), native(QFileInfo(path).absolutePath()), error.message),
                     code};
        break;
    case OpenFailure::Corrupt:
        report.error = fileError(
            path, ProbeText::tr("The journal %1 is damaged and cannot be read. It was left unchanged."), code);
        break;
    default:
        report.error
            = Error {QStringLiteral("journal"),
                     ProbeText::tr("The journal %1 cannot be read: %2").arg(native(path), error.message), code};
        break;
    }
    return report;
}

class ReadOnlyConnection final
{
public:
    explicit ReadOnlyConnection(const QString& path)
    {
        static std::atomic<int> counter {0};
        m_name = QStringLiteral("patella-probe-%1").arg(++counter);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(readOnlyUri(path));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=1000"));
    }
    ~ReadOnlyConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ReadOnlyConnection)

    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// One integer from a statement, or the error that stopped it.
std::optional<int> scalar(QSqlDatabase& db, const QString& statement, QSqlError* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement) || !query.next()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

// The integrity check's findings ("ok" is none), or the refusal when the file is busy or the disk full.
std::optional<ProbeReport> integrityProblems(QSqlDatabase& db, const QString& path, CheckDepth depth)
{
    QSqlQuery check(db);
    check.setForwardOnly(true);
    QStringList problems;
    if (!check.exec(depth == CheckDepth::Quick ? QStringLiteral("PRAGMA quick_check(20)")
                                               : QStringLiteral("PRAGMA integrity_check(20)"))) {
        const int code = sql::resultCode(check.lastError());
        if (code == sql::code::Busy || code == sql::code::Locked || code == sql::code::Full)
            return refused(path, check.lastError());
        problems.append(sql::errorText(check.lastError()));
    }
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (problems.isEmpty())
        return std::nullopt;
    ProbeReport report;
    report.failure = OpenFailure::Corrupt;
    report.error = Error {QStringLiteral("journal"),
                          ProbeText::tr("The journal %1 is damaged (%2). It was left unchanged.")
                              .arg(native(path), problems.join(QStringLiteral("; "))),
                          sql::code::Corrupt};
    return report;
}

// A write killed before it finished leaves a hot rollback journal (or a -wal to recover) that only a writer
// may apply, which a read-only connection is not: SQLite refuses it as read-only.
bool needsAWriterToRecover(const QString& path, const QSqlError& error)
{
    return sql::resultCode(error) == sql::code::ReadOnly
        && (QFileInfo::exists(path + QStringLiteral("-journal")) || QFileInfo::exists(path + QStringLiteral("-wal")));
}

ProbeReport probe(const QString& path, CheckDepth depth, bool countEntries, bool mayCopy);

// Probes a private copy of the journal and its sidecars, where SQLite may finish the interrupted write (the
// copy is opened for writing once), so the journal itself stays byte-identical until the store opens it.
ProbeReport probeRecoveredCopy(const QString& path, CheckDepth depth, bool countEntries)
{
    QTemporaryDir dir; // 0700, removed with everything in it
    const QString copy = dir.filePath(QStringLiteral("journal.sqlite"));
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
        const QString from = path + QLatin1String(suffix);
        if (QFileInfo::exists(from) && !QFile::copy(from, copy + QLatin1String(suffix)))
            return refused(path,
                           QSqlError(QString(), ProbeText::tr("it cannot be copied to be checked"),
                                     QSqlError::ConnectionError, QString::number(sql::code::CantOpen)));
    }
    {
        static std::atomic<int> counter {0};
        const QString name = QStringLiteral("patella-probe-recover-%1").arg(++counter);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(copy);
            if (db.open()) {
                QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version")); // the first read rolls back or recovers
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    ProbeReport report = probe(copy, depth, countEntries, false);
    report.error.message.replace(native(copy), native(path)); // the messages name the journal, not the copy
    return report;
}

ProbeReport probe(const QString& path, CheckDepth depth, bool countEntries, bool mayCopy)
{
    ProbeReport report;
    const QFileInfo info(path);
    if (!info.exists() || (info.isFile() && info.size() == 0)) {
        report.failure = OpenFailure::NotOpen;
        report.error = fileError(path, ProbeText::tr("The journal %1 is empty or missing."));
        return report;
    }
    ReadOnlyConnection connection(path);
    QSqlDatabase& db = connection.db();
    if (!db.open())
        return refused(path, db.lastError());

    QSqlError error;
    const auto version = scalar(db, QStringLiteral("PRAGMA user_version"), &error);
    const auto tables
        = version ? scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &error) : std::nullopt;
    if (!version || !tables) {
        if (mayCopy && needsAWriterToRecover(path, error))
            return probeRecoveredCopy(path, depth, countEntries);
        if (sql::resultCode(error) == 0 || sql::resultCode(error) == sql::code::NotADatabase)
            error = QSqlError(error.driverText(), error.databaseText(), error.type(),
                              QString::number(sql::code::Corrupt));
        return refused(path, error);
    }
    report.version = *version;
    if (*version > schema::kCurrentVersion) {
        report.failure = OpenFailure::NewerVersion;
        report.error
            = Error {QStringLiteral("journal"),
                     ProbeText::tr("The journal %1 was written by a newer Patella (journal version %2; this Patella "
                                   "reads up to version %3). Update Patella to open it; the file was left unchanged.")
                         .arg(native(path), QString::number(*version), QString::number(schema::kCurrentVersion))};
        return report;
    }
    if (*version == 0 && *tables > 0) {
        report.failure = OpenFailure::Corrupt;
        report.error = fileError(
            path, ProbeText::tr("%1 is an SQLite database but not a Patella journal. It was left unchanged."));
        return report;
    }
    if (depth != CheckDepth::None) {
        if (auto problems = integrityProblems(db, path, depth))
            return *problems;
    }
    if (countEntries && *version >= 1) {
        const auto pain = scalar(db, QStringLiteral("SELECT count(*) FROM pain_entries"), &error);
        const auto runs = scalar(db, QStringLiteral("SELECT count(*) FROM runs"), &error);
        const auto sessions = scalar(db, QStringLiteral("SELECT count(*) FROM sessions"), &error);
        const auto flex = scalar(db, QStringLiteral("SELECT count(*) FROM flex_checks"), &error);
        if (pain && runs && sessions && flex) {
            report.countsRead = true;
            report.counts = EntryCounts {*pain, *runs, *sessions, *flex};
        }
    }
    return report;
}

} // namespace

OpenFailure failureFor(const Error& error, OpenFailure fallback)
{
    switch (error.code) {
    case sql::code::Busy:
    case sql::code::Locked:
        return OpenFailure::Busy;
    case sql::code::Full:
        return OpenFailure::DiskFull;
    case sql::code::CantOpen:
        return OpenFailure::FolderUnusable;
    case sql::code::Corrupt:
    case sql::code::NotADatabase:
        return OpenFailure::Corrupt;
    default:
        return fallback;
    }
}

StoreFault storeFault(const Error& error)
{
    switch (failureFor(error, OpenFailure::None)) {
    case OpenFailure::Busy:
        return StoreFault::Busy;
    case OpenFailure::DiskFull:
        return StoreFault::DiskFull;
    case OpenFailure::Corrupt:
        return StoreFault::Damaged;
    case OpenFailure::None:
        return error.message.isEmpty() ? StoreFault::None : StoreFault::Other;
    default:
        return StoreFault::Other;
    }
}

ProbeReport probeJournal(const QString& path, CheckDepth depth, bool countEntries)
{
    return probe(path, depth, countEntries, true);
}

} // namespace patella
