#pragma once

#include "core/model/records.h"
#include "core/store/journalprobe.h"
#include "core/store/storetypes.h"

#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace patella {

class Preferences;

// One row of the backup list: the file, and what it holds when it could be read.
struct BackupListing
{
    BackupInfo backup;
    std::optional<EntryCounts> counts;
};

// Units, programme start and check-in day, session sounds and voice, reminders, the folders runs are imported
// from, the data folder and backups.
// Every control writes straight to Preferences; there is no Apply button to forget.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(Preferences& preferences, const QString& dataDir, QWidget* parent = nullptr);

    // The app reports backups here (the store makes them): shown under the Back up now button.
    void setBackupStatus(const QString& text);
    // The backups on disk, newest first, with date, kind, size and entries; Restore asks restoreRequested().
    void setBackups(const QList<BackupListing>& backups, const QString& folder);
    // What this machine can play (no sound device, no speech engine), shown under the cue settings.
    void setCueStatus(const QString& text);
    // What the watched folders are doing (watching, a folder missing, the last look), under the folder list.
    void setImportFolderStatus(const QString& text);
    // The shoes for "Shoe for imported runs" (the runner's default, core's Importer::defaultShoe rule).
    void setShoes(const QList<Shoe>& shoes);
    // Adds a folder to look at for new runs (the Add folder… button, after its dialog).
    void addImportFolder(const QString& folder);

signals:
    void backupNowRequested();
    void restoreRequested(const QString& backupPath); // already confirmed by the runner
    void testSoundRequested();
    void testVoiceRequested();

private:
    QWidget* buildUnits();
    QWidget* buildProgramme();
    QWidget* buildSession();
    QWidget* buildReminders();
    QWidget* buildImportFolders();
    void addImportFolderList(QFormLayout* form, QWidget* box);
    void addImportShoe(QFormLayout* form, QWidget* box);
    void removeImportFolder();
    QWidget* buildData();
    void addDataFolder(QFormLayout* form, QWidget* box);
    void addBackupSchedule(QFormLayout* form, QWidget* box);
    void addBackupList(QFormLayout* form, QWidget* box);
    void confirmRestore();
    static QString kindName(BackupKind kind);

    Preferences& m_prefs;
    QString m_dataDir;
    QLabel* m_backupStatus = nullptr;
    QTableWidget* m_backupList = nullptr;
    QPushButton* m_restore = nullptr;
    QString m_backupFolder;
    QLabel* m_cueStatus = nullptr;
    QCheckBox* m_importFoldersOn = nullptr;
    QListWidget* m_importFolders = nullptr;
    QPushButton* m_removeImportFolder = nullptr;
    QLabel* m_importFolderStatus = nullptr;
    QComboBox* m_importShoe = nullptr;
};

} // namespace patella
