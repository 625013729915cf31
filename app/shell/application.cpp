#include "app/shell/application.h"

#include "app/activities/activitydrop.h"
#include "app/activities/activityimportactions.h"
#include "app/activities/folderimport.h"
#include "app/activities/foldernotice.h"
#include "app/csv/csvactions.h"
#include "app/journal/journalpage.h"
#include "app/library/librarypage.h"
#include "app/progress/progresspage.h"
#include "app/routines/routineactions.h"
#include "app/sessionplayer/cueplayer.h"
#include "app/sessionplayer/sessionpage.h"
#include "app/settings/settingspage.h"
#include "app/shell/journalproblemdialog.h"
#include "app/shell/mainwindow.h"
#include "app/shell/programmemenu.h"
#include "app/shell/reminders.h"
#include "app/shell/translations.h"
#include "app/shell/trayicon.h"
#include "app/today/todaypage.h"
#include "app/ui/afterfirstpaint.h"
#include "app/ui/appcontext.h"
#include "app/ui/deferredredraw.h"
#include "app/ui/firstpaintprobe.h"
#include "app/ui/formatting.h"
#include "app/ui/lazypage.h"
#include "app/ui/theme.h"
#include "core/catalog/catalog.h"
#include "core/model/clock.h"
#include "core/model/language.h"
#include "core/model/preferences.h"
#include "core/store/customcatalog.h"
#include "core/store/demojournal.h"
#include "core/store/journalprobe.h"
#include "core/store/journalstore.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStyle>
#include <QTimer>

namespace patella {
namespace {

constexpr int kBackupCheckMs = 60 * 60 * 1000; // hourly: a Patella left open overnight still backs up daily
constexpr int kFirstBackupDelayMs = 3000;
constexpr int kIntegrityCheckDelayMs = 300; // after the first paint
constexpr int kDemoWeeks = 12;

} // namespace

Application::Application(LaunchOptions options, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{
}

Application::~Application()
{
    // Pages hold references into the context; they go first.
    m_window.reset();
}

QString Application::journalFileName()
{
    return QStringLiteral("journal.sqlite");
}

QString Application::journalPath() const
{
    return m_store ? m_store->path() : QDir(m_options.dataDir).filePath(journalFileName());
}

int Application::start(bool interactive)
{
    const QDir dir(m_options.dataDir);
    const QDate fallbackStart = m_options.demo ? m_clock.today().addDays(-7 * kDemoWeeks + 1) : m_clock.today();
    m_preferences = std::make_unique<Preferences>(dir.filePath(QStringLiteral("settings.ini")), fallbackStart);
    // Before the catalog, which is translated as it loads.
    m_translations = std::make_unique<Translations>(
        language::resolve(language::storedChoice(m_preferences->filePath()), QLocale::system().uiLanguages()));

    if (const int code = loadCatalog(interactive); code != exitcode::Ok)
        return code;
    FirstPaintProbe::mark("catalog");
    if (const int code = openJournal(interactive); code != exitcode::Ok)
        return code;
    FirstPaintProbe::mark("journal");

    m_custom = std::make_unique<CustomCatalog>(*m_catalog, *m_store);
    if (const auto loaded = m_custom->reload(); !loaded)
        qWarning("your own routines: %s", qUtf8Printable(loaded.error().text()));
    m_context = std::make_unique<AppContext>(
        AppContext {m_clock, m_custom->catalog(), *m_store, *m_preferences, m_options.dataDir, m_custom.get()});
    m_desktopStyle = QApplication::style()->name();
    m_desktopPalette = QApplication::palette();
    applyAppearance();
    connect(m_preferences.get(), &Preferences::changed, this, &Application::applyAppearance);
    m_window = std::make_unique<MainWindow>(m_preferences.get());
    FirstPaintProbe::mark("window");
    if (m_options.demo)
        m_window->setWindowTitle(tr("Patella — demo journal (nothing is kept)"));
    m_tray = TrayIcon::create(*m_preferences, this);
    connect(m_tray, &TrayIcon::openRequested, m_window.get(), &MainWindow::bringToFront);
    connect(m_tray, &TrayIcon::quitRequested, m_window.get(), [this] {
        if (m_window->close()) // a playing session is saved as interrupted, as when the window closes
            QCoreApplication::quit();
    });
    buildPages();
    FirstPaintProbe::mark("pages");

    m_reminders = new Reminders(*m_context, *m_tray, this);
    connect(m_reminders, &Reminders::activated, m_window.get(),
            [this] { m_window->showArea(MainWindow::Area::Today); });

    m_backupTimer = new QTimer(this);
    connect(m_backupTimer, &QTimer::timeout, this, &Application::backUpIfDue);
    m_backupTimer->start(kBackupCheckMs);
    // The day's backup copies the whole journal: after the window is up, not before.
    QTimer::singleShot(kFirstBackupDelayMs, this, &Application::backUpIfDue);
    connect(m_preferences.get(), &Preferences::changed, this,
            [this] { m_store->setDailyBackupsKept(m_preferences->backupsToKeep()); });
    // The full check (every index against its table) runs on a thread once the window has painted, so it does
    // not compete with the first paint; a write before its result waits for it or checks the pages itself.
    connect(m_store.get(), &JournalStore::integrityChecked, this, [this, interactive](bool sound, const QString& why) {
        if (!sound)
            reportDamage(why, interactive);
    });
    afterFirstPaint(m_window.get(), kIntegrityCheckDelayMs, [this] { m_store->checkIntegrityInBackground(); });
    return exitcode::Ok;
}

int Application::loadCatalog(bool interactive)
{
    auto loaded = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), &Catalog::illustrationResourceExists);
    if (!loaded) {
        const QString text = tr("Patella's exercise catalog is damaged, so Patella will not start with half of it. "
                                "Reinstalling Patella should fix this.\n\n%1")
                                 .arg(loaded.error().text());
        qCritical("%s", qUtf8Printable(text));
        if (interactive)
            QMessageBox::critical(nullptr, tr("Patella cannot start"), text);
        return exitcode::Software;
    }
    m_catalog = std::make_unique<Catalog>(std::move(loaded).value());
    return exitcode::Ok;
}

