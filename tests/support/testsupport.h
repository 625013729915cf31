#pragma once

#include "core/model/clock.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>

namespace patella::test {

// Every test that needs "today" uses this date, never the real one.
inline QDate referenceDate()
{
    return QDate(2026, 3, 16); // a Monday
}

inline QDateTime referenceNow()
{
    return QDateTime(referenceDate(), QTime(9, 30), QTimeZone::utc());
}

// A private temp folder that goes away with the test; journals and settings live in it.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

QString fixturePath(const QString& name);

// Shared by both test mains: isolates QSettings and standard paths from the developer's own.
void prepareTestEnvironment();

} // namespace patella::test
