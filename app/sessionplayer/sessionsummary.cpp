#include "app/sessionplayer/sessionsummary.h"

#include "app/ui/formatting.h"
#include "app/ui/painscale.h"
#include "app/ui/theme.h"
#include "core/session/sessioncuetext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace patella {
namespace {

void setPixelFont(QWidget* widget, int pixels, QFont::Weight weight = QFont::Normal)
{
    QFont font = widget->font();
    font.setPixelSize(std::max(10, pixels));
    font.setWeight(weight);
    widget->setFont(font);
}

} // namespace

SessionSummary::SessionSummary(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionSummary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(14);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("summaryTitle"));
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("summaryFacts"));
    m_facts->setWordWrap(true);
    m_painList = new QLabel(this);
    m_painList->setObjectName(QStringLiteral("summaryPain"));
    m_painList->setWordWrap(true);
    m_physio = new QLabel(this);
    m_physio->setObjectName(QStringLiteral("summaryPhysio"));
    m_physio->setWordWrap(true);
    m_physio->setText(tr("Pain stopped a second exercise in this session. Rest the knee today, and ask a "
                         "physiotherapist to look at it before your next session."));
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_painList);
    layout->addWidget(m_physio);
    layout->addSpacing(12);

    m_kneeQuestion = new QLabel(tr("How is your knee now?"), this);
    m_kneeQuestion->setObjectName(QStringLiteral("kneeNowQuestion"));
    layout->addWidget(m_kneeQuestion);
    m_kneeScale = new PainScale(QStringLiteral("kneeNow"), PainScale::Size::Large, this);
    connect(m_kneeScale, &PainScale::scoreChosen, this, &SessionSummary::kneeNowChosen);
    layout->addWidget(m_kneeScale);
    m_kneeStatus = new QLabel(this);
    m_kneeStatus->setObjectName(QStringLiteral("kneeNowStatus"));
    m_kneeStatus->setWordWrap(true);
    layout->addWidget(m_kneeStatus);
    layout->addStretch(1);

    auto* bottom = new QHBoxLayout;
    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("summarySaveStatus"));
    m_saveStatus->setWordWrap(true);
    m_retry = new QPushButton(tr("Try saving again"), this);
    m_retry->setObjectName(QStringLiteral("summaryRetry"));
    m_retry->setFocusPolicy(Qt::NoFocus);
    connect(m_retry, &QPushButton::clicked, this, &SessionSummary::retrySave);
    m_close = new QPushButton(tr("Back to routines"), this);
    m_close->setObjectName(QStringLiteral("summaryClose"));
    m_close->setFocusPolicy(Qt::NoFocus);
    connect(m_close, &QPushButton::clicked, this, &SessionSummary::closeRequested);
    bottom->addWidget(m_saveStatus, 1);
    bottom->addWidget(m_retry);
    bottom->addWidget(m_close);
    layout->addLayout(bottom);
    applySizes();
}

int SessionSummary::itemsDone(const SessionRecord& record)
{
    return int(
        std::count_if(record.items.begin(), record.items.end(), [](const SessionItem& i) { return !i.skipped; }));
}

int SessionSummary::itemsSkipped(const SessionRecord& record)
{
    return int(record.items.size()) - itemsDone(record);
}

void SessionSummary::showFacts(const Facts& facts)
{
    switch (facts.end) {
    case SessionEnd::Completed:
        m_title->setText(tr("Well done: %1 is finished").arg(facts.routineName));
        break;
    case SessionEnd::StoppedByRunner:
        m_title->setText(tr("%1 stopped early").arg(facts.routineName));
        break;
    case SessionEnd::StoppedForPain:
    case SessionEnd::SecondPainStop:
        m_title->setText(tr("%1 ended for the knee's sake").arg(facts.routineName));
        break;
    case SessionEnd::NotEnded:
        m_title->clear();
        break;
    }
    const int seconds = facts.record.start.isValid() && facts.record.end.isValid()
        ? int(std::max<qint64>(0, facts.record.start.secsTo(facts.record.end)))
        : 0;
    m_facts->setText(tr("Time: %1     Done: %2 of %3     Skipped: %4")
                         .arg(fmt::duration(seconds))
                         .arg(itemsDone(facts.record))
                         .arg(facts.record.items.size())
                         .arg(itemsSkipped(facts.record)));

    QStringList lines;
    for (const PainReport& report : facts.pain) {
        const QString name = facts.exerciseNames.value(report.itemIndex, report.exerciseId);
        const QString where = report.side == StepSide::None ? name : tr("%1, %2").arg(name, sideName(report.side));
        lines.append(tr("%1: %2 (%3)").arg(where, fmt::pain(report.score), bandName(report.band)));
    }
    m_painList->setText(lines.isEmpty() ? tr("No pain reports.") : tr("Pain reports:\n%1").arg(lines.join(u'\n')));

    const bool physio = facts.end == SessionEnd::SecondPainStop;
    m_physio->setVisible(physio);
    m_physio->setStyleSheet(QStringLiteral("QLabel { border: 3px solid %1; border-radius: 10px; padding: 12px; }")
                                .arg(theme::danger(palette()).name()));
    setKneeNow(-1);
}

void SessionSummary::setSaveStatus(const QString& text, bool failed)
{
    m_saveStatus->setText(text);
    m_saveStatus->setStyleSheet(failed ? QStringLiteral("color: %1;").arg(theme::danger(palette()).name()) : QString());
    m_retry->setVisible(failed);
}

void SessionSummary::setKneeNow(int score)
{
    m_kneeNow = score;
    m_kneeScale->setValue(score);
    m_kneeStatus->setText(score < 0
                              ? tr("Tap a number, or press 0-9 (T for 10).")
                              : tr("Saved: %1. You can change it while this page is open.").arg(fmt::pain(score)));
}

void SessionSummary::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applySizes();
}

void SessionSummary::applySizes()
{
    const double scale = std::clamp(std::min(height() / 800.0, width() / 1280.0), 0.55, 2.0);
    const auto px = [scale](int base) { return int(std::lround(base * scale)); };
    setPixelFont(m_title, px(40), QFont::Bold);
    setPixelFont(m_facts, px(28), QFont::DemiBold);
    setPixelFont(m_painList, px(22));
    setPixelFont(m_physio, px(24), QFont::DemiBold);
    setPixelFont(m_kneeQuestion, px(32), QFont::DemiBold);
    m_kneeScale->setButtonHeight(std::max(48, px(88)));
    setPixelFont(m_kneeStatus, px(20));
    setPixelFont(m_saveStatus, px(18));
    for (QPushButton* b : {m_retry, m_close}) {
        setPixelFont(b, px(22), QFont::DemiBold);
        b->setMinimumHeight(std::max(44, px(64)));
        b->setMinimumWidth(px(240));
    }
}

} // namespace patella
