#include "core/import/gzip.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <zlib.h>

using namespace patella;

namespace {

const QString kPath = QStringLiteral("/home/runner/export/activities/1234.fit.gz");

// A gzip member written by zlib itself, as Strava's export and gzip(1) write them.
QByteArray gzip(const QByteArray& data)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2");
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        throw std::runtime_error("deflate");
    return out;
}

QByteArray sample(qsizetype size)
{
    QByteArray data;
    data.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        data.append(static_cast<char>((i * 7919 + i / 13) % 251));
    return data;
}

} // namespace

TEST(Gzip, InflatesWhatZlibCompressed)
{
    const QByteArray original = sample(3 * 1024 * 1024 + 17); // more than one output chunk
    const QByteArray packed = gzip(original);
    ASSERT_TRUE(isGzip(packed));
    const Result<QByteArray> result = gunzip(packed, kPath);
    ASSERT_TRUE(result) << result.error().text().toStdString();
    EXPECT_EQ(*result, original);
}

TEST(Gzip, JoinsMembersAndIgnoresZeroPadding)
{
    const QByteArray a = sample(1000);
    const QByteArray b = QByteArray("second member");
    const Result<QByteArray> result = gunzip(gzip(a) + gzip(b) + QByteArray(8, '\0'), kPath);
    ASSERT_TRUE(result) << result.error().text().toStdString();
    EXPECT_EQ(*result, a + b);
}

TEST(Gzip, TruncatedArchiveSaysSoAndNamesTheFile)
{
    const QByteArray packed = gzip(sample(20000));
    for (const qsizetype size : {qsizetype(2), qsizetype(10), packed.size() / 2, packed.size() - 1}) {
        const Result<QByteArray> result = gunzip(packed.left(size), kPath);
        ASSERT_FALSE(result) << size;
        EXPECT_EQ(result.error().field, kPath);
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("ends in the middle")))
            << size << ": " << result.error().text().toStdString();
    }
}

TEST(Gzip, DamagedArchiveIsRejected)
{
    QByteArray packed = gzip(sample(20000));
    packed[packed.size() - 6] = static_cast<char>(packed[packed.size() - 6] ^ 0x55); // the CRC-32 of the content
    const Result<QByteArray> crc = gunzip(packed, kPath);
    ASSERT_FALSE(crc);
    EXPECT_TRUE(crc.error().message.contains(QStringLiteral("damaged"))) << crc.error().text().toStdString();

    QByteArray garbage = gzip(sample(100)) + QByteArray("trailing text");
    const Result<QByteArray> trailing = gunzip(garbage, kPath);
    ASSERT_FALSE(trailing);
    EXPECT_TRUE(trailing.error().message.contains(QStringLiteral("unexpected data after the end")));

    const Result<QByteArray> notGzip = gunzip(QByteArray("<gpx/>"), kPath);
    ASSERT_FALSE(notGzip);
    EXPECT_TRUE(notGzip.error().message.contains(QStringLiteral("not a gzip file")));
}

TEST(Gzip, StopsAtTheSizeCap)
{
    const QByteArray zeros(4 * 1024 * 1024, '\0'); // packs to a few kB: a small "bomb"
    const Result<QByteArray> result = gunzip(gzip(zeros), kPath, 1024 * 1024);
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("more than 1 MB")))
        << result.error().text().toStdString();
    EXPECT_TRUE(gunzip(gzip(zeros), kPath, zeros.size() + 1));
}
