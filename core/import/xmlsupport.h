#pragma once

#include "core/model/result.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QStringView>
#include <QXmlStreamReader>

#include <cmath>
#include <optional>

// What the GPX and TCX readers share: errors that name the file, the line and the column and say the
// problem in a runner's words, and small readers for the values inside the elements. The readers run once
// or more per track point, so they allocate nothing on the way (a 10 MB file has 40,000 points): texts are
// read into a buffer kept per thread, numbers parsed from views, and an error's words built only when
// there is an error.
namespace patella::xml {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(patella::ActivityFile)
};

// The file's bytes as the device a QXmlStreamReader reads: it then decodes them a few kilobytes at a time,
// where given the QByteArray itself it decodes the whole file into one UTF-16 copy of twice its size
// (20 MB for a 10 MB file), which is slower and larger.
class Input final
{
public:
    explicit Input(const QByteArray& data);
    QIODevice* device() { return &m_buffer; }

private:
    QBuffer m_buffer;
};

// The reader's error (its own, or one raised with raiseError()) as an Error naming the file and place.
Error readerError(const QXmlStreamReader& reader, const QString& path);

// No activity file holds a time or a distance beyond ten million (seconds: 115 days; metres: 10,000 km).
constexpr double kMaxPlausibleValue = 1e7;

// The text of the current element, read as QXmlStreamReader::readElementText(SkipChildElements) reads it,
// into a buffer of this thread that the next call overwrites.
QStringView readText(QXmlStreamReader& reader);

// QStringView::toDouble (the C locale, surrounding white space allowed) without its allocations for the
// decimal numbers the files hold; anything else goes to QStringView::toDouble itself, so the answers are
// the same.
double toDouble(QStringView text, bool* ok);
// The text of the current element as toDouble() reads it; nothing when it is not a number.
std::optional<double> readDouble(QXmlStreamReader& reader);

// Reads the text of the current element as a number from low to high (by default 0 to
// kMaxPlausibleValue); raises an error naming the element otherwise.
std::optional<double> readNumber(QXmlStreamReader& reader, double low = 0.0, double high = kMaxPlausibleValue);
// Reads the text of the current element as a timestamp (milliseconds since the epoch); raises otherwise.
std::optional<qint64> readTime(QXmlStreamReader& reader);
// Parses an attribute or text value as a finite number; raises an error naming what() (a function
// returning the translated words, called only then) when it is not one.
void raiseNotANumber(QXmlStreamReader& reader, QStringView text, const QString& what);
template <typename What> std::optional<double> number(QXmlStreamReader& reader, QStringView text, What&& what)
{
    bool ok = false;
    const double value = toDouble(text, &ok);
    if (!ok || !std::isfinite(value)) {
        raiseNotANumber(reader, text, what());
        return std::nullopt;
    }
    return value;
}
std::optional<qint64> time(QXmlStreamReader& reader, QStringView text);

// Skips to the end of the current element, calling onLeaf(name, reader) for every element inside it
// (at any depth) whose name onLeaf wants: it returns true after reading that element's text.
template <typename F> void walk(QXmlStreamReader& reader, F&& onLeaf)
{
    int depth = 1;
    while (depth > 0 && !reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (onLeaf(reader.name(), reader))
                break; // the leaf's text was read up to its end element
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
}

} // namespace patella::xml
