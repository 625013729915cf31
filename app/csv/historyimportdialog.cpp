#include "app/csv/historyimportdialog.h"

#include "app/ui/appcontext.h"
#include "core/store/journalstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace patella {
namespace {

QByteArray readAll(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

} // namespace

HistoryImportDialog::HistoryImportDialog(AppContext& context, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("historyImportDialog"));
    setWindowTitle(tr("Import a running history"));
    QString readError;
    const QByteArray bytes = readAll(path, &readError);
    m_history = exchange::RunningHistory::read(QFileInfo(path).fileName(), bytes);
    if (auto runs = context.store.list<Run>())
        m_journalRuns = runs.value();

    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);
    m_pages->addWidget(buildMappingPage());
    m_pages->addWidget(buildResultPage());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("historyImportButton"));
    layout->addWidget(m_buttons);
    connect(m_importButton, &QPushButton::clicked, this, &HistoryImportDialog::import);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox* box : {m_date, m_type, m_distance, m_time, m_unit})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryImportDialog::updatePreview);

    if (!readError.isEmpty()) {
        showProblem(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), readError));
        return;
    }
    if (m_history.problem()) {
        showProblem(tr("This file cannot be imported: %1").arg(m_history.problem()->text()));
        return;
    }
    m_intro->setText(introText());
    updatePreview();
}

// The first step: which column holds what (as guessed from the file), the unit, and a preview.
QWidget* HistoryImportDialog::buildMappingPage()
{
    auto* mapping = new QWidget(m_pages);
    auto* mappingLayout = new QVBoxLayout(mapping);
    m_intro = new QLabel(mapping);
    m_intro->setObjectName(QStringLiteral("historyIntro"));
    m_intro->setWordWrap(true);
    mappingLayout->addWidget(m_intro);
    auto* form = new QFormLayout;
    const exchange::HistoryColumns& guessed = m_history.layout().columns;
    m_date = columnChoice(guessed.date);
    m_date->setObjectName(QStringLiteral("historyDateColumn"));
    m_type = columnChoice(guessed.type);
    m_type->setObjectName(QStringLiteral("historyTypeColumn"));
    m_distance = columnChoice(guessed.distance);
    m_distance->setObjectName(QStringLiteral("historyDistanceColumn"));
    m_time = columnChoice(guessed.time);
    m_time->setObjectName(QStringLiteral("historyTimeColumn"));
    m_unit = new QComboBox(mapping);
    m_unit->setObjectName(QStringLiteral("historyUnit"));
    m_unit->addItem(tr("Choose the unit…"), int(exchange::HistoryUnit::Unknown));
    m_unit->addItem(tr("kilometres"), int(exchange::HistoryUnit::Kilometres));
    m_unit->addItem(tr("miles"), int(exchange::HistoryUnit::Miles));
    m_unit->addItem(tr("metres"), int(exchange::HistoryUnit::Metres));
    m_unit->setCurrentIndex(m_unit->findData(int(m_history.layout().unit)));
    form->addRow(tr("Date and time:"), m_date);
    form->addRow(tr("Sport:"), m_type);
    form->addRow(tr("Distance:"), m_distance);
    form->addRow(tr("Distance is in:"), m_unit);
    form->addRow(tr("Time:"), m_time);
    mappingLayout->addLayout(form);
    m_preview = new QLabel(mapping);
    m_preview->setObjectName(QStringLiteral("historyPreview"));
    m_preview->setWordWrap(true);
    mappingLayout->addWidget(m_preview);
    return mapping;
}

// The last step: what was imported, and the rows skipped with their reasons.
QWidget* HistoryImportDialog::buildResultPage()
{
    auto* result = new QWidget(m_pages);
    auto* resultLayout = new QVBoxLayout(result);
    m_result = new QLabel(result);
    m_result->setObjectName(QStringLiteral("historyResult"));
    m_result->setWordWrap(true);
    resultLayout->addWidget(m_result);
    m_skipped = new QListWidget(result);
    m_skipped->setObjectName(QStringLiteral("historySkipped"));
    resultLayout->addWidget(m_skipped);
    return result;
}

// Which export this is, and what the runner still has to choose.
QString HistoryImportDialog::introText() const
{
    const exchange::HistorySource source = m_history.layout().source;
    const QString found = source == exchange::HistorySource::Strava ? tr("This is a Strava activities export.")
        : source == exchange::HistorySource::GarminConnect          ? tr("This is a Garmin Connect activities export.")
                                                                    : tr("Patella does not know this export.");
    QString ask;
    if (!m_history.layout().missing().isEmpty())
        ask = tr(" Choose the column that holds each thing Patella could not find.");
    if (m_history.layout().unit == exchange::HistoryUnit::Unknown)
        ask += tr(" The file does not say whether distances are kilometres or miles: choose the unit.");
    return found + ask;
}

QComboBox* HistoryImportDialog::columnChoice(int current)
{
    auto* box = new QComboBox(this);
    box->addItem(tr("Choose a column…"), -1);
    for (qsizetype i = 0; i < m_history.header().size(); ++i)
        box->addItem(m_history.header().at(i), int(i));
    box->setCurrentIndex(box->findData(current));
    return box;
}

exchange::HistoryLayout HistoryImportDialog::chosenLayout() const
{
    exchange::HistoryLayout layout = m_history.layout();
    layout.columns.date = m_date->currentData().toInt();
    layout.columns.type = m_type->currentData().toInt();
    layout.columns.distance = m_distance->currentData().toInt();
    layout.columns.time = m_time->currentData().toInt();
    layout.unit = static_cast<exchange::HistoryUnit>(m_unit->currentData().toInt());
    return layout;
}

void HistoryImportDialog::updatePreview()
{
    const exchange::HistoryLayout layout = chosenLayout();
    if (!layout.complete()) {
        m_preview->setText(tr("Choose every column and the unit to see what would be imported."));
        m_importButton->setEnabled(false);
        return;
    }
    m_history.setLayout(layout);
    const exchange::HistoryPlan plan = m_history.plan(m_journalRuns, m_context.today(), QTimeZone::systemTimeZone());
    if (plan.problem) {
        m_preview->setText(tr("This cannot be imported: %1").arg(plan.problem->text()));
        m_importButton->setEnabled(false);
        return;
    }
    m_preview->setText(tr("%n run(s) will be added; %1 row(s) skipped (other sports, or already in the journal).",
                          nullptr, int(plan.runs.size()))
                           .arg(plan.skipped.size()));
    m_importButton->setEnabled(!plan.runs.isEmpty());
}

void HistoryImportDialog::import()
{
    m_history.setLayout(chosenLayout());
    auto outcome = exchange::importHistory(m_context.store, m_history, m_context.clock);
    m_pages->setCurrentIndex(1);
    m_importButton->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    if (!outcome) {
        m_result->setText(tr("Nothing was imported: %1").arg(outcome.error().text()));
        return;
    }
    if (outcome.value().problem) {
        m_result->setText(tr("Nothing was imported: %1").arg(outcome.value().problem->text()));
        return;
    }
    m_result->setText(tr("%n run(s) added to the journal. Skipped:", nullptr, outcome.value().added));
    for (const exchange::HistorySkip& skip : outcome.value().skipped)
        m_skipped->addItem(tr("Line %1, %2: %3").arg(skip.line).arg(skip.activity, skip.reason));
}

void HistoryImportDialog::showProblem(const QString& text)
{
    m_pages->setCurrentIndex(1);
    m_result->setText(text);
    m_importButton->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

} // namespace patella
