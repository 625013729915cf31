#include "core/catalog/journalprogramme.h"

#include "core/store/journalstore.h"

namespace patella {

Result<ProgrammeStatus> readProgrammeStatus(JournalStore& store, QDate today, QDate start)
{
    // A check-in is listed by its week's Monday, which may lie up to six days before the window.
    const DateRange window {today.addDays(-(kPainFreeDays - 1)), today};
    PainSources sources;
    auto pain = store.list<PainEntry>(window);
    if (!pain)
        return pain.error();
    sources.pain = pain.value();
    auto runs = store.list<Run>(window);
    if (!runs)
        return runs.error();
    sources.runs = runs.value();
    auto sessions = store.list<SessionRecord>(window);
    if (!sessions)
        return sessions.error();
    sources.sessions = sessions.value();
    auto checkIns = store.list<CheckIn>(DateRange {isoWeekStart(window.from), today});
    if (!checkIns)
        return checkIns.error();
    sources.checkIns = checkIns.value();
    return programmeStatus(today, start, sources);
}

} // namespace patella
