#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace patella {

class IllustrationView;

// The right-hand side of a Library tab: a title, a subtitle, an optional illustration, the detail text
// and an optional Start button. Child objectNames begin with the pane's prefix ("exercise" gives
// "exerciseTitle", "exerciseText", "exerciseStartButton", "exerciseIllustration").
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    enum Part
    {
        Illustration = 0x1,
        StartButton = 0x2,
    };
    Q_DECLARE_FLAGS(Parts, Part)

    DetailPane(const QString& prefix, Parts parts, QWidget* parent = nullptr);

    // id is what Start emits; an empty id clears the pane and shows emptyText.
    void showEntry(const QString& id, const QString& title, const QString& subtitle, const QString& html,
                   const QString& illustration = {});
    void clear(const QString& emptyText);

    void setStartAvailable(bool available, const QString& whyNot = {});
    QString currentId() const { return m_id; }

signals:
    void startRequested(const QString& id);

private:
    QString m_id;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    IllustrationView* m_illustration = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_start = nullptr;
    bool m_startAvailable = false;
    QString m_whyNot;
};

} // namespace patella

Q_DECLARE_OPERATORS_FOR_FLAGS(patella::DetailPane::Parts)
