// Writes the FIT fuzzer's first corpus: small valid files that use every feature the decoder knows, so the
// fuzzer starts from deep inside the format instead of from random bytes. Usage: fuzz_seeds DIR
#include "tests/core/import/fitwriter.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <cstdio>

using namespace patella::test;

namespace {

constexpr std::uint32_t kStart = 1100000000; // 2024-11-09, FIT seconds

std::vector<RecordSpec> records(std::uint32_t start, int count)
{
    std::vector<RecordSpec> out;
    for (int i = 0; i < count; ++i)
        out.push_back({start + static_cast<std::uint32_t>(3 * i), 47.0 + i * 1e-4, 8.5 + i * 1e-4, 8.0 * i, 82, 150});
    return out;
}

SessionSpec session(std::uint32_t start, int sport)
{
    SessionSpec spec;
    spec.start = start;
    spec.end = start + 30;
    spec.sport = sport;
    spec.elapsedSeconds = 30.5;
    spec.timerSeconds = 29.0;
    spec.distanceMetres = 80.0;
    spec.cadence = 82;
    spec.fractionalCadence = 32;
    spec.heartRate = 150;
    return spec;
}

QByteArray run(Endian endian, int header)
{
    FitWriter writer;
    writeFileId(writer, 0, 1, 3076, 1234u, endian);
    writeTimerEvent(writer, 4, kStart, true);
    writeRecords(writer, 1, records(kStart, 10), endian);
    writeTimerEvent(writer, 4, kStart + 30, false);
    writeLap(writer, 3, session(kStart, 1), endian);
    writeSession(writer, 2, session(kStart, 1), endian);
    writeActivity(writer, 5, kStart + 31, 3600);
    return writer.file(FitWriter::HeaderOptions {header, true, 0x20});
}

QByteArray compressedAndDeveloper()
{
    FitWriter writer;
    writeFileId(writer, 0, 294, 0, 99u);
    writer.define(1, 20, {{253, fitbase::UInt32}, {5, fitbase::UInt32}, {4, fitbase::UInt8}});
    writer.data(1, {kStart + 30, 0, 80});
    writer.define(2, 20, {{5, fitbase::UInt32}, {4, fitbase::UInt8}, {53, fitbase::UInt8}});
    for (int i = 1; i < 12; ++i)
        writer.compressed(2, (30 + 3 * i) & 0x1F, {300 * i, 81, 64});
    writer.define(3, 18, {{2, fitbase::UInt32}, {5, fitbase::Enum}, {6, fitbase::Enum}}, Endian::Big,
                  {{0, 3, 0}, {1, 5, 1}});
    writer.data(3, {kStart + 30, 1, 3}, QByteArray(8, '\x11'));
    return writer.file();
}

QByteArray multisport()
{
    FitWriter writer;
    writeFileId(writer, 0, 1, 2158, 77u, Endian::Big);
    std::vector<RecordSpec> all = records(kStart, 10);
    for (const RecordSpec& r : records(kStart + 40, 10))
        all.push_back(r);
    writeRecords(writer, 1, all, Endian::Big);
    writeSession(writer, 2, session(kStart, 1), Endian::Big);
    writeSession(writer, 2, session(kStart + 40, 2), Endian::Big);
    return writer.file(FitWriter::HeaderOptions {12, false, 0x10});
}

bool save(const QDir& dir, const char* name, const QByteArray& data)
{
    QFile file(dir.filePath(QString::fromLatin1(name)));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds DIR\n");
        return 64;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(dir.path()))
        return 73;
    const QByteArray little = run(Endian::Little, 14);
    const bool ok = save(dir, "run-little.fit", little) && save(dir, "run-big-12.fit", run(Endian::Big, 12))
        && save(dir, "compressed-developer.fit", compressedAndDeveloper()) && save(dir, "multisport.fit", multisport())
        && save(dir, "chained.fit", little + compressedAndDeveloper());
    return ok ? 0 : 74;
}
