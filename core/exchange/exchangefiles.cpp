#include "core/exchange/exchangefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace patella::exchange {
namespace {

constexpr auto kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error fileError(const QString& path, const QString& message)
{
    return Error {QDir::toNativeSeparators(path), message};
}

} // namespace

Result<void> prepareFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return fileError(folder, QCoreApplication::translate("CsvExchange", "is a file, not a folder"));
    if (!info.exists()) {
        if (!QDir().mkpath(folder))
            return fileError(folder, QCoreApplication::translate("CsvExchange", "cannot be created"));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return {};
}

Result<void> writePrivateFile(const QString& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(folder).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path,
                         QCoreApplication::translate("CsvExchange", "cannot be written: %1").arg(file.errorString()));
    // The temporary file is made private before any health data goes into it.
    if (!file.setPermissions(kPrivateFile) || file.write(bytes) != bytes.size() || !file.commit())
        return fileError(path,
                         QCoreApplication::translate("CsvExchange", "cannot be written: %1").arg(file.errorString()));
    if (!QFile::setPermissions(path, kPrivateFile))
        return fileError(path, QCoreApplication::translate("CsvExchange", "cannot be made private (0600)"));
    return {};
}

Result<QByteArray> readWholeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path,
                         QCoreApplication::translate("CsvExchange", "cannot be read: %1").arg(file.errorString()));
    return file.readAll();
}

} // namespace patella::exchange
