#include "core/import/xmlsupport.h"

#include "core/import/trackstats.h"

#include <QStringDecoder>

#include <charconv>

namespace patella::xml {
namespace {

using namespace Qt::Literals::StringLiterals;

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// Whether text is a plain decimal number, [+-]digits[.digits][(e|E)[+-]digits] with a digit before the
// exponent: what std::from_chars and QStringView::toDouble both read, to the same correctly rounded value.
bool isPlainDecimal(QStringView text)
{
    const qsizetype size = text.size();
    qsizetype pos = 0;
    if (pos < size && (text[pos] == u'+' || text[pos] == u'-'))
        ++pos;
    qsizetype digits = 0;
    for (; pos < size && isDigit(text[pos].unicode()); ++pos)
        ++digits;
    if (pos < size && text[pos] == u'.')
        for (++pos; pos < size && isDigit(text[pos].unicode()); ++pos)
            ++digits;
    if (digits == 0)
        return false;
    if (pos < size && (text[pos] == u'e' || text[pos] == u'E')) {
        ++pos;
        if (pos < size && (text[pos] == u'+' || text[pos] == u'-'))
            ++pos;
        const qsizetype exponentAt = pos;
        while (pos < size && isDigit(text[pos].unicode()))
            ++pos;
        if (pos == exponentAt)
            return false;
    }
    return pos == size;
}

// Whether the UTF-8 file the reader reads (from an Input) holds bytes that are not UTF-8; a sequence cut at the
// end is no such byte but a file cut short. Only for an error: it decodes the whole file.
bool hasBadUtf8(const QXmlStreamReader& reader)
{
    const auto* buffer = qobject_cast<const QBuffer*>(reader.device());
    if (!buffer)
        return false;
    const QStringView encoding = reader.documentEncoding();
    const QByteArray& data = buffer->data();
    if ((!encoding.isEmpty() && encoding.compare("UTF-8"_L1, Qt::CaseInsensitive) != 0) || data.startsWith("\xff\xfe")
        || data.startsWith("\xfe\xff"))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(data);
    return decoder.hasError();
}

} // namespace

Input::Input(const QByteArray& data)
{
    m_buffer.setData(data); // shares the bytes
    m_buffer.open(QIODevice::ReadOnly);
}

Error readerError(const QXmlStreamReader& reader, const QString& path)
{
    QString problem;
    switch (reader.error()) {
    case QXmlStreamReader::PrematureEndOfDocumentError:
        if (hasBadUtf8(reader)) {
            // Qt 6.4 reports some bytes that are not UTF-8 this way (the decoder's error overwritten by the
            // end of the text it could decode).
            problem = Text::tr("the file is damaged here and cannot be read (%1).")
                          .arg("Encountered incorrectly encoded content."_L1);
            break;
        }
        problem = reader.lineNumber() <= 1 && reader.characterOffset() == 0
            ? Text::tr("the file is empty.")
            : Text::tr("the file ends in the middle: it may not have finished copying.");
        break;
    case QXmlStreamReader::CustomError:
        problem = reader.errorString();
        break;
    case QXmlStreamReader::NotWellFormedError:
    case QXmlStreamReader::UnexpectedElementError:
    case QXmlStreamReader::NoError:
        //: %1 is the XML parser's own (English) description of the damage
        problem = Text::tr("the file is damaged here and cannot be read (%1).").arg(reader.errorString());
        break;
    }
    //: %1 line, %2 column, %3 the problem
    return Error {path,
                  Text::tr("line %1, column %2: %3").arg(reader.lineNumber()).arg(reader.columnNumber()).arg(problem)};
}

QStringView readText(QXmlStreamReader& reader)
{
    thread_local QString buffer;
    buffer.resize(0); // keeps the capacity: no allocation once the buffer has grown
    if (!reader.isStartElement())
        return {};
    for (;;) {
        switch (reader.readNext()) {
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            buffer.append(reader.text());
            break;
        case QXmlStreamReader::EndElement:
            return buffer;
        case QXmlStreamReader::StartElement:
            reader.skipCurrentElement();
            break;
        default:
            if (reader.hasError())
                return buffer;
            break;
        }
    }
}

double toDouble(QStringView text, bool* ok)
{
    const QStringView trimmed = text.trimmed();
    char latin1[40];
    if (trimmed.size() < qsizetype(sizeof latin1) && isPlainDecimal(trimmed)) {
        qsizetype length = 0;
        for (const QChar c : trimmed)
            latin1[length++] = char(c.unicode());
        const char* begin = latin1[0] == '+' ? latin1 + 1 : latin1; // from_chars takes no plus sign
        double value = 0.0;
        const auto [end, problem] = std::from_chars(begin, latin1 + length, value);
        if (problem == std::errc() && end == latin1 + length) {
            *ok = true;
            return value;
        }
    }
    return trimmed.toDouble(ok); // out of range, or not a plain decimal: Qt's own answer
}

std::optional<double> readDouble(QXmlStreamReader& reader)
{
    bool ok = false;
    const double value = toDouble(readText(reader), &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

void raiseNotANumber(QXmlStreamReader& reader, QStringView text, const QString& what)
{
    //: %1 what the value is ("the latitude", "<DistanceMeters>"), %2 the text found
    reader.raiseError(Text::tr("%1 \"%2\" is not a number.").arg(what, text.left(40)));
}

std::optional<qint64> time(QXmlStreamReader& reader, QStringView text)
{
    auto ms = parseIsoTimeMs(text);
    if (!ms)
        reader.raiseError(Text::tr("the time \"%1\" is not a date and time.").arg(text.left(40)));
    return ms;
}

std::optional<double> readNumber(QXmlStreamReader& reader, double low, double high)
{
    const QStringView text = readText(reader);
    if (reader.hasError())
        return std::nullopt;
    // The reader is now at the end element, whose name is the start element's.
    const auto element = [&reader]() -> QString { return QLatin1Char('<') + reader.name() + QLatin1Char('>'); };
    auto value = number(reader, text, element);
    if (value && (*value < low || *value > high)) {
        //: %1 the element ("<DistanceMeters>"), %2 the value found
        reader.raiseError(Text::tr("%1 %2 is not a plausible value.").arg(element(), text.left(40)));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> readTime(QXmlStreamReader& reader)
{
    const QStringView text = readText(reader);
    if (reader.hasError())
        return std::nullopt;
    return time(reader, text);
}

} // namespace patella::xml
