#include "core/import/fitdecoder.h"

#include "core/import/fitmessages.h"
#include "core/import/fitprofile.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

// The binary layer: headers, checksums, definitions and data messages. What the messages mean for a
// runner (which total wins, cadence in steps) is in fitsummary.cpp.
namespace patella {

namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct FitText
{
    Q_DECLARE_TR_FUNCTIONS(import)
};

QString truncatedProblem()
{
    return FitText::tr("the file ends in the middle: it may not have finished copying");
}

QString damagedProblem()
{
    return FitText::tr("a message runs past the end of the data: the file is damaged");
}

// CRC-16 as the FIT protocol defines it (reflected polynomial 0xA001, initial value 0), a byte at a time.
constexpr std::array<std::uint16_t, 256> makeCrcTable()
{
    std::array<std::uint16_t, 256> table {};
    for (unsigned i = 0; i < 256; ++i) {
        auto crc = static_cast<std::uint16_t>(i);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? static_cast<std::uint16_t>((crc >> 1) ^ 0xA001) : static_cast<std::uint16_t>(crc >> 1);
        table[i] = crc;
    }
    return table;
}

constexpr std::array<std::uint16_t, 256> kCrcTable = makeCrcTable();

std::uint16_t crc16(const unsigned char* bytes, qsizetype size)
{
    std::uint16_t crc = 0;
    for (qsizetype i = 0; i < size; ++i)
        crc = static_cast<std::uint16_t>((crc >> 8) ^ kCrcTable[(crc ^ bytes[i]) & 0xFF]);
    return crc;
}

std::uint64_t readUnsigned(const unsigned char* bytes, int size, bool bigEndian)
{
    std::uint64_t value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | bytes[bigEndian ? i : size - 1 - i];
    return value;
}

// One element of a field as a number, or nothing for the base type's invalid value.
std::optional<double> toNumber(std::uint64_t raw, const fit::BaseType& type)
{
    if (raw == type.invalid)
        return std::nullopt;
    if (type.isFloat) {
        double value = 0.0;
        if (type.size == 4) {
            const auto bits = static_cast<std::uint32_t>(raw);
            float single = 0.0f;
            std::memcpy(&single, &bits, sizeof single);
            value = single;
        } else {
            std::memcpy(&value, &raw, sizeof value);
        }
        return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    }
    if (type.isSigned) {
        const int shift = 64 - 8 * type.size;
        return static_cast<double>(static_cast<std::int64_t>(raw << shift) >> shift);
    }
    return static_cast<double>(raw);
}

struct FieldDefinition
{
    std::uint8_t number = 0;
    std::uint8_t size = 0;
    std::uint8_t baseType = 0;
};

struct Definition
{
    bool defined = false;
    bool bigEndian = false;
    bool wanted = false; // a message Patella reads; the others only give their timestamp
    std::uint16_t global = 0;
    std::vector<FieldDefinition> fields;
    qsizetype size = 0; // bytes of a data message after its header, developer fields included
};

bool isWanted(std::uint16_t global)
{
    switch (global) {
    case fit::FileIdMessage:
    case fit::SportMessage:
    case fit::SessionMessage:
    case fit::LapMessage:
    case fit::RecordMessage:
    case fit::EventMessage:
    case fit::ActivityMessage:
        return true;
    default:
        return false;
    }
}

// The valid fields of one data message.
class Values
{
public:
    void clear()
    {
        m_numbers.clear();
        m_texts.clear();
    }
    void add(std::uint8_t field, double value) { m_numbers.emplace_back(field, value); }
    void addText(std::uint8_t field, QByteArray text) { m_texts.emplace_back(field, std::move(text)); }

