#pragma once

#include "core/catalog/exercise.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What the journal keeps besides the records: the runner's own exercises and routines and the
// physiotherapist's programmes they imported.
namespace patella {

struct ProgrammeInfo
{
    qint64 id = 0;
    QString title;
    QString author;
    QString note;
    std::optional<QDate> reviewDate;
    QDateTime imported; // UTC
    QString fileName; // the file it was imported from, without its folder
};

struct CustomContent
{
    QList<Exercise> exercises; // image paths absolute, in the journal's images folder
    QList<Routine> routines;
    QList<ProgrammeInfo> programmes; // oldest first
};

} // namespace patella
