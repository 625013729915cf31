#include "core/import/duplicates.h"

#include <cmath>

namespace patella {

DuplicateFinder::DuplicateFinder(const QList<Run>& journalRuns)
{
    for (const Run& run : journalRuns)
        remember(run);
}

void DuplicateFinder::remember(const Run& run)
{
    const QString id = run.externalId.trimmed();
    if (!id.isEmpty())
        m_byExternalId.insert(id, run);
    if (run.source == RunSource::Manual)
        m_manualByDay[run.localDate].append(run);
}

DuplicateFinder::Finding DuplicateFinder::find(const Run& candidate) const
{
    const QString id = candidate.externalId.trimmed();
    if (!id.isEmpty()) {
        if (const auto found = m_byExternalId.constFind(id); found != m_byExternalId.constEnd())
            return {Kind::AlreadyImported, *found};
    }
    const auto day = m_manualByDay.constFind(candidate.localDate);
    if (day == m_manualByDay.constEnd())
        return {};
    for (const Run& manual : *day) {
        if (std::abs(candidate.distanceMetres - manual.distanceMetres) <= kLikelyTolerance * manual.distanceMetres)
            return {Kind::LikelyManual, manual};
    }
    return {};
}

} // namespace patella
