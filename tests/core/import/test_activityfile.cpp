// Picking the parser by content, reading from disk.
#include "core/import/activityfile.h"
#include "core/import/gpxparser.h"
#include "core/import/tcxparser.h"
#include "tests/fuzz/fuzzchecks.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <string_view>
#include <zlib.h>

using namespace patella;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kGpx = "<?xml version=\"1.0\"?>\n<!-- exported -->\n<gpx version=\"1.1\" creator=\"x\" "
                        "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><type>running</type><trkseg>"
                        "<trkpt lat=\"48\" lon=\"9\"><time>2026-03-14T07:00:00Z</time></trkpt>"
                        "<trkpt lat=\"48.01\" lon=\"9\"><time>2026-03-14T07:05:00Z</time></trkpt>"
                        "</trkseg></trk></gpx>";

} // namespace

TEST(ActivityFile, DetectsByContentBeforeExtension)
{
    EXPECT_EQ(ActivityFile::detect(kGpx, u"run.tcx"_s), ActivityFile::Format::Gpx);
    EXPECT_EQ(ActivityFile::detect("\xef\xbb\xbf<TrainingCenterDatabase xmlns=\"x\">", u"a.gpx"_s),
              ActivityFile::Format::Tcx);
    EXPECT_EQ(ActivityFile::detect(QByteArray("\x0e\x10\x00\x00\x00\x00\x00\x00.FIT\x00\x00", 14), u"a.bin"_s),
              ActivityFile::Format::Fit);
    EXPECT_EQ(ActivityFile::detect(QByteArray("\x1f\x8b\x08\x00", 4), u"a.gpx.gz"_s), ActivityFile::Format::Gzip);
    EXPECT_EQ(ActivityFile::detect("<kml/>", u"a.gpx"_s), ActivityFile::Format::Unknown);
    EXPECT_EQ(ActivityFile::detect("garbage", u"A.GPX"_s), ActivityFile::Format::Gpx);
    EXPECT_EQ(ActivityFile::detect("garbage", u"notes.txt"_s), ActivityFile::Format::Unknown);
    EXPECT_TRUE(ActivityFile::hasActivityExtension(u"Run.FIT.gz"_s));
    EXPECT_FALSE(ActivityFile::hasActivityExtension(u"run.csv"_s));
}

TEST(ActivityFile, ReadsFromDiskAndNamesTheFile)
{
    test::TempDir dir;
    const QString path = dir.filePath(u"morning.tcx"_s); // a GPX under the wrong name
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kGpx);
    file.close();
    const auto parsed = ActivityFile::read(path);
    ASSERT_TRUE(parsed.ok()) << parsed.error().text().toStdString();
    EXPECT_EQ(parsed->path, path);
    ASSERT_EQ(parsed->activities.size(), 1);
    EXPECT_EQ(parsed->activities.at(0).elapsedSeconds, 300);

    const auto missing = ActivityFile::read(dir.filePath(u"gone.gpx"_s));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().field.endsWith(u"gone.gpx"_s));
    const auto text = ActivityFile::parse("just some notes", dir.filePath(u"notes.txt"_s));
    ASSERT_FALSE(text.ok());
    EXPECT_TRUE(text.error().message.contains(u"GPX, TCX or FIT"_s));
}

// Every GPX and TCX input kept in tests/fixtures/fuzz (seeds, and any that once crashed the fuzzers) must
// give a readable error or activities that keep the parsers' promises.
TEST(ActivityFile, FuzzInputsKeepThePromises)
{
    int replayed = 0;
    for (const char* target : {"fuzz_gpx", "fuzz_tcx"}) {
        const QDir dir(QStringLiteral(PATELLA_FUZZ_REGRESSIONS) + QLatin1Char('/') + QLatin1StringView(target));
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
            const QByteArray data = file.readAll();
            const auto parsed
                = std::string_view(target) == "fuzz_gpx" ? GpxParser::parse(data, name) : TcxParser::parse(data, name);
            const char* problem = fuzz::violation(parsed);
            EXPECT_EQ(problem, nullptr) << name.toStdString() << ": " << problem;
            if (std::string(name.toStdString()).starts_with("seed-")) {
                EXPECT_TRUE(parsed.ok()) << name.toStdString();
            }
            ++replayed;
        }
    }
    EXPECT_GE(replayed, 2);
}

namespace {

// A gzip file (RFC 1952), as Strava's bulk export writes them.
QByteArray gzipped(const QByteArray& data)
{
    z_stream stream {};
    EXPECT_EQ(deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

TEST(ActivityFile, CompressedCopiesAreInflatedFirst)
{
    const QByteArray packed = gzipped(kGpx);
    ASSERT_EQ(ActivityFile::detect(packed, u"run.gpx.gz"_s), ActivityFile::Format::Gzip);
    const auto parsed = ActivityFile::parse(packed, u"/x/run.gpx.gz"_s);
    ASSERT_TRUE(parsed.ok()) << parsed.error().text().toStdString();
    ASSERT_EQ(parsed->activities.size(), 1);
    EXPECT_EQ(parsed->activities.at(0).elapsedSeconds, 300);

    const auto twice = ActivityFile::parse(gzipped(packed), u"/x/run.gpx.gz.gz"_s);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(u"compressed twice"_s));
    const auto cut = ActivityFile::parse(packed.left(packed.size() / 2), u"/x/run.gpx.gz"_s);
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().field, u"/x/run.gpx.gz"_s);
}