int Application::openJournal(bool interactive)
{
    m_store = std::make_unique<JournalStore>(m_clock);
    m_store->setDailyBackupsKept(m_preferences->backupsToKeep());
    // A journal the runner started elsewhere after a problem is the one to open from then on.
    const QString remembered = m_options.demo ? QString() : m_preferences->journalPath();
    QString path = remembered.isEmpty() ? QDir(m_options.dataDir).filePath(journalFileName()) : remembered;
    for (;;) {
        const auto opened = m_store->open(path);
        if (opened)
            break;
        const QString detail = opened.error().text();
        qCritical("%s: %s", qUtf8Printable(path), qUtf8Printable(detail));
        if (!interactive)
            return exitcode::Journal;
        JournalProblemDialog dialog(path, m_store->openFailure(), detail, m_store->listBackups());
        if (dialog.exec() != QDialog::Accepted)
            return exitcode::Journal;
        if (dialog.choice() == JournalProblemDialog::Choice::Retry)
            continue;
        if (dialog.choice() == JournalProblemDialog::Choice::RestoreBackup) {
            const auto restored = m_store->restoreBackup(dialog.backupPath());
            if (restored)
                break;
            QMessageBox::warning(nullptr, tr("Restore failed"), restored.error().text());
            continue;
        }
        const QString other = QFileDialog::getSaveFileName(
            nullptr, tr("New journal"), QDir(m_options.dataDir).filePath(QStringLiteral("journal-new.sqlite")),
            tr("Patella journal (*.sqlite)"));
        if (other.isEmpty())
            return exitcode::Journal;
        path = other;
    }
    if (!m_options.demo)
        m_preferences->setJournalPath(path == QDir(m_options.dataDir).filePath(journalFileName()) ? QString()
                                                                                                  : m_store->path());

    if (m_options.demo && m_store->list<SessionRecord>() && m_store->list<SessionRecord>().value().isEmpty()) {
        DemoJournalOptions demo;
        // The twelve weeks end yesterday: nothing is dated later than now, and today's plan is still open.
        demo.endDate = m_clock.today().addDays(-1);
        demo.weeks = kDemoWeeks;
        if (const auto filled = fillDemoJournal(*m_store, demo); !filled)
            qWarning("demo journal: %s", qUtf8Printable(filled.error().text()));
    }
    return exitcode::Ok;
}

