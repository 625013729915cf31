#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace patella {

// The throwaway data folder of `--demo`: made only then, removed when Patella exits, and one a crash left
// behind is removed at the next start (each holds the process id that made it).
class DemoFolder final
{
public:
    DemoFolder();
    ~DemoFolder();
    Q_DISABLE_COPY_MOVE(DemoFolder)

    bool isValid() const { return m_dir.isValid(); }
    QString errorString() const { return m_dir.errorString(); }
    QString path() const { return m_dir.path(); }

    // Removes demo folders in the temporary directory whose process is gone; returns how many.
    static int clearStale();
    static QString pattern(); // "Patella-demo-XXXXXX" in the temporary directory

private:
    QTemporaryDir m_dir;
};

} // namespace patella
