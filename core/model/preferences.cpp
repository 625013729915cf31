#include "core/model/preferences.h"

#include <QFile>
#include <QLocale>

#include <algorithm>

namespace patella {
namespace {

const QString kUnit = QStringLiteral("units/distance");
const QString kProgrammeStart = QStringLiteral("programme/start");
const QString kCheckInDay = QStringLiteral("programme/checkInDay");
const QString kFunctionScoreWeeks = QStringLiteral("programme/functionScoreEveryWeeks");
const QString kSounds = QStringLiteral("session/sounds");
const QString kSoundVolume = QStringLiteral("session/soundVolume");
const QString kVoice = QStringLiteral("session/voice");
const QString kVoiceVolume = QStringLiteral("session/voiceVolume");
const QString kStretchReminder = QStringLiteral("reminders/stretch");
const QString kStretchReminderTime = QStringLiteral("reminders/stretchTime");
const QString kCheckInReminder = QStringLiteral("reminders/checkIn");
const QString kCheckInReminderTime = QStringLiteral("reminders/checkInTime");
const QString kBackups = QStringLiteral("backups/enabled");
const QString kBackupsToKeep = QStringLiteral("backups/keep");
const QString kAppearance = QStringLiteral("display/appearance");
const QString kJournalPath = QStringLiteral("journal/path");
const QString kRememberedGroup = QStringLiteral("remembered/");
const QString kDefaultShoe = QStringLiteral("import/defaultShoe");
const QString kImportFolder = QStringLiteral("import/folder"); // one folder, before there could be several
const QString kImportFolders = QStringLiteral("import/folders");
const QString kImportFoldersEnabled = QStringLiteral("import/foldersEnabled");

DistanceUnit localeUnit()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? DistanceUnit::Miles : DistanceUnit::Kilometres;
}

} // namespace

Preferences::Preferences(const QString& filePath, QDate fallbackStart, QObject* parent)
    : QObject(parent)
    , m_settings(filePath, QSettings::IniFormat)
    , m_fallbackStart(fallbackStart)
{
    if (!m_settings.contains(kProgrammeStart) && fallbackStart.isValid())
        put(kProgrammeStart, fallbackStart);
}

QString Preferences::journalPath() const
{
    return m_settings.value(kJournalPath).toString();
}

void Preferences::setJournalPath(const QString& path)
{
    put(kJournalPath, path);
}

QVariant Preferences::remembered(const QString& key, const QVariant& fallback) const
{
    return m_settings.value(kRememberedGroup + key, fallback);
}