void Application::buildPages()
{
    AppContext& context = *m_context;
    MainWindow* window = m_window.get();

    m_routineActions = new RoutineActions(*m_custom, window);
    m_cues = new CuePlayer(*m_preferences, this); // asks for the sound device only when a cue plays
    auto* today = new TodayPage(context);
    // Only Today is built at start. The Journal and Progress read every record, the Library draws every
    // exercise, Session and Settings are large forms: each is built when first opened, so the window shows
    // as soon as Today is ready, and a journal of years opens as fast as an empty one.
    m_sessionSlot = new LazyPage(QStringLiteral("sessionSlot"), [this, &context](QWidget* parent) {
        return new SessionPage(context, parent, m_cues);
    });
    auto* journal = new LazyPage(QStringLiteral("journalSlot"),
                                 [&context](QWidget* parent) { return new JournalPage(context, parent); });
    auto* progress = new LazyPage(QStringLiteral("progressSlot"),
                                  [&context](QWidget* parent) { return new ProgressPage(context, parent); });
    auto* settings
        = new LazyPage(QStringLiteral("settingsSlot"), [this](QWidget* parent) { return buildSettings(parent); });
    window->setPage(MainWindow::Area::Today, today);
    window->setPage(MainWindow::Area::Session, m_sessionSlot);
    window->setPage(MainWindow::Area::Journal, journal);
    window->setPage(MainWindow::Area::Progress, progress);
    window->setPage(MainWindow::Area::Library, libraryPage());
    window->setPage(MainWindow::Area::Settings, settings);
    buildImports();

    // Sessions start from Today, the Library and the Session page's own list.
    connect(today, &TodayPage::startRoutineRequested, this, [this](const QString& id) {
        m_window->showArea(MainWindow::Area::Session);
        sessionPage()->startRoutine(id);
    });
    // Your own routines and exercises, and imported programmes: every page that lists them rebuilds (one not
    // built yet reads them when it is).
    connect(m_custom.get(), &CustomCatalog::changed, this, [this, window, today] {
        if (m_sessionSlot->isBuilt())
            sessionPage()->rebuildRoutineList();
        today->refresh();
        window->setPage(MainWindow::Area::Library, libraryPage());
    });
    auto* programmes = new ProgrammeMenu(*m_custom, window, this);
    programmes->addTo(window->importMenu(), window->exportMenu());
    m_routineActions->addTo(window->sessionMenu());
    // After a save the Library (rebuilt by then) shows what was saved; after a delete, offers Undo.
    const auto withLibrary = [window](std::function<void(LibraryPage*)> then) {
        if (auto* slot = qobject_cast<LazyPage*>(window->page(MainWindow::Area::Library)))
            slot->whenBuilt([then](QWidget* page) {
                if (auto* library = qobject_cast<LibraryPage*>(page))
                    then(library);
            });
    };
    connect(m_routineActions, &RoutineActions::saved, this,
            [withLibrary](const QString& id) { withLibrary([id](LibraryPage* library) { library->select(id); }); });
    connect(m_routineActions, &RoutineActions::deleted, this, [withLibrary](const QString& name) {
        withLibrary([name](LibraryPage* library) { library->showDeleted(name); });
    });
    // A session that is running when the window closes is saved as interrupted, once.
    connect(window, &MainWindow::closing, this, [this] {
        if (m_sessionSlot->isBuilt())
            sessionPage()->finishOrInterrupt();
    });

    connect(today, &TodayPage::checkInRequested, journal, [window, journal] {
        window->showArea(MainWindow::Area::Journal);
        if (auto* page = qobject_cast<JournalPage*>(journal->page()))
            page->openCheckIn();
    });
}

SessionPage* Application::sessionPage()
{
    return qobject_cast<SessionPage*>(m_sessionSlot->page());
}

// File > Import, the watched folders and files dropped on the window; what Settings shows of them is kept
// here until Settings is built.
void Application::buildImports()
{
    MainWindow* window = m_window.get();
    auto* csv = new CsvActions(*m_context, window);
    csv->addTo(window->importMenu(), window->exportMenu());
    auto* activities = new ActivityImportActions(*m_context, window);
    activities->addTo(window->importMenu());
    // Settings > Import from a folder: looked at once the window has painted, then watched.
    auto* folders = new FolderImport(*m_context, window);
    new FolderImportNotice(*m_context, window, *folders, *activities, m_tray);
    connect(folders, &FolderImport::statusChanged, this, [this](const QString& text) {
        m_folderStatus = text;
        if (m_settings)
            m_settings->setImportFolderStatus(text);
    });
    folders->startAfterFirstPaint(window);
    new ActivityDropTarget(window, *activities); // files dropped on the window: the same preview
}

