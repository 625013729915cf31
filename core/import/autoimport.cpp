#include "core/import/autoimport.h"

namespace patella {

AutoImportPlan planAutoImport(QList<ImportCandidate> classified)
{
    AutoImportPlan plan;
    for (ImportCandidate& c : classified) {
        switch (c.status) {
        case ImportStatus::New:
            c.ticked = c.tickable && c.activity.has_value();
            plan.newRuns += c.ticked ? 1 : 0;
            break;
        case ImportStatus::LikelyDuplicate:
            c.ticked = false;
            if (!plan.choiceFiles.contains(c.file))
                plan.choiceFiles.append(c.file);
            break;
        case ImportStatus::Skipped:
            c.ticked = false;
            ++plan.skipped;
            break;
        case ImportStatus::Rejected:
            c.ticked = false;
            if (!plan.rejectedFiles.contains(c.file))
                plan.rejectedFiles.append(c.file);
            break;
        case ImportStatus::AlreadyInJournal:
            c.ticked = false;
            break;
        }
    }
    plan.candidates = std::move(classified);
    return plan;
}

} // namespace patella
