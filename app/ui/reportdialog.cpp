#include "app/ui/reportdialog.h"

#include "app/ui/appcontext.h"
#include "core/model/preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace patella {

ReportDialog::ReportDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Report for your physiotherapist"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Two pages with the numbers a physiotherapist asks about: pain, function, doses, "
                                "running, sessions, flexibility, alerts and your notes. Preview it, then save it as "
                                "a PDF or print it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    for (int weeks : periods())
        m_period->addItem(weeks == 0 ? tr("Since the programme started") : tr("Last %1 weeks").arg(weeks), weeks);
    m_period->setCurrentIndex(m_period->findData(12));
    form->addRow(tr("&Period:"), m_period);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("reportName"));
    m_name->setPlaceholderText(tr("optional"));
    m_name->setMaxLength(80);
    form->addRow(tr("&Name on the report:"), m_name);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* preview = buttons->addButton(tr("&Preview…"), QDialogButtonBox::AcceptRole);
    preview->setObjectName(QStringLiteral("reportPreview"));
    preview->setDefault(true);
    connect(preview, &QPushButton::clicked, this, [this] { openPreview(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ReportDialog::~ReportDialog() = default;

QList<int> ReportDialog::periods()
{
    return {4, 6, 8, 12, 0};
}

void ReportDialog::setWeeks(int weeks)
{
    const int index = m_period->findData(weeks);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void ReportDialog::setName(const QString& name)
{
    m_name->setText(name);
}

std::optional<ReportDocument> ReportDialog::makeDocument(QString* error) const
{
    ReportOptions options;
    options.today = m_context.today();
    options.programmeStart = m_context.preferences.programmeStart();
    options.weeks = m_period->currentData().toInt();
    options.unit = m_context.preferences.distanceUnit();
    options.name = m_name->text().trimmed();
    auto report = buildPhysioReport(m_context.store, m_context.catalog, options);
    if (!report) {
        *error = report.error().text();
        return std::nullopt;
    }
    return ReportDocument(report.value());
}

QPrintPreviewDialog* ReportDialog::openPreview()
{
    QString error;
    m_document = makeDocument(&error);
    if (!m_document) {
        m_message->setText(tr("The report could not be made from the journal: %1").arg(error));
        m_message->show();
        return nullptr;
    }
    m_message->hide();
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageSize(ReportDocument::pageSizeFor(QLocale()));
    m_printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_printer->setDocName(tr("Report for your physiotherapist"));
    auto* preview = new QPrintPreviewDialog(m_printer.get(), this);
    preview->setObjectName(QStringLiteral("reportPreviewDialog"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Report for your physiotherapist"));
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* printer) { m_document->paint(printer); });
    if (auto* toolbar = preview->findChild<QToolBar*>()) {
        auto* save = toolbar->addAction(tr("Save as PDF…"));
        save->setObjectName(QStringLiteral("reportSavePdf"));
        connect(save, &QAction::triggered, this, &ReportDialog::saveFromPreview);
    }
    preview->resize(900, 1000);
    preview->open();
    return preview;
}

Result<void> ReportDialog::savePdf(const QString& path) const
{
    if (!m_document)
        return Error {path, tr("there is no report to save")};
    return m_document->writePdf(path, ReportDocument::pageSizeFor(QLocale()));
}

void ReportDialog::saveFromPreview()
{
    const QString suggested
        = QDir::home().filePath(tr("patella-report-%1.pdf").arg(m_context.today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto saved = savePdf(path); !saved)
        QMessageBox::warning(this, tr("Report not saved"),
                             tr("The report was not saved: %1").arg(saved.error().text()));
}

} // namespace patella