    std::optional<double> number(std::uint8_t field) const
    {
        for (const auto& [number, value] : m_numbers) {
            if (number == field)
                return value;
        }
        return std::nullopt;
    }
    template <typename T> std::optional<T> integer(std::uint8_t field) const
    {
        const std::optional<double> value = number(field);
        if (!value || *value < 0.0 || *value > static_cast<double>(std::numeric_limits<T>::max()))
            return std::nullopt;
        return static_cast<T>(*value);
    }
    std::optional<double> scaled(std::uint8_t field, double scale) const
    {
        const std::optional<double> value = number(field);
        return value ? std::optional<double>(*value / scale) : std::nullopt;
    }
    QByteArray text(std::uint8_t field) const
    {
        for (const auto& [number, value] : m_texts) {
            if (number == field)
                return value;
        }
        return {};
    }

private:
    std::vector<std::pair<std::uint8_t, double>> m_numbers;
    std::vector<std::pair<std::uint8_t, QByteArray>> m_texts;
};

// Where session and lap keep the same figures (the profile numbers them differently).
struct SummaryFields
{
    std::uint8_t startTime, sport, subSport, elapsed, timer, distance, heartRate, cadence, fractionalCadence;
};

constexpr SummaryFields kSessionFields {
    fit::session::StartTime,        fit::session::Sport,          fit::session::SubSport,
    fit::session::TotalElapsedTime, fit::session::TotalTimerTime, fit::session::TotalDistance,
    fit::session::AvgHeartRate,     fit::session::AvgCadence,     fit::session::AvgFractionalCadence};

constexpr SummaryFields kLapFields {
    fit::lap::StartTime,        fit::lap::Sport,          fit::lap::SubSport,
    fit::lap::TotalElapsedTime, fit::lap::TotalTimerTime, fit::lap::TotalDistance,
    fit::lap::AvgHeartRate,     fit::lap::AvgCadence,     fit::lap::AvgFractionalCadence};

std::optional<double> withFraction(std::optional<double> whole, std::optional<double> fraction128)
{
    if (!whole)
        return std::nullopt;
    return *whole + (fraction128 ? *fraction128 / 128.0 : 0.0);
}

fit::Summary readSummary(const Values& values, const SummaryFields& fields, std::optional<std::uint32_t> timestamp)
{
    fit::Summary summary;
    summary.startTime = values.integer<std::uint32_t>(fields.startTime);
    summary.timestamp = timestamp;
    summary.sport = values.integer<std::uint8_t>(fields.sport);
    summary.subSport = values.integer<std::uint8_t>(fields.subSport);
    summary.elapsedSeconds = values.scaled(fields.elapsed, 1000.0);
    summary.timerSeconds = values.scaled(fields.timer, 1000.0);
    summary.distanceMetres = values.scaled(fields.distance, 100.0);
    summary.heartRate = values.number(fields.heartRate);
    summary.cadence = withFraction(values.number(fields.cadence), values.number(fields.fractionalCadence));
    return summary;
}

fit::Record readRecord(const Values& values, std::optional<std::uint32_t> timestamp)
{
    fit::Record record;
    record.timestamp = timestamp;
    const std::optional<double> lat = values.number(fit::record::PositionLat);
    const std::optional<double> lon = values.number(fit::record::PositionLong);
    if (lat && lon) {
        const double latitude = *lat * fit::kSemicirclesToDegrees;
        const double longitude = *lon * fit::kSemicirclesToDegrees;
        if (std::abs(latitude) <= 90.0 && std::abs(longitude) <= 180.0) {
            record.latitude = latitude;
            record.longitude = longitude;
        }
    }
    record.distanceMetres = values.scaled(fit::record::Distance, 100.0);
    record.heartRate = values.number(fit::record::HeartRate);
    record.cadence = withFraction(values.number(fit::record::Cadence), values.number(fit::record::FractionalCadence));
    return record;
}

struct Failure
{
    qsizetype offset = 0;
    QString problem;
};

// Decodes one FIT file of a chain: its header at m_begin, its messages, its CRC.
class LinkDecoder final
{
public:
    LinkDecoder(const QByteArray& data, qsizetype begin, int link, qsizetype& budget)
        : m_bytes(reinterpret_cast<const unsigned char*>(data.constData()))
        , m_size(data.size())
        , m_begin(begin)
        , m_link(link)
        , m_budget(budget)
    {
    }

