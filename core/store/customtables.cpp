#include "core/store/schema.h"

// The schema step for custom content: exercises and routines the runner made or imported, the items of
// those routines, and the programmes they came from. Lists of texts (steps, cues, cautions, targets,
// parts) are JSON arrays in one column: they are read and written whole with their exercise.
namespace patella::schema {

QStringList customContentStatements(int version)
{
    return {
        QStringLiteral("CREATE TABLE programmes (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '',"
                       " author TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', review_date TEXT,"
                       " imported_ms INTEGER NOT NULL, file_name TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE custom_exercises (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                       " summary TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, per_side INTEGER NOT NULL,"
                       " dose_type TEXT NOT NULL, hold_s INTEGER NOT NULL DEFAULT 0, reps INTEGER NOT NULL DEFAULT 0,"
                       " tempo_s INTEGER NOT NULL DEFAULT 0, sets INTEGER NOT NULL DEFAULT 1,"
                       " rest_s INTEGER NOT NULL DEFAULT 0, parts TEXT NOT NULL DEFAULT '[]',"
                       " steps TEXT NOT NULL DEFAULT '[]', cues TEXT NOT NULL DEFAULT '[]',"
                       " cautions TEXT NOT NULL DEFAULT '[]', targets TEXT NOT NULL DEFAULT '[]',"
                       " image TEXT NOT NULL DEFAULT '', mirrored INTEGER NOT NULL DEFAULT 1, origin TEXT NOT NULL,"
                       " programme_id INTEGER REFERENCES programmes(id) ON DELETE SET NULL,"
                       " retired INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE custom_routines (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '', stands_for TEXT NOT NULL DEFAULT '',"
                       " plan_use TEXT NOT NULL DEFAULT 'no', origin TEXT NOT NULL,"
                       " programme_id INTEGER REFERENCES programmes(id) ON DELETE SET NULL,"
                       " retired INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE custom_routine_items (routine_id TEXT NOT NULL"
            " REFERENCES custom_routines(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " exercise_id TEXT NOT NULL, fixed INTEGER NOT NULL DEFAULT 0, hold_s INTEGER NOT NULL DEFAULT 0,"
            " reps INTEGER NOT NULL DEFAULT 0, sets INTEGER NOT NULL DEFAULT 1,"
            " rest_s INTEGER NOT NULL DEFAULT 0, sides TEXT NOT NULL DEFAULT '',"
            " use_parts INTEGER NOT NULL DEFAULT 1, get_ready_s INTEGER,"
            " rest_after_s INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (routine_id, position))"),
        QStringLiteral("PRAGMA user_version = %1").arg(version),
    };
}

} // namespace patella::schema
