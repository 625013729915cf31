#include "core/import/xmlsupport.h"

#include "core/import/trackstats.h"

namespace patella::xml {

Error readerError(const QXmlStreamReader& reader, const QString& path)
{
    QString problem;
    switch (reader.error()) {
    case QXmlStreamReader::PrematureEndOfDocumentError:
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

std::optional<double> number(QXmlStreamReader& reader, QStringView text, const QString& what)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        //: %1 what the value is ("the latitude", "<DistanceMeters>"), %2 the text found
        reader.raiseError(Text::tr("%1 \"%2\" is not a number.").arg(what, text.left(40)));
        return std::nullopt;
    }
    return value;
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
    const QString element = QLatin1Char('<') + reader.name() + QLatin1Char('>');
    const QString text = reader.readElementText(QXmlStreamReader::SkipChildElements);
    if (reader.hasError())
        return std::nullopt;
    auto value = number(reader, text, element);
    if (value && (*value < low || *value > high)) {
        //: %1 the element ("<DistanceMeters>"), %2 the value found
        reader.raiseError(Text::tr("%1 %2 is not a plausible value.").arg(element, text.left(40)));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> readTime(QXmlStreamReader& reader)
{
    const QString text = reader.readElementText(QXmlStreamReader::SkipChildElements);
    if (reader.hasError())
        return std::nullopt;
    return time(reader, text);
}

} // namespace patella::xml
