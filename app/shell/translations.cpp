#include "app/shell/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace patella {

Translations::Translations(const QString& code)
    : m_code(code)
    , m_previousLocale(QLocale())
{
    // The English plural forms come first, so a language without a message still counts in English.
    install(QStringLiteral("patella_en"), QStringLiteral(":/i18n"));
    if (code == QStringLiteral("en")) {
        m_loaded = true;
        return;
    }
    const QLocale system = QLocale::system();
    // Keep the system's own region when it speaks the language (de-AT writes dates its way).
    QLocale::setDefault(system.language() == QLocale(code).language() ? system : QLocale(code));
    // Qt's texts are optional: without qt6-translations-l10n the standard buttons stay English.
    install(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    m_loaded = install(QStringLiteral("patella_") + code, QStringLiteral(":/i18n"));
    if (!m_loaded)
        qWarning("No translation for %s in this build of Patella", qUtf8Printable(code));
}

Translations::~Translations()
{
    for (QTranslator* translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(m_previousLocale);
}

QString Translations::resourcePath(const QString& code)
{
    return QStringLiteral(":/i18n/patella_") + code + QStringLiteral(".qm");
}

bool Translations::install(const QString& fileName, const QString& directory)
{
    auto* translator = new QTranslator;
    if (!translator->load(fileName, directory) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    m_installed.append(translator);
    return true;
}

} // namespace patella
