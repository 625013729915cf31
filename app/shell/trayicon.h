#pragma once

#include "app/ui/notifier.h"

#include <QObject>

#include <functional>
#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace patella {

class Preferences;

// Patella's one icon in the system tray, with its menu (Open Patella, Quit) and the messages of the reminders
// and the folder import (both get it as a Notifier). Shown while something may send a message (a reminder or
// the folder import switched on) and after a message, hidden otherwise. Where the desktop has no tray there is
// no icon, available() is false, and the menu exists only for the tests.
class TrayIcon final : public QObject, public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    // useTray: QSystemTrayIcon::isSystemTrayAvailable() (see create()); false in tests.
    TrayIcon(const Preferences& preferences, bool useTray, QObject* parent = nullptr);
    ~TrayIcon() override;

    static TrayIcon* create(const Preferences& preferences, QObject* parent);

    bool available() const override { return m_icon != nullptr; }
    void notify(const QString& title, const QString& text, std::function<void()> onClicked = {}) override;

    QMenu* menu() const { return m_menu.get(); }
    // Whether the icon should be in the tray now (what it is, where there is a tray).
    bool wanted() const { return m_wanted; }

signals:
    void openRequested(); // the icon, Open Patella, or a message clicked
    void quitRequested();

private:
    void update();
    void messageClicked();

    const Preferences& m_preferences;
    std::unique_ptr<QMenu> m_menu; // a QMenu has no QObject parent here: it is a window of its own
    QSystemTrayIcon* m_icon = nullptr;
    std::function<void()> m_onClicked; // of the last message
    bool m_wanted = false;
    bool m_told = false; // a message was shown: the icon stays, or the message would go with it
};

} // namespace patella
