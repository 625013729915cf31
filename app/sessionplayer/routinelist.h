#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace patella {

class Catalog;
class SessionDoses;

// What the Session page shows when no session runs: every routine with its name, what it is for and how
// long it takes at today's doses, each with a Start button ("startRoutine_<id>").
class RoutineList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineList)

public:
    RoutineList(const Catalog& catalog, QWidget* parent = nullptr);

    // Recomputes the durations from today's doses.
    void refresh(const SessionDoses& doses);
    void setMessage(const QString& text); // e.g. why a start failed; empty hides it
    QString durationText(const QString& routineId) const;

signals:
    void startRequested(const QString& routineId);

private:
    const Catalog& m_catalog;
    QHash<QString, QLabel*> m_durations;
    QLabel* m_message = nullptr;
};

} // namespace patella
