// libFuzzer target for gzip inflation: damaged archives must give an error, never a crash or a runaway size.
#include "core/import/gzip.h"
#include "tests/fuzz/fuzzchecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    constexpr qsizetype kCap = 4 * 1024 * 1024;
    const patella::Result<QByteArray> result = patella::gunzip(bytes, QStringLiteral("fuzz.gz"), kCap);
    if (result)
        patella::fuzz::require(result->size() <= kCap);
    else
        patella::fuzz::require(!result.error().message.isEmpty());
    return 0;
}