    // On success, next() is where the following chained file would start.
    std::optional<Failure> decode(fit::FileMessages& messages)
    {
        if (std::optional<Failure> failure = readHeader())
            return failure;
        qsizetype pos = m_begin + m_headerSize;
        while (pos < m_end) {
            if (std::optional<Failure> failure = readMessage(pos, messages)) {
                // In a file shorter than its header says, a message cut at the end means a truncated copy;
                // nonsense before it means damage (a line-ending conversion shortens files too).
                if (m_truncated && failure->problem == damagedProblem())
                    break;
                return failure;
            }
        }
        if (m_truncated)
            return Failure {m_size, truncatedProblem()};
        return std::nullopt;
    }

    qsizetype next() const { return m_end + 2; }

private:
    std::uint8_t byteAt(qsizetype pos) const { return m_bytes[pos]; }

    std::optional<Failure> readHeader()
    {
        const qsizetype available = m_size - m_begin;
        const std::uint8_t headerSize = byteAt(m_begin);
        if (headerSize != 12 && headerSize != 14) {
            if (m_link == 0)
                return Failure {m_begin, FitText::tr("this is not a FIT file, or its header is damaged")};
            return Failure {
                m_begin,
                FitText::tr("the data after the end of the activity is not another FIT file: the file is damaged")};
        }
        if (available < headerSize)
            return Failure {m_size, truncatedProblem()};
        if (std::memcmp(m_bytes + m_begin + 8, ".FIT", 4) != 0) {
            if (m_link == 0)
                return Failure {m_begin + 8,
                                FitText::tr("this is not a FIT file (its header lacks the \".FIT\" mark)")};
            return Failure {m_begin, FitText::tr("the header of the FIT file chained here is damaged")};
        }
        const std::uint8_t protocol = byteAt(m_begin + 1);
        if ((protocol >> 4) > 2)
            return Failure {m_begin + 1,
                            FitText::tr("the file uses FIT protocol version %1.%2, which Patella cannot read")
                                .arg(protocol >> 4)
                                .arg(protocol & 0x0F)};
        if (headerSize == 14) {
            const auto stored = static_cast<std::uint16_t>(readUnsigned(m_bytes + m_begin + 12, 2, false));
            if (stored != 0 && stored != crc16(m_bytes + m_begin, 12))
                return Failure {m_begin + 12, FitText::tr("the file's header checksum does not match: it is damaged")};
        }
        m_headerSize = headerSize;
        const auto dataSize = static_cast<qsizetype>(readUnsigned(m_bytes + m_begin + 4, 4, false));
        m_end = m_begin + headerSize + dataSize;
        if (m_end + 2 > m_size) {
            m_truncated = true; // the messages that are there still say whether it was cut or damaged
            m_end = m_size;
            return std::nullopt;
        }
        const auto stored = static_cast<std::uint16_t>(readUnsigned(m_bytes + m_end, 2, false));
        if (stored != crc16(m_bytes + m_begin, m_end - m_begin))
            return Failure {m_end, FitText::tr("the file's checksum does not match: it is damaged")};
        return std::nullopt;
    }

    std::optional<Failure> readMessage(qsizetype& pos, fit::FileMessages& messages)
    {
        const qsizetype at = pos;
        const std::uint8_t header = byteAt(pos++);
        if (header & 0x80) {
            // Compressed timestamp: five bits of seconds on top of the last full timestamp.
            std::optional<std::uint32_t> timestamp;
            if (m_lastTimestamp) {
                const std::uint32_t offset = header & 0x1F;
                std::uint32_t value = (*m_lastTimestamp & ~0x1Fu) + offset;
                if (offset < (*m_lastTimestamp & 0x1Fu))
                    value += 0x20;
                timestamp = value;
                m_lastTimestamp = value;
            }
            return readData(at, pos, (header >> 5) & 0x03, timestamp, messages);
        }
        if (header & 0x40)
            return readDefinition(at, pos, header & 0x0F, (header & 0x20) != 0);
        return readData(at, pos, header & 0x0F, std::nullopt, messages);
    }

