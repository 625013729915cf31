#include "app/shell/mainwindow.h"

#include "app/shell/aboutdialog.h"
#include "app/ui/lazypage.h"
#include "app/ui/theme.h"
#include "core/model/preferences.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace patella {
namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");

QString areaIconPath(MainWindow::Area area)
{
    static const char* const names[] = {"today", "session", "journal", "progress", "library", "settings"};
    return QStringLiteral(":/icons/nav-%1.svg").arg(QLatin1String(names[static_cast<int>(area)]));
}

QString areaDescription(MainWindow::Area area)
{
    switch (area) {
    case MainWindow::Area::Today:
        return MainWindow::tr("What to do today, with the reason for each item; what is already done, your "
                              "streak, alerts about pain and mileage, and a quick pain log.");
    case MainWindow::Area::Session:
        return MainWindow::tr("The guided session player: illustrations, timed holds for each side, sets and "
                              "rests, spoken and sound cues, and a pain check after each exercise.");
    case MainWindow::Area::Journal:
        return MainWindow::tr("Your journal: pain entries, runs, flexibility checks, sessions and shoes, to "
                              "add, edit and review.");
    case MainWindow::Area::Progress:
        return MainWindow::tr(
            "Charts of pain over time, weekly mileage beside the guide's 10% guideline, consistency and "
            "flexibility, so you can see whether the knee is getting better.");
    case MainWindow::Area::Library:
        return MainWindow::tr("Every stretch, strength exercise and habit, with illustrations, dose, how-to "
                              "and coaching cues.");
    case MainWindow::Area::Settings:
        return MainWindow::tr("Units, programme start date, check-in day, sounds and voice, reminders, the "
                              "data folder and backups.");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(Preferences* remembered, QWidget* parent)
    : QMainWindow(parent)
    , m_remembered(remembered)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Patella"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/patella.svg")));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    // An empty stand-in per area until setPage: nothing to lay out or draw before the real pages arrive.
    for (int i = 0; i < AreaCount; ++i)
        m_pages->addWidget(new QWidget(m_pages));

    buildSidebar();
    layout->addWidget(m_sidebar->parentWidget());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildMenus();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QScrollArea* MainWindow::scrollable(QWidget* page)
{
    // Every page fills the window while it fits, and scrolls once it does not (large text, 200% scale, a
    // small screen) instead of pushing the window past the screen or squeezing its text.
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // no extra Tab stop: a focused control scrolls itself into view
    scroll->setWidget(page);
    return scroll;
}

// The View menu's entries: the titles with an accelerator each (Alt+V, then the letter).
QString MainWindow::areaMenuText(Area area)
{
    switch (area) {
    case Area::Today:
        return tr("&Today");
    case Area::Session:
        return tr("&Session");
    case Area::Journal:
        return tr("&Journal");
    case Area::Progress:
        return tr("&Progress");
    case Area::Library:
        return tr("&Library");
    case Area::Settings:
        return tr("S&ettings");
    }
    return {};
}

QString MainWindow::areaTitle(Area area)
{
    switch (area) {
    case Area::Today:
        return tr("Today");
    case Area::Session:
        return tr("Session");
    case Area::Journal:
        return tr("Journal");
    case Area::Progress:
        return tr("Progress");
    case Area::Library:
        return tr("Library");
    case Area::Settings:
        return tr("Settings");
    }
    return {};
}

void MainWindow::buildSidebar()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("sidebarPanel"));
    panel->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(12, 16, 12, 12);

    auto* brand = new QLabel(panel);
    brand->setObjectName(QStringLiteral("brand"));
    brand->setText(tr("Patella"));
    QFont brandFont = brand->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.5);
    brandFont.setWeight(QFont::Bold);
    brand->setFont(brandFont);
    auto* brandRow = new QHBoxLayout;
    auto* logo = new QLabel(panel);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/patella.svg")).pixmap(32, 32));
    brandRow->addWidget(logo);
    brandRow->addWidget(brand, 1);
    layout->addLayout(brandRow);
    layout->addSpacing(12);

    m_sidebar = new QListWidget(panel);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setAccessibleName(tr("Sections"));
    for (int i = 0; i < AreaCount; ++i) {
        const auto area = static_cast<Area>(i);
        auto* item = new QListWidgetItem(QIcon(areaIconPath(area)), areaTitle(area), m_sidebar);
        item->setSizeHint(QSize(0, 40));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(areaTitle(area)).arg(i + 1));
        item->setData(Qt::AccessibleDescriptionRole, areaDescription(area)); // what a screen reader adds
    }
    layout->addWidget(m_sidebar, 1);
    panel->setFixedWidth(200);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        applyFocusMode();
        emit areaChanged(static_cast<Area>(row));
    });
    m_sidebar->setCurrentRow(0);
    applySidebarStyle();
}

