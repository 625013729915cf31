// The RFC 4180 reader and writer: quoting, line endings, the byte order mark, empty fields, refused input
// with its line and column.
#include "core/csv/csvreader.h"
#include "core/csv/csvtable.h"
#include "core/csv/csvwriter.h"

#include <gtest/gtest.h>

using namespace patella::csv;

namespace {

QByteArray bytes(const char* text)
{
    return QByteArray(text);
}

QStringList fields(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* f : list)
        out.append(QString::fromUtf8(f));
    return out;
}

} // namespace

TEST(CsvReader, PlainRecordsWithCrlfAndLf)
{
    const Document crlf = read(bytes("a,b,c\r\n1,2,3\r\n"));
    ASSERT_TRUE(crlf.ok());
    ASSERT_EQ(crlf.records.size(), 2);
    EXPECT_EQ(crlf.records.at(0).fields, fields({"a", "b", "c"}));
    EXPECT_EQ(crlf.records.at(1).fields, fields({"1", "2", "3"}));
    EXPECT_EQ(crlf.records.at(1).line, 2);

    const Document lf = read(bytes("a,b,c\n1,2,3\n"));
    ASSERT_TRUE(lf.ok());
    ASSERT_EQ(lf.records.size(), 2);
    EXPECT_EQ(lf.records.at(1).fields, crlf.records.at(1).fields);
}

TEST(CsvReader, LastLineWithoutLineBreak)
{
    const Document d = read(bytes("a,b\r\n1,2"));
    ASSERT_TRUE(d.ok());
    ASSERT_EQ(d.records.size(), 2);
    EXPECT_EQ(d.records.at(1).fields, fields({"1", "2"}));
}

TEST(CsvReader, EmptyFieldsAnywhere)
{
    const Document d = read(bytes(",a,,\r\n\"\",,x\r\n"));
    ASSERT_TRUE(d.ok());
    ASSERT_EQ(d.records.size(), 2);
    EXPECT_EQ(d.records.at(0).fields, fields({"", "a", "", ""}));
    EXPECT_EQ(d.records.at(1).fields, fields({"", "", "x"}));
}

TEST(CsvReader, QuotedFieldsHoldCommasQuotesAndLineBreaks)
{
    const Document d = read(bytes("note,n\r\n\"Stairs, then \"\"sharp\"\" pain\r\nafter\nrest\",2\r\nnext,3\r\n"));
    ASSERT_TRUE(d.ok()) << d.problem->text().toStdString();
    ASSERT_EQ(d.records.size(), 3);
    EXPECT_EQ(d.records.at(1).fields.at(0), QStringLiteral("Stairs, then \"sharp\" pain\r\nafter\nrest"));
    EXPECT_EQ(d.records.at(1).fields.at(1), QStringLiteral("2"));
    EXPECT_EQ(d.records.at(1).line, 2);
    EXPECT_EQ(d.records.at(2).line, 5); // the quoted field ran over lines 2 to 4
}

TEST(CsvReader, ByteOrderMarkIsSkipped)
{
    const Document d = read(bytes("\xEF\xBB\xBFscore\r\n4\r\n"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.records.at(0).fields, fields({"score"}));
}

// Found by fuzz_csv: a field that begins with U+FEFF kept it only after the file's own mark, and lost it on the
// next read (QString::fromUtf8 drops a leading mark). Every U+FEFF inside the file is now the field's, and the
// writer quotes a field that starts with one, so the file's first bytes are never taken for the file's mark.
TEST(CsvReader, AByteOrderMarkInsideTheFileIsPartOfItsField)
{
    const QChar mark(0xFEFF);
    const Document d = read(bytes("\xEF\xBB\xBF;\xEF\xBB\xBF\xEF\xBB\xBF;\xEF\xBB\xBF;"), {';'});
    ASSERT_TRUE(d.ok());
    ASSERT_EQ(d.records.size(), 1);
    EXPECT_EQ(d.records.at(0).fields, (QStringList {QString(), QString(2, mark), QString(mark), QString()}));

    Writer writer(';');
    writer.writeRecord({QString(mark) + QStringLiteral("x"), QString(2, mark)});
    writer.writeRecord(d.records.at(0).fields);
    EXPECT_TRUE(writer.data().startsWith('"')) << "a leading mark is quoted";
    const Document again = read(writer.data(), {';'});
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again.records.size(), 2);
    EXPECT_EQ(again.records.at(0).fields, (QStringList {QString(mark) + QStringLiteral("x"), QString(2, mark)}));
    EXPECT_EQ(again.records.at(1).fields, d.records.at(0).fields);
}