    std::optional<Failure> readDefinition(qsizetype at, qsizetype& pos, int local, bool developerFields)
    {
        if (pos + 5 > m_end)
            return Failure {at, damagedProblem()};
        const std::uint8_t architecture = byteAt(pos + 1);
        if (architecture > 1)
            return Failure {pos + 1,
                            FitText::tr("a message definition names an unknown byte order: the file is damaged")};
        Definition& definition = m_definitions[static_cast<std::size_t>(local)];
        definition = Definition {};
        definition.bigEndian = architecture == 1;
        definition.global = static_cast<std::uint16_t>(readUnsigned(m_bytes + pos + 2, 2, definition.bigEndian));
        definition.wanted = isWanted(definition.global);
        const int fieldCount = byteAt(pos + 4);
        pos += 5;
        if (pos + 3 * fieldCount > m_end)
            return Failure {at, damagedProblem()};
        definition.fields.reserve(static_cast<std::size_t>(fieldCount));
        for (int i = 0; i < fieldCount; ++i, pos += 3) {
            definition.fields.push_back({byteAt(pos), byteAt(pos + 1), byteAt(pos + 2)});
            definition.size += byteAt(pos + 1);
        }
        if (developerFields) {
            if (pos + 1 > m_end)
                return Failure {at, damagedProblem()};
            const int developerCount = byteAt(pos++);
            if (pos + 3 * developerCount > m_end)
                return Failure {at, damagedProblem()};
            for (int i = 0; i < developerCount; ++i, pos += 3)
                definition.size += byteAt(pos + 1); // number, size, developer index: only the size matters here
        }
        definition.defined = true;
        return std::nullopt;
    }

    std::optional<Failure> readData(qsizetype at, qsizetype& pos, int local, std::optional<std::uint32_t> timestamp,
                                    fit::FileMessages& messages)
    {
        const Definition& definition = m_definitions[static_cast<std::size_t>(local)];
        if (!definition.defined)
            return Failure {at, FitText::tr("a message uses a type the file never defined: the file is damaged")};
        if (pos + definition.size > m_end)
            return Failure {at, damagedProblem()};
        m_values.clear();
        qsizetype fieldPos = pos;
        for (const FieldDefinition& field : definition.fields) {
            const fit::BaseType* type = fit::baseType(field.baseType);
            const bool usable = type && field.size > 0 && field.size % type->size == 0;
            if (usable && (definition.wanted || field.number == fit::kTimestampField))
                readField(field, *type, m_bytes + fieldPos, definition.bigEndian);
            fieldPos += field.size;
        }
        pos += definition.size;

        if (const std::optional<std::uint32_t> stamp = m_values.integer<std::uint32_t>(fit::kTimestampField)) {
            timestamp = stamp;
            m_lastTimestamp = stamp;
        }
        if (definition.wanted) {
            if (--m_budget < 0)
                return Failure {at, FitText::tr("the file holds more messages than any activity could: it is damaged")};
            keep(definition.global, timestamp, messages);
        }
        return std::nullopt;
    }

    void readField(const FieldDefinition& field, const fit::BaseType& type, const unsigned char* bytes, bool bigEndian)
    {
        if (type.isString) {
            const auto* end = static_cast<const unsigned char*>(std::memchr(bytes, 0, field.size));
            const qsizetype length = end ? end - bytes : field.size;
            if (length > 0)
                m_values.addText(field.number, QByteArray(reinterpret_cast<const char*>(bytes), length));
            return;
        }
        // Arrays keep their first element: none of the fields Patella reads is an array.
        if (std::optional<double> value = toNumber(readUnsigned(bytes, type.size, bigEndian), type))
            m_values.add(field.number, *value);
    }

