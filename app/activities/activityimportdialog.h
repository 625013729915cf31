#pragma once

#include "core/import/activity.h"
#include "core/import/importer.h"
#include "core/model/result.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace patella {

struct AppContext;

// The preview of an activity import: one row per activity found (date, sport, distance in the runner's
// unit, moving time, pace, cadence, shoe, status: new / already in the journal / likely duplicate /
// skipped / rejected with its reason), each with a tick box where the importer allows one. Import writes
// the ticked ones in one transaction (core/import/importer); Undo then takes the whole import back.
class ActivityImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityImportDialog)

public:
    enum Column
    {
        DateColumn, // with the tick box
        SportColumn,
        DistanceColumn,
        MovingColumn,
        PaceColumn,
        CadenceColumn,
        ShoeColumn,
        StatusColumn,
        DetailsColumn,
        ColumnCount,
    };

    ActivityImportDialog(AppContext& context, const QList<Result<ParsedFile>>& files, QWidget* parent = nullptr);

    const QList<ImportCandidate>& candidates() const { return m_candidates; }
    int tickedCount() const;

    void import(); // the Import button
    void undo(); // the Undo import button

signals:
    void imported(int runs);
    void undone();

private:
    void fillRow(int row, const ImportCandidate& candidate);
    void updateButton();
    QString summaryText() const;
    QString sportName(ActivitySport sport) const;
    void readChoices();

    AppContext& m_context;
    Importer m_importer;
    QList<ImportCandidate> m_candidates;
    QList<Shoe> m_shoes;
    std::optional<ImportReceipt> m_receipt;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace patella
