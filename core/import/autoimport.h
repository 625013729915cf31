#pragma once

#include "core/import/importer.h"

#include <QList>
#include <QStringList>

namespace patella {

// What Patella does on its own with the activities a watched folder brought (the folder import never opens
// a dialog that could interrupt a session). The rules, over the importer's classification:
// - New runs are imported, ticked as the preview would tick them, with the default shoe.
// - A likely duplicate of a run typed by hand is not: the runner chooses in the preview (merge or keep
//   both), so its file is in choiceFiles and is not marked as seen until the preview has been opened.
// - Other sports, runs already in the journal and activities the importer refuses are left out; a file
//   that cannot be read is in rejectedFiles (read again only once it changes).
struct AutoImportPlan
{
    QList<ImportCandidate> candidates; // only the new runs ticked
    QStringList choiceFiles; // files with a likely duplicate, for the preview
    QStringList rejectedFiles;
    int newRuns = 0;
    int skipped = 0; // other sports and activities the importer would not take
};

AutoImportPlan planAutoImport(QList<ImportCandidate> classified);

} // namespace patella
