#pragma once

#include "core/session/sessiontypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace patella {

class CountdownRing;
class PainScale;
class SessionIllustration;

// The running session as a person across the room sees it: the drawing for the side being worked, the
// exercise, a large side badge, set n of m, the countdown ring (or the reps "Done" button), the cue and
// what comes next, progress through the routine, and large controls. It only shows; the page acts.
class SessionRunView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRunView)

public:
    enum class Action
    {
        Back,
        PauseResume,
        AddTime,
        Skip,
        Stop, // asks first
        ConfirmStop,
        CancelStop,
        RepsDone,
    };
    Q_ENUM(Action)

    explicit SessionRunView(QWidget* parent = nullptr);

    // illustration: the resource name for this step; cue: the last cue's words.
    void display(const SessionSnapshot& snapshot, const QString& illustration, const QString& cue);
    // Only the ring and the time left: the cheap repaint between events.
    void displayTime(const SessionSnapshot& snapshot);
    // Whether an exercise follows the one pain stopped (after the last one, going on finishes the session), and
    // whether the stop came from the kind of pain rather than its score. Set before display().
    void setStopChoices(bool exerciseAfter, bool byKind);
    bool offers(PainStopChoice choice) const; // the choice's button is shown
    // The pain check's second question: was it sharp, stabbing or catching? Cleared for each new check.
    PainKind painKind() const;
    void togglePainKind();
    // Whether the picture is mirrored on the right side: the built-in drawings are; a picture of the
    // runner's own may not be (a photo with writing in it). Set before display().
    void setMirrorForRight(bool mirror) { m_mirrorForRight = mirror; }
    void setConfirmingStop(bool confirming);
    bool isConfirmingStop() const;

    bool isCompact() const { return m_compact; }
    static QString sideText(StepSide side); // "LEFT leg"

signals:
    void action(patella::SessionRunView::Action action);
    void painScore(int score);
    void painChoice(patella::PainStopChoice choice);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildWork();
    QWidget* buildPain();
    QWidget* buildChoice();
    QWidget* buildControls();
    QWidget* buildConfirm();
    QPushButton* bigButton(const QString& objectName, Action action, QWidget* parent);
    void displayHeader(const SessionSnapshot& s);
    void displayPage(const SessionSnapshot& s);
    void displayCentre(const SessionSnapshot& s, const QString& illustration);
    void displayCueAndNext(const SessionSnapshot& s, const QString& cue);
    void applySizes();
    void fitName();
    void fitNext();
    void updateChoices();
    void updateButtonTexts();
    QColor phaseColour(SessionPhase phase, StepSide side) const;

    QProgressBar* m_progress = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_timeLeft = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_side = nullptr;
    QLabel* m_set = nullptr;
    QStackedWidget* m_body = nullptr;
    QWidget* m_workPage = nullptr;
    QWidget* m_painPage = nullptr;
    QWidget* m_choicePage = nullptr;
    SessionIllustration* m_illustration = nullptr;
    QStackedWidget* m_centre = nullptr;
    CountdownRing* m_ring = nullptr;
    QWidget* m_repsPage = nullptr;
    QPushButton* m_repsDone = nullptr;
    QLabel* m_repsTarget = nullptr;
    QLabel* m_cue = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_painQuestion = nullptr;
    PainScale* m_painScale = nullptr;
    QList<QLabel*> m_painLegend;
    QLabel* m_painHint = nullptr;
    QPushButton* m_painKind = nullptr;
    QLabel* m_choiceText = nullptr;
    QList<QPushButton*> m_choiceButtons;
    QStackedWidget* m_bottom = nullptr;
    QWidget* m_controls = nullptr;
    QWidget* m_confirm = nullptr;
    QLabel* m_confirmText = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_addTime = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_keepGoing = nullptr;
    QPushButton* m_confirmStop = nullptr;

    SessionSnapshot m_last;
    bool m_compact = false;
    bool m_exerciseAfter = true;
    bool m_mirrorForRight = true;
    bool m_stopByKind = false;
    int m_nextPixels = 34;
    int m_namePixels = 40;
};

} // namespace patella
