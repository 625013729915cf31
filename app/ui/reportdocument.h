#pragma once

#include "core/model/result.h"
#include "core/report/physioreport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace patella {

// The physiotherapist's report drawn on two pages (A4, or Letter where the locale uses it), in black and
// white, with vector charts, on any paged device: the PDF writer, a printer, the print preview.
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    explicit ReportDocument(PhysioReport report);

    const PhysioReport& report() const { return m_report; }

    // Letter in the United States, Canada, Mexico and the Philippines; A4 elsewhere.
    static QPageSize pageSizeFor(const QLocale& locale);

    // Draws both pages; false when the device cannot be painted on.
    bool paint(QPagedPaintDevice* device) const;

    // Writes the PDF whole or not at all (a temporary file renamed at the end), readable only by the owner.
    Result<void> writePdf(const QString& path, const QPageSize& pageSize) const;

    static constexpr int kPages = 2;

private:
    PhysioReport m_report;
};

} // namespace patella
