#include "app/journal/recordtab.h"

#include "app/journal/journalproxy.h"
#include "app/journal/journalroles.h"
#include "app/journal/recordtablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace patella {

RecordTab::RecordTab(QAbstractItemModel* model, const QString& name, const QString& addText, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(name + QStringLiteral("Tab"));
    m_proxy = new JournalProxy(this);
    m_proxy->setSourceModel(model);

    m_view = new QTableView(this);
    m_view->setObjectName(name + QStringLiteral("Table"));
    // Tab leaves the table for the next control (the arrows move between its cells), so it is no keyboard trap.
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setWordWrap(false);

    m_add = new QPushButton(addText, this);
    m_add->setObjectName(name + QStringLiteral("Add"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(name + QStringLiteral("Edit"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(name + QStringLiteral("Delete"));
    m_count = new QLabel(this);
    m_count->setObjectName(name + QStringLiteral("Count"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    auto* deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);

    connect(m_add, &QPushButton::clicked, this, &RecordTab::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const RecordId id = selectedId(); id != NoId)
            emit editRequested(id);
    });
    auto requestDelete = [this] {
        if (const RecordId id = selectedId(); id != NoId)
            emit deleteRequested(id);
    };
    connect(m_delete, &QPushButton::clicked, this, requestDelete);
    connect(deleteAction, &QAction::triggered, this, requestDelete);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { emit editRequested(index.data(journalrole::Id).toLongLong()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordTab::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordTab::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordTab::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordTab::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordTab::updateState);
    updateState();
}

RecordId RecordTab::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? NoId : rows.constFirst().data(journalrole::Id).toLongLong();
}

void RecordTab::select(RecordId id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(journalrole::Id).toLongLong() == id) {
            m_view->selectRow(row);
            m_view->scrollTo(index);
            return;
        }
    }
}

void RecordTab::setRange(DateRange range)
{
    m_proxy->setRange(range);
    updateState();
}

void RecordTab::setStretchColumn(int column)
{
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(column, QHeaderView::Stretch);
}

void RecordTab::setEmptyText(const QString& text)
{
    m_emptyText = text;
    updateState();
}

void RecordTab::updateState()
{
    const bool selected = selectedId() != NoId;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    const int shown = m_proxy->rowCount();
    // A read that failed is an error that names the file, never "nothing logged"; nothing is added meanwhile.
    const QString error = m_proxy->sourceModel()->property(kLoadErrorProperty).toString();
    m_add->setEnabled(error.isEmpty());
    m_count->setWordWrap(!error.isEmpty());
    if (!error.isEmpty())
        m_count->setText(error);
    else if (shown == 0)
        m_count->setText(m_emptyText.isEmpty() ? tr("Nothing logged in this period.") : m_emptyText);
    else
        m_count->setText(tr("%n shown", nullptr, shown));
}

} // namespace patella
