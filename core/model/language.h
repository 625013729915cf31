#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace patella::language {

// A language Patella is translated into: its code ("de") and its own name for itself ("Deutsch"), which is
// how a runner looks for it in a list whatever language the list is shown in.
struct Language
{
    QString code;
    QString nativeName;
};

// English first, then the translations.
QList<Language> supported();
bool isSupported(const QString& code);

// The language to show: the runner's choice when Patella has it; otherwise ("" follows the system) the first
// of the system's preferred UI languages that Patella has; otherwise English.
QString resolve(const QString& preference, const QStringList& uiLanguages);

// The runner's choice, kept in the preferences' settings.ini (Preferences::filePath()) under
// "display/language": a code, or empty to follow the system. It is read once at start and a change applies at
// the next start, so unlike the other preferences it needs no change signal.
QString storedChoice(const QString& settingsFile);
void storeChoice(const QString& settingsFile, const QString& code);

} // namespace patella::language
