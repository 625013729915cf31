#pragma once

#include "app/shell/commandline.h"

#include <QObject>
#include <QPalette>

#include <memory>

class QTemporaryDir;
class QTimer;

namespace patella {

struct AppContext;
class Catalog;
class CuePlayer;
class CustomCatalog;
class Clock;
class JournalStore;
class LazyPage;
class MainWindow;
class Preferences;
class Reminders;
class RoutineActions;
class SessionPage;
class SettingsPage;
class Translations;
class TrayIcon;

// Owns what the running app is made of (clock, preferences, catalog, journal) and builds the main
// window with its pages. main() only parses the command line and guards the data folder.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    Application(LaunchOptions options, Clock& clock, QObject* parent = nullptr);
    ~Application() override;

    // Loads everything and builds the window. On failure tells the user why and returns the process
    // exit code; 0 on success. interactive=false (tests) answers every question with "quit".
    int start(bool interactive = true);

    MainWindow* window() const { return m_window.get(); }
    Preferences* preferences() const { return m_preferences.get(); }
    JournalStore* store() const { return m_store.get(); }
    QString journalPath() const;

    static QString journalFileName();

private:
    int loadCatalog(bool interactive);
    int openJournal(bool interactive);
    void buildPages();
    void buildImports();
    QWidget* buildSettings(QWidget* parent);
    SessionPage* sessionPage(); // builds it when needed
    QWidget* libraryPage();
    QWidget* buildLibrary(QWidget* parent);
    void backUpIfDue();
    void listBackups(SettingsPage* settings);
    void reportDamage(const QString& why, bool interactive);
    void applyAppearance();

    LaunchOptions m_options;
    Clock& m_clock;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<Translations> m_translations; // before every page, so each is built in the language
    std::unique_ptr<Catalog> m_catalog; // built in
    std::unique_ptr<CustomCatalog> m_custom; // with the runner's own routines: what the pages get
    std::unique_ptr<JournalStore> m_store;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    RoutineActions* m_routineActions = nullptr; // owned by the window
    QTimer* m_backupTimer = nullptr;
    TrayIcon* m_tray = nullptr; // the one tray icon: the reminders' and the folder import's messages
    Reminders* m_reminders = nullptr;
    CuePlayer* m_cues = nullptr; // the session's and the Settings test buttons'
    LazyPage* m_sessionSlot = nullptr; // owned by the window
    SettingsPage* m_settings = nullptr; // once built
    QString m_folderStatus; // the watched folders' last status, for Settings
    QString m_desktopStyle; // the style and palette the desktop gave us, for "follow the desktop"
    QPalette m_desktopPalette;
    int m_appliedAppearance = -1;
};

} // namespace patella
