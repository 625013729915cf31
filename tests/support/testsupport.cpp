#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace patella::test {

TempDir::TempDir()
{
    if (!m_dir.isValid())
        ADD_FAILURE() << "cannot create a temporary folder: " << m_dir.errorString().toStdString();
}

QString fixturePath(const QString& name)
{
    return QDir(QStringLiteral(PATELLA_TEST_FIXTURES)).filePath(name);
}

void prepareTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PatellaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PatellaTests"));
    QCoreApplication::setApplicationVersion(QStringLiteral("test"));
}

} // namespace patella::test
