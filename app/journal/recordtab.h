#pragma once

#include "core/model/records.h"
#include "core/store/storetypes.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;

namespace patella {

class JournalProxy;

// One journal table with its Add, Edit and Delete buttons. It knows rows and ids, not record types: the page
// answers its requests. Double-click edits, Delete deletes.
class RecordTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTab)

public:
    // name prefixes the objectNames: "<name>Table", "<name>Add", "<name>Edit", "<name>Delete".
    RecordTab(QAbstractItemModel* model, const QString& name, const QString& addText, QWidget* parent = nullptr);

    JournalProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }

    // The id of the selected row, NoId when none is selected.
    RecordId selectedId() const;
    void select(RecordId id);
    void setRange(DateRange range);
    void setEmptyText(const QString& text);
    // The column that takes the spare width (a text column, so numbers stay beside their headers).
    void setStretchColumn(int column);

signals:
    void addRequested();
    void editRequested(patella::RecordId id);
    void deleteRequested(patella::RecordId id);

private:
    void updateState();

    JournalProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_count = nullptr;
    QString m_emptyText;
};

} // namespace patella
