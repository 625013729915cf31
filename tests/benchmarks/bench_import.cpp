// Activity-file import speed: the GPX and TCX parsers on a generated 3.6 MB TCX (the size of the corpus's
// largest) and the GPX of the same run; the FIT decoder on a generated 1 MB file (a 3 h 20 min run recorded every
// second, the size of the corpus's largest FIT), on the corpus's own 1 MB multisport file when the shared
// corpus is there, and gzip inflation of the generated file. Figures are bytes of file per second.
#include "core/import/fitdecoder.h"
#include "core/import/gpxparser.h"
#include "core/import/gzip.h"
#include "core/import/tcxparser.h"
#include "tests/benchmarks/activityxml.h"
#include "tests/core/import/fitwriter.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <zlib.h>

using namespace patella;
using namespace patella::test;
using patella::bench::generatedXml;

namespace {

constexpr std::uint32_t kStart = 1100000000; // FIT seconds, 2024-11-09

// Records as a watch writes them with a foot pod: position, distance, altitude, speed, heart rate,
// cadence, temperature, the enhanced fields, and 8 bytes of developer data (running power and the like):
// 41 bytes each, as in the corpus's Garmin files. 24,000 of them (a 6 h 40 min ultra, one a second)
// make about 1 MB.
QByteArray generatedRun()
{
    static const QByteArray data = [] {
        FitWriter writer;
        writeFileId(writer, 0, 1, 3076, 3999999999u);
        writeTimerEvent(writer, 3, kStart, true);
        writer.define(1, 20,
                      {{253, fitbase::UInt32},
                       {0, fitbase::SInt32},
                       {1, fitbase::SInt32},
                       {5, fitbase::UInt32},
                       {2, fitbase::UInt16},
                       {6, fitbase::UInt16},
                       {3, fitbase::UInt8},
                       {4, fitbase::UInt8},
                       {53, fitbase::UInt8},
                       {13, 0x01},
                       {73, fitbase::UInt32},
                       {78, fitbase::UInt32}},
                      Endian::Little, {{0, 4, 0}, {1, 4, 0}});
        const int seconds = 24000;
        for (int i = 0; i < seconds; ++i) {
            const auto lat = static_cast<std::int32_t>((47.0 + i * 2.5e-5) * 11930464.7);
            const auto lon = static_cast<std::int32_t>((8.5 + (i % 600) * 1e-5) * 11930464.7);
            writer.data(1,
                        {kStart + static_cast<std::uint32_t>(i), lat, lon, 280 * i, 2500 + i % 100, 2800, 140 + i % 20,
                         80 + i % 7, 64, 18, 2800, 2500 + i % 100},
                        QByteArray(8, static_cast<char>(i & 0x7F)));
        }
        writeTimerEvent(writer, 3, kStart + seconds, false);
        SessionSpec session;
        session.start = kStart;
        session.end = kStart + seconds;
        session.elapsedSeconds = seconds;
        session.timerSeconds = seconds;
        session.distanceMetres = 2.8 * seconds;
        session.cadence = 83;
        session.heartRate = 150;
        writeSession(writer, 2, session);
        return writer.file();
    }();
    return data;
}

void decode(benchmark::State& state, const QByteArray& data)
{
    for (auto _ : state) {
        Result<ParsedFile> parsed = decodeFit(data, QStringLiteral("bench.fit"));
        if (!parsed) {
            state.SkipWithError(parsed.error().text().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(state.iterations() * data.size());
    state.counters["file_MB"] = double(data.size()) / 1e6;
}

void BM_DecodeGeneratedFit(benchmark::State& state)
{
    decode(state, generatedRun());
}
BENCHMARK(BM_DecodeGeneratedFit)->Unit(benchmark::kMillisecond);

void BM_DecodeCorpusMultisportFit(benchmark::State& state)
{
    QString dir = qEnvironmentVariable("PATELLA_CORPUS_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(PATELLA_DEFAULT_CORPUS);
    QFile file(QDir(dir).filePath(QStringLiteral("fp__activity-large-fenxi2-multisport.fit")));
    if (!file.open(QIODevice::ReadOnly)) {
        state.SkipWithError("no shared corpus here (set PATELLA_CORPUS_DIR)");
        return;
    }
    decode(state, file.readAll());
}
BENCHMARK(BM_DecodeCorpusMultisportFit)->Unit(benchmark::kMillisecond);

void BM_GunzipGeneratedFit(benchmark::State& state)
{
    const QByteArray original = generatedRun();
    uLongf packedSize = compressBound(static_cast<uLong>(original.size())) + 32;
    QByteArray packed(static_cast<qsizetype>(packedSize), '\0');
    z_stream stream {};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(original.constData()));
    stream.avail_in = static_cast<uInt>(original.size());
    stream.next_out = reinterpret_cast<Bytef*>(packed.data());
    stream.avail_out = static_cast<uInt>(packed.size());
    deflate(&stream, Z_FINISH);
    packed.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    for (auto _ : state) {
        Result<QByteArray> inflated = gunzip(packed, QStringLiteral("bench.fit.gz"));
        benchmark::DoNotOptimize(inflated);
    }
    state.SetBytesProcessed(state.iterations() * original.size()); // inflated bytes per second
}
BENCHMARK(BM_GunzipGeneratedFit)->Unit(benchmark::kMillisecond);

constexpr int kXmlPoints = 9000;

const QByteArray& generatedTcx()
{
    static const QByteArray data = generatedXml(true, kXmlPoints);
    return data;
}

// The GPX of the same run; PATELLA_BENCH_GPX_OUT=FILE writes it there for bench_gpxpy.py to time gpxpy on.
const QByteArray& generatedGpx()
{
    static const QByteArray data = [] {
        QByteArray gpx = generatedXml(false, kXmlPoints);
        if (const QString out = qEnvironmentVariable("PATELLA_BENCH_GPX_OUT"); !out.isEmpty()) {
            QFile file(out);
            if (file.open(QIODevice::WriteOnly))
                file.write(gpx);
        }
        return gpx;
    }();
    return data;
}

template <typename Parser> void parseXml(benchmark::State& state, const QByteArray& data, const char* name)
{
    for (auto _ : state) {
        Result<ParsedFile> parsed = Parser::parse(data, QString::fromLatin1(name));
        if (!parsed || parsed->activities.size() != 1) {
            state.SkipWithError(parsed ? "no activity" : parsed.error().text().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(state.iterations() * data.size());
    state.counters["file_MB"] = double(data.size()) / 1e6;
}

void BM_ParseGeneratedTcx(benchmark::State& state)
{
    parseXml<TcxParser>(state, generatedTcx(), "bench.tcx");
}
BENCHMARK(BM_ParseGeneratedTcx)->Unit(benchmark::kMillisecond);

void BM_ParseGeneratedGpx(benchmark::State& state)
{
    parseXml<GpxParser>(state, generatedGpx(), "bench.gpx");
}
BENCHMARK(BM_ParseGeneratedGpx)->Unit(benchmark::kMillisecond);

void BM_ParseCorpusTcx(benchmark::State& state)
{
    QString dir = qEnvironmentVariable("PATELLA_CORPUS_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(PATELLA_DEFAULT_CORPUS);
    QFile file(QDir(dir).filePath(QStringLiteral("gb__gtrnctr_power.tcx")));
    if (!file.open(QIODevice::ReadOnly)) {
        state.SkipWithError("no shared corpus here (set PATELLA_CORPUS_DIR)");
        return;
    }
    parseXml<TcxParser>(state, file.readAll(), "gb__gtrnctr_power.tcx");
}
BENCHMARK(BM_ParseCorpusTcx)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
