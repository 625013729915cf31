// The translation machinery: every message of every language finished, with the source's placeholders; the
// whole catalog translated; the language chosen from the preference or the system; translators installed
// (Patella's and Qt's own) with the locale; the voice asked for the session's language.
#include "app/journal/forminput.h"
#include "app/sessionplayer/cueplayer.h"
#include "app/shell/translations.h"
#include "core/catalog/catalog.h"
#include "core/model/language.h"
#include "core/model/painband.h"
#include "core/model/preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace patella::catalogstrings {
extern const char* const kSources[];
extern const int kSourceCount;
} // namespace patella::catalogstrings

using namespace patella;

namespace {

const QStringList kTranslated {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the plural forms
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QStringLiteral("name")) {
            context = xml.readElementText();
        } else if (name == QStringLiteral("message")) {
            message = TsMessage {};
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
        } else if (name == QStringLiteral("source")) {
            message.source = xml.readElementText();
        } else if (name == QStringLiteral("translation")) {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            message.unfinished = type == QStringLiteral("unfinished");
            if (type == QStringLiteral("vanished") || type == QStringLiteral("obsolete"))
                continue;
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            out.append(message);
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(path) << ": " << qPrintable(xml.errorString());
    return out;
}

QString tsPath(const QString& code)
{
    return QDir(QStringLiteral(PATELLA_TS_DIR)).filePath(QStringLiteral("patella_") + code + QStringLiteral(".ts"));
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString describe(const TsMessage& m)
{
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}

} // namespace

TEST(TranslationFiles, EveryMessageIsFinishedInEveryLanguage)
{
    for (const QString& code : kTranslated) {
        const QList<TsMessage> messages = readTs(tsPath(code));
        ASSERT_GT(messages.size(), 500) << qPrintable(code);
        QStringList problems;
        for (const TsMessage& m : messages) {
            const bool empty = m.translations.isEmpty()
                || std::any_of(m.translations.cbegin(), m.translations.cend(),
                               [](const QString& t) { return t.trimmed().isEmpty(); });
            if (m.unfinished || empty)
                problems.append(describe(m));
        }
        EXPECT_TRUE(problems.isEmpty()) << qPrintable(code) << ": " << problems.size() << " unfinished, first: "
                                        << qPrintable(problems.mid(0, 10).join(QStringLiteral("\n  ")));
    }
}

TEST(TranslationFiles, TranslationsKeepTheSourcesPlaceholdersAndPluralForms)
{
    for (const QString& code : kTranslated + QStringList {QStringLiteral("en")}) {
        QStringList problems;
        for (const TsMessage& m : readTs(tsPath(code))) {
            if (m.numerus && m.translations.size() != 2)
                problems.append(describe(m) + QStringLiteral(" needs two plural forms"));
            for (const QString& t : m.translations) {
                if (!t.isEmpty() && placeholders(t) != placeholders(m.source))
                    problems.append(describe(m) + QStringLiteral(" -> \"") + t + QLatin1Char('"'));
            }
        }
        EXPECT_TRUE(problems.isEmpty()) << qPrintable(code) << ":\n  "
                                        << qPrintable(problems.mid(0, 10).join(QStringLiteral("\n  ")));
    }
}

TEST(TranslationFiles, EnglishSpellsOutEveryPlural)
{
    const QList<TsMessage> plurals = readTs(tsPath(QStringLiteral("en")));
    ASSERT_FALSE(plurals.isEmpty());
    for (const TsMessage& m : plurals) {
        ASSERT_EQ(m.translations.size(), 2) << qPrintable(describe(m));
        EXPECT_FALSE(m.translations.at(0).contains(QStringLiteral("(s)"))) << qPrintable(describe(m));
        EXPECT_FALSE(m.translations.at(1).contains(QStringLiteral("(s)"))) << qPrintable(describe(m));
    }
}

// The catalog is text in JSON; a build step lists it for lupdate. Every text the loaded catalog shows must be in
// that list, and have a translation in each language's compiled file.
TEST(CatalogTranslations, EveryCatalogTextHasATranslationInEveryLanguage)
{
    QSet<QString> listed;
    for (int i = 0; i < catalogstrings::kSourceCount; ++i)
        listed.insert(QString::fromUtf8(catalogstrings::kSources[i]));
    ASSERT_GT(listed.size(), 200);

    const auto catalog
        = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), &Catalog::illustrationResourceExists);
    ASSERT_TRUE(catalog) << qPrintable(catalog.error().text());
    QStringList shown;
    for (const MuscleGroup& g : catalog->muscleGroups())
        shown.append(g.name);
    for (const Exercise& e : catalog->exercises()) {
        shown << e.name << e.summary << e.steps << e.cues << e.cautions;
        for (const DosePart& part : e.dose.parts)
            shown.append(part.name);
    }
    for (const Routine& r : catalog->routines())
        shown << r.name << r.description;
    for (const Habit& h : catalog->habits())
        shown << h.title << h.why << h.howPatellaHelps;
    // The reader puts the pain bands in place of "{pain-bands}" after translating, so compare with that done.
    QSet<QString> listedAsShown;
    for (const QString& text : std::as_const(listed))
        listedAsShown.insert(QString(text).replace(QLatin1String("{pain-bands}"), bandsSummary()));
    for (const QString& text : std::as_const(shown))
        EXPECT_TRUE(listedAsShown.contains(text)) << "not listed for translation: " << qPrintable(text);

    for (const QString& code : kTranslated) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(Translations::resourcePath(code))) << qPrintable(code);
        QStringList missing;
        for (const QString& text : std::as_const(listed)) {
            const QByteArray source = text.toUtf8();
            if (translator.translate("catalog", source.constData()).trimmed().isEmpty())
                missing.append(text);
        }
        EXPECT_TRUE(missing.isEmpty()) << qPrintable(code) << ": " << missing.size() << " catalog texts untranslated, "
                                       << qPrintable(missing.mid(0, 5).join(QStringLiteral(" | ")));
    }
}

