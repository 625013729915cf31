#include "core/exchange/historyimport.h"

#include "core/exchange/csvformat.h"
#include "core/import/duplicates.h"
#include "core/model/units.h"
#include "core/store/journalstore.h"
#include "core/store/validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace patella::exchange {
namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct RunningHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(RunningHistory)
};

int find(const QStringList& header, std::initializer_list<const char*> names, int occurrence = 0)
{
    for (const char* name : names) {
        int seen = 0;
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).compare(QLatin1String(name), Qt::CaseInsensitive) == 0 && seen++ == occurrence)
                return int(i);
        }
    }
    return -1;
}

bool has(const QStringList& header, const char* name)
{
    return find(header, {name}) >= 0;
}

std::optional<double> parseDistance(QString text, char delimiter)
{
    text = text.trimmed();
    static const QRegularExpression thousands(QStringLiteral("^\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    static const QRegularExpression decimalComma(QStringLiteral("^\\d+,\\d+$"));
    if (thousands.match(text).hasMatch() && !(delimiter == ';' && decimalComma.match(text).hasMatch()))
        text.remove(QLatin1Char(','));
    else if (decimalComma.match(text).hasMatch())
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    return parseNumber(text);
}

std::optional<QDateTime> parseDate(const QString& raw, bool utc, const QTimeZone& zone)
{
    const QString text = raw.trimmed();
    if (auto withOffset = parseInstant(text))
        return withOffset->toUTC();
    const QLocale c = QLocale::c();
    for (const char* format : {"MMM d, yyyy, h:mm:ss AP", "MMM d, yyyy, h:mm:ss ap", "d MMM yyyy, HH:mm:ss",
                               "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd"}) {
        QDateTime at = c.toDateTime(text, QString::fromLatin1(format));
        if (!at.isValid())
            continue;
        at = QDateTime(at.date(), at.time(), utc ? QTimeZone::utc() : zone);
        return at.toUTC();
    }
    return std::nullopt;
}

bool isRun(const QString& type)
{
    return type.contains(QLatin1String("run"), Qt::CaseInsensitive);
}

QString fieldName(const char* field)
{
    return QString::fromLatin1(field);
}

// One row of a history read on its own: a run, or why the row is left out, or the problem that stops the
// whole import (its column and message).
struct RowRead
{
    QString activity; // "2026-03-10 Ride: Evening Ride", for the list of skipped rows
    std::optional<Run> run;
    QString skipped;
    int problemColumn = -1;
    QString problem;
};

RowRead readRow(const csv::Record& row, const HistoryLayout& layout, char delimiter, const QString& idPrefix,
                QDate today, const QTimeZone& zone)
{
    const HistoryColumns& c = layout.columns;
    auto value = [&row](int column) { return column >= 0 ? row.fields.at(column) : QString(); };
    RowRead read;
    const QString type = value(c.type).trimmed();
    const QString name = value(c.name).trimmed();
    const QString dateText = value(c.date);
    read.activity = dateText.trimmed() + QLatin1Char(' ') + type;
    if (!name.isEmpty())
        read.activity += QStringLiteral(": ") + name;
    auto skip = [&read](QString reason) {
        read.skipped = std::move(reason);
        return read;
    };
    auto refuse = [&read](int column, QString message) {
        read.problemColumn = column;
        read.problem = std::move(message);
        return read;
    };
    if (!isRun(type))
        return skip(
            RunningHistoryText::tr("not a run (%1)").arg(type.isEmpty() ? RunningHistoryText::tr("no sport") : type));
    const auto start = parseDate(dateText, layout.datesAreUtc, zone);
    if (!start)
        return refuse(c.date, RunningHistoryText::tr("\"%1\" is not a date and time this import reads").arg(dateText));
    const QString distanceText = value(c.distance).trimmed();
    const QString timeText = value(c.time).trimmed();
    if (distanceText.isEmpty() || timeText.isEmpty())
        return skip(RunningHistoryText::tr("a run without a distance or a time"));
    const auto distance = parseDistance(distanceText, delimiter);
    if (!distance || *distance < 0)
        return refuse(c.distance, RunningHistoryText::tr("\"%1\" is not a distance").arg(distanceText));
    const auto seconds = parseHistoryDuration(timeText);
    if (!seconds)
        return refuse(c.time, RunningHistoryText::tr("\"%1\" is not a time like 45:12 or 2712").arg(timeText));

    Run run;
    run.start = *start;
    run.localDate = start->toTimeZone(zone).date();
    switch (layout.unit) {
    case HistoryUnit::Metres:
    case HistoryUnit::Unknown:
        run.distanceMetres = *distance;
        break;
    case HistoryUnit::Kilometres:
        run.distanceMetres = toMetres(*distance, DistanceUnit::Kilometres);
        break;
    case HistoryUnit::Miles:
        run.distanceMetres = toMetres(*distance, DistanceUnit::Miles);
        break;
    }
    run.durationSeconds = *seconds;
    run.source = RunSource::Import;
    const QString id = value(c.id).trimmed();
    run.externalId = idPrefix + (id.isEmpty() ? start->toString(Qt::ISODate) : id);
    run.note = name;
    if (run.distanceMetres <= 0.0 || run.durationSeconds <= 0)
        return skip(RunningHistoryText::tr("a run without a distance or a time"));
    if (auto error = validation::validate(run, today)) {
        const int column = error->field == QLatin1String("distance") ? c.distance
            : error->field == QLatin1String("duration")              ? c.time
                                                                     : c.date;
        return refuse(column, error->message);
    }
    read.run = run;
    return read;
}

} // namespace

QStringList HistoryLayout::missing() const
{
    QStringList out;
    if (columns.date < 0)
        out.append(fieldName("date"));
    if (columns.type < 0)
        out.append(fieldName("type"));
    if (columns.distance < 0)
        out.append(fieldName("distance"));
    if (columns.time < 0)
        out.append(fieldName("time"));
    return out;
}

std::optional<int> parseHistoryDuration(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (!text.contains(QLatin1Char(':'))) {
        const auto seconds = parseNumber(text);
        if (!seconds || *seconds < 0)
            return std::nullopt;
        return int(std::lround(*seconds));
    }
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() > 3)
        return std::nullopt;
    double total = 0.0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const auto value = parseNumber(parts.at(i));
        const bool last = i == parts.size() - 1;
        if (!value || *value < 0 || (i > 0 && *value >= 60) || (!last && *value != std::floor(*value)))
            return std::nullopt;
        total = total * 60.0 + *value;
    }
    return int(std::lround(total));
}

