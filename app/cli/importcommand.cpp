#include "app/cli/importcommand.h"

#include "app/ui/formatting.h"
#include "core/import/activityfile.h"
#include "core/import/importer.h"
#include "core/import/sport.h"
#include "core/model/clock.h"
#include "core/model/preferences.h"
#include "core/store/journalstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace patella {
namespace {

using namespace Qt::Literals::StringLiterals;

void print(FILE* stream, const QString& line)
{
    std::fputs(line.toUtf8().constData(), stream);
    std::fputc('\n', stream);
}

// What happened, in the command line's words.
QString outcomeId(const ImportCandidate& c, bool written)
{
    switch (c.status) {
    case ImportStatus::New:
        return written ? u"imported"_s : u"skipped"_s;
    case ImportStatus::Skipped:
        return written ? u"imported"_s : u"skipped"_s;
    case ImportStatus::AlreadyInJournal:
    case ImportStatus::LikelyDuplicate:
        return u"duplicate"_s;
    case ImportStatus::Rejected:
        return u"rejected"_s;
    }
    return {};
}

QJsonObject jsonLine(const ImportCandidate& c, bool written)
{
    const QString status = outcomeId(c, written);
    QJsonObject o;
    o.insert("file"_L1, c.file);
    const bool figures = c.activity.has_value();
    const Activity a = c.activity.value_or(Activity {});
    o.insert("sport"_L1, figures ? QJsonValue(sportId(a.sport)) : QJsonValue());
    o.insert("start"_L1, figures ? QJsonValue(a.start.toUTC().toString(Qt::ISODate)) : QJsonValue());
    o.insert("distance_m"_L1, figures ? QJsonValue(std::round(a.distanceMetres * 10.0) / 10.0) : QJsonValue());
    o.insert("moving_s"_L1, figures ? QJsonValue(a.movingSeconds) : QJsonValue());
    o.insert("elapsed_s"_L1, figures ? QJsonValue(a.elapsedSeconds) : QJsonValue());
    o.insert("points"_L1, figures ? QJsonValue(a.points) : QJsonValue());
    o.insert("cadence_spm"_L1, a.cadenceSpm ? QJsonValue(std::round(*a.cadenceSpm * 10.0) / 10.0) : QJsonValue());
    o.insert("status"_L1, status);
    const bool explained = status == "skipped"_L1 || status == "rejected"_L1;
    o.insert("reason"_L1, explained ? QJsonValue(c.reason) : QJsonValue());
    return o;
}

QString textLine(const ImportCandidate& c, bool written, DistanceUnit unit)
{
    const QString status = outcomeId(c, written);
    QString line = QFileInfo(c.file).fileName() + u": "_s + status;
    if (c.activity) {
        const Activity& a = *c.activity;
        line += u" "_s + sportId(a.sport) + u", "_s + a.start.toUTC().toString(Qt::ISODate) + u", "_s
            + fmt::distance(a.distanceMetres, unit, 2) + u", "_s
            + ImportCommand::tr("moving %1, elapsed %2")
                  .arg(fmt::duration(a.movingSeconds), fmt::duration(a.elapsedSeconds));
        if (a.cadenceSpm)
            line += u", "_s + ImportCommand::tr("%1 steps/min").arg(std::lround(*a.cadenceSpm));
    }
    if (!c.reason.isEmpty() && status != "imported"_L1)
        line += u": "_s + c.reason;
    return line;
}

} // namespace

ImportCommand::Outcome ImportCommand::run(const QString& dataDir, const QStringList& files, bool json, FILE* out,
                                          FILE* err)
{
    SystemClock clock;
    const QDir dir(dataDir);
    Preferences preferences(dir.filePath(u"settings.ini"_s), clock.today());
    JournalStore store(clock);
    const QString journal = dir.filePath(u"journal.sqlite"_s);
    if (auto opened = store.open(journal); !opened) {
        print(err, tr("The journal %1 cannot be opened: %2").arg(journal, opened.error().text()));
        return Outcome::JournalFailed;
    }

    QList<Result<ParsedFile>> parsed;
    parsed.reserve(files.size());
    for (const QString& file : files)
        parsed.append(ActivityFile::read(QFileInfo(file).absoluteFilePath()));

    Importer importer(store);
    auto plan = importer.classify(parsed, preferences.defaultShoeId());
    if (!plan) {
        print(err, tr("The journal %1 cannot be read: %2").arg(journal, plan.error().text()));
        return Outcome::JournalFailed;
    }
    auto receipt = importer.commit(plan.value());
    if (!receipt) {
        print(err, tr("Nothing was imported: the journal refused the runs (%1).").arg(receipt.error().text()));
        return Outcome::JournalFailed;
    }

    bool rejected = false;
    for (const ImportCandidate& c : plan.value()) {
        const bool written = c.ticked && c.tickable && c.activity;
        rejected = rejected || c.status == ImportStatus::Rejected;
        if (json)
            print(out, QString::fromUtf8(QJsonDocument(jsonLine(c, written)).toJson(QJsonDocument::Compact)));
        else
            print(out, textLine(c, written, preferences.distanceUnit()));
    }
    if (!json)
        print(out,
              tr("Imported %n run(s), %1.", nullptr, receipt->runs())
                  .arg(fmt::distance(receipt->metres, preferences.distanceUnit(), 1)));
    return rejected ? Outcome::SomeRejected : Outcome::AllRead;
}

} // namespace patella
