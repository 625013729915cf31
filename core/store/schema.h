#pragma once

#include "core/model/result.h"

#include <QSqlDatabase>
#include <QStringList>

// The journal's schema: the version-1 tables and the ladder of steps that bring a file up to the
// current version. Each step runs in its own transaction and sets PRAGMA user_version inside it, so a
// failed step leaves the file at the version before it.
namespace patella::schema {

constexpr int kCurrentVersion = 6;

// The statements that create a version-1 journal (kept verbatim: new files are made with them and
// then climb the ladder, so every step is exercised on every new journal).
QStringList version1Statements();

// The step that adds the runner's own exercises and routines and the imported programmes
// (customtables.cpp), ending with PRAGMA user_version = version.
QStringList customContentStatements(int version);

int readVersion(QSqlDatabase& db, bool* ok);

// Creates the version-1 tables in an empty file (user_version 0), in one transaction.
Result<void> createVersion1(QSqlDatabase& db);

// Runs every step from the file's version up to kCurrentVersion.
Result<void> migrate(QSqlDatabase& db, int fromVersion);

} // namespace patella::schema
