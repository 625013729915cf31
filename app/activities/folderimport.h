#pragma once

#include "core/import/activity.h"
#include "core/import/folderledger.h"
#include "core/import/folderscan.h"
#include "core/model/result.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QWidget;

namespace patella {

struct AppContext;

// Settings > Import from a folder, while Patella runs: the folders are looked at once start() is called
// (the shell calls it after the window's first paint) and whenever QFileSystemWatcher says one changed
// (after a short quiet spell, so a copy of twenty files is one look). Listing and reading happen off the
// GUI thread; a file is read once its size has held still (core/import/folderledger.h), and new runs go
// into the journal without a dialog (core/import/autoimport.h). What was read is kept in the data folder
// (FolderLedger::filePath), so the next start reads only what is new. Subfolders are read and watched too
// (Timing::scan, Timing::maxWatched). A folder that is missing (the watch unplugged) is no error: it is looked
// for again every few seconds, and watched again when it is back.
class FolderImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderImport)

public:
    struct Timing
    {
        int quietMs = 500; // after a change, before looking
        int stableMs = int(FolderLedger::kDefaultStableAfterMs); // a size held this long is a finished copy
        int recheckMs = 1000; // while a file is still growing
        int missingMs = 5000; // while a folder is missing
        int pollMs = 60 * 1000; // otherwise: for folders whose file system sends no change (network, MTP)
        int filesPerBatch = 50; // read and imported together: the GUI thread's share stays short
        FolderScanLimits scan; // how deep and how many subfolders one look reads
        // QFileSystemWatcher does not recurse: each subfolder read is watched too, the nearest first, up to
        // this many (each costs an inotify watch, of which a user has a few thousand); the poll covers the rest.
        int maxWatched = 256;
    };

    // What one look brought, for the runner (FolderImportNotice) and the Settings page.
    struct Outcome
    {
        int runs = 0;
        double metres = 0.0;
        QStringList choiceFiles; // likely duplicates: the runner chooses in the preview
        QStringList rejectedFiles;
        QString error; // the journal refused the import
    };

    explicit FolderImport(AppContext& context, QObject* parent = nullptr);
    FolderImport(AppContext& context, Timing timing, QObject* parent = nullptr);
    ~FolderImport() override;

    void start();
    // start() delayMs after window's first paint: the look never slows the start.
    void startAfterFirstPaint(QWidget* window, int delayMs = 1000);
    bool started() const { return m_started; }
    bool busy() const;

    QStringList folders() const { return m_folders; }
    QStringList watchedFolders() const; // what QFileSystemWatcher watches now, subfolders included
    QStringList missingFolders() const { return m_missing; }
    // Files with a likely duplicate, waiting for the runner; takeChoiceFiles() empties the list and marks them
    // as seen (the preview then has them).
    QStringList choiceFiles() const { return m_choiceFiles; }
    QStringList takeChoiceFiles();
    QString statusText() const;
    int filesRead() const { return m_filesRead; } // since start: each file read once (tests, the status)

public slots:
    void lookNow(); // look at every folder soon (after the quiet spell)

signals:
    void imported(const patella::FolderImport::Outcome& outcome); // something to tell the runner
    void statusChanged(const QString& text);
    void looked(); // one look finished, whatever it found (tests)

private:
    void configure();
    void watch();
    void list();
    void listed();
    void readNext();
    void parsed();
    void finish(const Outcome& outcome);
    Outcome importParsed(const QList<Result<ParsedFile>>& files);
    void saveLedger();

    AppContext& m_context;
    Timing m_timing;
    FolderLedger m_ledger;
    QFileSystemWatcher m_watcher;
    QTimer m_quiet;
    QTimer m_recheck;
    QElapsedTimer m_monotonic;
    QFutureWatcher<QList<FolderListing>> m_listing;
    QFutureWatcher<QList<Result<ParsedFile>>> m_reading;
    QList<FileSighting> m_readingFiles;
    QList<FileSighting> m_queue; // ready, waiting for their batch
    Outcome m_total; // of the batches of this look, told once
    QStringList m_folders;
    QStringList m_missing;
    QHash<QString, QStringList> m_subfolders; // of each present folder, as its last look read them
    QStringList m_truncated; // folders with more subfolders than a look reads
    int m_unwatched = 0; // subfolders read but not watched (past Timing::maxWatched)
    QStringList m_choiceFiles;
    QStringList m_savedEntries; // what the data folder's file holds
    QList<FileSighting> m_choiceSightings;
    QString m_lastLook;
    QString m_lastImport;
    int m_filesRead = 0;
    bool m_started = false;
    bool m_again = false; // a change came in during a look
};

} // namespace patella
