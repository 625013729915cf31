#include "app/shell/instanceguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>

namespace patella {
namespace {

constexpr int kConnectTimeoutMs = 1000;
const char kRaiseMessage[] = "raise\n";

QString serverNameFor(const QString& dataDir)
{
    const QByteArray key = QDir(dataDir).canonicalPath().toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("patella-") + QString::fromLatin1(hash);
}

} // namespace

InstanceGuard::InstanceGuard(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_serverName(serverNameFor(dataDir))
    , m_lockPath(QDir(dataDir).filePath(QStringLiteral("patella.lock")))
    , m_lock(m_lockPath)
{
    m_lock.setStaleLockTime(0); // a lock is stale only when its process is gone
}

InstanceGuard::~InstanceGuard() = default;

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
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (socket.waitForConnected(kConnectTimeoutMs)) {
        socket.write(kRaiseMessage);
        socket.waitForBytesWritten(kConnectTimeoutMs);
        socket.disconnectFromServer();
        return Claim::RaisedOther;
    }
    return Claim::OtherUnreachable;
}

void InstanceGuard::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_serverName); // a leftover socket from a crash; we hold the lock
    if (!m_server->listen(m_serverName))
        return; // raising is a convenience: without it a second instance still refuses to start
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().startsWith("raise"))
                    emit raiseRequested();
                socket->deleteLater();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

} // namespace patella
