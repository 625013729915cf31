// libFuzzer target for the programme file reader: any bytes must give a programme that the writer turns
// back into a file the reader accepts unchanged, or a readable error naming a field.
#include "core/catalog/catalog.h"
#include "core/catalog/programmefile.h"
#include "tests/fuzz/fuzzchecks.h"

#include <cstddef>
#include <cstdint>

namespace {

// A small built-in catalog: routines in a programme may use its exercises and stand for its routine.
const patella::Catalog& builtIn()
{
    static const patella::Catalog catalog = [] {
        const QByteArray json = R"({"version": 1,
            "muscleGroups": [{"id": "quadriceps", "name": "Quadriceps"}, {"id": "calves", "name": "Calves"}],
            "exercises": [{"id": "quad-stretch", "name": "Quad stretch", "summary": "s", "kind": "stretch",
                "targets": ["quadriceps"], "perSide": true, "bestTimes": ["evening"],
                "dose": {"type": "hold", "holdSeconds": {"low": 20, "high": 30}, "sets": {"low": 2, "high": 2},
                         "restSeconds": 10},
                "steps": ["a"], "cues": ["b"], "cautions": ["c"], "illustration": "x"}],
            "routines": [{"id": "daily", "name": "Daily", "description": "d", "items": [{"exercise": "quad-stretch"}]}],
            "habits": [{"id": "h", "title": "t", "why": "w", "howPatellaHelps": "p"}]})";
        patella::Result<patella::Catalog> loaded
            = patella::Catalog::fromJson(json, [](const QString&) { return true; });
        patella::fuzz::require(loaded.ok());
        return std::move(loaded).value();
    }();
    return catalog;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const patella::Result<patella::ProgrammeFile> read
        = patella::readProgramme(bytes, builtIn(), {}, &patella::sniffOnlyImageCheck);
    if (!read) {
        patella::fuzz::require(!read.error().message.isEmpty() && !read.error().field.isEmpty());
        return 0;
    }
    // What was accepted writes back to a file that reads the same and writes the same again.
    const QByteArray written = patella::writeProgramme(read.value());
    const patella::Result<patella::ProgrammeFile> again
        = patella::readProgramme(written, builtIn(), {}, &patella::sniffOnlyImageCheck);
    patella::fuzz::require(again.ok());
    patella::fuzz::require(patella::writeProgramme(again.value()) == written);
    patella::fuzz::require(again->routines.size() == read->routines.size());
    patella::fuzz::require(again->exercises.size() == read->exercises.size());
    return 0;
}
