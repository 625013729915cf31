#pragma once

#include "app/ui/reportdocument.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrintPreviewDialog;
class QPrinter;

namespace patella {

struct AppContext;

// Progress > "Report for your physiotherapist…": the period (4, 6, 8 or 12 weeks, or since the programme
// started) and an optional name line, then a print preview with Save as PDF and Print.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    explicit ReportDialog(AppContext& context, QWidget* parent = nullptr);
    ~ReportDialog() override;

    // The periods offered, in weeks (0: since the programme started).
    static QList<int> periods();
    void setWeeks(int weeks);
    void setName(const QString& name);

    // Builds the report from the journal as chosen; the error text says why not.
    std::optional<ReportDocument> makeDocument(QString* error) const;

    // Opens the preview (non-blocking); returns it so tests can look at it.
    QPrintPreviewDialog* openPreview();
    // Writes the PDF the preview shows; the error names the file and the problem.
    Result<void> savePdf(const QString& path) const;

private:
    void saveFromPreview();

    AppContext& m_context;
    QComboBox* m_period = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_message = nullptr;
    std::optional<ReportDocument> m_document;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace patella
