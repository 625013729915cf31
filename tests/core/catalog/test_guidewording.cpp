// Patella states the guide's facts in its own words. This test fails when any text a person reads (the
// catalog's strings, and every tr()/translate() string in app/ and core/) shares 8 or more consecutive words
// with the user's guide. It skips when the guide is not on this machine.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

namespace {

constexpr int kRunLength = 8;

QString sourceDir()
{
    return QString::fromUtf8(PATELLA_SOURCE_DIR);
}

QString guidePath()
{
    const QByteArray fromEnv = qgetenv("PATELLA_GUIDE");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    return QDir(sourceDir()).absoluteFilePath(QStringLiteral("../shared/domain/runners-knee-guide.txt"));
}

QStringList words(QString text)
{
    text.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2013), QLatin1Char(' '));
    text = text.toLower();
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9']+"));
    QStringList out = text.split(separators, Qt::SkipEmptyParts);
    for (QString& word : out)
        word.remove(QLatin1Char('\''));
    out.removeAll(QString());
    return out;
}

QSet<QString> runsOf(const QStringList& list)
{
    QSet<QString> runs;
    for (qsizetype i = 0; i + kRunLength <= list.size(); ++i)
        runs.insert(list.mid(i, kRunLength).join(QLatin1Char(' ')));
    return runs;
}

void collectJsonStrings(const QJsonValue& value, QStringList& out)
{
    if (value.isString())
        out.append(value.toString());
    else if (value.isArray())
        for (const QJsonValue& item : value.toArray())
            collectJsonStrings(item, out);
    else if (value.isObject())
        for (const QJsonValue& item : value.toObject())
            collectJsonStrings(item, out);
}

// The text of every tr("..."), translate("context", "...") and QT_TRANSLATE_NOOP("context", "..."), with
// adjacent literals joined as the compiler joins them.
QStringList translatableStrings(const QString& source)
{
    static const QRegularExpression call(QStringLiteral(
        R"re((?:\btr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP)\s*\(\s*(?:"(?:[^"\\]|\\.)*"\s*,\s*)?((?:"(?:[^"\\]|\\.)*"\s*)+))re"));
    static const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    QStringList out;
    for (auto match = call.globalMatch(source); match.hasNext();) {
        QString joined;
        for (auto part = literal.globalMatch(match.next().captured(1)); part.hasNext();)
            joined += part.next().captured(1);
        out.append(joined);
    }
    return out;
}

QStringList userVisibleStrings()
{
    QStringList out;
    QFile catalog(QDir(sourceDir()).absoluteFilePath(QStringLiteral("resources/data/catalog.json")));
    EXPECT_TRUE(catalog.open(QIODevice::ReadOnly)) << catalog.fileName().toStdString();
    collectJsonStrings(QJsonDocument::fromJson(catalog.readAll()).object(), out);
    for (const QString& area : {QStringLiteral("app"), QStringLiteral("core")}) {
        QDirIterator it(QDir(sourceDir()).absoluteFilePath(area), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                out += translatableStrings(QString::fromUtf8(file.readAll()));
        }
    }
    return out;
}

} // namespace

TEST(GuideWording, TheHarnessFindsTranslatableStrings)
{
    const QStringList found
        = translatableStrings(QStringLiteral(R"(tr("Hold it, " "and breathe") + translate("ctx", "Second one"))"));
    EXPECT_EQ(found, (QStringList {QStringLiteral("Hold it, and breathe"), QStringLiteral("Second one")}));
    EXPECT_EQ(runsOf(words(QStringLiteral("one two three four five six seven eight nine"))).size(), 2);
}

TEST(GuideWording, NoStringSharesEightWordsInARowWithTheGuide)
{
    QFile guide(guidePath());
    if (!guide.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "the guide is not here: " << guidePath().toStdString();
    const QSet<QString> guideRuns = runsOf(words(QString::fromUtf8(guide.readAll())));
    const QStringList strings = userVisibleStrings();
    ASSERT_GT(strings.size(), 500); // the sources were found
    QStringList close;
    for (const QString& text : strings) {
        for (const QString& run : runsOf(words(text))) {
            if (guideRuns.contains(run)) {
                close.append(QStringLiteral("\"%1\" shares \"%2\"").arg(text, run));
                break;
            }
        }
    }
    EXPECT_TRUE(close.isEmpty()) << close.join(QLatin1Char('\n')).toStdString();
}
