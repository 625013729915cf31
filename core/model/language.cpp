#include "core/model/language.h"

#include <QFile>
#include <QLocale>
#include <QSettings>

namespace patella::language {
namespace {

const QString kKey = QStringLiteral("display/language");

} // namespace

QList<Language> supported()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
}

bool isSupported(const QString& code)
{
    for (const Language& language : supported()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QString resolve(const QString& preference, const QStringList& uiLanguages)
{
    if (isSupported(preference))
        return preference;
    for (const QString& name : uiLanguages) {
        // "de-AT", "fr_CA" and "es" all name a language Patella may have.
        const QString code = QLocale::languageToCode(QLocale(name).language(), QLocale::ISO639Part1);
        if (isSupported(code))
            return code;
    }
    return QStringLiteral("en");
}

QString storedChoice(const QString& settingsFile)
{
    return QSettings(settingsFile, QSettings::IniFormat).value(kKey).toString();
}

void storeChoice(const QString& settingsFile, const QString& code)
{
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        settings.setValue(kKey, code);
        settings.sync();
    }
    QFile::setPermissions(settingsFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace patella::language
