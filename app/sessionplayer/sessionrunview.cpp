#include "app/sessionplayer/sessionrunview.h"

#include "app/sessionplayer/countdownring.h"
#include "app/sessionplayer/sessionillustration.h"
#include "app/ui/formatting.h"
#include "app/ui/painscale.h"
#include "app/ui/theme.h"
#include "core/session/sessioncuetext.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace patella {
namespace {

QLabel* label(const QString& objectName, QWidget* parent, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setAlignment(align);
    return l;
}

void setPixelFont(QWidget* widget, int pixels, QFont::Weight weight = QFont::Normal)
{
    QFont font = widget->font();
    font.setPixelSize(std::max(10, pixels));
    font.setWeight(weight);
    widget->setFont(font);
}

QString secondaryStyle(const QPalette& palette)
{
    QColor text = palette.color(QPalette::WindowText);
    text.setAlphaF(0.72f);
    return QStringLiteral("color: %1;").arg(text.name(QColor::HexArgb));
}

} // namespace

SessionRunView::SessionRunView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionRunView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(buildHeader());

    m_body = new QStackedWidget(this);
    m_body->setObjectName(QStringLiteral("sessionBody"));
    m_workPage = buildWork();
    m_painPage = buildPain();
    m_choicePage = buildChoice();
    m_body->addWidget(m_workPage);
    m_body->addWidget(m_painPage);
    m_body->addWidget(m_choicePage);
    layout->addWidget(m_body, 1);

    m_bottom = new QStackedWidget(this);
    m_controls = buildControls();
    m_confirm = buildConfirm();
    m_bottom->addWidget(m_controls);
    m_bottom->addWidget(m_confirm);
    m_bottom->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(m_bottom);
    applySizes();
}

QString SessionRunView::sideText(StepSide side)
{
    switch (side) {
    case StepSide::Left:
        return tr("LEFT leg");
    case StepSide::Right:
        return tr("RIGHT leg");
    case StepSide::None:
        break;
    }
    return {};
}

QWidget* SessionRunView::buildHeader()
{
    auto* header = new QWidget(this);
    auto* column = new QVBoxLayout(header);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);

    auto* progressRow = new QHBoxLayout;
    m_position = label(QStringLiteral("sessionPosition"), header);
    m_progress = new QProgressBar(header);
    m_progress->setObjectName(QStringLiteral("sessionProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_timeLeft = label(QStringLiteral("sessionTimeLeft"), header, Qt::AlignRight | Qt::AlignVCenter);
    progressRow->addWidget(m_position);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_timeLeft);
    column->addLayout(progressRow);

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    m_name = label(QStringLiteral("sessionExerciseName"), header);
    m_name->setMinimumWidth(80); // with the badge and the set count the page still fits in under 600 px
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_side = label(QStringLiteral("sessionSide"), header, Qt::AlignCenter);
    m_set = label(QStringLiteral("sessionSet"), header, Qt::AlignRight | Qt::AlignVCenter);
    titleRow->addWidget(m_name, 1);
    titleRow->addWidget(m_side);
    titleRow->addWidget(m_set);
    column->addLayout(titleRow);
    return header;
}

QWidget* SessionRunView::buildWork()
{
    auto* page = new QWidget(this);
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(8);
    auto* row = new QHBoxLayout;
    row->setSpacing(24);
    m_illustration = new SessionIllustration(page);
    row->addWidget(m_illustration, 5);

    m_centre = new QStackedWidget(page);
    m_ring = new CountdownRing(m_centre);
    m_centre->addWidget(m_ring);

    m_repsPage = new QWidget(m_centre);
    auto* reps = new QVBoxLayout(m_repsPage);
    reps->addStretch(1);
    m_repsTarget = label(QStringLiteral("repsTarget"), m_repsPage, Qt::AlignCenter);
    m_repsTarget->setWordWrap(true);
    reps->addWidget(m_repsTarget);
    m_repsDone = bigButton(QStringLiteral("repsDoneButton"), Action::RepsDone, m_repsPage);
    m_repsDone->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    reps->addWidget(m_repsDone, 2);
    reps->addStretch(1);
    m_centre->addWidget(m_repsPage);
    row->addWidget(m_centre, 4);
    column->addLayout(row, 1);

    // The cue and what comes next run the full width under both, so the next line can be large and
    // still fit on one line.
    m_cue = label(QStringLiteral("sessionCue"), page, Qt::AlignCenter);
    m_cue->setWordWrap(true);
    m_next = label(QStringLiteral("sessionNext"), page, Qt::AlignCenter);
    m_next->setWordWrap(true);
    m_next->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    column->addWidget(m_cue);
    column->addWidget(m_next);
    return page;
}

