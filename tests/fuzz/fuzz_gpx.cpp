// libFuzzer target for the GPX parser: any bytes must give activities that make sense or a readable error.
#include "core/import/gpxparser.h"
#include "tests/fuzz/fuzzchecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    patella::fuzz::require(!patella::fuzz::violation(patella::GpxParser::parse(bytes, QStringLiteral("fuzz.gpx"))));
    return 0;
}
