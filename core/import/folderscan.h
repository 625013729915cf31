#pragma once

#include "core/import/folderledger.h"

#include <QString>

namespace patella {

// How far one look at a watched folder goes. Phone sync tools and Strava's export put runs in subfolders
// (Activity/2024/, export/activities/), so the subfolders are read too, but a folder chosen by mistake (a
// whole home) must not keep the look busy for minutes.
struct FolderScanLimits
{
    int maxDepth = 4; // levels of subfolders below the watched folder that are read (0: the folder only)
    int maxFolders = 2000; // folders read in one look, the watched one included; the nearest first
};

// Lists folder and its subfolders, breadth first: the activity files (*.gpx *.tcx *.fit and their .gz copies)
// and the folders read. Hidden folders (.Trash-1000, .thumbnails) are not read; a folder reached twice (a
// symbolic link to a folder already read, a link that loops back) is read once. Blocking (a watch's folder on
// USB can be slow): call it off the GUI thread.
FolderListing listActivityFolder(const QString& folder, const FolderScanLimits& limits = {});

} // namespace patella
