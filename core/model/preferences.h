#pragma once

#include "core/model/units.h"

#include <QDate>
#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QTime>

#include <optional>

namespace patella {

// The runner's choices, kept in settings.ini beside the journal (so --data-dir keeps them apart, and
// they stay private with the journal). Every setter persists at once and emits changed().
class Preferences final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preferences)

public:
    // fallbackStart: the programme start used until the runner sets one (the first launch's date).
    Preferences(const QString& filePath, QDate fallbackStart, QObject* parent = nullptr);

    DistanceUnit distanceUnit() const;
    void setDistanceUnit(DistanceUnit unit);

    QDate programmeStart() const;
    void setProgrammeStart(QDate date);

    Qt::DayOfWeek checkInDay() const;
    void setCheckInDay(Qt::DayOfWeek day);

    // How often the check-in asks the function score (PSFS): every week (1) or every two weeks (2).
    int functionScoreEveryWeeks() const;
    void setFunctionScoreEveryWeeks(int weeks);

    bool soundsEnabled() const;
    void setSoundsEnabled(bool on);
    int soundVolume() const; // 0-100
    void setSoundVolume(int volume);

    bool voiceEnabled() const;
    void setVoiceEnabled(bool on);
    int voiceVolume() const; // 0-100
    void setVoiceVolume(int volume);

    bool stretchReminderEnabled() const;
    void setStretchReminderEnabled(bool on);
    QTime stretchReminderTime() const;
    void setStretchReminderTime(QTime time);

    bool checkInReminderEnabled() const;
    void setCheckInReminderEnabled(bool on);
    QTime checkInReminderTime() const;
    void setCheckInReminderTime(QTime time);

    bool backupsEnabled() const;
    void setBackupsEnabled(bool on);
    int backupsToKeep() const;

    // "system" (follow the desktop), "light" or "dark".
    enum class Appearance
    {
        System,
        Light,
        Dark,
    };
    Appearance appearance() const;
    void setAppearance(Appearance appearance);
    void setBackupsToKeep(int count);

    // The journal file when it is not the data folder's journal.sqlite (a new one started elsewhere after
    // a problem); empty for the default.
    QString journalPath() const;
    void setJournalPath(const QString& path);

    // What the window and forms remember between launches (geometry, the last pain situation and side):
    // kept in the same private file as the preferences, without emitting changed().
    QVariant remembered(const QString& key, const QVariant& fallback = {}) const;
    void remember(const QString& key, const QVariant& value);

    // The shoe an imported run gets unless the runner picks another (a shoe's id in the journal).
    std::optional<qint64> defaultShoeId() const;
    void setDefaultShoeId(std::optional<qint64> id);

    // Folders scanned for new activity files at start and watched while Patella runs (a watch's
    // GARMIN/Activity folder, a folder a phone app syncs to); none by default. Switched off, the list is kept.
    QStringList importFolders() const;
    void setImportFolders(const QStringList& folders);
    bool importFoldersEnabled() const;
    void setImportFoldersEnabled(bool on);

    QString filePath() const { return m_settings.fileName(); }

signals:
    void changed();

private:
    void put(const QString& key, const QVariant& value);

    mutable QSettings m_settings;
    QDate m_fallbackStart;
};

} // namespace patella