    void keep(std::uint16_t global, std::optional<std::uint32_t> timestamp, fit::FileMessages& messages) const
    {
        switch (global) {
        case fit::FileIdMessage:
            if (!messages.fileType) {
                messages.fileType = m_values.integer<std::uint8_t>(fit::fileid::Type);
                messages.manufacturer = m_values.integer<std::uint16_t>(fit::fileid::Manufacturer);
                messages.product = m_values.integer<std::uint16_t>(fit::fileid::Product);
                messages.serialNumber = m_values.integer<std::uint32_t>(fit::fileid::SerialNumber);
                messages.productName = QString::fromUtf8(m_values.text(fit::fileid::ProductName)).trimmed();
            }
            break;
        case fit::SportMessage:
            messages.sport = m_values.integer<std::uint8_t>(fit::sport::Sport);
            messages.subSport = m_values.integer<std::uint8_t>(fit::sport::SubSport);
            break;
        case fit::SessionMessage:
            messages.sessions.push_back(readSummary(m_values, kSessionFields, timestamp));
            break;
        case fit::LapMessage:
            messages.laps.push_back(readSummary(m_values, kLapFields, timestamp));
            break;
        case fit::RecordMessage:
            messages.records.push_back(readRecord(m_values, timestamp));
            break;
        case fit::EventMessage: {
            const std::optional<std::uint8_t> event = m_values.integer<std::uint8_t>(fit::event::Event);
            const std::optional<std::uint8_t> type = m_values.integer<std::uint8_t>(fit::event::EventType);
            if (timestamp && event == fit::event::kTimer && type) {
                if (*type == fit::event::kStart)
                    messages.timerEvents.push_back({*timestamp, true});
                else if (*type == fit::event::kStop || *type == fit::event::kStopAll)
                    messages.timerEvents.push_back({*timestamp, false});
            }
            break;
        }
        case fit::ActivityMessage: {
            const std::optional<double> local = m_values.number(fit::activity::LocalTimestamp);
            if (timestamp && local) {
                const double offset = *local - static_cast<double>(*timestamp);
                if (std::abs(offset) <= 14 * 3600)
                    messages.utcOffsetSeconds = static_cast<int>(offset);
            }
            break;
        }
        default:
            break;
        }
    }

    const unsigned char* m_bytes;
    qsizetype m_size;
    qsizetype m_begin;
    int m_link;
    qsizetype& m_budget; // messages the whole file may still keep
    qsizetype m_headerSize = 0;
    qsizetype m_end = 0; // end of the data, where the CRC starts
    bool m_truncated = false;
    std::array<Definition, 16> m_definitions;
    std::optional<std::uint32_t> m_lastTimestamp;
    Values m_values;
};

} // namespace

bool looksLikeFit(const QByteArray& data)
{
    return data.size() >= 12 && (data[0] == 12 || data[0] == 14) && data.mid(8, 4) == ".FIT";
}

Result<ParsedFile> decodeFit(const QByteArray& data, const QString& path, qsizetype maxMessages)
{
    const auto fail = [&path](const Failure& failure) {
        return Error {path, FitText::tr("at byte %1: %2").arg(failure.offset).arg(failure.problem)};
    };
    if (data.isEmpty())
        return fail({0, FitText::tr("the file is empty")});

    ParsedFile parsed;
    parsed.path = path;
    qsizetype begin = 0;
    qsizetype budget = maxMessages;
    for (int link = 0; begin < data.size(); ++link) {
        LinkDecoder decoder(data, begin, link, budget);
        fit::FileMessages messages;
        if (std::optional<Failure> failure = decoder.decode(messages))
            return fail(*failure);
        parsed.activities += fit::summarise(messages);
        begin = decoder.next();
    }
    return parsed;
}

} // namespace patella
