#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Writes RFC 4180 CSV as UTF-8 (no byte order mark): records end with CRLF, and a field is quoted when
// it holds the delimiter, a quote, CR or LF, or starts or ends with a space (so no tool trims it), each
// quote inside written twice.
namespace patella::csv {

class Writer final
{
public:
    explicit Writer(char delimiter = ',')
        : m_delimiter(delimiter)
    {
    }

    void writeRecord(const QStringList& fields);
    const QByteArray& data() const { return m_data; }
    void reserve(qsizetype bytes) { m_data.reserve(bytes); }

private:
    void writeField(const QString& field);

    QByteArray m_data;
    char m_delimiter;
};

// One field as it appears in a record (quoted when it has to be).
QByteArray encodeField(const QString& field, char delimiter = ',');

} // namespace patella::csv
