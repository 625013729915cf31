#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace patella {

class CustomCatalog;

// File > Import programme… and File > Export routine…: a physiotherapist's programme file in, one of the
// runner's routines (or a built-in one) out, in the format of docs/programme-format.md. The import shows
// what will be added and what replaced, with the physiotherapist's note, before it writes anything.
class ProgrammeMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgrammeMenu)

public:
    ProgrammeMenu(CustomCatalog& custom, QWidget* window, QObject* parent = nullptr);

    // File > Import > Programme… and File > Export > Routine…
    void addTo(QMenu* importMenu, QMenu* exportMenu);

    // The steps of each action, for tests: no file dialog, and answer replaces the confirmation.
    bool importFile(const QString& path, bool confirm = true);
    bool exportRoutine(const QString& routineId, const QString& path);
    QString lastMessage() const { return m_lastMessage; }

public slots:
    void importProgramme();
    void exportRoutines();

private:
    CustomCatalog& m_custom;
    QWidget* m_window;
    QString m_lastMessage;
};

} // namespace patella