QWidget* SessionRunView::buildPain()
{
    auto* page = new QWidget(this);
    auto* column = new QVBoxLayout(page);
    column->addStretch(1);
    m_painQuestion = label(QStringLiteral("painQuestion"), page, Qt::AlignCenter);
    m_painQuestion->setWordWrap(true);
    column->addWidget(m_painQuestion);
    column->addSpacing(12);
    // The kind of pain is asked apart from its strength: sharp, stabbing or catching stops at any score.
    m_painKind = new QPushButton(page);
    m_painKind->setObjectName(QStringLiteral("painKindSharp"));
    m_painKind->setCheckable(true);
    m_painKind->setFocusPolicy(Qt::NoFocus);
    m_painKind->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_painKind->setText(tr("It was sharp, stabbing or catching (key S)"));
    m_painKind->setToolTip(tr("That kind of pain stops the exercise, whatever its score."));
    auto* kindRow = new QHBoxLayout;
    kindRow->addStretch();
    kindRow->addWidget(m_painKind);
    kindRow->addStretch();
    column->addLayout(kindRow);
    column->addSpacing(12);
    m_painScale = new PainScale(QStringLiteral("painScore"), PainScale::Size::Large, page);
    connect(m_painScale, &PainScale::scoreChosen, this, &SessionRunView::painScore);
    column->addWidget(m_painScale);
    column->addSpacing(12);
    // The bands' meaning, each in an equal third: the words name their numbers, so they need not sit
    // exactly under their buttons, and the long middle band is not squeezed into two buttons' width.
    auto* legend = new QHBoxLayout;
    legend->setSpacing(24);
    const QString advice[]
        = {bandAdvice(PainBand::Safe), bandAdvice(PainBand::Acceptable), bandAdvice(PainBand::TooMuch)};
    for (int band = 0; band < 3; ++band) {
        auto* text = label(QStringLiteral("painLegend%1").arg(band), page, Qt::AlignHCenter | Qt::AlignTop);
        text->setWordWrap(true);
        text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        text->setText(advice[band]);
        legend->addWidget(text, 1);
        m_painLegend.append(text);
    }
    column->addLayout(legend);
    column->addSpacing(12);
    m_painHint = label(QStringLiteral("painHint"), page, Qt::AlignCenter);
    m_painHint->setWordWrap(true);
    m_painHint->setText(tr("Tap a number, or press 0-9 (T for 10). The right arrow skips the question."));
    column->addWidget(m_painHint);
    column->addStretch(2);
    return page;
}

QWidget* SessionRunView::buildChoice()
{
    auto* page = new QWidget(this);
    auto* column = new QVBoxLayout(page);
    column->addStretch(1);
    m_choiceText = label(QStringLiteral("sharpPainText"), page, Qt::AlignCenter);
    m_choiceText->setWordWrap(true);
    column->addWidget(m_choiceText);
    column->addSpacing(16);
    const struct
    {
        const char* name;
        PainStopChoice choice;
    } choices[]
        = {{"choiceNextExercise", PainStopChoice::NextExercise}, {"choiceEndSession", PainStopChoice::EndSession}};
    auto* row = new QHBoxLayout;
    row->setSpacing(16);
    for (const auto& c : choices) {
        auto* button = new QPushButton(page);
        button->setObjectName(QLatin1String(c.name));
        button->setFocusPolicy(Qt::NoFocus);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        const PainStopChoice choice = c.choice;
        connect(button, &QPushButton::clicked, this, [this, choice] { emit painChoice(choice); });
        row->addWidget(button);
        m_choiceButtons.append(button);
    }
    column->addLayout(row);
    column->addStretch(2);
    return page;
}

