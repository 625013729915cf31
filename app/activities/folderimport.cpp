#include "app/activities/folderimport.h"

#include "app/ui/afterfirstpaint.h"
#include "app/ui/appcontext.h"
#include "app/ui/formatting.h"
#include "core/import/activityfile.h"
#include "core/import/autoimport.h"
#include "core/import/importer.h"
#include "core/model/clock.h"
#include "core/model/preferences.h"
#include "core/store/journalstore.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace patella {
namespace {

QList<FolderListing> listFolders(const QStringList& folders, const FolderScanLimits& limits)
{
    QList<FolderListing> out;
    for (const QString& folder : folders)
        out.append(listActivityFolder(folder, limits));
    return out;
}

QList<Result<ParsedFile>> readFiles(const QList<FileSighting>& files)
{
    QList<Result<ParsedFile>> out;
    for (const FileSighting& file : files)
        out.append(ActivityFile::read(file.path));
    return out;
}

// The nearest folder above path that exists: watched while path is missing, so its return is seen at once
// (a mount point may not tell; the timer looks again anyway).
QString nearestExisting(const QString& path)
{
    QString dir = QDir::cleanPath(path);
    while (!QFileInfo(dir).isDir()) {
        const QString parent = QFileInfo(dir).absolutePath();
        if (parent == dir)
            return {};
        dir = parent;
    }
    return QDir(dir).isRoot() ? QString() : dir;
}

} // namespace

FolderImport::FolderImport(AppContext& context, QObject* parent)
    : FolderImport(context, Timing {}, parent)
{
}

FolderImport::FolderImport(AppContext& context, Timing timing, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_timing(timing)
{
    setObjectName(QStringLiteral("folderImport"));
    m_monotonic.start();
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(m_timing.quietMs);
    m_recheck.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, &FolderImport::list);
    connect(&m_recheck, &QTimer::timeout, this, &FolderImport::list);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FolderImport::lookNow);
    connect(&m_listing, &QFutureWatcher<QList<FolderListing>>::finished, this, &FolderImport::listed);
    connect(&m_reading, &QFutureWatcher<QList<Result<ParsedFile>>>::finished, this, &FolderImport::parsed);
    connect(&context.preferences, &Preferences::changed, this, &FolderImport::configure);
}

FolderImport::~FolderImport()
{
    m_listing.waitForFinished();
    m_reading.waitForFinished();
}

void FolderImport::start()
{
    if (m_started)
        return;
    m_started = true;
    // Read here, not in the constructor: the list may be long, and the window is up by now.
    m_savedEntries = FolderLedger::load(FolderLedger::filePath(m_context.dataDir));
    m_ledger = FolderLedger(m_savedEntries, m_timing.stableMs);
    m_folders.clear();
    configure();
    if (m_folders.isEmpty())
        emit statusChanged(statusText());
}

void FolderImport::startAfterFirstPaint(QWidget* window, int delayMs)
{
    afterFirstPaint(window, delayMs, [self = QPointer<FolderImport>(this)] {
        if (self)
            self->start();
    });
}

bool FolderImport::busy() const
{
    return m_listing.isRunning() || m_reading.isRunning() || m_quiet.isActive();
}

QStringList FolderImport::watchedFolders() const
{
    return m_watcher.directories();
}

