#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTranslator>

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
    // English as the app shows it: the plural forms ("1 set", "2 sets") come from patella_en.qm.
    static QTranslator englishPlurals;
    if (englishPlurals.load(QStringLiteral(":/i18n/patella_en.qm")))
        QCoreApplication::installTranslator(&englishPlurals);
    else
        qWarning("The English plural forms (:/i18n/patella_en.qm) are missing from the test build");
}

} // namespace patella::test
