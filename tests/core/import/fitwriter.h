#pragma once

#include <QByteArray>
#include <QDateTime>

#include <concepts>
#include <cstdint>
#include <optional>
#include <vector>

// A small FIT writer for the decoder's tests: it writes the protocol byte by byte (headers, definitions,
// data, compressed timestamps, developer fields, CRC) so that every fixture is made by the test itself.
// Its CRC is the nibble-table form printed in the FIT protocol document, a second implementation beside
// the decoder's byte table.
namespace patella::test {

enum class Endian
{
    Little,
    Big,
};

// Base types, as written in a field definition.
namespace fitbase {
inline constexpr std::uint8_t Enum = 0x00;
inline constexpr std::uint8_t UInt8 = 0x02;
inline constexpr std::uint8_t SInt16 = 0x83;
inline constexpr std::uint8_t UInt16 = 0x84;
inline constexpr std::uint8_t SInt32 = 0x85;
inline constexpr std::uint8_t UInt32 = 0x86;
inline constexpr std::uint8_t String = 0x07;
inline constexpr std::uint8_t UInt32z = 0x8C;
inline constexpr std::uint8_t Byte = 0x0D;
} // namespace fitbase

struct FitField
{
    std::uint8_t number = 0;
    std::uint8_t baseType = fitbase::UInt8;
    std::uint8_t size = 0; // 0: one element of the base type
};

struct DeveloperField
{
    std::uint8_t number = 0;
    std::uint8_t size = 1;
    std::uint8_t developerIndex = 0;
};

// A field's value: a number (raw, already scaled as the profile stores it), the base type's invalid value,
// or text.
struct FitValue
{
    template <std::integral T>
    FitValue(T value)
        : number(static_cast<std::uint64_t>(value)) // negative values wrap; only the field's bytes are written
    {
    }
    FitValue(const char* value)
        : text(value)
        , isText(true)
    {
    }
    static FitValue invalid()
    {
        FitValue value(0);
        value.isInvalid = true;
        return value;
    }

    std::uint64_t number = 0;
    QByteArray text;
    bool isText = false;
    bool isInvalid = false;
};

std::uint32_t fitTime(const QDateTime& utc);
std::uint16_t fitCrc(const QByteArray& bytes);
std::uint64_t invalidValue(std::uint8_t baseType);

class FitWriter
{
public:
    struct HeaderOptions
    {
        int size = 14; // 12 or 14
        bool headerCrc = true; // 14-byte headers only; false writes 0 ("not computed")
        std::uint8_t protocol = 0x20;
    };

    void define(int local, std::uint16_t global, std::vector<FitField> fields, Endian endian = Endian::Little,
                std::vector<DeveloperField> developer = {});
    void data(int local, const std::vector<FitValue>& values, const QByteArray& developerBytes = {});
    void compressed(int local, int secondsBits, const std::vector<FitValue>& values);
    void raw(const QByteArray& bytes) { m_messages += bytes; }

    // Offsets of each message's first byte within file() with the same header size.
    std::vector<qsizetype> messageOffsets(int headerSize = 14) const;
    QByteArray file() const { return file(HeaderOptions {}); }
    QByteArray file(const HeaderOptions& options) const;

private:
    struct LocalDefinition
    {
        std::vector<FitField> fields;
        Endian endian = Endian::Little;
        int developerBytes = 0;
    };
    void appendValue(const FitField& field, const FitValue& value, Endian endian);

    QByteArray m_messages;
    std::vector<qsizetype> m_offsets;
    LocalDefinition m_locals[16];
};

// The messages an activity file holds, with the profile's field numbers, scaled as the profile says.
struct RecordSpec
{
    std::uint32_t time = 0;
    std::optional<double> latitude; // degrees
    std::optional<double> longitude;
    std::optional<double> distanceMetres;
    std::optional<int> cadence; // strides per minute for running
    std::optional<int> heartRate;
};

struct SessionSpec
{
    std::uint32_t start = 0;
    std::uint32_t end = 0; // the message's timestamp
    int sport = 1;
    int subSport = 0;
    std::optional<double> elapsedSeconds;
    std::optional<double> timerSeconds;
    std::optional<double> distanceMetres;
    std::optional<int> cadence;
    std::optional<int> fractionalCadence; // 1/128
    std::optional<int> heartRate;
};

void writeFileId(FitWriter& writer, int local, int manufacturer, int product, std::optional<std::uint32_t> serial,
                 Endian endian = Endian::Little, int fileType = 4);
// Defines local type `local` as a record (timestamp, position, distance, heart rate, cadence) and writes them.
void writeRecords(FitWriter& writer, int local, const std::vector<RecordSpec>& records, Endian endian = Endian::Little);
void writeSession(FitWriter& writer, int local, const SessionSpec& session, Endian endian = Endian::Little);
void writeLap(FitWriter& writer, int local, const SessionSpec& lap, Endian endian = Endian::Little);
void writeTimerEvent(FitWriter& writer, int local, std::uint32_t time, bool start);
void writeActivity(FitWriter& writer, int local, std::uint32_t time, int utcOffsetSeconds);

} // namespace patella::test
