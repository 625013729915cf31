#include "core/csv/csvreader.h"

#include <QCoreApplication>

#include <array>

namespace patella::csv {
namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

// Characters (code points) from from up to at, plus one: the 1-based column of at on its line.
int columnOf(const QByteArray& bytes, qsizetype lineStart, qsizetype at)
{
    int column = 1;
    for (qsizetype i = lineStart; i < at && i < bytes.size(); ++i) {
        if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

// Length of the UTF-8 sequence starting at i, or 0 when it is not valid UTF-8 (overlong forms,
// surrogates and code points past U+10FFFF included).
int sequenceLength(const unsigned char* s, qsizetype left)
{
    const unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    auto continuation = [&](qsizetype k) { return k < left && (s[k] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return continuation(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!continuation(1) || !continuation(2))
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0; // overlong
        if (c == 0xED && s[1] > 0x9F)
            return 0; // UTF-16 surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!continuation(1) || !continuation(2) || !continuation(3))
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0; // overlong
        if (c == 0xF4 && s[1] > 0x8F)
            return 0; // past U+10FFFF
        return 4;
    }
    return 0;
}

constexpr unsigned char kBom[] = {0xEF, 0xBB, 0xBF};

bool startsWithBom(const char* data, qsizetype size)
{
    return size >= 3 && static_cast<unsigned char>(data[0]) == kBom[0] && static_cast<unsigned char>(data[1]) == kBom[1]
        && static_cast<unsigned char>(data[2]) == kBom[2];
}

// A field's text. QString::fromUtf8 drops a byte-order mark at the start of what it decodes, but inside a file a
// U+FEFF that begins a field is the field's own character (the file's mark was skipped before the first field):
// keep every one, so that what is read is what is written back.
QString fieldText(const char* data, qsizetype size)
{
    QString marks;
    while (startsWithBom(data, size)) {
        marks.append(QChar(0xFEFF));
        data += 3;
        size -= 3;
    }
    return marks.isEmpty() ? QString::fromUtf8(data, size) : marks + QString::fromUtf8(data, size);
}

qsizetype bomLength(const QByteArray& bytes)
{
    return startsWithBom(bytes.constData(), bytes.size()) ? 3 : 0;
}

class Parser
{
public:
    Parser(const QByteArray& bytes, qsizetype start, char delimiter)
        : m_bytes(bytes)
        , m_data(bytes.constData())
        , m_size(bytes.size())
        , m_pos(start)
        , m_lineStart(start)
        , m_delimiter(delimiter)
    {
    }

    Document run()
    {
        Document document;
        while (m_pos < m_size) {
            Record record;
            record.line = m_line;
            if (!readRecord(record.fields)) {
                document.problem = m_problem;
                return document;
            }
            document.records.append(std::move(record));
        }
        return document;
    }

private:
    enum class End
    {
        Field, // a delimiter: another field follows
        Record, // a line break or the end of the input
        Error,
    };

    bool readRecord(QStringList& fields)
    {
        for (;;) {
            QString field;
            const End end = (m_pos < m_size && m_data[m_pos] == '"') ? readQuoted(field) : readPlain(field);
            if (end == End::Error)
                return false;
            fields.append(std::move(field));
            if (end == End::Record)
                return true;
        }
    }

    End readPlain(QString& field)
    {
        const qsizetype begin = m_pos;
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == m_delimiter || c == '\n' || c == '\r')
                break;
            if (c == '"')
                return fail(m_pos,
                            CsvText::tr("a quote inside a field that is not in quotes (a field holding a quote must "
                                        "be quoted, with the quote written twice)"));
            ++m_pos;
        }
        field = fieldText(m_data + begin, m_pos - begin);
        return afterField();
    }

    End readQuoted(QString& field)
    {
        const qsizetype open = m_pos;
        const int openLine = m_line;
        const qsizetype openLineStart = m_lineStart;
        ++m_pos;
        QByteArray text;
        qsizetype runStart = m_pos;
        for (;;) {
            if (m_pos >= m_size) {
                m_problem = Problem {openLine, columnOf(m_bytes, openLineStart, open),
                                     CsvText::tr("the quoted field that starts here is never closed")};
                return End::Error;
            }
            const char c = m_data[m_pos];
            if (c == '"') {
                text.append(m_data + runStart, m_pos - runStart);
                if (m_pos + 1 < m_size && m_data[m_pos + 1] == '"') {
                    text.append('"');
                    m_pos += 2;
                    runStart = m_pos;
                    continue;
                }
                ++m_pos;
                break;
            }
            if (c == '\n') {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
            ++m_pos;
        }
        field = fieldText(text.constData(), text.size());
        if (m_pos < m_size && m_data[m_pos] != m_delimiter && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
            return fail(m_pos,
                        CsvText::tr("text after the closing quote of a field (a delimiter or a line break must "
                                    "follow it)"));
        return afterField();
    }

    // At a delimiter, a line break or the end: consumes it and says which.
    End afterField()
    {
        if (m_pos >= m_size)
            return End::Record;
        const char c = m_data[m_pos];
        if (c == m_delimiter) {
            ++m_pos;
            return End::Field;
        }
        if (c == '\r') {
            if (m_pos + 1 >= m_size || m_data[m_pos + 1] != '\n')
                return fail(m_pos, CsvText::tr("a carriage return that is not followed by a line feed"));
            ++m_pos;
        }
        ++m_pos; // the line feed
        ++m_line;
        m_lineStart = m_pos;
        return End::Record;
    }

    End fail(qsizetype at, const QString& message)
    {
        m_problem = Problem {m_line, columnOf(m_bytes, m_lineStart, at), message};
        return End::Error;
    }

    const QByteArray& m_bytes;
    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos;
    qsizetype m_lineStart;
    int m_line = 1;
    char m_delimiter;
    Problem m_problem;
};

} // namespace

QString Problem::text() const
{
    return QCoreApplication::translate("Csv", "line %1, column %2: %3").arg(line).arg(column).arg(message);
}

std::optional<Problem> checkUtf8(const QByteArray& bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    if (size >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return Problem {1, 1, CsvText::tr("the file is UTF-16 text; save it as UTF-8")};
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = bomLength(bytes); i < size;) {
        if (s[i] == 0)
            return Problem {line, columnOf(bytes, lineStart, i),
                            CsvText::tr("a NUL character: this is not a text file")};
        const int length = sequenceLength(s + i, size - i);
        if (length == 0)
            return Problem {line, columnOf(bytes, lineStart, i),
                            CsvText::tr("byte 0x%1 is not UTF-8 text; save the file as UTF-8")
                                .arg(QString::number(s[i], 16).toUpper())};
        if (s[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
        i += length;
    }
    return std::nullopt;
}

Document read(const QByteArray& bytes, const ReadOptions& options)
{
    if (auto problem = checkUtf8(bytes)) {
        Document refused;
        refused.problem = std::move(problem);
        return refused;
    }
    return Parser(bytes, bomLength(bytes), options.delimiter).run();
}

char sniffDelimiter(const QByteArray& bytes)
{
    constexpr std::array<char, 4> candidates {',', ';', '\t', '|'};
    std::array<int, 4> counts {};
    bool quoted = false;
    for (qsizetype i = bomLength(bytes); i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (!quoted && (c == '\n' || c == '\r'))
            break;
        if (quoted)
            continue;
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            if (c == candidates.at(k))
                ++counts.at(k);
        }
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        if (counts.at(k) > counts.at(best))
            best = k;
    }
    return candidates.at(best);
}

QString delimiterName(char delimiter)
{
    if (delimiter == '\t')
        return CsvText::tr("tab");
    return QString(QLatin1Char(delimiter));
}

} // namespace patella::csv