QPushButton* SessionRunView::bigButton(const QString& objectName, Action act, QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    // The page owns the keyboard: a focused button would swallow Space and Enter.
    button->setFocusPolicy(Qt::NoFocus);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(button, &QPushButton::clicked, this, [this, act] { emit action(act); });
    return button;
}

QWidget* SessionRunView::buildControls()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    m_back = bigButton(QStringLiteral("backButton"), Action::Back, bar);
    m_pause = bigButton(QStringLiteral("pauseButton"), Action::PauseResume, bar);
    m_addTime = bigButton(QStringLiteral("addTimeButton"), Action::AddTime, bar);
    m_skip = bigButton(QStringLiteral("skipButton"), Action::Skip, bar);
    m_stop = bigButton(QStringLiteral("stopButton"), Action::Stop, bar);
    for (QPushButton* b : {m_back, m_pause, m_addTime, m_skip, m_stop})
        row->addWidget(b);
    return bar;
}

QWidget* SessionRunView::buildConfirm()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("stopConfirm"));
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    m_confirmText = label(QStringLiteral("stopConfirmText"), bar);
    m_confirmText->setWordWrap(true);
    m_confirmText->setText(tr("Stop here? What you did so far is saved."));
    m_keepGoing = bigButton(QStringLiteral("keepGoingButton"), Action::CancelStop, bar);
    m_confirmStop = bigButton(QStringLiteral("confirmStopButton"), Action::ConfirmStop, bar);
    row->addWidget(m_confirmText, 2);
    row->addWidget(m_keepGoing, 1);
    row->addWidget(m_confirmStop, 1);
    return bar;
}

void SessionRunView::setStopChoices(bool exerciseAfter, bool byKind)
{
    m_exerciseAfter = exerciseAfter;
    m_stopByKind = byKind;
    updateChoices();
}

bool SessionRunView::offers(PainStopChoice choice) const
{
    switch (choice) {
    case PainStopChoice::NextExercise:
        return true;
    case PainStopChoice::EndSession:
        return m_exerciseAfter;
    }
    return false;
}

PainKind SessionRunView::painKind() const
{
    return m_painKind->isChecked() ? PainKind::SharpStabbingOrCatching : PainKind::Ordinary;
}

void SessionRunView::togglePainKind()
{
    m_painKind->toggle();
}

void SessionRunView::updateChoices()
{
    const auto text = [this](const QString& words, int key) {
        return m_compact ? words : words + QLatin1Char('\n') + tr("key %1").arg(key);
    };
    // Keys stay 1 and 2 for the same choices, whichever are shown.
    const QString words[]
        = {m_exerciseAfter ? tr("Go on to the next exercise") : tr("Finish the session"), tr("End the session")};
    const PainStopChoice choices[] = {PainStopChoice::NextExercise, PainStopChoice::EndSession};
    for (int i = 0; i < m_choiceButtons.size(); ++i) {
        m_choiceButtons.at(i)->setText(text(words[i], i + 1));
        m_choiceButtons.at(i)->setVisible(offers(choices[i]));
    }
}

void SessionRunView::setConfirmingStop(bool confirming)
{
    m_bottom->setCurrentWidget(confirming ? m_confirm : m_controls);
}

bool SessionRunView::isConfirmingStop() const
{
    return m_bottom->currentWidget() == m_confirm;
}

