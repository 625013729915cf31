#include "core/import/fitprofile.h"

#include <array>

namespace patella::fit {

namespace {

// Indexed by the low five bits of the base-type byte (FIT protocol, "Base Types").
constexpr std::array<BaseType, 17> kBaseTypes {{
    {1, false, false, false, 0xFF}, // 0x00 enum
    {1, true, false, false, 0x7F}, // 0x01 sint8
    {1, false, false, false, 0xFF}, // 0x02 uint8
    {2, true, false, false, 0x7FFF}, // 0x83 sint16
    {2, false, false, false, 0xFFFF}, // 0x84 uint16
    {4, true, false, false, 0x7FFFFFFF}, // 0x85 sint32
    {4, false, false, false, 0xFFFFFFFF}, // 0x86 uint32
    {1, false, false, true, 0x00}, // 0x07 string (NUL-terminated UTF-8)
    {4, false, true, false, 0xFFFFFFFF}, // 0x88 float32
    {8, false, true, false, 0xFFFFFFFFFFFFFFFF}, // 0x89 float64
    {1, false, false, false, 0x00}, // 0x0A uint8z
    {2, false, false, false, 0x0000}, // 0x8B uint16z
    {4, false, false, false, 0x00000000}, // 0x8C uint32z
    {1, false, false, false, 0xFF}, // 0x0D byte
    {8, true, false, false, 0x7FFFFFFFFFFFFFFF}, // 0x8E sint64
    {8, false, false, false, 0xFFFFFFFFFFFFFFFF}, // 0x8F uint64
    {8, false, false, false, 0x0000000000000000}, // 0x90 uint64z
}};

struct Name
{
    std::uint16_t number;
    const char* name;
};

// The profile's "sport" and "sub_sport" types: the values a runner's, cyclist's or walker's watch writes.
constexpr Name kSports[] = {
    {0, "generic"},         {1, "running"},           {2, "cycling"},
    {3, "transition"},      {4, "fitness_equipment"}, {5, "swimming"},
    {10, "training"},       {11, "walking"},          {12, "cross_country_skiing"},
    {15, "rowing"},         {16, "mountaineering"},   {17, "hiking"},
    {18, "multisport"},     {19, "paddling"},         {21, "e_biking"},
    {30, "inline_skating"}, {35, "snowshoeing"},
};

constexpr Name kSubSports[] = {
    {0, "generic"},         {1, "treadmill"},
    {2, "street"},          {3, "trail"},
    {4, "track"},           {5, "spin"},
    {6, "indoor_cycling"},  {7, "road"},
    {8, "mountain"},        {11, "cyclocross"},
    {17, "lap_swimming"},   {18, "open_water"},
    {27, "indoor_walking"}, {30, "casual_walking"},
    {31, "speed_walking"},  {45, "indoor_running"},
    {46, "gravel_cycling"}, {58, "virtual_activity"},
    {67, "ultra"},
};

constexpr Name kManufacturers[] = {
    {1, "Garmin"},   {2, "Garmin"},       {13, "Dynastream"}, {15, "Dynastream"}, {16, "Timex"},  {23, "Suunto"},
    {32, "Wahoo"},   {70, "Sigma Sport"}, {71, "TomTom"},     {123, "Polar"},     {260, "Zwift"}, {265, "Strava"},
    {267, "Bryton"}, {289, "Hammerhead"}, {294, "COROS"},     {310, "Decathlon"}, {339, "Zepp"},  {348, "Huawei"},
};

// The Garmin products runners most often bring (the profile's "garmin_product" type); others show as "Garmin".
constexpr Name kGarminProducts[] = {
    {717, "Forerunner 405"},  {1018, "Forerunner 310XT"}, {1036, "Edge 500"},
    {1124, "Forerunner 110"}, {1169, "Edge 800"},         {1328, "Forerunner 910XT"},
    {1345, "Forerunner 610"}, {1482, "Forerunner 10"},    {1551, "fenix"},
    {1561, "Edge 510"},       {1567, "Edge 810"},         {1623, "Forerunner 620"},
    {1632, "Forerunner 220"}, {1765, "Forerunner 920XT"}, {1903, "Forerunner 15"},
    {1967, "fenix 2"},        {2050, "fenix 3"},          {2153, "Forerunner 225"},
    {2156, "Forerunner 630"}, {2157, "Forerunner 230"},   {2158, "Forerunner 735XT"},
    {2431, "Forerunner 235"}, {2503, "Forerunner 35"},    {2691, "Forerunner 935"},
    {2697, "fenix 5"},        {2886, "Forerunner 645"},   {2888, "Forerunner 645 Music"},
    {2891, "Forerunner 30"},  {3076, "Forerunner 245"},   {3077, "Forerunner 245 Music"},
    {3113, "Forerunner 945"}, {3282, "Forerunner 45"},    {3290, "fenix 6"},
    {3589, "Forerunner 745"}, {3869, "Forerunner 55"},    {3906, "fenix 7"},
    {3992, "Forerunner 255"}, {4024, "Forerunner 955"},   {4315, "Forerunner 965"},
    {4432, "Forerunner 165"}, {4536, "fenix 8"},
};

template <std::size_t N> const char* find(const Name (&names)[N], std::uint16_t number)
{
    for (const Name& entry : names) {
        if (entry.number == number)
            return entry.name;
    }
    return nullptr;
}

QString nameOrNumber(const char* name, std::uint16_t number)
{
    return name ? QString::fromLatin1(name) : QString::number(number);
}

} // namespace

const BaseType* baseType(std::uint8_t baseTypeByte)
{
    const std::size_t index = baseTypeByte & 0x1F;
    return index < kBaseTypes.size() ? &kBaseTypes[index] : nullptr;
}

QString sportName(std::uint8_t sport)
{
    return nameOrNumber(find(kSports, sport), sport);
}

QString subSportName(std::uint8_t subSport)
{
    return nameOrNumber(find(kSubSports, subSport), subSport);
}

ActivitySport activitySport(std::uint8_t sport, std::uint8_t subSport)
{
    switch (sport) {
    case 1:
        if (subSport == 1 || subSport == 45 || subSport == 58)
            return ActivitySport::TreadmillRunning;
        if (subSport == 3 || subSport == 67)
            return ActivitySport::TrailRunning;
        return ActivitySport::Running;
    case 2:
    case 21:
        return ActivitySport::Cycling;
    case 5:
        return ActivitySport::Swimming;
    case 11:
        return ActivitySport::Walking;
    case 16:
    case 17:
        return ActivitySport::Hiking;
    default:
        return ActivitySport::Other;
    }
}

bool isOnFoot(std::uint8_t sport)
{
    return sport == 1 || sport == 11 || sport == 16 || sport == 17;
}

QString deviceName(std::uint16_t manufacturer, std::uint16_t product)
{
    const char* maker = find(kManufacturers, manufacturer);
    if (!maker)
        return {};
    const QString makerName = QString::fromLatin1(maker);
    if (manufacturer == 1 || manufacturer == 2) {
        if (const char* model = find(kGarminProducts, product))
            return makerName + QLatin1Char(' ') + QString::fromLatin1(model);
    }
    return makerName;
}

} // namespace patella::fit
