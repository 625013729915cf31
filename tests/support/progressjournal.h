#pragma once

#include "core/model/records.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>

// A real journal for the Progress page's tests and benchmark: a JournalStore on a file in a temp folder, on
// the fixed clock at the reference date, with Preferences and an AppContext beside it. Its store side lives
// in its own file because the store's and the insights' headers cannot meet in one file.
namespace patella {
struct AppContext;
class JournalStore;
class Preferences;
} // namespace patella

namespace patella::test {

class ProgressJournal final
{
public:
    ProgressJournal();
    explicit ProgressJournal(const QString& journalPath); // opens (or creates) that file instead
    ~ProgressJournal();
    ProgressJournal(const ProgressJournal&) = delete;
    ProgressJournal& operator=(const ProgressJournal&) = delete;

    AppContext& context();
    JournalStore& store();
    Preferences& preferences();

    // The store's twelve-week demo, ending on the reference date (UTC).
    void fillDemo();
    // A run, pain report, completed session or flexibility check on a local date; fails the test if refused.
    void addRun(QDate date, double metres, std::optional<double> cadenceSpm = std::nullopt);
    void addPain(QDate date, int score, PainSituation situation);
    void addSession(QDate date);
    void addFlex(QDate date, FlexTest test, Side side, double value, FlexUnit unit = FlexUnit::Centimetres);
    // years of history ending on the reference date, each day two sessions with items, two pain reports and
    // a run, and a weekly check of each flexibility test on both sides; written through addBatch.
    void fillYears(int years);
    bool hasRuns();

private:
    struct Parts;
    std::unique_ptr<Parts> m;
};

} // namespace patella::test
