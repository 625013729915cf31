#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace patella {

struct AppContext;

// File > Export > CSV…, File > Import > Patella CSV… and File > Import > Running history (CSV)…: the
// folder or file is chosen, core does the work, and a summary says what happened (a refused file with
// its line, column and field). The *From/To functions skip the file dialog, for tests and scripts.
class CsvActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvActions)

public:
    CsvActions(AppContext& context, QWidget* window);

    void addTo(QMenu* importMenu, QMenu* exportMenu);

    void exportTo(const QString& folder);
    void importFrom(const QString& folder);
    void importHistoryFrom(const QString& file);

private:
    void chooseExportFolder();
    void chooseImportFolder();
    void chooseHistoryFile();
    void showResult(bool ok, const QString& title, const QString& text, const QString& details);

    AppContext& m_context;
    QWidget* m_window;
};

} // namespace patella
