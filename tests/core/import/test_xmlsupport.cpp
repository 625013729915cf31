// What the GPX and TCX readers share (core/import/xmlsupport.h): numbers read without allocating give
// QStringView::toDouble's answers, and an element's text is what QXmlStreamReader::readElementText gives.
#include "core/import/xmlsupport.h"

#include <QByteArray>

#include <gtest/gtest.h>

#include <bit>

using namespace patella;
using namespace Qt::Literals::StringLiterals;

TEST(XmlSupport, ToDoubleGivesQtsAnswers)
{
    const QStringList texts {
        u"47.1234567"_s,
        u"-8.5"_s,
        u"+8.5"_s,
        u"0"_s,
        u"-0"_s,
        u" 12.5 "_s,
        u"\t3\n"_s,
        u".5"_s,
        u"5."_s,
        u"-.5"_s,
        u"1e5"_s,
        u"1E+05"_s,
        u"2.5e-3"_s,
        u"007"_s,
        u"0.1"_s,
        u"0.3"_s,
        u"1e308"_s,
        u"1e309"_s,
        u"1e-400"_s,
        u"4.9e-324"_s,
        u"inf"_s,
        u"-inf"_s,
        u"nan"_s,
        u"NaN"_s,
        u"0x10"_s,
        u"1,5"_s,
        u"1 000"_s,
        u"+-5"_s,
        u"--5"_s,
        u"+"_s,
        u"-"_s,
        u"."_s,
        u"e5"_s,
        u"1e"_s,
        u"1e+"_s,
        u"1.2.3"_s,
        u""_s,
        u"   "_s,
        u"12abc"_s,
        u"١٢"_s,
        u"1\u00a0"_s,
        u"123456789012345678901234567890123456789012345678901234567890"_s,
        u"3.14159265358979323846264338327950288"_s,
    };
    for (const QString& text : texts) {
        bool qtOk = false;
        const double qt = QStringView(text).toDouble(&qtOk);
        bool ok = !qtOk;
        const double ours = xml::toDouble(text, &ok);
        EXPECT_EQ(ok, qtOk) << text.toStdString();
        if (ok && qtOk) {
            if (std::isnan(qt))
                EXPECT_TRUE(std::isnan(ours)) << text.toStdString();
            else
                EXPECT_EQ(std::bit_cast<quint64>(ours), std::bit_cast<quint64>(qt)) << text.toStdString();
        }
    }
}

TEST(XmlSupport, ReadTextIsReadElementText)
{
    const QByteArray xml = "<a><v>12.5</v><v> 1<!-- a comment -->2 </v><v>&amp;x&#65;</v>"
                           "<v>4<b>skipped</b>2</v><v><![CDATA[7.5]]></v><v/><v>9<?pi?>9</v></a>";
    QXmlStreamReader qt(xml);
    QXmlStreamReader ours(xml);
    ASSERT_TRUE(qt.readNextStartElement());
    ASSERT_TRUE(ours.readNextStartElement());
    int elements = 0;
    while (qt.readNextStartElement()) {
        ASSERT_TRUE(ours.readNextStartElement());
        const QString expected = qt.readElementText(QXmlStreamReader::SkipChildElements);
        EXPECT_EQ(xml::readText(ours).toString(), expected);
        EXPECT_EQ(ours.tokenType(), qt.tokenType());
        EXPECT_EQ(ours.characterOffset(), qt.characterOffset());
        ++elements;
    }
    EXPECT_EQ(elements, 7);
    EXPECT_FALSE(ours.readNextStartElement());
    EXPECT_FALSE(qt.hasError());
    EXPECT_FALSE(ours.hasError());
}

TEST(XmlSupport, ReadTextStopsAtTheDamageAsReadElementTextDoes)
{
    const QByteArray xml = "<a><v>12.5</w></a>";
    QXmlStreamReader qt(xml);
    QXmlStreamReader ours(xml);
    qt.readNextStartElement();
    qt.readNextStartElement();
    ours.readNextStartElement();
    ours.readNextStartElement();
    EXPECT_EQ(xml::readText(ours).toString(), qt.readElementText(QXmlStreamReader::SkipChildElements));
    EXPECT_TRUE(ours.hasError());
    EXPECT_EQ(ours.error(), qt.error());
    EXPECT_EQ(ours.lineNumber(), qt.lineNumber());
    EXPECT_EQ(ours.columnNumber(), qt.columnNumber());
}

TEST(XmlSupport, InputReadsAsTheBytesDo)
{
    // A Latin-1 file, and one cut in the middle: the device gives the reader the same text and the same place.
    const QList<QByteArray> files {
        QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a n=\"Z\xfcrich\">Gen\xe8ve</a>"),
        QByteArray("<?xml version=\"1.0\"?>\n<a>\n <b>1</b>\n <b>2</b>\n <b>3"),
        QByteArray(40000, ' ').prepend("<a>").append("<b>\xc3\xa9t\xc3\xa9</b></a>"),
    };
    for (const QByteArray& file : files) {
        QXmlStreamReader bytes(file);
        xml::Input input(file);
        QXmlStreamReader device(input.device());
        while (!bytes.atEnd()) {
            ASSERT_EQ(device.readNext(), bytes.readNext());
            EXPECT_EQ(device.text(), bytes.text());
            EXPECT_EQ(device.name(), bytes.name());
            EXPECT_EQ(device.attributes().value("n"_L1), bytes.attributes().value("n"_L1));
        }
        EXPECT_TRUE(device.atEnd());
        EXPECT_EQ(device.error(), bytes.error());
        EXPECT_EQ(device.lineNumber(), bytes.lineNumber());
        EXPECT_EQ(device.columnNumber(), bytes.columnNumber());
        EXPECT_EQ(device.characterOffset(), bytes.characterOffset());
    }
}
