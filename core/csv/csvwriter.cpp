#include "core/csv/csvwriter.h"

namespace patella::csv {
namespace {

bool needsQuotes(const QByteArray& utf8, char delimiter)
{
    if (utf8.isEmpty())
        return false;
    if (utf8.front() == ' ' || utf8.back() == ' ')
        return true;
    // A field that starts with U+FEFF: quoted, so that at the start of a file it is not read as the file's mark.
    if (utf8.startsWith("\xEF\xBB\xBF"))
        return true;
    for (const char c : utf8) {
        if (c == delimiter || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

void appendField(QByteArray& out, const QString& field, char delimiter)
{
    const QByteArray utf8 = field.toUtf8();
    if (!needsQuotes(utf8, delimiter)) {
        out.append(utf8);
        return;
    }
    out.append('"');
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

} // namespace

void Writer::writeRecord(const QStringList& fields)
{
    if (fields.size() == 1 && fields.constFirst().isEmpty()) {
        m_data.append("\"\"\r\n", 4); // a lone empty field, so the record is not a blank line
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_data.append(m_delimiter);
        appendField(m_data, fields.at(i), m_delimiter);
    }
    m_data.append("\r\n", 2);
}

QByteArray encodeField(const QString& field, char delimiter)
{
    QByteArray out;
    appendField(out, field, delimiter);
    return out;
}

} // namespace patella::csv
