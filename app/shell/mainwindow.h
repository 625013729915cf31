#pragma once

#include <QMainWindow>

class QListWidget;
class QMenu;
class QScrollArea;
class QStackedWidget;

namespace patella {

class Preferences;

// The frame: a sidebar with one entry per area and a stack of pages. It knows the areas, not the
// features: each page is handed in by whoever builds it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Area
    {
        Today,
        Session,
        Journal,
        Progress,
        Library,
        Settings,
    };
    static constexpr int AreaCount = 6;

    // remembered: where the window keeps its size and position (the data folder's settings); none in tests
    // that do not care.
    explicit MainWindow(Preferences* remembered = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Puts the real page in an area (replacing the empty stand-in or the page before); the window takes ownership.
    void setPage(Area area, QWidget* page);
    QWidget* page(Area area) const; // what setPage was given: for most areas a LazyPage until first opened
    QWidget* builtPage(Area area) const; // the page itself, built now if it was waiting to be opened

    Area currentArea() const;
    void showArea(Area area);

    static QString areaTitle(Area area);
    static QString areaMenuText(Area area);
    // Full screen on the Session page: the sidebar and the menu bar step aside for the player.
    bool inFocusMode() const;

    // File > Import and File > Export: features add their actions here.
    QMenu* importMenu() const { return m_importMenu; }
    QMenu* exportMenu() const { return m_exportMenu; }
    // Session > New routine… and the like.
    QMenu* sessionMenu() const { return m_sessionMenu; }

public slots:
    void bringToFront();
    void showAbout();

signals:
    void areaChanged(patella::MainWindow::Area area);
    // Emitted (directly) when the window closes, before it goes: a running session saves itself here.
    void closing();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void buildSidebar();
    void applySidebarStyle();
    void applyFocusMode();
    static QScrollArea* scrollable(QWidget* page);
    void restoreWindowState();
    void saveWindowState() const;

    QListWidget* m_sidebar = nullptr;
    QMenu* m_importMenu = nullptr;
    QMenu* m_exportMenu = nullptr;
    QMenu* m_sessionMenu = nullptr;
    QStackedWidget* m_pages = nullptr;
    Preferences* m_remembered = nullptr;
};

} // namespace patella