TEST(CatalogTranslations, TheCatalogLoadsInGerman)
{
    const Translations german(QStringLiteral("de"));
    ASSERT_TRUE(german.loaded());
    const auto catalog
        = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), &Catalog::illustrationResourceExists);
    ASSERT_TRUE(catalog) << qPrintable(catalog.error().text());
    const Exercise* quad = catalog->exercise(QStringLiteral("standing-quad-stretch"));
    ASSERT_NE(quad, nullptr);
    EXPECT_NE(quad->name, QStringLiteral("Standing quad stretch"));
    EXPECT_FALSE(quad->name.isEmpty());
    EXPECT_NE(quad->steps.constFirst(),
              QStringLiteral("Stand upright; rest a hand on a wall or chair if you need balance."));
}

TEST(Language, FollowsTheChoiceThenTheSystemThenEnglish)
{
    EXPECT_EQ(language::resolve(QStringLiteral("fr"), {QStringLiteral("de-DE")}), QStringLiteral("fr"));
    EXPECT_EQ(language::resolve(QString(), {QStringLiteral("de-AT"), QStringLiteral("en-GB")}), QStringLiteral("de"));
    EXPECT_EQ(language::resolve(QString(), {QStringLiteral("it-IT"), QStringLiteral("es-MX")}), QStringLiteral("es"));
    EXPECT_EQ(language::resolve(QString(), {QStringLiteral("it-IT")}), QStringLiteral("en"));
    EXPECT_EQ(language::resolve(QStringLiteral("xx"), {QStringLiteral("fr-CA")}), QStringLiteral("fr"));
    EXPECT_EQ(language::supported().size(), 4);
}

TEST(Language, TheChoiceSitsBesideThePreferencesAndSurvivesTheirWrites)
{
    const QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("settings.ini"));
    Preferences preferences(file, QDate(2026, 11, 2));
    EXPECT_TRUE(language::storedChoice(file).isEmpty());
    language::storeChoice(file, QStringLiteral("fr"));
    preferences.setAppearance(Preferences::Appearance::Dark);
    preferences.setDistanceUnit(DistanceUnit::Miles);
    EXPECT_EQ(language::storedChoice(file), QStringLiteral("fr"));
    EXPECT_EQ(Preferences(file, QDate(2026, 11, 2)).appearance(), Preferences::Appearance::Dark);
    EXPECT_EQ(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions {});
    language::storeChoice(file, QString());
    EXPECT_TRUE(language::storedChoice(file).isEmpty());
}

