#include "app/cli/checkcommand.h"

#include "core/store/journalprobe.h"
#include "core/store/journalstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

namespace patella {
namespace {

QString line(const QString& path, const ProbeReport& report)
{
    const QString file = QDir::toNativeSeparators(path);
    if (report.sound())
        return CheckCommand::tr("%1: ok").arg(file);
    return CheckCommand::tr("%1: %2").arg(file, report.error.message);
}

} // namespace

QString CheckCommand::journalPath(const QString& dataDir)
{
    const QString settings = QDir(dataDir).filePath(QStringLiteral("settings.ini"));
    if (QFileInfo::exists(settings)) {
        const QSettings read(settings, QSettings::IniFormat); // only read: QSettings writes nothing unless set
        if (const QString remembered = read.value(QStringLiteral("journal/path")).toString(); !remembered.isEmpty())
            return remembered;
    }
    return QDir(dataDir).filePath(QStringLiteral("journal.sqlite"));
}

bool CheckCommand::run(const QString& dataDir, QTextStream& out)
{
    const QString journal = journalPath(dataDir);
    bool sound = false;
    if (!QFileInfo::exists(journal)) {
        out << tr("%1: no journal here").arg(QDir::toNativeSeparators(journal)) << Qt::endl;
    } else {
        const ProbeReport report = probeJournal(journal, CheckDepth::Full);
        out << line(journal, report) << Qt::endl;
        sound = report.sound();
    }
    const QList<BackupInfo> backups = JournalStore::backupsOf(journal);
    int damaged = 0;
    for (const BackupInfo& backup : backups) {
        const ProbeReport report = probeJournal(backup.path, CheckDepth::Full);
        damaged += report.sound() ? 0 : 1;
        out << line(backup.path, report) << Qt::endl;
    }
    out << tr("Checked the journal and %n backup(s); %1.", nullptr, int(backups.size()))
               .arg(sound && damaged == 0 ? tr("all sound")
                        : sound           ? tr("the journal is sound, %n backup(s) damaged", nullptr, damaged)
                                          : tr("the journal is not sound"))
        << Qt::endl;
    return sound;
}

} // namespace patella
