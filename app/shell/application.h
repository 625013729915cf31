#pragma once

#include "shell/commandline.h"

#include <QObject>

#include <memory>

namespace patella {

class Clock;
class MainWindow;
class Preferences;

// Owns what the running app is made of (clock, preferences, catalog, journal) and builds the main
// window with its pages. main() only parses the command line and guards the data folder.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    Application(LaunchOptions options, Clock& clock, QObject* parent = nullptr);
    ~Application() override;

    // Loads everything and builds the window. On failure returns the process exit code after telling
    // the user why; 0 on success.
    int start();

    MainWindow* window() const { return m_window.get(); }
    Preferences* preferences() const { return m_preferences.get(); }

private:
    void buildPages();

    LaunchOptions m_options;
    Clock& m_clock;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace patella
