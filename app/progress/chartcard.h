#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace patella {

// One chart of the Progress page with what it needs around it: a heading, the insight text in words beside
// it, a "?" button for the rule's help text and sources, a button that saves the chart as PNG, and an
// empty state that tells a new runner what to log to see it.
class ChartCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    ChartCard(const QString& title, QWidget* content, QWidget* parent = nullptr);

    QWidget* content() const { return m_content; }

    void setReasons(const QStringList& reasons);
    QStringList reasons() const { return m_reasonList; }
    void setHelp(const QString& text); // rule, evidence and sources; empty hides the "?" button
    QString help() const { return m_help; }

    // Shows emptyText in place of the chart; an empty text shows the chart.
    void setEmptyText(const QString& emptyText);
    bool showsEmptyState() const;

    // The chart as drawn, at its current size.
    bool exportPng(const QString& path) const;

private:
    void showHelp();
    void chooseExportFile();

    QString m_title;
    QWidget* m_content;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_reasons;
    QScrollArea* m_reasonsArea; // long texts scroll instead of being cut off
    QToolButton* m_helpButton;
    QStringList m_reasonList;
    QString m_help;
};

} // namespace patella
