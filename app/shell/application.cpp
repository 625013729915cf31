#include "shell/application.h"

#include "model/clock.h"
#include "model/preferences.h"
#include "settings/settingspage.h"
#include "shell/mainwindow.h"

#include <QDir>

namespace patella {

Application::Application(LaunchOptions options, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{
}

Application::~Application() = default;

int Application::start()
{
    const QDir dir(m_options.dataDir);
    m_preferences = std::make_unique<Preferences>(dir.filePath(QStringLiteral("settings.ini")), m_clock.today());
    m_window = std::make_unique<MainWindow>();
    buildPages();
    return exitcode::Ok;
}

void Application::buildPages()
{
    auto* settings = new SettingsPage(*m_preferences, m_options.dataDir);
    m_window->setPage(MainWindow::Area::Settings, settings);
}

} // namespace patella