void MainWindow::applySidebarStyle()
{
    const QPalette pal = palette();
    QPalette sidebarPalette = pal;
    sidebarPalette.setColor(QPalette::Window, theme::sidebarBackground(pal));
    sidebarPalette.setColor(QPalette::Base, theme::sidebarBackground(pal));
    m_sidebar->parentWidget()->setPalette(sidebarPalette);
    const QColor accent = theme::accent(pal);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar { background: transparent; outline: 0; }"
                                            "QListWidget#sidebar::item { border-radius: 6px; padding: 4px 8px; "
                                            "color: palette(window-text); }"
                                            "QListWidget#sidebar::item:selected { background: %1; color: %2; }"
                                            "QListWidget#sidebar::item:hover:!selected { background: %3; }"
                                            // The keyboard's place stays visible: a ring on the current item.
                                            "QListWidget#sidebar:focus::item:selected { border: 2px solid %4; }")
                                 .arg(accent.name(),
                                      theme::isDark(pal) ? QStringLiteral("#10201e") : QStringLiteral("#ffffff"),
                                      pal.color(QPalette::Midlight).name(), pal.color(QPalette::WindowText).name()));
}

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_importMenu = fileMenu->addMenu(tr("&Import"));
    m_importMenu->setObjectName(QStringLiteral("importMenu"));
    m_exportMenu = fileMenu->addMenu(tr("&Export"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < AreaCount; ++i) {
        const auto area = static_cast<Area>(i);
        QAction* action = viewMenu->addAction(QIcon(areaIconPath(area)), areaMenuText(area), this,
                                              [this, area] { showArea(area); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setObjectName(QStringLiteral("showArea%1").arg(i));
        addAction(action); // shortcuts work even while the menu bar is hidden in full screen
    }
    viewMenu->addSeparator();
    QAction* fullScreen = viewMenu->addAction(tr("&Full Screen"), this,
                                              [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    fullScreen->setObjectName(QStringLiteral("toggleFullScreen"));
    addAction(fullScreen);

    m_sessionMenu = menuBar()->addMenu(tr("&Session"));
    m_sessionMenu->setObjectName(QStringLiteral("sessionMenu"));

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About Patella"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    about->setObjectName(QStringLiteral("showAbout"));
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setPage(Area area, QWidget* page)
{
    const int index = static_cast<int>(area);
    QWidget* old = m_pages->widget(index);
    const bool wasCurrent = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, scrollable(page));
    m_pages->removeWidget(old);
    old->deleteLater();
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
}

QWidget* MainWindow::page(Area area) const
{
    auto* scroll = qobject_cast<QScrollArea*>(m_pages->widget(static_cast<int>(area)));
    return scroll ? scroll->widget() : nullptr;
}

QWidget* MainWindow::builtPage(Area area) const
{
    QWidget* given = page(area);
    if (auto* slot = qobject_cast<LazyPage*>(given))
        return slot->page();
    return given;
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_pages->currentIndex());
}

void MainWindow::showArea(Area area)
{
    m_sidebar->setCurrentRow(static_cast<int>(area));
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    emit closing();
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && m_sidebar)
        applySidebarStyle();
    if (event->type() == QEvent::WindowStateChange)
        applyFocusMode();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_remembered ? m_remembered->remembered(kGeometryKey).toByteArray() : QByteArray();
    if (!restoreGeometry(geometry)) {
        resize(1100, 720);
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            move(available.center() - rect().center());
        }
    }
    if (m_remembered)
        restoreState(m_remembered->remembered(kStateKey).toByteArray());
}

void MainWindow::saveWindowState() const
{
    if (!m_remembered)
        return;
    m_remembered->remember(kGeometryKey, saveGeometry());
    m_remembered->remember(kStateKey, saveState());
}

bool MainWindow::inFocusMode() const
{
    return isFullScreen() && currentArea() == Area::Session;
}

void MainWindow::applyFocusMode()
{
    // The session player in full screen shows nothing but the session; every shortcut still works, since the
    // actions are the window's own, and leaving full screen (F11) or the Session page brings the frame back.
    const bool focus = inFocusMode();
    if (!m_sidebar)
        return;
    // Only a change: showing a widget that is not hidden still polishes it and lays it out, which before the
    // first show is work the show does again (about 20 ms at start).
    if (m_sidebar->parentWidget()->isHidden() != focus)
        m_sidebar->parentWidget()->setVisible(!focus);
    if (menuBar()->isHidden() != focus)
        menuBar()->setVisible(!focus);
}

} // namespace patella
