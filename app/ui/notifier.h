#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

namespace patella {

// How Patella tells the runner something while its window may be behind others: a message beside the one
// Patella icon in the system tray (app/shell/trayicon.h, shared by the reminders and the folder import), or,
// in a test, a recorder. Where available() is false the caller finds another way (the status bar) or stays
// quiet; notify() is then not called.
class Notifier
{
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    Notifier() = default;
    virtual ~Notifier() = default;

    // False where the desktop has no system tray.
    virtual bool available() const = 0;
    // A short message; clicking it brings the window up and then runs onClicked, if given.
    virtual void notify(const QString& title, const QString& text, std::function<void()> onClicked = {}) = 0;
};

} // namespace patella
