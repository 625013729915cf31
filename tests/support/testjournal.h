#pragma once

#include "core/catalog/catalog.h"
#include "core/model/clock.h"
#include "core/model/preferences.h"
#include "core/store/journalstore.h"
#include "tests/support/testsupport.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace patella::test {

// The real catalog from the resources; a failure to load fails the test. checkIllustrations also requires
// every illustration the catalog names to exist.
Catalog loadCatalog(bool checkIllustrations = false);

// What most tests are built from: a real journal file in a private temp folder, the fixed clock on the
// reference date, the real catalog, and Preferences in the same folder (kilometres). The journal is open
// when the constructor returns (a failure fails the test).
class TestJournal
{
public:
    struct Options
    {
        QDate programmeStart = referenceDate();
        QString journalPath; // empty: journal.sqlite in the temp folder
        bool checkIllustrations = false;
    };

    TestJournal();
    explicit TestJournal(const Options& options);
    virtual ~TestJournal();
    TestJournal(const TestJournal&) = delete;
    TestJournal& operator=(const TestJournal&) = delete;

    QString journalPath() const { return m_journalPath; }

    // daysAgo days before the reference date, at hour local time, in UTC.
    QDateTime at(int daysAgo, int hour = 7) const;
    // Records added through the store; a refusal fails the test and returns NoId.
    RecordId addShoe(const QString& name, double limitMetres = 700000.0, int firstUseDaysAgo = 200);
    RecordId addRun(int daysAgo, double metres, std::optional<RecordId> shoe = std::nullopt);

    TempDir dir;
    FixedClock clock {referenceNow()};
    Catalog catalog;
    JournalStore store {clock};
    Preferences preferences;

private:
    QString m_journalPath;
};

} // namespace patella::test
