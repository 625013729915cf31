#pragma once

#include "core/exchange/historyimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace patella {

struct AppContext;

// Imports a running history (Strava's activities.csv, Garmin Connect's Activities.csv, or another CSV):
// first the columns Patella found, with a choice for each one it did not and for the distance unit when
// the file does not tell it, and a live preview of what would be added; then the result, with every
// skipped row and why.
class HistoryImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryImportDialog)

public:
    HistoryImportDialog(AppContext& context, const QString& path, QWidget* parent = nullptr);

    void import(); // the Import button

private:
    QWidget* buildMappingPage();
    QWidget* buildResultPage();
    QString introText() const;
    QComboBox* columnChoice(int current);
    exchange::HistoryLayout chosenLayout() const;
    void updatePreview();
    void showProblem(const QString& text);

    AppContext& m_context;
    exchange::RunningHistory m_history;
    QList<Run> m_journalRuns;
    QStackedWidget* m_pages = nullptr;
    QComboBox* m_date = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_distance = nullptr;
    QComboBox* m_time = nullptr;
    QComboBox* m_unit = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_result = nullptr;
    QListWidget* m_skipped = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_importButton = nullptr;
};

} // namespace patella
