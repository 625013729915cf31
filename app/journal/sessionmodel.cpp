#include "app/journal/sessionmodel.h"

#include "app/journal/journaltext.h"
#include "app/ui/formatting.h"
#include "core/catalog/catalog.h"

#include <algorithm>
#include <optional>

namespace patella {
namespace {

int doneCount(const SessionRecord& session)
{
    return int(std::count_if(session.items.cbegin(), session.items.cend(),
                             [](const SessionItem& item) { return !item.skipped; }));
}

std::optional<int> worstPain(const SessionRecord& session)
{
    std::optional<int> worst;
    for (const SessionItem& item : session.items)
        if (item.pain && (!worst || *item.pain > *worst))
            worst = item.pain;
    return worst;
}

} // namespace

SessionModel::SessionModel(JournalStore& store, const Catalog& catalog, QObject* parent)
    : RecordTableModel(store, {RecordKind::Sessions}, ColumnCount, parent)
    , m_catalog(catalog)
{
    reload();
}

QString SessionModel::routineName(const Catalog& catalog, const QString& routineId)
{
    if (const patella::Routine* routine = catalog.routine(routineId))
        return routine->name;
    if (const Exercise* exercise = catalog.exercise(routineId))
        return exercise->name;
    // A routine the catalog no longer has: its id made readable ("post-run" -> "Post run").
    QString readable = routineId;
    readable.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!readable.isEmpty())
        readable[0] = readable.at(0).toUpper();
    return readable;
}

QVariant SessionModel::sortKey(const SessionRecord& session, int column) const
{
    switch (column) {
    case Date:
    case Time:
        return session.start;
    case Duration:
        return session.start.secsTo(session.end);
    case Exercises:
        return doneCount(session);
    case WorstPain:
        return worstPain(session).value_or(-1);
    default:
        return {};
    }
}

QVariant SessionModel::display(const SessionRecord& session, int column) const
{
    switch (column) {
    case Date:
        return fmt::date(session.localDate);
    case Time:
        return journaltext::time(session.start);
    case Routine:
        return routineName(m_catalog, session.routineId);
    case Duration:
        return fmt::duration(int(session.start.secsTo(session.end)));
    case Outcome:
        return journaltext::outcome(session.outcome);
    case Exercises:
        return session.items.isEmpty() ? QString() : tr("%1 of %2").arg(doneCount(session)).arg(session.items.size());
    case WorstPain: {
        const auto worst = worstPain(session);
        return worst ? fmt::pain(*worst) : QString();
    }
    default:
        return {};
    }
}

QVariant SessionModel::header(int column) const
{
    switch (column) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Start");
    case Routine:
        return tr("Routine");
    case Duration:
        return tr("Length");
    case Outcome:
        return tr("Outcome");
    case Exercises:
        return tr("Exercises done");
    case WorstPain:
        return tr("Worst pain");
    default:
        return {};
    }
}

} // namespace patella
