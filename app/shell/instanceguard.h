#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace patella {

// One Patella per data folder. The first instance holds a lock file in the folder and listens on a
// local socket; a second one finds the lock taken, asks the first to raise its window, and leaves.
class InstanceGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceGuard)

public:
    enum class Claim
    {
        Acquired, // this process owns the data folder
        RaisedOther, // another instance owns it and was asked to come to the front
        OtherUnreachable, // another instance owns it but did not answer
        Failed, // the lock file could not be written
    };

    explicit InstanceGuard(const QString& dataDir, QObject* parent = nullptr);
    ~InstanceGuard() override;

    Claim claim();
    QString errorString() const { return m_error; }

signals:
    void raiseRequested();

private:
    void listen();

    QString m_serverName;
    QString m_lockPath;
    QLockFile m_lock;
    QLocalServer* m_server = nullptr;
    QString m_error;
};

} // namespace patella