HistoryLayout guessLayout(const QStringList& header)
{
    HistoryLayout layout;
    HistoryColumns& c = layout.columns;
    if (has(header, "Activity ID") && has(header, "Activity Date")) {
        // Strava: dates in UTC; the second "Distance" is metres (the first is the athlete's unit), and
        // "Elapsed Time" and "Moving Time" are seconds.
        layout.source = HistorySource::Strava;
        layout.datesAreUtc = true;
        c.id = find(header, {"Activity ID"});
        c.date = find(header, {"Activity Date"});
        c.type = find(header, {"Activity Type"});
        c.name = find(header, {"Activity Name"});
        c.time = find(header, {"Moving Time"});
        if (c.time < 0)
            c.time = find(header, {"Elapsed Time"});
        c.distance = find(header, {"Distance"}, 1);
        if (c.distance >= 0) {
            layout.unit = HistoryUnit::Metres;
        } else {
            c.distance = find(header, {"Distance"});
        }
        return layout;
    }
    if (has(header, "Activity Type") && has(header, "Date") && has(header, "Title")) {
        // Garmin Connect: local times, distance in the account's unit (not written in the file).
        layout.source = HistorySource::GarminConnect;
        c.date = find(header, {"Date"});
        c.type = find(header, {"Activity Type"});
        c.name = find(header, {"Title"});
        c.distance = find(header, {"Distance"});
        c.time = find(header, {"Moving Time", "Time", "Elapsed Time"});
        return layout;
    }
    c.date = find(header, {"date", "start", "start time", "activity date", "start_time"});
    c.type = find(header, {"type", "activity type", "sport", "activity"});
    c.name = find(header, {"name", "title", "activity name"});
    c.id = find(header, {"id", "activity id"});
    c.time = find(header, {"moving time", "duration", "time", "elapsed time", "duration_s", "moving_time"});
    const std::pair<const char*, HistoryUnit> distances[] = {
        {"distance (m)", HistoryUnit::Metres},      {"distance_m", HistoryUnit::Metres},
        {"distance (km)", HistoryUnit::Kilometres}, {"distance_km", HistoryUnit::Kilometres},
        {"distance (mi)", HistoryUnit::Miles},      {"distance_mi", HistoryUnit::Miles},
        {"distance", HistoryUnit::Unknown},
    };
    for (const auto& [name, unit] : distances) {
        if (const int at = find(header, {name}); at >= 0) {
            c.distance = at;
            layout.unit = unit;
            break;
        }
    }
    return layout;
}

