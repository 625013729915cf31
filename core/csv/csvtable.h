#pragma once

#include "core/csv/csvreader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A CSV file read as a header line and rows, each field found by its column name. Blank lines are
// skipped; every row must have as many fields as the header. When the first line splits better on
// another delimiter than the expected one, the file is refused with a message that says so (a
// spreadsheet that saved with semicolons), unless the caller lets the delimiter be detected.
namespace patella::csv {

struct TableOptions
{
    char delimiter = ',';
    bool detectDelimiter = false; // use the delimiter the header line uses instead of refusing it
};

class Table final
{
public:
    static Table parse(const QByteArray& bytes, const TableOptions& options = {});

    bool ok() const { return !m_problem.has_value(); }
    const std::optional<Problem>& problem() const { return m_problem; }
    char delimiter() const { return m_delimiter; }

    const QStringList& header() const { return m_header; }
    const QList<Record>& rows() const { return m_rows; }
    // The 0-based index of the first column with this name (compared exactly, after trimming), or -1.
    int indexOf(const QString& name) const;
    // Every column with this name, in order (Strava's export names two columns "Distance").
    QList<int> indexesOf(const QString& name) const;

private:
    std::optional<Problem> m_problem;
    char m_delimiter = ',';
    QStringList m_header;
    QList<Record> m_rows;
};

} // namespace patella::csv