TEST(Translations, InstallsPatellasAndQtsTextsWithTheLocaleAndRemovesThemAfter)
{
    {
        const Translations german(QStringLiteral("de"));
        ASSERT_TRUE(german.loaded());
        EXPECT_EQ(QCoreApplication::translate("patella::SettingsPage", "Settings"), QStringLiteral("Einstellungen"));
        EXPECT_EQ(QLocale().language(), QLocale::German);
        EXPECT_EQ(QLocale().toString(5.2, 'f', 1), QStringLiteral("5,2"));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
            EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        }
        // English plurals stay underneath: a German message always wins over them.
        EXPECT_NE(QCoreApplication::translate("catalog", "%n set(s)", nullptr, 3), QStringLiteral("3 sets"));
    }
    EXPECT_EQ(QCoreApplication::translate("patella::SettingsPage", "Settings"), QStringLiteral("Settings"));
    EXPECT_NE(QLocale().language(), QLocale::German);
}

TEST(Translations, EnglishCountsInTheSingularAndThePlural)
{
    const Translations english(QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("catalog", "%n set(s)", nullptr, 1), QStringLiteral("1 set"));
    EXPECT_EQ(QCoreApplication::translate("catalog", "%n set(s)", nullptr, 3), QStringLiteral("3 sets"));
}

TEST(CueLanguage, TheVoiceSpeaksTheSessionsLanguageOrNotAtAll)
{
    const QList<QLocale> englishOnly {QLocale(QLocale::English, QLocale::UnitedStates)};
    EXPECT_FALSE(CuePlayer::speakingLocale(englishOnly, QLocale(QLocale::German, QLocale::Germany)));
    const auto british = CuePlayer::speakingLocale(englishOnly, QLocale(QLocale::English, QLocale::UnitedKingdom));
    ASSERT_TRUE(british);
    EXPECT_EQ(british->territory(), QLocale::UnitedStates);

    const QList<QLocale> several {QLocale(QLocale::Spanish, QLocale::Spain),
                                  QLocale(QLocale::Spanish, QLocale::Mexico)};
    const auto mexican = CuePlayer::speakingLocale(several, QLocale(QLocale::Spanish, QLocale::Mexico));
    ASSERT_TRUE(mexican);
    EXPECT_EQ(mexican->territory(), QLocale::Mexico);
}

// Every form field that reads numbers goes through forms::, in the locale's notation: 5,2 km in German and
// French, a plain "5.2" still understood, and shown back with the comma.
TEST(LocaleNumbers, FormFieldsReadAndWriteTheLanguagesDecimalComma)
{
    for (const QString& code : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}) {
        const Translations language(code);
        const auto comma = forms::distance(QStringLiteral("5,2"), DistanceUnit::Kilometres, "distance", {}, false);
        ASSERT_TRUE(comma) << qPrintable(code);
        EXPECT_DOUBLE_EQ(comma.value(), 5200.0) << qPrintable(code);
        const auto point = forms::distance(QStringLiteral("5.2"), DistanceUnit::Kilometres, "distance", {}, false);
        ASSERT_TRUE(point) << qPrintable(code);
        EXPECT_DOUBLE_EQ(point.value(), 5200.0) << qPrintable(code);
        const auto cm = forms::decimal(QStringLiteral("-3,5"), "value", {}, -50, 150, true);
        ASSERT_TRUE(cm) << qPrintable(code);
        EXPECT_DOUBLE_EQ(cm.value().value(), -3.5) << qPrintable(code);
        EXPECT_EQ(forms::distanceText(5200.0, DistanceUnit::Kilometres), QStringLiteral("5,20")) << qPrintable(code);
        const auto bad = forms::distance(QStringLiteral("fünf"), DistanceUnit::Kilometres, "distance",
                                         QStringLiteral("Strecke"), false);
        ASSERT_FALSE(bad);
        EXPECT_TRUE(bad.error().text().contains(QStringLiteral("5,2"))) << qPrintable(bad.error().text());
    }
}
