#pragma once

#include "core/model/records.h"
#include "core/session/sessiontypes.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace patella {

class PainScale;

// What the runner sees when a session ends: how long it took, what was done and skipped, the pain
// reports, the advice to see a physio when pain stops a second exercise, and "how is your knee now?".
class SessionSummary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSummary)

public:
    struct Facts
    {
        QString routineName;
        SessionEnd end = SessionEnd::Completed;
        SessionRecord record; // as saved
        QList<PainReport> pain;
        QList<QString> exerciseNames; // by item index, for the pain reports
    };

    explicit SessionSummary(QWidget* parent = nullptr);

    void showFacts(const Facts& facts);
    void setSaveStatus(const QString& text, bool failed);
    void setKneeNow(int score); // -1: not answered yet
    int kneeNow() const { return m_kneeNow; }

    static int itemsDone(const SessionRecord& record);
    static int itemsSkipped(const SessionRecord& record);

signals:
    void kneeNowChosen(int score);
    void retrySave();
    void closeRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void applySizes();

    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_painList = nullptr;
    QLabel* m_physio = nullptr;
    QLabel* m_kneeQuestion = nullptr;
    PainScale* m_kneeScale = nullptr;
    QLabel* m_kneeStatus = nullptr;
    QLabel* m_saveStatus = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_close = nullptr;
    int m_kneeNow = -1;
};

} // namespace patella
