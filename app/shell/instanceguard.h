#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace patella {

// One Patella per data folder. The first instance holds a lock file in the folder and listens on a Unix
// socket (private to the user, in XDG_RUNTIME_DIR or the temp folder); a second one finds the lock taken,
// asks the first to raise its window, and leaves. Plain POSIX sockets rather than Qt Network: that module
// and the Kerberos libraries it brings cost every start about 7 ms of loading, for one word sent locally.
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
    QString socketPath() const { return m_socketPath; }

signals:
    void raiseRequested();

private:
    void listen();
    void acceptWaiting();

    QString m_socketPath;
    QString m_lockPath;
    QLockFile m_lock;
    int m_listening = -1; // the listening socket, once claimed
    QSocketNotifier* m_notifier = nullptr;
    QString m_error;
};

} // namespace patella