QColor SessionRunView::phaseColour(SessionPhase phase, StepSide side) const
{
    const QPalette& pal = palette();
    const bool dark = theme::isDark(pal);
    switch (phase) {
    case SessionPhase::Hold:
    case SessionPhase::Reps:
        return theme::accent(pal);
    case SessionPhase::Rest:
        return dark ? QColor(0x7a, 0xa7, 0xff) : QColor(0x2b, 0x59, 0xc3);
    case SessionPhase::Switch:
    case SessionPhase::GetReady:
        if (side == StepSide::None)
            return dark ? QColor(0xb0, 0xb8, 0xc4) : QColor(0x55, 0x60, 0x70);
        [[fallthrough]];
    default:
        break;
    }
    // The side colours: left and right never look alike, on the badge and on the ring.
    if (side == StepSide::Right)
        return dark ? QColor(0xd0, 0x8c, 0xff) : QColor(0x86, 0x2d, 0xc8);
    return dark ? QColor(0x5c, 0xb8, 0xff) : QColor(0x10, 0x62, 0xb8);
}

void SessionRunView::display(const SessionSnapshot& s, const QString& illustration, const QString& cue)
{
    m_last = s;
    displayHeader(s);
    displayPage(s);
    displayCentre(s, illustration);
    displayCueAndNext(s, cue);

    const bool timed = s.totalMs > 0;
    m_addTime->setEnabled(timed && !s.paused);
    m_pause->setEnabled(s.phase != SessionPhase::PainChoice);
    m_skip->setEnabled(s.phase != SessionPhase::PainChoice);
    updateButtonTexts();
    displayTime(s);
}

// Exercise n of N, the side in its colour, the set and part, the exercise's name.
void SessionRunView::displayHeader(const SessionSnapshot& s)
{
    m_position->setText(tr("Exercise %1 of %2").arg(std::max(1, s.itemIndex + 1)).arg(s.itemCount));

    const QString side = sideText(s.side);
    m_side->setVisible(!side.isEmpty());
    m_side->setText(side);
    const QColor sideColour = phaseColour(SessionPhase::Switch, s.side);
    const QColor sideText = sideColour.lightnessF() > 0.6 ? QColor(0x10, 0x14, 0x1a) : QColor(Qt::white);
    const QString sideStyle = QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 14px;"
                                             " padding: 4px 22px; }")
                                  .arg(sideColour.name(), sideText.name());
    if (m_side->styleSheet() != sideStyle)
        m_side->setStyleSheet(sideStyle);

    QString set = s.sets > 1 ? tr("Set %1 of %2").arg(s.set).arg(s.sets) : QString();
    if (!s.partName.isEmpty())
        set = set.isEmpty() ? s.partName : tr("%1 · %2").arg(set, s.partName);
    m_set->setText(set);
    m_set->setVisible(!set.isEmpty());
    fitName();
}

// The pain check, the choice after pain that stops the exercise, or the exercise itself.
void SessionRunView::displayPage(const SessionSnapshot& s)
{
    switch (s.phase) {
    case SessionPhase::PainCheck:
        if (m_body->currentWidget() != m_painPage) {
            m_painScale->setValue(-1); // each pain check starts unanswered
            m_painKind->setChecked(false);
        }
        m_body->setCurrentWidget(m_painPage);
        m_painQuestion->setText(s.side == StepSide::None
                                    ? tr("How did the knee feel during %1?").arg(s.exerciseName)
                                    : tr("How did the knee feel on the %1?").arg(sideName(s.side)));
        break;
    case SessionPhase::PainChoice: {
        m_body->setCurrentWidget(m_choicePage);
        const QString why = m_stopByKind
            ? tr("Sharp, stabbing or catching pain stops an exercise whatever its score.")
            : tr("Pain of %1 is too much for an exercise.").arg(bandRange(PainBand::TooMuch));
        const QString what = m_exerciseAfter
            ? tr("This exercise is done for today, and its dose steps back next time. Go on to the next one, or "
                 "end the session.")
            : tr("That was the last exercise, so the session is done; this exercise's dose steps back next time.");
        m_choiceText->setText(why + QLatin1Char(' ') + what);
        break;
    }
    default:
        m_body->setCurrentWidget(m_workPage);
        break;
    }
}

