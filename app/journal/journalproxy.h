#pragma once

#include "core/store/storetypes.h"

#include <QDate>
#include <QSortFilterProxyModel>

namespace patella {

// Sorts a journal model by its Sort role and keeps the rows whose Date role lies in a range.
class JournalProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalProxy)

public:
    enum class Preset
    {
        FourWeeks,
        TwelveWeeks,
        ThisYear,
        All,
    };

    explicit JournalProxy(QObject* parent = nullptr);

    // The range a preset stands for, ending today (inclusive); All is an empty (open) range.
    static DateRange presetRange(Preset preset, QDate today);

    void setRange(DateRange range);
    DateRange range() const { return m_range; }

    // Shoes are not filtered by date: a pair first run in two years ago may still be in use.
    void setFilterByDate(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    DateRange m_range;
    bool m_filterByDate = true;
};

} // namespace patella
