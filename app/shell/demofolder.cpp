#include "app/shell/demofolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace patella {
namespace {

const char* const kOwnerFile = "patella-demo.pid";

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

QString DemoFolder::pattern()
{
    return QDir::temp().filePath(QStringLiteral("Patella-demo-XXXXXX"));
}

DemoFolder::DemoFolder()
    : m_dir(pattern())
{
    if (!m_dir.isValid())
        return;
    QFile owner(m_dir.filePath(QString::fromLatin1(kOwnerFile)));
    if (owner.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        owner.write(QByteArray::number(QCoreApplication::applicationPid()));
}

DemoFolder::~DemoFolder() = default; // QTemporaryDir removes it

int DemoFolder::clearStale()
{
    int removed = 0;
    const QDir temp = QDir::temp();
    for (const QFileInfo& folder :
         temp.entryInfoList({QStringLiteral("Patella-demo-*")}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        if (folder.ownerId() != ::getuid())
            continue;
        QFile owner(QDir(folder.absoluteFilePath()).filePath(QString::fromLatin1(kOwnerFile)));
        if (!owner.open(QIODevice::ReadOnly))
            continue; // not one of ours, or still being made
        const qint64 pid = owner.readAll().trimmed().toLongLong();
        if (processAlive(pid))
            continue;
        if (QDir(folder.absoluteFilePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace patella
