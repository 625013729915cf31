#pragma once

#include "core/import/activity.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

// What the FIT decoder keeps of one FIT file (one link of a chain), already scaled to plain units, and the
// step that turns it into activities. Times are FIT seconds (since 1989-12-31T00:00:00Z).
namespace patella::fit {

struct Summary // a session or a lap
{
    std::optional<std::uint32_t> startTime;
    std::optional<std::uint32_t> timestamp; // when it ended
    std::optional<std::uint8_t> sport;
    std::optional<std::uint8_t> subSport;
    std::optional<double> elapsedSeconds;
    std::optional<double> timerSeconds;
    std::optional<double> distanceMetres;
    std::optional<double> cadence; // per minute as the file counts it (strides when running), fraction included
    std::optional<double> heartRate;
};

struct Record
{
    std::optional<std::uint32_t> timestamp;
    std::optional<double> latitude; // degrees
    std::optional<double> longitude;
    std::optional<double> distanceMetres; // the device's running total
    std::optional<double> cadence;
    std::optional<double> heartRate;
};

struct TimerEvent
{
    std::uint32_t timestamp = 0;
    bool starts = false; // start, or a stop
};

struct FileMessages
{
    std::optional<std::uint8_t> fileType;
    std::optional<std::uint16_t> manufacturer;
    std::optional<std::uint16_t> product;
    std::optional<std::uint32_t> serialNumber;
    QString productName;
    std::optional<std::uint8_t> sport; // the sport message, for files without a session
    std::optional<std::uint8_t> subSport;
    std::optional<int> utcOffsetSeconds; // from the activity message's local time
    std::vector<Summary> sessions;
    std::vector<Summary> laps;
    std::vector<Record> records;
    std::vector<TimerEvent> timerEvents;
};

// One activity per session (or one from the records when the file has no session); session totals win,
// then the laps' sums, then what the records give.
QList<Activity> summarise(const FileMessages& messages);

} // namespace patella::fit
