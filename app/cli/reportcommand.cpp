#include "app/cli/reportcommand.h"

#include "app/ui/reportdocument.h"
#include "core/catalog/catalog.h"
#include "core/model/preferences.h"
#include "core/store/demojournal.h"
#include "core/store/journalstore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace patella::cli {

namespace {

constexpr int kDemoReportWeeks = 12;

QString line(const QString& text)
{
    return text + QLatin1Char('\n');
}

CommandOutput failed(int code, const QString& text)
{
    return {code, {}, line(text)};
}

} // namespace

int ReportCommand::parseWeeks(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("start"))
        return 0;
    bool ok = false;
    const int weeks = trimmed.toInt(&ok);
    return ok && weeks >= 1 && weeks <= 520 ? weeks : -1;
}

CommandOutput ReportCommand::run(const ReportRequest& request, const QString& dataDir, const Clock& clock)
{
    const QDir dir(dataDir);
    const QString settings = dir.filePath(QStringLiteral("settings.ini"));
    const QDate today = request.end.isValid() ? request.end : clock.today();
    QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    if (request.demo) {
        // The demo's twelve weeks end the day before the report's last day, as the demo window's do.
        JournalStore demo(clock);
        DemoJournalOptions options;
        options.endDate = today.addDays(-1);
        options.weeks = kDemoReportWeeks;
        if (auto opened = demo.open(journal); !opened || !fillDemoJournal(demo, options))
            return failed(reportexit::Journal,
                          tr("The demo journal could not be made in %1.").arg(QDir::toNativeSeparators(dataDir)));
        Preferences(settings, today).setProgrammeStart(today.addDays(-7 * kDemoReportWeeks + 1));
    }
    const Preferences preferences(settings, today);
    // A journal the runner moved elsewhere after a problem is the one the window opens too.
    if (!request.demo && !preferences.journalPath().isEmpty())
        journal = preferences.journalPath();
    if (!QFileInfo::exists(journal))
        return failed(reportexit::NoJournal,
                      tr("There is no journal at %1 to report on.").arg(QDir::toNativeSeparators(journal)));
    auto catalog = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), &Catalog::illustrationResourceExists);
    if (!catalog)
        return failed(reportexit::Software, tr("The exercise catalog is damaged: %1").arg(catalog.error().text()));
    JournalStore store(clock);
    if (auto opened = store.open(journal); !opened)
        return failed(reportexit::Journal, opened.error().text());

    ReportOptions options;
    options.today = today;
    options.programmeStart = preferences.programmeStart();
    options.weeks = request.weeks;
    options.unit = preferences.distanceUnit();
    options.name = request.name;
    auto report = buildPhysioReport(store, catalog.value(), options);
    if (!report)
        return failed(reportexit::Journal, tr("The report could not be made: %1").arg(report.error().text()));
    const ReportDocument document(report.value());
    const QPageSize pageSize = ReportDocument::pageSizeFor(QLocale());
    if (auto written = document.writePdf(request.file, pageSize); !written)
        return failed(reportexit::CantCreate, tr("The report was not written: %1").arg(written.error().text()));
    const PhysioReport& r = document.report();
    CommandOutput output;
    output.out = line(
        tr("Wrote %1: the physiotherapist's report for %2 to %3, %n page(s) (%4).", nullptr, ReportDocument::kPages)
            .arg(QDir::toNativeSeparators(request.file), QLocale().toString(r.from, QLocale::ShortFormat),
                 QLocale().toString(r.to, QLocale::ShortFormat), pageSize.name()));
    return output;
}

} // namespace patella::cli
