#pragma once

#include "app/journal/journalroles.h"
#include "core/model/records.h"
#include "core/store/journalstore.h"
#include "core/store/storetypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <initializer_list>

namespace patella {

// The day a record belongs to, which the journal's date-range filter reads.
template <typename R> QDate recordDate(const R& record)
{
    return record.localDate;
}
inline QDate recordDate(const WeeklyTotal& total)
{
    return total.weekStart;
}
inline QDate recordDate(const Shoe& shoe)
{
    return shoe.firstUse;
}

// The dynamic property a RecordTableModel sets to the text of a failed read (empty when it read).
inline constexpr const char* kLoadErrorProperty = "loadError";

// What every journal table shares: one row per record of kind R, loaded from the store and reloaded when the
// store says one of the given kinds changed. A final model (with its own Q_OBJECT, which a template cannot
// carry) names its columns and says what each shows and how it sorts.
template <typename R> class RecordTableModel : public QAbstractTableModel
{
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_columns; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const R& entry = m_rows.at(index.row());
        const int column = index.column();
        switch (role) {
        case journalrole::Id:
            return entry.id;
        case journalrole::Date:
            return recordDate(entry);
        case Qt::TextAlignmentRole:
            return rightAligned(column) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        case journalrole::Sort:
            if (QVariant key = sortKey(entry, column); key.isValid())
                return key;
            return display(entry, column);
        case Qt::ToolTipRole:
            return toolTip(entry, column);
        case Qt::DisplayRole:
            return display(entry, column);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        return header(section);
    }

    const R& record(int row) const { return m_rows.at(row); }

    int rowOf(RecordId id) const // -1 when absent
    {
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).id == id)
                return row;
        return -1;
    }

    QString loadError() const { return m_error; }

    void reload()
    {
        beginResetModel();
        auto rows = m_store.list<R>();
        m_rows = rows ? rows.value() : QList<R> {};
        m_error = rows ? QString() : rows.error().message;
        // Read by the tab, which knows the model only as a QAbstractItemModel: an error is shown as one.
        setProperty(kLoadErrorProperty, m_error);
        reloaded();
        endResetModel();
    }

protected:
    // The final model calls reload() at the end of its constructor, once its own members are ready.
    RecordTableModel(JournalStore& store, std::initializer_list<RecordKind> kinds, int columns, QObject* parent)
        : QAbstractTableModel(parent)
        , m_store(store)
        , m_kinds(kinds)
        , m_columns(columns)
    {
        connect(&m_store, &JournalStore::changed, this, [this](RecordKind kind) {
            if (kind == RecordKind::All || m_kinds.contains(kind))
                reload();
        });
    }

    // The text of a cell (also its tooltip unless toolTip() says otherwise).
    virtual QVariant display(const R& entry, int column) const = 0;
    // A value that sorts the way the column means; an invalid QVariant sorts by the displayed text.
    virtual QVariant sortKey(const R& entry, int column) const = 0;
    virtual QVariant header(int column) const = 0;
    virtual bool rightAligned(int /*column*/) const { return false; }
    virtual QVariant toolTip(const R& entry, int column) const { return display(entry, column); }
    // Inside the reset, after the rows were read: load what the columns need besides the records.
    virtual void reloaded() { }

    JournalStore& m_store;
    QList<R> m_rows;
    QString m_error;

private:
    QList<RecordKind> m_kinds;
    int m_columns = 0;
};

} // namespace patella
