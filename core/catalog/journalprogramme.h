#pragma once

#include "core/catalog/programme.h"
#include "core/model/result.h"

#include <QDate>

namespace patella {

class JournalStore;

// The programme status from the journal itself: reads the last two weeks of every pain source and asks
// programmeStatus(). For callers that do not hold those records already (Progress, the report).
Result<ProgrammeStatus> readProgrammeStatus(JournalStore& store, QDate today, QDate start);

} // namespace patella
