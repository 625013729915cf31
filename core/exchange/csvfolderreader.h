#pragma once

#include "core/csv/csvtable.h"
#include "core/exchange/csvformat.h"
#include "core/exchange/exchangefiles.h"
#include "core/exchange/journalimport.h"
#include "core/store/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <optional>

// The reading half of the CSV import (journalimport.cpp): each file of a folder parsed into records, its header
// and every value checked, and a refusal kept with its file, line and column. Nothing here writes.
namespace patella::exchange::detail {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct CsvExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(CsvExchange)
};

// One file's rows as records, each with the line it came from.
template <typename R> struct Parsed
{
    bool present = false;
    bool ok = true;
    QList<R> records;
    QList<int> lines;
    QHash<QString, int> columnIndex; // column name -> 0-based field number in this file
};

inline std::optional<Error> check(const ItemRow& row, QDate today)
{
    if (row.position < 1)
        return Error {QStringLiteral("position"), CsvExchangeText::tr("must be 1 or more")};
    // The item's own checks are the session's; a stand-in session carries it.
    SessionRecord session;
    session.routineId = QStringLiteral("import");
    session.localDate = today;
    session.start = QDateTime(today, QTime(12, 0), Qt::UTC);
    session.end = session.start;
    session.items.append(row);
    auto error = validation::validate(session, today);
    if (error && error->field == QLatin1String("seconds"))
        error->field = (row.plannedSeconds < 0 || row.plannedSeconds > 3600) ? QStringLiteral("planned_s")
                                                                             : QStringLiteral("actual_s");
    if (error && error->field == QLatin1String("reps"))
        error->field = (row.plannedReps < 0 || row.plannedReps > 500) ? QStringLiteral("planned_reps")
                                                                      : QStringLiteral("actual_reps");
    return error;
}

template <typename R> std::optional<Error> check(const R& record, QDate today)
{
    return validation::validate(record, today);
}

class FolderImport
{
public:
    FolderImport(const QString& folder, QDate today)
        : m_folder(folder)
        , m_today(today)
    {
    }

    template <typename R> Parsed<R> parse()
    {
        Parsed<R> out;
        const FileFormat<R>& f = format<R>();
        const QString path = QDir(m_folder).filePath(f.fileName);
        if (!QFileInfo::exists(path))
            return out;
        out.present = true;
        auto bytes = readWholeFile(path);
        if (!bytes) {
            refuse(out, {f.fileName, 0, 0, {}, bytes.error().message});
            return out;
        }
        const csv::Table table = csv::Table::parse(bytes.value());
        if (!table.ok()) {
            refuse(out, {f.fileName, table.problem()->line, table.problem()->column, {}, table.problem()->message});
            return out;
        }
        const std::optional<QList<const Column<R>*>> columns = readHeader(table, out);
        if (!columns)
            return out;
        out.records.reserve(table.rows().size());
        out.lines.reserve(table.rows().size());
        for (const csv::Record& row : table.rows()) {
            R record {};
            if (std::optional<FileProblem> problem = readRecord(row, *columns, out, record)) {
                refuse(out, std::move(*problem));
                return out;
            }
            out.records.append(std::move(record));
            out.lines.append(row.line);
        }
        return out;
    }

    // The header: every name a column of this file, none twice, every required one there. The columns in the
    // file's order, or nothing when the file is refused.
    template <typename R> std::optional<QList<const Column<R>*>> readHeader(const csv::Table& table, Parsed<R>& out)
    {
        const FileFormat<R>& f = format<R>();
        QList<const Column<R>*> columns;
        for (qsizetype i = 0; i < table.header().size(); ++i) {
            const QString& name = table.header().at(i);
            const auto found = std::find_if(f.columns.cbegin(), f.columns.cend(),
                                            [&](const Column<R>& c) { return c.name == name; });
            if (found == f.columns.cend()) {
                refuse(out,
                       {f.fileName, 1, int(i + 1), name,
                        CsvExchangeText::tr("is not a column of this file (its columns are %1)")
                            .arg(f.header().join(QStringLiteral(", ")))});
                return std::nullopt;
            }
            if (out.columnIndex.contains(name)) {
                refuse(out, {f.fileName, 1, int(i + 1), name, CsvExchangeText::tr("appears twice in the header")});
                return std::nullopt;
            }
            out.columnIndex.insert(name, int(i));
            columns.append(&*found);
        }
        for (const Column<R>& c : f.columns) {
            if (c.required && !out.columnIndex.contains(c.name)) {
                refuse(out, {f.fileName, 1, 0, c.name, CsvExchangeText::tr("this column is missing from the header")});
                return std::nullopt;
            }
        }
        return columns;
    }

    // One row into record: each value read by its column, then the record checked as the store would.
    template <typename R>
    std::optional<FileProblem> readRecord(const csv::Record& row, const QList<const Column<R>*>& columns,
                                          const Parsed<R>& out, R& record) const
    {
        const FileFormat<R>& f = format<R>();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString& text = row.fields.at(i);
            if (text.isEmpty()) {
                if (columns.at(i)->required)
                    return FileProblem {f.fileName, row.line, int(i + 1), columns.at(i)->name,
                                        CsvExchangeText::tr("is empty")};
                continue;
            }
            if (auto error = columns.at(i)->read(record, text))
                return FileProblem {f.fileName, row.line, int(i + 1), columns.at(i)->name, *error};
        }
        f.finish(record);
        if (auto error = check(record, m_today)) {
            const QString name = f.columnFor(error->field).isEmpty() ? error->field : f.columnFor(error->field);
            return FileProblem {f.fileName, row.line, out.columnIndex.value(name, -1) + 1, name, error->message};
        }
        return std::nullopt;
    }

    template <typename R> void refuse(Parsed<R>& parsed, FileProblem problem)
    {
        parsed.ok = false;
        parsed.records.clear();
        parsed.lines.clear();
        m_refused.append(std::move(problem));
    }

    // A problem found after parsing (a duplicate, an id that points nowhere), at a record's line.
    template <typename R> void refuseAt(Parsed<R>& parsed, qsizetype index, const char* column, QString message)
    {
        const QString name = QString::fromLatin1(column);
        refuse(parsed,
               {format<R>().fileName, parsed.lines.at(index), parsed.columnIndex.value(name, -1) + 1, name,
                std::move(message)});
    }

    // Every key once in the file: two rows for one week cannot both be right.
    template <typename R, typename Key> void requireUnique(Parsed<R>& parsed, const char* column, Key key)
    {
        QHash<QString, int> seen;
        for (qsizetype i = 0; i < parsed.records.size(); ++i) {
            const QString k = key(parsed.records.at(i));
            if (k.isEmpty())
                continue;
            if (const auto at = seen.constFind(k); at != seen.constEnd()) {
                refuseAt(parsed, i, column, CsvExchangeText::tr("\"%1\" is already on line %2").arg(k).arg(*at));
                return;
            }
            seen.insert(k, parsed.lines.at(i));
        }
    }

    const QList<FileProblem>& refused() const { return m_refused; }

private:
    QString m_folder;
    QDate m_today;
    QList<FileProblem> m_refused;
};

} // namespace patella::exchange::detail