TEST(CsvReader, Utf8TextIsKept)
{
    const Document d = read(bytes("note\r\n\"Genou gêné, escaliers\"\r\nKnie schmerzt\xC3\xA4\r\n"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.records.at(1).fields.at(0), QStringLiteral("Genou g\u00ean\u00e9, escaliers"));
    EXPECT_EQ(d.records.at(2).fields.at(0), QStringLiteral("Knie schmerzt\u00e4"));
}

TEST(CsvReader, EmptyInputHasNoRecords)
{
    EXPECT_TRUE(read(QByteArray()).records.isEmpty());
    EXPECT_TRUE(read(bytes("\xEF\xBB\xBF")).records.isEmpty());
}

TEST(CsvReader, NotUtf8IsRefusedWithLineAndColumn)
{
    // Latin-1 "é" on line 2, after "caf".
    const Document d = read(bytes("a\r\ncaf\xE9\r\n"));
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.problem->line, 2);
    EXPECT_EQ(d.problem->column, 4);
    EXPECT_TRUE(d.problem->message.contains(QStringLiteral("UTF-8"))) << d.problem->message.toStdString();
    EXPECT_TRUE(d.records.isEmpty());
}

TEST(CsvReader, OverlongSurrogateAndUtf16AreRefused)
{
    EXPECT_TRUE(checkUtf8(bytes("\xC0\xAF")).has_value()); // overlong "/"
    EXPECT_TRUE(checkUtf8(bytes("\xED\xA0\x80")).has_value()); // a UTF-16 surrogate
    EXPECT_TRUE(checkUtf8(bytes("\xF4\x90\x80\x80")).has_value()); // past U+10FFFF
    EXPECT_TRUE(checkUtf8(bytes("\xE2\x82")).has_value()); // cut short
    EXPECT_TRUE(checkUtf8(QByteArray("\xFF\xFEs\0", 4)).has_value());
    EXPECT_TRUE(checkUtf8(QByteArray("a\0b", 3)).has_value());
    EXPECT_FALSE(checkUtf8(bytes("\xE2\x82\xAC \xF0\x9F\x8F\x83")).has_value()); // euro sign, runner
}

TEST(CsvReader, ColumnsCountCharactersNotBytes)
{
    const Document d = read(bytes("\xC3\xA9t\xC3\xA9,a\"b\r\n"));
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.problem->line, 1);
    EXPECT_EQ(d.problem->column, 6); // é t é , a " : the quote is the sixth character
}

TEST(CsvReader, QuoteInsideAnUnquotedFieldIsRefused)
{
    const Document d = read(bytes("a,b\r\n1,2\"3\r\n"));
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.problem->line, 2);
    EXPECT_EQ(d.problem->column, 4);
}

TEST(CsvReader, TextAfterAClosingQuoteIsRefused)
{
    const Document d = read(bytes("\"ab\"c,d\r\n"));
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.problem->line, 1);
    EXPECT_EQ(d.problem->column, 5);
}

TEST(CsvReader, UnclosedQuoteIsReportedWhereItOpens)
{
    const Document d = read(bytes("a,b\r\n1,\"open\r\nmore\r\n"));
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.problem->line, 2);
    EXPECT_EQ(d.problem->column, 3);
    EXPECT_TRUE(d.problem->text().startsWith(QStringLiteral("line 2, column 3: ")));
}

TEST(CsvReader, LoneCarriageReturnIsRefused)
{
    const Document d = read(bytes("a,b\r1,2\r\n"));
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.problem->line, 1);
    EXPECT_EQ(d.problem->column, 4);
}

