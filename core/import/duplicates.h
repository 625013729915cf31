#pragma once

#include "core/model/records.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// The duplicate rules every run importer shares (activity files, running-history CSV): a run whose
// external id the journal already holds is already imported (re-importing is a no-op); a run on the same
// local day as a manual run, within 10% of its distance, is likely the same run logged by hand.
namespace patella {

class DuplicateFinder final
{
public:
    static constexpr double kLikelyTolerance = 0.10; // of the manual run's distance

    enum class Kind
    {
        None,
        AlreadyImported, // the same external id is in the journal (or earlier in this import)
        LikelyManual, // a manual run on the same day within 10% of the distance
    };

    struct Finding
    {
        Kind kind = Kind::None;
        Run existing; // the run it matches
    };

    explicit DuplicateFinder(const QList<Run>& journalRuns);

    Finding find(const Run& candidate) const;
    // Counts a run about to be added, so the same external id later in the same import is found too.
    void remember(const Run& run);

private:
    QHash<QString, Run> m_byExternalId;
    QHash<QDate, QList<Run>> m_manualByDay;
};

} // namespace patella
