#include "core/import/gzip.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <zlib.h>

namespace patella {

namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct GzipText
{
    Q_DECLARE_TR_FUNCTIONS(import)
};

// Owns a zlib stream so that every way out ends it.
class Inflater final
{
public:
    Inflater() { m_ok = inflateInit2(&m_stream, 16 + MAX_WBITS) == Z_OK; } // 16: gzip wrapper only
    ~Inflater()
    {
        if (m_ok)
            inflateEnd(&m_stream);
    }
    Q_DISABLE_COPY_MOVE(Inflater)

    bool ok() const { return m_ok; }
    z_stream& stream() { return m_stream; }

private:
    z_stream m_stream {};
    bool m_ok = false;
};

} // namespace

bool isGzip(const QByteArray& data)
{
    return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1F
        && static_cast<unsigned char>(data[1]) == 0x8B;
}

Result<QByteArray> gunzip(const QByteArray& data, const QString& path, qsizetype maxBytes)
{
    const auto fail = [&path](qint64 offset, const QString& problem) {
        return Error {path, GzipText::tr("at byte %1 of the compressed file: %2").arg(offset).arg(problem)};
    };
    if (!isGzip(data))
        return fail(0, GzipText::tr("this is not a gzip file"));

    Inflater inflater;
    if (!inflater.ok())
        return fail(0, GzipText::tr("the decompressor could not start"));
    z_stream& stream = inflater.stream();
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    if (data.size() > qsizetype(std::numeric_limits<uInt>::max()))
        return fail(0, GzipText::tr("the compressed file is larger than 4 GB, more than any activity file"));
    stream.avail_in = static_cast<uInt>(data.size());
    const auto consumed = [&stream, &data] {
        return static_cast<qsizetype>(stream.next_in - reinterpret_cast<const Bytef*>(data.constData()));
    };

    QByteArray out;
    constexpr qsizetype kChunk = 256 * 1024;
    for (;;) {
        if (out.size() >= maxBytes)
            return fail(
                consumed(),
                GzipText::tr(
                    "it unpacks to more than %1 MB, more than any activity file: it is damaged or not an activity")
                    .arg(maxBytes / (1024 * 1024)));
        const qsizetype before = out.size();
        const qsizetype room = std::min(kChunk, maxBytes - before);
        out.resize(before + room);
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + before);
        stream.avail_out = static_cast<uInt>(room);
        const int status = inflate(&stream, Z_NO_FLUSH);
        out.resize(before + room - static_cast<qsizetype>(stream.avail_out));
        const qsizetype offset = consumed();

        if (status == Z_STREAM_END) {
            // Another member may follow; trailing zero padding (some tools add it) ends the file.
            const qsizetype rest = data.size() - offset;
            if (rest == 0 || std::all_of(data.constData() + offset, data.constData() + data.size(), [](char c) {
                    return c == 0;
                }))
                return out;
            if (rest < 2 || static_cast<unsigned char>(data[offset]) != 0x1F
                || static_cast<unsigned char>(data[offset + 1]) != 0x8B)
                return fail(offset,
                            GzipText::tr("unexpected data after the end of the compressed content: it is damaged"));
            if (inflateReset(&stream) != Z_OK)
                return fail(offset, GzipText::tr("the decompressor could not go on"));
            continue;
        }
        if (status == Z_OK)
            continue;
        if (status == Z_BUF_ERROR && stream.avail_out > 0) // no progress with room to spare: the input ran out
            return fail(data.size(),
                        GzipText::tr("the compressed file ends in the middle: it may not have finished copying"));
        if (status == Z_BUF_ERROR)
            continue; // output full: the loop grows it
        if (status == Z_MEM_ERROR)
            return fail(offset, GzipText::tr("there is not enough memory to unpack it"));
        return fail(offset, GzipText::tr("the compressed data is damaged"));
    }
}

} // namespace patella