// Settings, when first opened: the shoes, the backups, the folder status and what this machine can play.
QWidget* Application::buildSettings(QWidget* parent)
{
    auto* settings = new SettingsPage(*m_preferences, m_options.dataDir, parent);
    m_settings = settings;
    const auto listShoes = [this, settings] {
        if (const auto shoes = m_store->list<Shoe>())
            settings->setShoes(shoes.value());
    };
    listShoes();
    connect(m_store.get(), &JournalStore::changed, settings, [listShoes](RecordKind kind) {
        if (kind == RecordKind::Shoes || kind == RecordKind::All)
            listShoes();
    });
    if (!m_folderStatus.isEmpty())
        settings->setImportFolderStatus(m_folderStatus);
    connect(settings, &SettingsPage::backupNowRequested, this, [this, settings] {
        const auto made = m_store->backupNow();
        settings->setBackupStatus(made ? tr("Backed up to %1").arg(made.value()) : made.error().text());
        listBackups(settings);
    });
    connect(settings, &SettingsPage::restoreRequested, this, [this, settings](const QString& path) {
        const auto restored = m_store->restoreBackup(path);
        settings->setBackupStatus(restored ? tr("Restored. The journal as it was is kept as a pre-restore backup.")
                                           : restored.error().text());
        listBackups(settings);
    });
    connect(settings, &SettingsPage::testSoundRequested, this, [this] { m_cues->play(CuePlayer::Tone::Phase); });
    connect(settings, &SettingsPage::testVoiceRequested, this, [this] { m_cues->say(tr("Switch sides")); });
    // Asking for the sound device and the speech engine loads their plugins: once Settings is on screen.
    auto* cueStatus = new DeferredRedraw(settings, [this, settings] { settings->setCueStatus(m_cues->status()); });
    cueStatus->request();
    listBackups(settings);
    const QList<BackupInfo> backups = m_store->listBackups();
    if (!backups.isEmpty())
        settings->setBackupStatus(tr("Last backup: %1").arg(fmt::dateTime(backups.constFirst().created)));
    return settings;
}

void Application::listBackups(SettingsPage* settings)
{
    QList<BackupListing> listings;
    for (const BackupInfo& backup : m_store->listBackups()) {
        const ProbeReport report = probeJournal(backup.path, CheckDepth::None, true);
        listings.append(
            BackupListing {backup, report.countsRead ? std::optional<EntryCounts>(report.counts) : std::nullopt});
    }
    settings->setBackups(listings, m_store->backupFolder());
}

// The Library draws a picture for every exercise: built when first opened, like the Journal and Progress.
QWidget* Application::libraryPage()
{
    return new LazyPage(QStringLiteral("librarySlot"), [this](QWidget* parent) { return buildLibrary(parent); });
}

QWidget* Application::buildLibrary(QWidget* parent)
{
    auto* library = new LibraryPage(m_custom->catalog(), parent);
    library->setStartAvailable(true);
    library->setEditingAvailable(true);
    RoutineActions* actions = m_routineActions;
    connect(library, &LibraryPage::newExerciseRequested, actions, &RoutineActions::newExercise);
    connect(library, &LibraryPage::newRoutineRequested, actions, &RoutineActions::newRoutine);
    connect(library, &LibraryPage::deleteRequested, actions, &RoutineActions::remove);
    connect(library, &LibraryPage::undoDeleteRequested, actions, &RoutineActions::undoDelete);
    connect(library, &LibraryPage::editRequested, actions, [this, actions](const QString& id) {
        if (m_custom->catalog().routine(id))
            actions->editRoutine(id);
        else
            actions->editExercise(id);
    });
    connect(library, &LibraryPage::startRequested, this, [this](const QString& id) {
        m_window->showArea(MainWindow::Area::Session);
        SessionPage* session = sessionPage();
        if (m_custom->catalog().routine(id))
            session->startRoutine(id);
        else
            session->startExercise(id);
    });
    return library;
}

void Application::applyAppearance()
{
    const auto appearance = m_preferences->appearance();
    if (static_cast<int>(appearance) == m_appliedAppearance)
        return;
    m_appliedAppearance = static_cast<int>(appearance);
    switch (appearance) {
    case Preferences::Appearance::System:
        QApplication::setStyle(m_desktopStyle);
        QApplication::setPalette(m_desktopPalette);
        break;
    case Preferences::Appearance::Light:
        // Fusion draws every widget from the palette, so Patella's own palettes look the same everywhere.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(theme::lightPalette());
        break;
    case Preferences::Appearance::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(theme::darkPalette());
        break;
    }
}

// The background check found damage: writes are already stopped; the runner may restore a backup now.
void Application::reportDamage(const QString& why, bool interactive)
{
    qCritical("%s", qUtf8Printable(why));
    if (!interactive)
        return;
    JournalProblemDialog dialog(m_store->path(), OpenFailure::Corrupt, why, m_store->listBackups(), m_window.get());
    if (dialog.exec() != QDialog::Accepted || dialog.choice() != JournalProblemDialog::Choice::RestoreBackup)
        return;
    if (const auto restored = m_store->restoreBackup(dialog.backupPath()); !restored)
        QMessageBox::warning(m_window.get(), tr("Restore failed"), restored.error().text());
}

void Application::backUpIfDue()
{
    if (m_preferences->backupsEnabled() && !m_options.demo) {
        if (const auto made = m_store->backupIfDue(); !made)
            qWarning("backup: %s", qUtf8Printable(made.error().text()));
    }
    // Settings lists the backups with their entries (each one opened read-only): after the window is up.
    if (m_settings)
        listBackups(m_settings);
}

} // namespace patella
