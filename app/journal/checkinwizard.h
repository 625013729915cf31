#pragma once

#include "app/presentation/checkinanswers.h"

#include <QWizard>

namespace patella {

struct AppContext;
class CheckInFlexPage;
class CheckInFunctionPage;
class CheckInMileagePage;
class CheckInNotesPage;
class CheckInPainPage;
class CheckInShoePage;
class CheckInSummaryPage;
class CheckInWarningPage;

// The weekly check-in: pain, the warning signs, the flexibility self-tests, the week's running, the shoes, notes, and
// this week beside the last. Finish saves it all through the store in one batch; if the store refuses, the wizard says
// why and stays open with the answers intact.
class CheckInWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInWizard)

public:
    CheckInWizard(AppContext& context, QWidget* parent = nullptr);

    // What the pages hold now.
    CheckInAnswers answers() const;
    QString lastError() const { return m_lastError; }

    void accept() override;

signals:
    void saved();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void placeOverParent();

    AppContext& m_context;
    CheckInPainPage* m_pain = nullptr;
    CheckInFunctionPage* m_function = nullptr; // only when the function score is due this week
    CheckInWarningPage* m_warnings = nullptr;
    QList<CheckInFlexPage*> m_flex;
    CheckInMileagePage* m_mileage = nullptr;
    CheckInShoePage* m_shoes = nullptr;
    CheckInNotesPage* m_notes = nullptr;
    CheckInSummaryPage* m_summary = nullptr;
    QString m_lastError;
    bool m_placed = false;
};

} // namespace patella
