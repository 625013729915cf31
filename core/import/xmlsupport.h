#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QStringView>
#include <QXmlStreamReader>

#include <optional>

// What the GPX and TCX readers share: errors that name the file, the line and the column and say the
// problem in a runner's words, and small readers for the values inside the elements.
namespace patella::xml {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(patella::ActivityFile)
};

// The reader's error (its own, or one raised with raiseError()) as an Error naming the file and place.
Error readerError(const QXmlStreamReader& reader, const QString& path);

// No activity file holds a time or a distance beyond ten million (seconds: 115 days; metres: 10,000 km).
constexpr double kMaxPlausibleValue = 1e7;

// Reads the text of the current element as a number from low to high (by default 0 to
// kMaxPlausibleValue); raises an error naming the element otherwise.
std::optional<double> readNumber(QXmlStreamReader& reader, double low = 0.0, double high = kMaxPlausibleValue);
// Reads the text of the current element as a timestamp (milliseconds since the epoch); raises otherwise.
std::optional<qint64> readTime(QXmlStreamReader& reader);
// Parses an attribute or text value as a number; raises an error naming what when it is not one.
std::optional<double> number(QXmlStreamReader& reader, QStringView text, const QString& what);
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
