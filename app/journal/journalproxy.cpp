#include "app/journal/journalproxy.h"

#include "app/journal/journalroles.h"

namespace patella {

JournalProxy::JournalProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(journalrole::Sort);
    setDynamicSortFilter(true);
}

DateRange JournalProxy::presetRange(Preset preset, QDate today)
{
    switch (preset) {
    case Preset::FourWeeks:
        return {today.addDays(-27), today};
    case Preset::TwelveWeeks:
        return {today.addDays(-83), today};
    case Preset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Preset::All:
        break;
    }
    return {};
}

void JournalProxy::setRange(DateRange range)
{
    m_range = range;
    invalidateFilter();
}

void JournalProxy::setFilterByDate(bool on)
{
    m_filterByDate = on;
    invalidateFilter();
}

bool JournalProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_filterByDate)
        return true;
    const QDate date = sourceModel()->index(sourceRow, 0, sourceParent).data(journalrole::Date).toDate();
    if (m_range.from.isValid() && date < m_range.from)
        return false;
    if (m_range.to.isValid() && date > m_range.to)
        return false;
    return true;
}

} // namespace patella