// The picture, and the ring with the phase under the digits, or the repetitions to do.
void SessionRunView::displayCentre(const SessionSnapshot& s, const QString& illustration)
{
    m_illustration->setIllustration(illustration, m_mirrorForRight && s.side == StepSide::Right);
    const bool reps = s.phase == SessionPhase::Reps;
    m_centre->setCurrentWidget(reps ? m_repsPage : m_ring);
    if (reps) {
        m_repsTarget->setText(s.tempoSeconds > 0
                                  ? tr("%n rep(s), about %1 s each", nullptr, s.targetReps).arg(s.tempoSeconds)
                                  : tr("%n rep(s)", nullptr, s.targetReps));
    }
    QString caption;
    switch (s.phase) {
    case SessionPhase::GetReady:
        caption = tr("Get ready");
        break;
    case SessionPhase::Hold:
        caption = s.partName.isEmpty() ? tr("Hold") : s.partName;
        break;
    case SessionPhase::Switch:
        caption = tr("Switch sides");
        break;
    case SessionPhase::Rest:
        caption = tr("Rest");
        break;
    default:
        break;
    }
    // The side again under the digits: the ring is where the eye goes from across the room.
    if (!caption.isEmpty() && s.side != StepSide::None && s.phase != SessionPhase::Switch)
        caption = tr("%1 · %2").arg(caption, s.side == StepSide::Left ? tr("left") : tr("right"));
    m_ring->setCaption(s.paused ? tr("Paused") : caption);
    m_ring->setColour(phaseColour(s.phase, s.side));
    m_ring->setPaused(s.paused);
}

// The cue line, or why the session waits, and the one line that says what comes next.
void SessionRunView::displayCueAndNext(const SessionSnapshot& s, const QString& cue)
{
    QString next = s.nextUpText;
    QString shownCue = cue;
    if (s.phase == SessionPhase::Rest) {
        // The rest leads into the set shown in the header; the core's next line looks past it, to the
        // set after. One line says what is next: the set this rest is for.
        shownCue = tr("Rest.");
        next = tr("Next: set %1 of %2").arg(s.set).arg(s.sets);
    }
    m_cue->setText(isConfirmingStop() ? tr("Paused while you decide.")
                       : s.paused     ? tr("Paused. Press Space or Resume to go on.")
                                      : shownCue);
    m_next->setText(next);
    m_next->setVisible(!m_compact && !next.isEmpty());
    fitNext();
}

void SessionRunView::displayTime(const SessionSnapshot& s)
{
    m_ring->setTime(s.remainingMs, s.totalMs);
    m_progress->setValue(int(std::lround(s.progress * 1000.0)));
    const int secondsLeft = int((s.timeLeftMs + 999) / 1000);
    m_timeLeft->setText(tr("%1 left").arg(fmt::duration(secondsLeft)));
}

void SessionRunView::updateButtonTexts()
{
    // Key hints under the words, dropped when space is short.
    const auto text = [this](const QString& words, const QString& key) {
        return m_compact ? words : words + QLatin1Char('\n') + key;
    };
    m_back->setText(text(tr("Back"), tr("← key")));
    m_pause->setText(text(m_last.paused ? tr("Resume") : tr("Pause"), tr("Space")));
    m_addTime->setText(text(tr("+10 s"), tr("+ key")));
    m_skip->setText(text(tr("Skip"), tr("→ key")));
    m_stop->setText(text(tr("Stop"), tr("Esc")));
    m_keepGoing->setText(text(tr("Keep going"), tr("Esc")));
    m_confirmStop->setText(text(tr("Stop and save"), tr("Enter")));
    m_repsDone->setText(text(tr("Done"), tr("Enter")));
    updateChoices();
}

void SessionRunView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applySizes();
}

void SessionRunView::fitName()
{
    // One line at the full size when it fits; long names shrink (to 60 %), then elide, never clip.
    const QString name = m_last.exerciseName;
    int available = width() - 48 - 24;
    if (m_side->isVisibleTo(this))
        available -= m_side->sizeHint().width();
    if (m_set->isVisibleTo(this))
        available -= m_set->sizeHint().width();
    available = std::max(120, available);
    QFont font = m_name->font();
    int pixels = m_namePixels;
    font.setPixelSize(pixels);
    while (pixels > m_namePixels * 6 / 10 && QFontMetrics(font).horizontalAdvance(name) > available) {
        pixels -= 2;
        font.setPixelSize(pixels);
    }
    m_name->setFont(font);
    m_name->setText(QFontMetrics(font).elidedText(name, Qt::ElideRight, available));
    m_name->setToolTip(name);
}

