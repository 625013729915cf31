#pragma once

#include <QWidget>

class QLabel;

namespace patella {

class Preferences;

// Units, programme start and check-in day, session sounds and voice, reminders, the data folder and backups.
// Every control writes straight to Preferences; there is no Apply button to forget.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(Preferences& preferences, const QString& dataDir, QWidget* parent = nullptr);

    // The app reports backups here (the store makes them): shown under the Back up now button.
    void setBackupStatus(const QString& text);
    // What this machine can play (no sound device, no speech engine), shown under the cue settings.
    void setCueStatus(const QString& text);

signals:
    void backupNowRequested();
    void testSoundRequested();
    void testVoiceRequested();

private:
    QWidget* buildUnits();
    QWidget* buildProgramme();
    QWidget* buildSession();
    QWidget* buildReminders();
    QWidget* buildData();

    Preferences& m_prefs;
    QString m_dataDir;
    QLabel* m_backupStatus = nullptr;
    QLabel* m_cueStatus = nullptr;
};

} // namespace patella
