#include "tests/core/import/fitwriter.h"

#include <QTimeZone>

#include <cmath>
#include <stdexcept>

namespace patella::test {

namespace {

constexpr std::int64_t kFitEpochUnix = 631065600;

int baseSize(std::uint8_t baseType)
{
    switch (baseType & 0x1F) {
    case 3:
    case 4:
    case 11:
        return 2;
    case 5:
    case 6:
    case 8:
    case 12:
        return 4;
    case 9:
    case 14:
    case 15:
    case 16:
        return 8;
    default:
        return 1;
    }
}

void appendNumber(QByteArray& out, std::uint64_t value, int size, Endian endian)
{
    for (int i = 0; i < size; ++i) {
        const int shift = 8 * (endian == Endian::Little ? i : size - 1 - i);
        out.append(static_cast<char>((value >> shift) & 0xFF));
    }
}

FitValue optionalValue(std::optional<double> value, double scale)
{
    if (!value)
        return FitValue::invalid();
    return FitValue(static_cast<std::uint64_t>(std::llround(*value * scale)));
}

FitValue optionalValue(std::optional<int> value)
{
    return value ? FitValue(*value) : FitValue::invalid();
}

FitValue semicircles(std::optional<double> degrees)
{
    if (!degrees)
        return FitValue::invalid();
    return FitValue(static_cast<std::int32_t>(std::llround(*degrees * 2147483648.0 / 180.0)));
}

} // namespace

std::uint32_t fitTime(const QDateTime& utc)
{
    return static_cast<std::uint32_t>(utc.toSecsSinceEpoch() - kFitEpochUnix);
}

// The FIT protocol's CRC, computed a nibble at a time as its document prints it.
std::uint16_t fitCrc(const QByteArray& bytes)
{
    static const std::uint16_t table[16] = {0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
                                            0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400};
    std::uint16_t crc = 0;
    for (const char c : bytes) {
        const auto byte = static_cast<std::uint8_t>(c);
        std::uint16_t tmp = table[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ table[byte & 0xF];
        tmp = table[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ table[(byte >> 4) & 0xF];
    }
    return crc;
}

std::uint64_t invalidValue(std::uint8_t baseType)
{
    switch (baseType & 0x1F) {
    case 0x01:
        return 0x7F;
    case 0x03:
        return 0x7FFF;
    case 0x05:
        return 0x7FFFFFFF;
    case 0x07:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x10:
        return 0;
    case 0x0E:
        return 0x7FFFFFFFFFFFFFFF;
    default:
        return 0xFFFFFFFFFFFFFFFF; // truncated to the field's size when written
    }
}

void FitWriter::define(int local, std::uint16_t global, std::vector<FitField> fields, Endian endian,
                       std::vector<DeveloperField> developer)
{
    m_offsets.push_back(m_messages.size());
    m_messages.append(static_cast<char>(0x40 | (developer.empty() ? 0 : 0x20) | (local & 0x0F)));
    m_messages.append('\0'); // reserved
    m_messages.append(static_cast<char>(endian == Endian::Big ? 1 : 0));
    appendNumber(m_messages, global, 2, endian);
    m_messages.append(static_cast<char>(fields.size()));
    for (FitField& field : fields) {
        if (field.size == 0)
            field.size = static_cast<std::uint8_t>(baseSize(field.baseType));
        m_messages.append(static_cast<char>(field.number));
        m_messages.append(static_cast<char>(field.size));
        m_messages.append(static_cast<char>(field.baseType));
    }
    int developerBytes = 0;
    if (!developer.empty()) {
        m_messages.append(static_cast<char>(developer.size()));
        for (const DeveloperField& field : developer) {
            m_messages.append(static_cast<char>(field.number));
            m_messages.append(static_cast<char>(field.size));
            m_messages.append(static_cast<char>(field.developerIndex));
            developerBytes += field.size;
        }
    }
    m_locals[local] = {std::move(fields), endian, developerBytes};
}

void FitWriter::appendValue(const FitField& field, const FitValue& value, Endian endian)
{
    if (value.isText) {
        QByteArray text = value.text.left(field.size - 1);
        text.append(QByteArray(field.size - text.size(), '\0'));
        m_messages += text;
        return;
    }
    const int size = baseSize(field.baseType);
    const std::uint64_t number = value.isInvalid ? invalidValue(field.baseType) : value.number;
    if (field.size % size != 0) { // a malformed size, as some writers produce: the value's low bytes
        appendNumber(m_messages, number, field.size, endian);
        return;
    }
    appendNumber(m_messages, number, size, endian);
    for (int i = size; i < field.size; i += size) // the rest of an array: invalid
        appendNumber(m_messages, invalidValue(field.baseType), size, endian);
}

void FitWriter::data(int local, const std::vector<FitValue>& values, const QByteArray& developerBytes)
{
    const LocalDefinition& definition = m_locals[local];
    if (values.size() != definition.fields.size() || developerBytes.size() != definition.developerBytes)
        throw std::invalid_argument("FitWriter::data: values do not match the definition");
    m_offsets.push_back(m_messages.size());
    m_messages.append(static_cast<char>(local & 0x0F));
    for (std::size_t i = 0; i < values.size(); ++i)
        appendValue(definition.fields[i], values[i], definition.endian);
    m_messages += developerBytes;
}

void FitWriter::compressed(int local, int secondsBits, const std::vector<FitValue>& values)
{
    const LocalDefinition& definition = m_locals[local];
    if (local > 3 || values.size() != definition.fields.size() || definition.developerBytes != 0)
        throw std::invalid_argument("FitWriter::compressed: values do not match the definition");
    m_offsets.push_back(m_messages.size());
    m_messages.append(static_cast<char>(0x80 | ((local & 0x03) << 5) | (secondsBits & 0x1F)));
    for (std::size_t i = 0; i < values.size(); ++i)
        appendValue(definition.fields[i], values[i], definition.endian);
}

std::vector<qsizetype> FitWriter::messageOffsets(int headerSize) const
{
    std::vector<qsizetype> offsets;
    for (const qsizetype offset : m_offsets)
        offsets.push_back(headerSize + offset);
    return offsets;
}

QByteArray FitWriter::file(const HeaderOptions& options) const
{
    QByteArray out;
    out.append(static_cast<char>(options.size));
    out.append(static_cast<char>(options.protocol));
    appendNumber(out, 2132, 2, Endian::Little); // profile version 21.32
    appendNumber(out, static_cast<std::uint64_t>(m_messages.size()), 4, Endian::Little);
    out.append(".FIT");
    if (options.size == 14)
        appendNumber(out, options.headerCrc ? fitCrc(out) : 0, 2, Endian::Little);
    out += m_messages;
    appendNumber(out, fitCrc(out), 2, Endian::Little);
    return out;
}

void writeFileId(FitWriter& writer, int local, int manufacturer, int product, std::optional<std::uint32_t> serial,
                 Endian endian, int fileType)
{
    writer.define(local, 0, {{0, fitbase::Enum}, {1, fitbase::UInt16}, {2, fitbase::UInt16}, {3, fitbase::UInt32z}},
                  endian);
    writer.data(local, {fileType, manufacturer, product, serial ? FitValue(*serial) : FitValue::invalid()});
}

void writeRecords(FitWriter& writer, int local, const std::vector<RecordSpec>& records, Endian endian)
{
    writer.define(local, 20,
                  {{253, fitbase::UInt32},
                   {0, fitbase::SInt32},
                   {1, fitbase::SInt32},
                   {5, fitbase::UInt32},
                   {3, fitbase::UInt8},
                   {4, fitbase::UInt8}},
                  endian);
    for (const RecordSpec& record : records) {
        writer.data(local,
                    {record.time, semicircles(record.latitude), semicircles(record.longitude),
                     optionalValue(record.distanceMetres, 100.0), optionalValue(record.heartRate),
                     optionalValue(record.cadence)});
    }
}

namespace {

void writeSummary(FitWriter& writer, int local, std::uint16_t global, const SessionSpec& spec, Endian endian,
                  std::initializer_list<std::uint8_t> numbers)
{
    // numbers: start, sport, sub-sport, elapsed, timer, distance, heart rate, cadence, fractional cadence
    const std::vector<std::uint8_t> n(numbers);
    writer.define(local, global,
                  {{253, fitbase::UInt32},
                   {n[0], fitbase::UInt32},
                   {n[1], fitbase::Enum},
                   {n[2], fitbase::Enum},
                   {n[3], fitbase::UInt32},
                   {n[4], fitbase::UInt32},
                   {n[5], fitbase::UInt32},
                   {n[6], fitbase::UInt8},
                   {n[7], fitbase::UInt8},
                   {n[8], fitbase::UInt8}},
                  endian);
    writer.data(local,
                {spec.end ? FitValue(spec.end) : FitValue::invalid(),
                 spec.start ? FitValue(spec.start) : FitValue::invalid(), spec.sport, spec.subSport,
                 optionalValue(spec.elapsedSeconds, 1000.0), optionalValue(spec.timerSeconds, 1000.0),
                 optionalValue(spec.distanceMetres, 100.0), optionalValue(spec.heartRate), optionalValue(spec.cadence),
                 optionalValue(spec.fractionalCadence)});
}

} // namespace

void writeSession(FitWriter& writer, int local, const SessionSpec& session, Endian endian)
{
    writeSummary(writer, local, 18, session, endian, {2, 5, 6, 7, 8, 9, 16, 18, 92});
}

void writeLap(FitWriter& writer, int local, const SessionSpec& lap, Endian endian)
{
    writeSummary(writer, local, 19, lap, endian, {2, 25, 39, 7, 8, 9, 15, 17, 80});
}

void writeTimerEvent(FitWriter& writer, int local, std::uint32_t time, bool start)
{
    writer.define(local, 21, {{253, fitbase::UInt32}, {0, fitbase::Enum}, {1, fitbase::Enum}});
    writer.data(local, {time, 0, start ? 0 : 4});
}

void writeActivity(FitWriter& writer, int local, std::uint32_t time, int utcOffsetSeconds)
{
    writer.define(local, 34, {{253, fitbase::UInt32}, {5, fitbase::UInt32}, {1, fitbase::UInt16}});
    writer.data(local, {time, static_cast<std::uint32_t>(static_cast<std::int64_t>(time) + utcOffsetSeconds), 1});
}

} // namespace patella::test
