#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace patella {

// `patella --check [--data-dir DIR]`: PRAGMA integrity_check on the journal and on every backup of it, one
// line each ("<file>: ok", or the problem). Everything is opened read-only (immutable when no -wal lies
// beside it); nothing is created or written, not even the data folder. run() says whether the journal is
// sound (main exits 0, or 74 when it is missing, damaged, locked or unreadable); a damaged backup is reported
// but does not make the journal unsound.
class CheckCommand final
{
    Q_DECLARE_TR_FUNCTIONS(patella::CheckCommand)

public:
    static bool run(const QString& dataDir, QTextStream& out);

    // The journal the app would open: the data folder's journal.sqlite, or the one the runner started
    // elsewhere (remembered in settings.ini), read without writing the settings.
    static QString journalPath(const QString& dataDir);
};

} // namespace patella
