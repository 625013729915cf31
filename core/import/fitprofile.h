#pragma once

#include "core/import/activity.h"

#include <QString>

#include <cstdint>

// The small part of the FIT profile (Garmin's published FIT SDK, "Profile") that Patella reads: the base
// types with their invalid values, the message and field numbers it uses, and the names of sports,
// manufacturers and the common Garmin products. Everything else in a FIT file is skipped by its size.
namespace patella::fit {

// The FIT epoch: 1989-12-31T00:00:00Z, in Unix seconds. date_time values below 0x10000000 count from
// the device's power-up, not from the epoch, and are not dates.
inline constexpr std::int64_t kEpochUnix = 631065600;
inline constexpr std::uint32_t kMinimumDateTime = 0x10000000;

struct BaseType
{
    std::uint8_t size = 1; // bytes per element
    bool isSigned = false;
    bool isFloat = false;
    bool isString = false;
    std::uint64_t invalid = 0xFF; // the "no value" sentinel, read in the field's byte order
};

// The base type for the low five bits of a field definition's base-type byte; nullptr when unknown
// (such a field is skipped by its declared size).
const BaseType* baseType(std::uint8_t baseTypeByte);

// Global message numbers.
enum Message : std::uint16_t
{
    FileIdMessage = 0,
    SportMessage = 12,
    SessionMessage = 18,
    LapMessage = 19,
    RecordMessage = 20,
    EventMessage = 21,
    ActivityMessage = 34,
};

inline constexpr std::uint8_t kTimestampField = 253; // in every message that has a time

namespace fileid {
enum : std::uint8_t
{
    Type = 0,
    Manufacturer = 1,
    Product = 2,
    SerialNumber = 3,
    ProductName = 8,
};
inline constexpr std::uint8_t kActivityFileType = 4;
} // namespace fileid

namespace sport {
enum : std::uint8_t
{
    Sport = 0,
    SubSport = 1,
};
} // namespace sport

// Session and lap share meanings but not numbers.
namespace session {
enum : std::uint8_t
{
    StartTime = 2,
    Sport = 5,
    SubSport = 6,
    TotalElapsedTime = 7, // ms
    TotalTimerTime = 8, // ms
    TotalDistance = 9, // cm
    AvgHeartRate = 16,
    AvgCadence = 18, // strides (running) or revolutions per minute
    AvgFractionalCadence = 92, // 1/128 of the same unit
};
} // namespace session

namespace lap {
enum : std::uint8_t
{
    StartTime = 2,
    TotalElapsedTime = 7,
    TotalTimerTime = 8,
    TotalDistance = 9,
    AvgHeartRate = 15,
    AvgCadence = 17,
    Sport = 25,
    SubSport = 39,
    AvgFractionalCadence = 80,
};
} // namespace lap

namespace record {
enum : std::uint8_t
{
    PositionLat = 0, // semicircles
    PositionLong = 1,
    HeartRate = 3,
    Cadence = 4,
    Distance = 5, // cm
    FractionalCadence = 53,
};
} // namespace record

namespace event {
enum : std::uint8_t
{
    Event = 0,
    EventType = 1,
};
inline constexpr std::uint8_t kTimer = 0;
inline constexpr std::uint8_t kStart = 0;
inline constexpr std::uint8_t kStop = 1;
inline constexpr std::uint8_t kStopAll = 4;
} // namespace event

namespace activity {
enum : std::uint8_t
{
    LocalTimestamp = 5,
};
} // namespace activity

inline constexpr double kSemicirclesToDegrees = 180.0 / 2147483648.0;

// The profile's word for a sport and sub-sport ("running", "trail"); a number when the profile has none.
QString sportName(std::uint8_t sport);
QString subSportName(std::uint8_t subSport);
ActivitySport activitySport(std::uint8_t sport, std::uint8_t subSport);
// Running, walking and hiking cadence is counted per foot (strides per minute); other sports' cadence is
// not steps at all (pedal revolutions, strokes).
bool isOnFoot(std::uint8_t sport);

// "Garmin Forerunner 245", "Garmin", "Strava"; empty when the manufacturer is not one Patella knows.
QString deviceName(std::uint16_t manufacturer, std::uint16_t product);

} // namespace patella::fit
