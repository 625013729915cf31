// libFuzzer target for the CSV reader and table: any bytes either parse or are refused with a line and
// a column inside the input; what parses survives a write and a second read unchanged.
#include "core/csv/csvreader.h"
#include "core/csv/csvtable.h"
#include "core/csv/csvwriter.h"
#include "tests/fuzz/fuzzchecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const int lines = int(bytes.count('\n')) + 1;
    for (char delimiter : {',', ';'}) {
        const patella::csv::Document document = patella::csv::read(bytes, {delimiter});
        if (!document.ok()) {
            patella::fuzz::require(document.problem->line >= 1 && document.problem->line <= lines
                                   && document.problem->column >= 1 && !document.problem->message.isEmpty());
            continue;
        }
        patella::csv::Writer writer(delimiter);
        for (const patella::csv::Record& record : document.records)
            writer.writeRecord(record.fields);
        const patella::csv::Document again = patella::csv::read(writer.data(), {delimiter});
        patella::fuzz::require(again.ok() && again.records.size() == document.records.size());
        for (qsizetype i = 0; i < document.records.size(); ++i)
            patella::fuzz::require(again.records.at(i).fields == document.records.at(i).fields);
    }
    const patella::csv::Table table = patella::csv::Table::parse(bytes, {',', true});
    if (table.ok()) {
        for (const patella::csv::Record& row : table.rows())
            patella::fuzz::require(row.fields.size() == table.header().size());
    }
    return 0;
}