TEST(CsvReader, OtherDelimiters)
{
    const Document d = read(bytes("a;b;\"c;d\"\r\n"), ReadOptions {';'});
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.records.at(0).fields, fields({"a", "b", "c;d"}));
    EXPECT_EQ(sniffDelimiter(bytes("a;b;c,d\r\n1,2,3,4,5\r\n")), ';');
    EXPECT_EQ(sniffDelimiter(bytes("a\tb\tc\r\n")), '\t');
    EXPECT_EQ(sniffDelimiter(bytes("\"x;y;z\",b\r\n")), ',');
    EXPECT_EQ(sniffDelimiter(bytes("single\r\n")), ',');
}

TEST(CsvWriter, QuotesOnlyWhatNeedsIt)
{
    Writer writer;
    writer.writeRecord(fields({"plain", "with,comma", "say \"hi\"", "two\nlines", "", " padded"}));
    EXPECT_EQ(writer.data(), QByteArray("plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\",,\" padded\"\r\n"));
}

TEST(CsvWriter, LoneEmptyFieldIsNotABlankLine)
{
    Writer writer;
    writer.writeRecord(fields({""}));
    EXPECT_EQ(writer.data(), QByteArray("\"\"\r\n"));
}

TEST(CsvWriter, WhatItWritesReadsBackTheSame)
{
    const QList<QStringList> records {
        fields({"id", "note", "score"}), fields({"1", "Knie, links \"stechend\"\r\nnach Treppen", "7"}),
        fields({"2", "", "0"}),          fields({"3", "\u00e9\u00e8 \U0001F3C3", "10"}),
        fields({"4", "\"", ","}),
    };
    Writer writer;
    for (const QStringList& r : records)
        writer.writeRecord(r);
    const Document d = read(writer.data());
    ASSERT_TRUE(d.ok()) << d.problem->text().toStdString();
    ASSERT_EQ(d.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        EXPECT_EQ(d.records.at(i).fields, records.at(i)) << i;
}

TEST(CsvTable, FindsColumnsByNameAndSkipsBlankLines)
{
    const Table t = Table::parse(bytes("\r\nscore , situation\r\n3,stairs\r\n\r\n5,squatting"));
    ASSERT_TRUE(t.ok()) << t.problem()->text().toStdString();
    EXPECT_EQ(t.header(), fields({"score", "situation"}));
    EXPECT_EQ(t.indexOf(QStringLiteral("situation")), 1);
    EXPECT_EQ(t.indexOf(QStringLiteral("side")), -1);
    ASSERT_EQ(t.rows().size(), 2);
    EXPECT_EQ(t.rows().at(1).line, 5);
    EXPECT_EQ(t.rows().at(1).fields.at(1), QStringLiteral("squatting"));
}

TEST(CsvTable, RowWithTheWrongFieldCountNamesItsLine)
{
    const Table t = Table::parse(bytes("a,b,c\r\n1,2,3\r\n1,2\r\n"));
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.problem()->line, 3);
    EXPECT_TRUE(t.problem()->message.contains(QStringLiteral("2 fields")));
    EXPECT_TRUE(t.rows().isEmpty());
}

TEST(CsvTable, WrongDelimiterIsRefusedUnlessDetected)
{
    const QByteArray semicolons = bytes("date;score;situation\r\n2026-03-01;3;stairs\r\n");
    const Table refused = Table::parse(semicolons);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.problem()->line, 1);
    EXPECT_TRUE(refused.problem()->message.contains(QStringLiteral("\";\"")))
        << refused.problem()->message.toStdString();

    const Table detected = Table::parse(semicolons, TableOptions {',', true});
    ASSERT_TRUE(detected.ok());
    EXPECT_EQ(detected.delimiter(), ';');
    EXPECT_EQ(detected.rows().at(0).fields.at(2), QStringLiteral("stairs"));
}

TEST(CsvTable, EmptyFileIsRefused)
{
    EXPECT_FALSE(Table::parse(QByteArray()).ok());
    EXPECT_FALSE(Table::parse(bytes("\r\n\r\n")).ok());
}

TEST(CsvTable, RepeatedColumnNamesAreAllFound)
{
    const Table t = Table::parse(bytes("Distance,Name,Distance\r\n10.2,Easy,10200.5\r\n"));
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.indexesOf(QStringLiteral("Distance")), (QList<int> {0, 2}));
}