void SessionRunView::fitNext()
{
    // One line across the page at the full size; long lines shrink (to 70 %), then wrap.
    const QString text = m_next->text();
    const int available = std::max(120, width() - 48);
    QFont font = m_next->font();
    int pixels = m_nextPixels;
    font.setPixelSize(pixels);
    while (pixels > m_nextPixels * 7 / 10 && QFontMetrics(font).horizontalAdvance(text) > available) {
        pixels -= 2;
        font.setPixelSize(pixels);
    }
    m_next->setFont(font);
}

void SessionRunView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applySizes();
}

void SessionRunView::applySizes()
{
    // Everything scales with the window, so full screen on a big monitor reads from across the room.
    const double scale = std::clamp(std::min(height() / 800.0, width() / 1280.0), 0.55, 2.0);
    const auto px = [scale](int base) { return int(std::lround(base * scale)); };
    m_compact = height() < 620 || width() < 900;

    // Position and time left are read from the floor too: as large as the set count.
    setPixelFont(m_position, px(28));
    setPixelFont(m_timeLeft, px(34), QFont::DemiBold);
    m_progress->setFixedHeight(std::max(8, px(14)));
    setPixelFont(m_name, px(40), QFont::Bold);
    setPixelFont(m_side, px(46), QFont::Black);
    setPixelFont(m_set, px(30), QFont::DemiBold);
    setPixelFont(m_cue, px(26));
    m_nextPixels = px(34);
    setPixelFont(m_next, m_nextPixels, QFont::DemiBold);
    setPixelFont(m_repsTarget, px(30), QFont::DemiBold);
    setPixelFont(m_repsDone, px(56), QFont::Bold);
    m_repsDone->setMinimumHeight(px(160));
    setPixelFont(m_painQuestion, px(34), QFont::DemiBold);
    m_painScale->setButtonHeight(std::max(48, px(104)));
    for (QLabel* text : m_painLegend)
        setPixelFont(text, px(22), QFont::DemiBold);
    setPixelFont(m_painHint, px(20));
    m_painHint->setStyleSheet(secondaryStyle(palette()));
    m_painHint->setVisible(!m_compact);
    setPixelFont(m_choiceText, px(28));
    setPixelFont(m_confirmText, px(24), QFont::DemiBold);
    for (QPushButton* b : m_choiceButtons) {
        setPixelFont(b, px(24), QFont::DemiBold);
        b->setFixedHeight(std::max(56, px(120)));
    }
    const int controlHeight = std::max(48, px(m_compact ? 60 : 80));
    for (QPushButton* b : {m_back, m_pause, m_addTime, m_skip, m_stop, m_keepGoing, m_confirmStop}) {
        setPixelFont(b, px(22), QFont::DemiBold);
        b->setFixedHeight(controlHeight);
    }
    m_bottom->setFixedHeight(controlHeight);

    const QString secondary = secondaryStyle(palette());
    m_next->setStyleSheet(secondary);
    m_position->setStyleSheet(secondary);
    m_position->setVisible(!m_compact);
    m_next->setVisible(!m_compact && !m_next->text().isEmpty());
    m_illustration->setVisible(height() >= 420);

    const QPalette& pal = palette();
    const QColor bandColours[] = {theme::accent(pal), theme::warning(pal), theme::danger(pal)};
    for (int band = 0; band < m_painLegend.size(); ++band)
        m_painLegend.at(band)->setStyleSheet(QStringLiteral("color: %1;").arg(bandColours[band].name()));
    m_namePixels = px(40);
    fitName();
    fitNext();
    updateButtonTexts();
}

} // namespace patella
