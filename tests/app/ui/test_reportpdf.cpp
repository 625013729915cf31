#include "app/ui/appcontext.h"
#include "app/ui/reportdialog.h"
#include "app/ui/reportdocument.h"
#include "core/catalog/catalog.h"
#include "core/model/preferences.h"
#include "tests/support/reportjournal.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <sys/stat.h>

// The report as a PDF, read back with poppler's pdftotext and pdfinfo: two pages of the locale's paper, each
// figure of the hand-made journal in the text, a private file; and the dialog that previews and saves it.
using namespace patella;
using namespace patella::test;

namespace {

QString poppler(const QString& tool, const QStringList& args)
{
    const QString program = QStandardPaths::findExecutable(tool);
    EXPECT_FALSE(program.isEmpty()) << tool.toStdString() << " is missing: install poppler-utils (build.sh does)";
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, args);
    EXPECT_TRUE(process.waitForFinished(20000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

class ReportPdfTest : public ::testing::Test
{
protected:
    ReportPdfTest()
        : preferences(dir.filePath(QStringLiteral("settings.ini")), reportProgrammeStart())
        , context {clock, catalog, store, preferences, dir.path()}
    {
    }

    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        auto filled = fillReportJournal(store);
        ASSERT_TRUE(filled.ok()) << filled.error().text().toStdString();
        auto loaded
            = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), &Catalog::illustrationResourceExists);
        ASSERT_TRUE(loaded.ok());
        catalog = loaded.value();
        preferences.setProgrammeStart(reportProgrammeStart());
        preferences.setDistanceUnit(DistanceUnit::Kilometres);
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    ReportDocument document(int weeks = 12)
    {
        ReportOptions options;
        options.today = referenceDate();
        options.programmeStart = reportProgrammeStart();
        options.weeks = weeks;
        options.unit = preferences.distanceUnit();
        options.name = QStringLiteral("Alex Runner");
        auto report = buildPhysioReport(store, catalog, options);
        EXPECT_TRUE(report.ok());
        return ReportDocument(report.ok() ? report.value() : PhysioReport {});
    }

    TempDir dir;
    FixedClock clock {referenceNow()};
    JournalStore store {clock};
    Catalog catalog;
    Preferences preferences;
    AppContext context;
};

TEST_F(ReportPdfTest, TwoA4PagesWithEveryFigureInThem)
{
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    auto written = document().writePdf(path, ReportDocument::pageSizeFor(QLocale()));
    ASSERT_TRUE(written.ok()) << written.error().text().toStdString();
    struct stat info
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);

    const QString pdfInfo = poppler(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(pdfInfo.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n")))) << pdfInfo.toStdString();
    EXPECT_TRUE(pdfInfo.contains(QStringLiteral("595 x 842 pts (A4)"))) << pdfInfo.toStdString();

    const QString text
        = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}).simplified();
    for (const char* expected : {
             "Report for your physiotherapist",
             "Runner: Alex Runner",
             "Period: 29/12/2025 to 16/03/2026 (12 weeks)",
             "week 11, Stretching and light strength phase",
             "Stairs",
             "lower by more than 1.16",
             "Running 5 km",
             "+3.3",
             "2 or more",
             "3 or more",
             "Pain checks after each exercise",
             "29 (97%)",
             "1 (3%)",
             "one run of 8 km, 60% longer",
             "(5 km)",
             "back after pain 7/10",
             "11/03/2026",
             "Knee-to-wall",
             "Left: 8 cm → 10 cm",
             "Right: 7 cm → 9 cm",
             "Stairs easier this week",
             "Long run by the river",
             "Made by",
             "30 of 30",
             "does not diagnose",
             "1.16 points",
             "Stratford",
             "Page 2 of 2",
             "mean of the week's runs that recorded it): 19/01: 170.",
             "12/01 3/10",
             "16/03 0/1",
             "29/12 –",
         })
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
}

TEST_F(ReportPdfTest, LetterWhereTheLocaleUsesItAndMilesForTheRunner)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(ReportDocument::pageSizeFor(QLocale()).id(), QPageSize::Letter);
    EXPECT_EQ(ReportDocument::pageSizeFor(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    preferences.setDistanceUnit(DistanceUnit::Miles);
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(document().writePdf(path, ReportDocument::pageSizeFor(QLocale())).ok());
    EXPECT_TRUE(poppler(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("612 x 792 pts (letter)")));
    const QString text
        = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Distances in miles"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("one run of 5 mi")))
        << "8 km is 4.97 mi, shown as 5" << text.toStdString();
}

TEST_F(ReportPdfTest, AnUnwritableFileIsNamedAndNothingIsLeft)
{
    const QString path = dir.filePath(QStringLiteral("missing/folder/report.pdf"));
    auto written = document().writePdf(path, QPageSize(QPageSize::A4));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().field, path);
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ReportPdfTest, DialogPreviewsThePeriodAndSavesThePdf)
{
    ReportDialog dialog(context);
    dialog.setWeeks(4);
    dialog.setName(QStringLiteral("Sam"));
    QString error;
    const auto made = dialog.makeDocument(&error);
    ASSERT_TRUE(made.has_value()) << error.toStdString();
    EXPECT_EQ(made->report().from, QDate(2026, 2, 23));
    EXPECT_EQ(made->report().options.name, QStringLiteral("Sam"));
    QPrintPreviewDialog* preview = dialog.openPreview();
    ASSERT_NE(preview, nullptr);
    EXPECT_TRUE(preview->isVisible());
    const QString path = dir.filePath(QStringLiteral("saved.pdf"));
    ASSERT_TRUE(dialog.savePdf(path).ok());
    const QString text
        = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Runner: Sam")));
    EXPECT_TRUE(text.contains(QStringLiteral("(4 weeks)"))) << text.toStdString();
    preview->close();
}

} // namespace
