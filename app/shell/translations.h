#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

namespace patella {

// Puts Patella into one language for the whole run: Qt's own texts (qtbase: standard buttons and dialogs),
// the English plural forms, and Patella's translation; dates and numbers follow the language too. The
// translators leave the application when this object goes.
class Translations final
{
    Q_DISABLE_COPY_MOVE(Translations)

public:
    // code: a supported language code ("de"); see core/model/language.h for how the choice is resolved.
    explicit Translations(const QString& code);
    ~Translations();

    QString code() const { return m_code; }
    // False when Patella's own translation for the language could not be loaded (a broken build).
    bool loaded() const { return m_loaded; }

    // Patella's translation file for a language, as embedded in the binary.
    static QString resourcePath(const QString& code);

private:
    bool install(const QString& fileName, const QString& directory);

    QString m_code;
    QLocale m_previousLocale;
    QList<QTranslator*> m_installed;
    bool m_loaded = false;
};

} // namespace patella
