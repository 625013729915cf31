#include "app/activities/activityimportdialog.h"

#include "app/ui/appcontext.h"
#include "app/ui/formatting.h"
#include "core/import/sport.h"
#include "core/model/preferences.h"
#include "core/model/units.h"
#include "core/store/journalstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace patella {
namespace {

constexpr int kNoShoe = 0;

QString paceText(const Activity& a, DistanceUnit unit)
{
    const int seconds = a.movingSeconds > 0 ? a.movingSeconds : a.elapsedSeconds;
    if (a.distanceMetres < 1.0 || seconds <= 0)
        return {};
    const double perUnit = seconds / (a.distanceMetres / metresPerUnit(unit));
    if (perUnit > 99 * 60)
        return {};
    return fmt::duration(int(std::lround(perUnit))) + QStringLiteral(" /") + fmt::unitSuffix(unit);
}

} // namespace

ActivityImportDialog::ActivityImportDialog(AppContext& context, const QList<Result<ParsedFile>>& files, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_importer(context.store)
{
    setObjectName(QStringLiteral("activityImportDialog"));
    setWindowTitle(tr("Import runs"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("activityImportSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("activityImportTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Import"), tr("Sport"), tr("Distance"), tr("Moving time"), tr("Pace"),
                                        tr("Cadence"), tr("Shoe"), tr("Status"), tr("Details")});
    m_table->setAccessibleName(tr("Activities found"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* buttonRow = new QHBoxLayout;
    m_undoButton = new QPushButton(tr("&Undo import"), this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->hide(); // until something was imported
    buttonRow->addWidget(m_undoButton);
    auto* buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    buttonRow->addWidget(buttons, 1);
    layout->addLayout(buttonRow);
    connect(m_importButton, &QPushButton::clicked, this, &ActivityImportDialog::import);
    connect(m_undoButton, &QPushButton::clicked, this, &ActivityImportDialog::undo);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    if (auto shoes = context.store.list<Shoe>(); shoes)
        m_shoes = shoes.value();
    auto plan = m_importer.classify(files, context.preferences.defaultShoeId());
    if (!plan) {
        m_summary->setText(tr("The journal could not be read: %1").arg(plan.error().text()));
        m_importButton->setEnabled(false);
        return;
    }
    m_candidates = plan.value();
    m_table->setRowCount(int(m_candidates.size()));
    for (int row = 0; row < m_candidates.size(); ++row)
        fillRow(row, m_candidates.at(row));
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(DetailsColumn, 420);
    m_table->setWordWrap(true);
    m_table->resizeRowsToContents();
    connect(m_table, &QTableWidget::itemChanged, this, &ActivityImportDialog::updateButton);
    m_summary->setText(summaryText());
    updateButton();
    resize(1240, 560);
}

QString ActivityImportDialog::sportName(ActivitySport sport) const
{
    return sportDisplayName(sport);
}

void ActivityImportDialog::fillRow(int row, const ImportCandidate& c)
{
    const DistanceUnit unit = m_context.preferences.distanceUnit();
    auto* tick = new QTableWidgetItem(c.activity ? fmt::date(c.localDate) : QStringLiteral("—"));
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (c.tickable && c.activity)
        flags |= Qt::ItemIsUserCheckable;
    tick->setFlags(flags);
    if (c.tickable && c.activity)
        tick->setCheckState(c.ticked ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, DateColumn, tick);

    const auto text = [this, row](int column, const QString& value) {
        auto* item = new QTableWidgetItem(value);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        m_table->setItem(row, column, item);
        return item;
    };
    if (c.activity) {
        const Activity& a = *c.activity;
        text(SportColumn, sportName(a.sport));
        QTableWidgetItem* distance = text(DistanceColumn, fmt::distance(a.distanceMetres, unit, 2));
        distance->setToolTip(a.distanceSource == DistanceSource::DeviceTotal ? tr("The device's own total")
                                                                             : tr("Summed from the track's points"));
        text(MovingColumn, fmt::duration(a.movingSeconds > 0 ? a.movingSeconds : a.elapsedSeconds));
        text(PaceColumn, paceText(a, unit));
        //: average steps per minute
        text(CadenceColumn, a.cadenceSpm ? tr("%1 spm").arg(std::lround(*a.cadenceSpm)) : QString());
    }

    if (c.activity && c.tickable) {
        auto* shoe = new QComboBox(m_table);
        shoe->setAccessibleName(tr("Shoe"));
        shoe->addItem(tr("No shoe"), kNoShoe);
        for (const Shoe& s : std::as_const(m_shoes)) {
            if (s.retired && *s.retired < c.localDate)
                continue;
            shoe->addItem(s.name, s.id);
        }
        shoe->setCurrentIndex(std::max(0, shoe->findData(c.shoeId.value_or(kNoShoe))));
        m_table->setCellWidget(row, ShoeColumn, shoe);
    }

    if (c.status == ImportStatus::LikelyDuplicate) {
        auto* choice = new QComboBox(m_table);
        choice->setAccessibleName(tr("Likely duplicate: what to do"));
        choice->addItem(tr("Likely duplicate: merge"), int(DuplicateChoice::Merge));
        choice->addItem(tr("Likely duplicate: keep both"), int(DuplicateChoice::KeepBoth));
        choice->setToolTip(tr("Merge keeps your effort, pain and notes and takes the file's distance and times."));
        m_table->setCellWidget(row, StatusColumn, choice);
    } else {
        QString status;
        switch (c.status) {
        case ImportStatus::New:
            status = tr("New");
            break;
        case ImportStatus::AlreadyInJournal:
            status = tr("Already in the journal");
            break;
        case ImportStatus::LikelyDuplicate:
            break;
        case ImportStatus::Skipped:
            status = tr("Skipped");
            break;
        case ImportStatus::Rejected:
            status = tr("Rejected");
            break;
        }
        text(StatusColumn, status);
    }
    const QString file = QFileInfo(c.file).fileName();
    QTableWidgetItem* details = text(DetailsColumn, c.reason.isEmpty() ? file : file + QStringLiteral(": ") + c.reason);
    details->setToolTip(c.reason.isEmpty() ? c.file : c.file + QLatin1Char('\n') + c.reason);
}

int ActivityImportDialog::tickedCount() const
{
    int count = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, DateColumn);
        count += item && (item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked ? 1 : 0;
    }
    return count;
}

void ActivityImportDialog::updateButton()
{
    const int ticked = tickedCount();
    m_importButton->setText(tr("&Import %n run(s)", nullptr, ticked));
    m_importButton->setEnabled(ticked > 0 && !m_receipt);
}

QString ActivityImportDialog::summaryText() const
{
    int counts[5] = {};
    for (const ImportCandidate& c : m_candidates)
        ++counts[int(c.status)];
    //: the counts of the activities found, by status
    return tr("New: %1 · already in the journal: %2 · likely duplicates of runs you typed: %3 · skipped: %4 · "
              "rejected: %5. Tick what to import; a skipped sport counts as a run once ticked.")
        .arg(counts[int(ImportStatus::New)])
        .arg(counts[int(ImportStatus::AlreadyInJournal)])
        .arg(counts[int(ImportStatus::LikelyDuplicate)])
        .arg(counts[int(ImportStatus::Skipped)])
        .arg(counts[int(ImportStatus::Rejected)]);
}

void ActivityImportDialog::readChoices()
{
    for (int row = 0; row < m_candidates.size(); ++row) {
        ImportCandidate& c = m_candidates[row];
        const QTableWidgetItem* item = m_table->item(row, DateColumn);
        c.ticked = c.tickable && item && item->checkState() == Qt::Checked;
        if (auto* shoe = qobject_cast<QComboBox*>(m_table->cellWidget(row, ShoeColumn))) {
            const qint64 id = shoe->currentData().toLongLong();
            c.shoeId = id == kNoShoe ? std::nullopt : std::optional<RecordId>(id);
        }
        if (auto* choice = qobject_cast<QComboBox*>(m_table->cellWidget(row, StatusColumn)))
            c.choice = static_cast<DuplicateChoice>(choice->currentData().toInt());
    }
}

void ActivityImportDialog::import()
{
    if (m_receipt)
        return;
    readChoices();
    auto receipt = m_importer.commit(m_candidates);
    if (!receipt) {
        m_summary->setText(tr("Nothing was imported: %1").arg(receipt.error().text()));
        return;
    }
    m_receipt = receipt.value();
    m_table->setEnabled(false);
    m_importButton->setEnabled(false);
    m_undoButton->show();
    m_closeButton->setText(tr("Close"));
    m_summary->setText(tr("Imported %n run(s), %1. Undo takes the whole import back.", nullptr, m_receipt->runs())
                           .arg(fmt::distance(m_receipt->metres, m_context.preferences.distanceUnit(), 1)));
    emit imported(m_receipt->runs());
}

void ActivityImportDialog::undo()
{
    if (!m_receipt)
        return;
    if (auto done = m_importer.undo(*m_receipt); !done) {
        m_summary->setText(tr("The import could not be taken back: %1").arg(done.error().text()));
        return;
    }
    m_receipt.reset();
    m_undoButton->hide();
    m_summary->setText(tr("The import was taken back: the journal is as it was before."));
    emit undone();
}

} // namespace patella
