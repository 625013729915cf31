#pragma once

#include <Qt>

// Roles every journal table model answers, so one proxy can sort and filter them all.
namespace patella::journalrole {

enum Role
{
    Id = Qt::UserRole + 1, // RecordId of the row (qint64)
    Date, // QDate the row belongs to: the date-range filter reads it
    Sort, // a value that sorts the way the column means (numbers as numbers, dates as dates)
};

} // namespace patella::journalrole