// Folders from the preferences, cleaned; a change of the list or the switch looks again at once.
void FolderImport::configure()
{
    if (!m_started)
        return;
    QStringList folders;
    if (m_context.preferences.importFoldersEnabled())
        for (const QString& folder : m_context.preferences.importFolders())
            folders.append(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    if (folders == m_folders && !m_folders.isEmpty())
        return;
    const bool wasWatching = !m_folders.isEmpty();
    m_folders = folders;
    m_missing.clear();
    m_subfolders.clear();
    m_truncated.clear();
    watch();
    if (!m_folders.isEmpty())
        list(); // at once: the first look does not wait for a quiet spell
    else if (wasWatching) {
        m_recheck.stop();
        m_quiet.stop();
        emit statusChanged(statusText());
    }
}

// The watcher follows what is there now: each present folder, and for a missing one its nearest ancestor; then
// the subfolders the last look read, the nearest first, while there is room (a new subfolder changes its
// parent, which is watched, so it is read and then watched too).
void FolderImport::watch()
{
    QStringList wanted;
    const auto want = [&wanted](const QString& path) {
        if (!path.isEmpty() && !wanted.contains(path))
            wanted.append(path);
    };
    for (const QString& folder : std::as_const(m_folders))
        want(m_missing.contains(folder) ? nearestExisting(folder) : folder);
    const int room = std::max(m_timing.maxWatched, int(wanted.size()));
    m_unwatched = 0;
    for (const QString& folder : std::as_const(m_folders))
        for (const QString& sub : m_subfolders.value(folder)) {
            if (wanted.size() < room)
                want(sub);
            else
                ++m_unwatched;
        }
    const QStringList current = m_watcher.directories();
    QStringList gone;
    for (const QString& path : current)
        if (!wanted.contains(path))
            gone.append(path);
    if (!gone.isEmpty())
        m_watcher.removePaths(gone);
    QStringList added;
    for (const QString& path : std::as_const(wanted))
        if (!current.contains(path) && QFileInfo(path).isDir())
            added.append(path);
    if (!added.isEmpty())
        m_watcher.addPaths(added);
}

void FolderImport::lookNow()
{
    if (m_started && !m_folders.isEmpty())
        m_quiet.start();
}

void FolderImport::list()
{
    if (m_listing.isRunning() || m_reading.isRunning() || !m_queue.isEmpty()) {
        m_again = true;
        return;
    }
    if (m_folders.isEmpty())
        return;
    m_recheck.stop();
    m_listing.setFuture(QtConcurrent::run(listFolders, m_folders, m_timing.scan));
}

void FolderImport::listed()
{
    const QList<FolderListing> listings = m_listing.result();
    const qint64 now = m_monotonic.elapsed();
    m_missing.clear();
    m_subfolders.clear();
    m_truncated.clear();
    QList<FileSighting> ready;
    for (const FolderListing& listing : listings) {
        if (!m_folders.contains(listing.folder))
            continue; // the runner removed it during the look
        if (!listing.present)
            m_missing.append(listing.folder);
        if (listing.truncated)
            m_truncated.append(listing.folder);
        m_subfolders.insert(listing.folder, listing.folders.mid(1));
        ready.append(m_ledger.ready(listing, now));
    }
    watch();
    saveLedger(); // files removed from a present folder are forgotten
    m_recheck.start(m_ledger.waiting()         ? m_timing.recheckMs
                        : !m_missing.isEmpty() ? m_timing.missingMs
                                               : m_timing.pollMs);
    if (ready.isEmpty()) {
        finish({});
        return;
    }
    m_queue = ready;
    readNext();
}

// A first look at a watch's folder may find years of runs: they go in batches, each read off the GUI thread
// and then classified and written on it, so the window keeps answering between them.
void FolderImport::readNext()
{
    const qsizetype count = std::min<qsizetype>(m_queue.size(), std::max(1, m_timing.filesPerBatch));
    m_readingFiles = m_queue.mid(0, count);
    m_queue.remove(0, count);
    m_filesRead += int(m_readingFiles.size());
    m_reading.setFuture(QtConcurrent::run(readFiles, m_readingFiles));
}

void FolderImport::parsed()
{
    const QList<FileSighting> files = std::exchange(m_readingFiles, {});
    const Outcome outcome = importParsed(m_reading.result());
    if (outcome.error.isEmpty()) {
        for (const FileSighting& file : files) {
            if (outcome.choiceFiles.contains(file.path)) {
                if (!m_choiceFiles.contains(file.path)) {
                    m_choiceFiles.append(file.path);
                    m_choiceSightings.append(file);
                }
                continue;
            }
            m_ledger.markSeen(file);
        }
        saveLedger();
    }
    m_total.runs += outcome.runs;
    m_total.metres += outcome.metres;
    m_total.choiceFiles += outcome.choiceFiles;
    m_total.rejectedFiles += outcome.rejectedFiles;
    m_total.error = outcome.error;
    if (outcome.error.isEmpty() && !m_queue.isEmpty()) {
        QTimer::singleShot(0, this, &FolderImport::readNext);
        return;
    }
    m_queue.clear(); // after an error the rest is read at a later look
    finish(std::exchange(m_total, {}));
}

FolderImport::Outcome FolderImport::importParsed(const QList<Result<ParsedFile>>& files)
{
    Outcome outcome;
    Importer importer(m_context.store);
    auto classified = importer.classify(files, m_context.preferences.defaultShoeId());
    if (!classified) {
        outcome.error = classified.error().text();
        return outcome;
    }
    AutoImportPlan plan = planAutoImport(classified.value());
    outcome.choiceFiles = plan.choiceFiles;
    outcome.rejectedFiles = plan.rejectedFiles;
    if (plan.newRuns == 0)
        return outcome;
    auto receipt = importer.commit(plan.candidates);
    if (!receipt) {
        outcome.error = receipt.error().text();
        outcome.choiceFiles.clear();
        outcome.rejectedFiles.clear();
        return outcome;
    }
    outcome.runs = receipt->runs();
    outcome.metres = receipt->metres;
    return outcome;
}

void FolderImport::finish(const Outcome& outcome)
{
    const QString when = fmt::time(m_context.clock.now());
    if (!outcome.error.isEmpty())
        m_lastLook = tr("Last look at %1: the runs could not be imported (%2).").arg(when, outcome.error);
    else
        m_lastLook = tr("Last look at %1.").arg(when);
    if (outcome.runs > 0)
        //: %1 time of day, %2 distance with its unit
        m_lastImport = tr("Imported at %1: %n new run(s), %2.", nullptr, outcome.runs)
                           .arg(when, fmt::distance(outcome.metres, m_context.preferences.distanceUnit(), 1));
    if (outcome.runs > 0 || !outcome.choiceFiles.isEmpty() || !outcome.rejectedFiles.isEmpty()
        || !outcome.error.isEmpty())
        emit imported(outcome);
    emit statusChanged(statusText());
    emit looked();
    if (std::exchange(m_again, false))
        lookNow();
}

QStringList FolderImport::takeChoiceFiles()
{
    for (const FileSighting& file : std::as_const(m_choiceSightings))
        m_ledger.markSeen(file);
    m_choiceSightings.clear();
    saveLedger();
    return std::exchange(m_choiceFiles, {});
}

QString FolderImport::statusText() const
{
    if (!m_context.preferences.importFoldersEnabled())
        return tr("Switched off: no folder is looked at.");
    if (m_folders.isEmpty())
        return m_started ? tr("No folder chosen.") : QString();
    QStringList lines;
    for (const QString& folder : m_missing)
        //: %1 a folder's path
        lines.append(tr("%1 is not there now (a watch unplugged?): Patella looks for it again every few seconds.")
                         .arg(QDir::toNativeSeparators(folder)));
    if (m_missing.size() < m_folders.size())
        lines.append(tr("Watching %n folder(s).", nullptr, int(m_folders.size() - m_missing.size())));
    qsizetype subfolders = 0;
    for (const QStringList& subs : m_subfolders)
        subfolders += subs.size();
    if (subfolders > 0)
        lines.append(tr("%n subfolder(s) looked in as well.", nullptr, int(subfolders)));
    for (const QString& folder : m_truncated)
        //: %1 a folder's path; %n how many folders one look reads
        lines.append(tr("%1 holds more folders than one look reads: only the %n nearest are looked in.", nullptr,
                        m_timing.scan.maxFolders)
                         .arg(QDir::toNativeSeparators(folder)));
    if (m_unwatched > 0)
        lines.append(tr("Not watched (too many), looked in every minute: %n subfolder(s).", nullptr, m_unwatched));
    if (!m_lastLook.isEmpty())
        lines.append(m_lastLook);
    if (!m_lastImport.isEmpty())
        lines.append(m_lastImport);
    if (!m_choiceFiles.isEmpty())
        lines.append(tr("Waiting for your choice: %n file(s) with a run you may have typed by hand.", nullptr,
                        int(m_choiceFiles.size())));
    return lines.join(QLatin1Char('\n'));
}

void FolderImport::saveLedger()
{
    const QStringList entries = m_ledger.entries();
    if (entries == m_savedEntries)
        return;
    if (const auto saved = FolderLedger::save(FolderLedger::filePath(m_context.dataDir), entries); !saved) {
        qWarning("%s", qUtf8Printable(saved.error().text())); // read again at the next start: no harm
        return;
    }
    m_savedEntries = entries;
}

} // namespace patella
