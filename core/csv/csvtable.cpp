#include "core/csv/csvtable.h"

#include <QCoreApplication>

namespace patella::csv {
namespace {

bool isBlank(const Record& record)
{
    return record.fields.size() == 1 && record.fields.constFirst().isEmpty();
}

} // namespace

Table Table::parse(const QByteArray& bytes, const TableOptions& options)
{
    Table table;
    table.m_delimiter = options.delimiter;
    const char found = sniffDelimiter(bytes);
    Document document = read(bytes, ReadOptions {options.delimiter});
    if (document.ok() && found != options.delimiter && !document.records.isEmpty()
        && document.records.constFirst().fields.size() == 1) {
        if (options.detectDelimiter) {
            table.m_delimiter = found;
            document = read(bytes, ReadOptions {found});
        } else {
            table.m_problem
                = Problem {1, 1,
                           QCoreApplication::translate("Csv", "the fields are separated by \"%1\", not by \"%2\"")
                               .arg(delimiterName(found), delimiterName(options.delimiter))};
            return table;
        }
    }
    if (!document.ok()) {
        table.m_problem = document.problem;
        return table;
    }
    qsizetype first = 0;
    while (first < document.records.size() && isBlank(document.records.at(first)))
        ++first;
    if (first == document.records.size()) {
        table.m_problem
            = Problem {1, 1, QCoreApplication::translate("Csv", "the file is empty: it has no header line")};
        return table;
    }
    for (const QString& name : document.records.at(first).fields)
        table.m_header.append(name.trimmed());
    table.m_rows.reserve(document.records.size() - first - 1);
    for (qsizetype i = first + 1; i < document.records.size(); ++i) {
        Record& record = document.records[i];
        if (isBlank(record))
            continue;
        if (record.fields.size() != table.m_header.size()) {
            table.m_problem
                = Problem {record.line, 1,
                           QCoreApplication::translate("Csv", "this line has %1 fields, the header line has %2")
                               .arg(record.fields.size())
                               .arg(table.m_header.size())};
            table.m_rows.clear();
            return table;
        }
        table.m_rows.append(std::move(record));
    }
    return table;
}

int Table::indexOf(const QString& name) const
{
    return int(m_header.indexOf(name));
}

QList<int> Table::indexesOf(const QString& name) const
{
    QList<int> out;
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        if (m_header.at(i) == name)
            out.append(int(i));
    }
    return out;
}

} // namespace patella::csv
