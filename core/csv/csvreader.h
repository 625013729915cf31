#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A strict RFC 4180 reader for UTF-8 text. Records end with CRLF or LF (a lone CR outside quotes is an
// error); a field that holds the delimiter, a quote, CR or LF is enclosed in double quotes, with each
// quote inside written twice. A UTF-8 byte order mark at the start is skipped; a file that is not UTF-8
// (or holds a NUL) is refused. The last record may end without a line break. An empty line is a record
// with one empty field (the table layer skips those). Errors name the line and the column (1-based,
// counted in characters) where the problem is.
namespace patella::csv {

struct Problem
{
    int line = 0;
    int column = 0;
    QString message; // translated, context "Csv"

    // "line 3, column 7: a quote inside an unquoted field"
    QString text() const;
};

struct Record
{
    QStringList fields;
    int line = 0; // where the record starts (a quoted field may run over several lines)
};

struct Document
{
    QList<Record> records;
    std::optional<Problem> problem; // set when the input was refused; records is then empty

    bool ok() const { return !problem.has_value(); }
};

struct ReadOptions
{
    char delimiter = ',';
};

Document read(const QByteArray& bytes, const ReadOptions& options = {});

// The delimiter the first record most likely uses: the one of , ; TAB | found most often outside
// quotes in it (comma when there is none).
char sniffDelimiter(const QByteArray& bytes);

// Where the first byte that is not UTF-8 sits (or a NUL), as line and column; nullopt when the text is
// clean UTF-8. Exposed for the fuzzer and the tests.
std::optional<Problem> checkUtf8(const QByteArray& bytes);

// A delimiter for messages: "," ";" "tab" "|".
QString delimiterName(char delimiter);

} // namespace patella::csv
