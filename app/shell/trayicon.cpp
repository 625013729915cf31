#include "app/shell/trayicon.h"

#include "core/model/preferences.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace patella {

TrayIcon::TrayIcon(const Preferences& preferences, bool useTray, QObject* parent)
    : QObject(parent)
    , m_preferences(preferences)
    , m_menu(std::make_unique<QMenu>())
{
    setObjectName(QStringLiteral("trayIcon"));
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction* open = m_menu->addAction(tr("&Open Patella"));
    open->setObjectName(QStringLiteral("trayOpen"));
    connect(open, &QAction::triggered, this, &TrayIcon::openRequested);
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);

    if (useTray) {
        m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/patella.svg")), this);
        m_icon->setToolTip(tr("Patella"));
        m_icon->setContextMenu(m_menu.get());
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
            if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
                emit openRequested();
        });
    }
    connect(&preferences, &Preferences::changed, this, &TrayIcon::update);
    update();
}

TrayIcon::~TrayIcon()
{
    delete m_icon; // before the menu it shows
}

TrayIcon* TrayIcon::create(const Preferences& preferences, QObject* parent)
{
    return new TrayIcon(preferences, QSystemTrayIcon::isSystemTrayAvailable(), parent);
}

void TrayIcon::notify(const QString& title, const QString& text, std::function<void()> onClicked)
{
    if (!m_icon)
        return;
    m_onClicked = std::move(onClicked);
    m_told = true;
    update();
    m_icon->showMessage(title, text, QSystemTrayIcon::Information);
}

void TrayIcon::update()
{
    const bool folders = m_preferences.importFoldersEnabled() && !m_preferences.importFolders().isEmpty();
    m_wanted = m_told || m_preferences.stretchReminderEnabled() || m_preferences.checkInReminderEnabled() || folders;
    if (m_icon)
        m_icon->setVisible(m_wanted);
}

void TrayIcon::messageClicked()
{
    emit openRequested();
    if (const auto then = m_onClicked)
        then();
}

} // namespace patella
