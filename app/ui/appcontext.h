#pragma once

#include <QDate>
#include <QString>

namespace patella {

class Catalog;
class Clock;
class CustomCatalog;
class JournalStore;
class Preferences;

// What every page is built from. Owned by Application; pages keep references for their lifetime.
// Pages read and write the journal only through JournalStore (never SQL), and learn the date from the clock.
struct AppContext
{
    const Clock& clock;
    const Catalog& catalog;
    JournalStore& store;
    Preferences& preferences;
    QString dataDir;
    CustomCatalog* custom = nullptr; // the runner's own exercises and routines (catalog includes them)

    QDate today() const;
};

} // namespace patella
