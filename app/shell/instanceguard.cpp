#include "app/shell/instanceguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace patella {
namespace {

const char kRaiseMessage[] = "raise\n";

// One socket per data folder, named by a hash of its canonical path (a socket path holds at most 107 bytes).
QString socketPathFor(const QString& dataDir)
{
    const QByteArray key = QDir(dataDir).canonicalPath().toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16);
    QString folder = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::tempPath();
    return QDir(folder).filePath(QStringLiteral("patella-") + QString::fromLatin1(hash) + QStringLiteral(".socket"));
}

// The address of path; false when it does not fit.
bool addressOf(const QString& path, sockaddr_un& address)
{
    const QByteArray bytes = QFile::encodeName(path);
    std::memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    if (bytes.size() >= qsizetype(sizeof address.sun_path))
        return false;
    std::memcpy(address.sun_path, bytes.constData(), size_t(bytes.size()));
    return true;
}

// Tells the instance listening at path to raise its window; false when nobody answers there.
bool askToRaise(const QString& path)
{
    sockaddr_un address {};
    if (!addressOf(path, address))
        return false;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    bool sent = false;
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
        const auto length = sizeof kRaiseMessage - 1;
        sent = ::send(fd, kRaiseMessage, length, MSG_NOSIGNAL) == ssize_t(length);
    }
    ::close(fd);
    return sent;
}

} // namespace

InstanceGuard::InstanceGuard(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_socketPath(socketPathFor(dataDir))
    , m_lockPath(QDir(dataDir).filePath(QStringLiteral("patella.lock")))
    , m_lock(m_lockPath)
{
    m_lock.setStaleLockTime(0); // a lock is stale only when its process is gone
}

InstanceGuard::~InstanceGuard()
{
    if (m_listening >= 0) {
        delete m_notifier;
        ::close(m_listening);
        QFile::remove(m_socketPath);
    }
}

InstanceGuard::Claim InstanceGuard::claim()
{
    if (m_lock.tryLock(0)) {
        QFile::setPermissions(m_lockPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        listen();
        return Claim::Acquired;
    }
    if (m_lock.error() != QLockFile::LockFailedError) {
        m_error = tr("The lock file in the data folder cannot be written.");
        return Claim::Failed;
    }
    return askToRaise(m_socketPath) ? Claim::RaisedOther : Claim::OtherUnreachable;
}

void InstanceGuard::listen()
{
    // Raising is a convenience: when any step fails, a second instance still refuses to start (the lock).
    sockaddr_un address {};
    if (!addressOf(m_socketPath, address))
        return;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return;
    QFile::remove(m_socketPath); // a leftover socket from a crash; we hold the lock
    const mode_t previous = ::umask(077); // the socket is born private to the user
    const bool bound = ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::umask(previous);
    if (!bound || ::listen(fd, 4) != 0) {
        ::close(fd);
        return;
    }
    m_listening = fd;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InstanceGuard::acceptWaiting);
}

void InstanceGuard::acceptWaiting()
{
    for (;;) {
        const int client = ::accept4(m_listening, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (client < 0)
            return; // EAGAIN: nobody else waiting
        // The asking instance sends its word and closes; read it once it has arrived.
        auto* reader = new QSocketNotifier(client, QSocketNotifier::Read, this);
        connect(reader, &QSocketNotifier::activated, this, [this, reader, client] {
            char word[16] = {};
            const ssize_t got = ::recv(client, word, sizeof word - 1, 0);
            if (got < 0 && (errno == EAGAIN || errno == EINTR))
                return;
            if (got > 0 && std::strncmp(word, "raise", 5) == 0)
                emit raiseRequested();
            reader->setEnabled(false);
            reader->deleteLater();
            ::close(client);
        });
    }
}

} // namespace patella