RunningHistory RunningHistory::read(const QString& fileName, const QByteArray& bytes)
{
    RunningHistory history;
    history.m_fileName = fileName;
    history.m_table = csv::Table::parse(bytes, csv::TableOptions {',', true});
    if (const auto& problem = history.m_table.problem()) {
        history.m_problem = FileProblem {fileName, problem->line, problem->column, {}, problem->message};
        return history;
    }
    history.m_layout = guessLayout(history.m_table.header());
    return history;
}

HistoryPlan RunningHistory::plan(const QList<Run>& journalRuns, QDate today, const QTimeZone& zone) const
{
    HistoryPlan plan;
    if (m_problem) {
        plan.problem = m_problem;
        return plan;
    }
    if (!m_layout.complete()) {
        plan.problem
            = FileProblem {m_fileName, 1, 0, m_layout.missing().join(QStringLiteral(", ")),
                           m_layout.missing().isEmpty() ? RunningHistoryText::tr("the distance unit is not chosen")
                                                        : RunningHistoryText::tr("no column is chosen for this")};
        return plan;
    }
    const QStringList& header = m_table.header();
    DuplicateFinder duplicates(journalRuns);
    const QString prefix = m_layout.source == HistorySource::Strava ? QStringLiteral("strava:")
        : m_layout.source == HistorySource::GarminConnect           ? QStringLiteral("garmin-connect:")
                                                                    : QStringLiteral("history-csv:");

    for (const csv::Record& row : m_table.rows()) {
        RowRead read = readRow(row, m_layout, m_table.delimiter(), prefix, today, zone);
        if (!read.problem.isEmpty()) {
            const int column = read.problemColumn;
            plan.problem = FileProblem {m_fileName, row.line, column + 1, header.value(column), read.problem};
            plan.runs.clear();
            plan.lines.clear();
            return plan;
        }
        if (read.run) {
            const DuplicateFinder::Finding found = duplicates.find(*read.run);
            if (found.kind == DuplicateFinder::Kind::AlreadyImported)
                read.skipped = RunningHistoryText::tr("already in the journal");
            else if (found.kind == DuplicateFinder::Kind::LikelyManual)
                read.skipped = RunningHistoryText::tr("probably the run you logged by hand that day");
        }
        if (!read.skipped.isEmpty()) {
            plan.skipped.append({row.line, read.activity, read.skipped});
            continue;
        }
        duplicates.remember(*read.run);
        plan.runs.append(*read.run);
        plan.lines.append(row.line);
    }
    return plan;
}

Result<HistoryOutcome> importHistory(JournalStore& store, const RunningHistory& history, const Clock& clock,
                                     const QTimeZone& zone)
{
    auto journalRuns = store.list<Run>();
    if (!journalRuns)
        return journalRuns.error();
    const HistoryPlan plan = history.plan(journalRuns.value(), clock.today(), zone);
    HistoryOutcome outcome;
    outcome.skipped = plan.skipped;
    outcome.problem = plan.problem;
    if (plan.problem)
        return outcome;
    auto added = store.importRuns(plan.runs);
    if (!added)
        return added.error();
    outcome.added = added.value();
    return outcome;
}

} // namespace patella::exchange