void Preferences::remember(const QString& key, const QVariant& value)
{
    if (m_settings.value(kRememberedGroup + key) == value)
        return;
    m_settings.setValue(kRememberedGroup + key, value);
    m_settings.sync();
    QFile::setPermissions(m_settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void Preferences::put(const QString& key, const QVariant& value)
{
    if (m_settings.value(key) == value)
        return;
    m_settings.setValue(key, value);
    m_settings.sync();
    QFile::setPermissions(m_settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    emit changed();
}

DistanceUnit Preferences::distanceUnit() const
{
    const QString id = m_settings.value(kUnit).toString();
    return id.isEmpty() ? localeUnit() : unitFromId(id);
}

void Preferences::setDistanceUnit(DistanceUnit unit)
{
    put(kUnit, unitId(unit));
}

QDate Preferences::programmeStart() const
{
    const QDate date = m_settings.value(kProgrammeStart).toDate();
    return date.isValid() ? date : m_fallbackStart;
}

void Preferences::setProgrammeStart(QDate date)
{
    put(kProgrammeStart, date);
}

Qt::DayOfWeek Preferences::checkInDay() const
{
    const int day = m_settings.value(kCheckInDay, static_cast<int>(Qt::Sunday)).toInt();
    return day >= 1 && day <= 7 ? static_cast<Qt::DayOfWeek>(day) : Qt::Sunday;
}

void Preferences::setCheckInDay(Qt::DayOfWeek day)
{
    put(kCheckInDay, static_cast<int>(day));
}

int Preferences::functionScoreEveryWeeks() const
{
    return m_settings.value(kFunctionScoreWeeks, 1).toInt() == 2 ? 2 : 1;
}

void Preferences::setFunctionScoreEveryWeeks(int weeks)
{
    put(kFunctionScoreWeeks, weeks == 2 ? 2 : 1);
}

bool Preferences::soundsEnabled() const
{
    return m_settings.value(kSounds, true).toBool();
}
void Preferences::setSoundsEnabled(bool on)
{
    put(kSounds, on);
}
int Preferences::soundVolume() const
{
    return std::clamp(m_settings.value(kSoundVolume, 80).toInt(), 0, 100);
}
void Preferences::setSoundVolume(int volume)
{
    put(kSoundVolume, std::clamp(volume, 0, 100));
}

bool Preferences::voiceEnabled() const
{
    return m_settings.value(kVoice, true).toBool();
}
void Preferences::setVoiceEnabled(bool on)
{
    put(kVoice, on);
}
int Preferences::voiceVolume() const
{
    return std::clamp(m_settings.value(kVoiceVolume, 80).toInt(), 0, 100);
}
void Preferences::setVoiceVolume(int volume)
{
    put(kVoiceVolume, std::clamp(volume, 0, 100));
}

bool Preferences::stretchReminderEnabled() const
{
    return m_settings.value(kStretchReminder, false).toBool();
}
void Preferences::setStretchReminderEnabled(bool on)
{
    put(kStretchReminder, on);
}
QTime Preferences::stretchReminderTime() const
{
    const QTime t = m_settings.value(kStretchReminderTime).toTime();
    return t.isValid() ? t : QTime(19, 0);
}
void Preferences::setStretchReminderTime(QTime time)
{
    put(kStretchReminderTime, time);
}

bool Preferences::checkInReminderEnabled() const
{
    return m_settings.value(kCheckInReminder, false).toBool();
}
void Preferences::setCheckInReminderEnabled(bool on)
{
    put(kCheckInReminder, on);
}
QTime Preferences::checkInReminderTime() const
{
    const QTime t = m_settings.value(kCheckInReminderTime).toTime();
    return t.isValid() ? t : QTime(18, 0);
}
void Preferences::setCheckInReminderTime(QTime time)
{
    put(kCheckInReminderTime, time);
}

bool Preferences::backupsEnabled() const
{
    return m_settings.value(kBackups, true).toBool();
}
void Preferences::setBackupsEnabled(bool on)
{
    put(kBackups, on);
}
Preferences::Appearance Preferences::appearance() const
{
    const QString id = m_settings.value(kAppearance).toString();
    if (id == QLatin1String("light"))
        return Appearance::Light;
    if (id == QLatin1String("dark"))
        return Appearance::Dark;
    return Appearance::System;
}

void Preferences::setAppearance(Appearance appearance)
{
    put(kAppearance,
        appearance == Appearance::Light      ? QStringLiteral("light")
            : appearance == Appearance::Dark ? QStringLiteral("dark")
                                             : QStringLiteral("system"));
}

int Preferences::backupsToKeep() const
{
    return std::clamp(m_settings.value(kBackupsToKeep, 7).toInt(), 1, 60);
}
void Preferences::setBackupsToKeep(int count)
{
    put(kBackupsToKeep, std::clamp(count, 1, 60));
}

std::optional<qint64> Preferences::defaultShoeId() const
{
    bool ok = false;
    const qint64 id = m_settings.value(kDefaultShoe).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void Preferences::setDefaultShoeId(std::optional<qint64> id)
{
    put(kDefaultShoe, id ? QVariant(*id) : QVariant(QString()));
}

QStringList Preferences::importFolders() const
{
    if (m_settings.contains(kImportFolders))
        return m_settings.value(kImportFolders).toStringList();
    const QString one = m_settings.value(kImportFolder).toString();
    return one.isEmpty() ? QStringList() : QStringList {one};
}

void Preferences::setImportFolders(const QStringList& folders)
{
    QStringList unique;
    for (const QString& folder : folders)
        if (!folder.isEmpty() && !unique.contains(folder))
            unique.append(folder);
    m_settings.remove(kImportFolder);
    put(kImportFolders, unique);
}

bool Preferences::importFoldersEnabled() const
{
    return m_settings.value(kImportFoldersEnabled, true).toBool();
}

void Preferences::setImportFoldersEnabled(bool on)
{
    put(kImportFoldersEnabled, on);
}

} // namespace patella
