#include "app/today/painquicklog.h"

#include "app/ui/painscale.h"
#include "app/ui/theme.h"
#include "core/model/preferences.h"
#include "core/model/recordnames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace patella {
namespace {

const QString kLastSituation = QStringLiteral("today/lastPainSituation");
const QString kLastSide = QStringLiteral("today/lastPainSide");

} // namespace

PainQuickLog::PainQuickLog(Preferences& remembered, QWidget* parent)
    : QWidget(parent)
    , m_remembered(remembered)
{
    setObjectName(QStringLiteral("painQuickLog"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_scores = new PainScale(QStringLiteral("painScore"), PainScale::Size::Compact, this);
    layout->addWidget(m_scores);

    auto* row = new QHBoxLayout;
    m_situation = new QComboBox(this);
    m_situation->setObjectName(QStringLiteral("painSituation"));
    m_situation->setAccessibleName(tr("Situation"));
    for (PainSituation s : allSituations())
        m_situation->addItem(situationName(s), static_cast<int>(s));
    // Situation and side keep the runner's last choice, so the next log is two clicks again.
    const int lastSituation = m_remembered.remembered(kLastSituation, static_cast<int>(PainSituation::Stairs)).toInt();
    m_situation->setCurrentIndex(qMax(0, m_situation->findData(lastSituation)));
    m_side = new QComboBox(this);
    m_side->setObjectName(QStringLiteral("painSide"));
    m_side->setAccessibleName(tr("Side"));
    for (Side s : {Side::Left, Side::Right, Side::Both})
        m_side->addItem(kneeName(s), static_cast<int>(s));
    m_side->setCurrentIndex(
        qMax(0, m_side->findData(m_remembered.remembered(kLastSide, static_cast<int>(Side::Both)).toInt())));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("painSave"));
    m_save->setEnabled(false);
    m_save->setDefault(true);
    row->addWidget(m_situation);
    row->addWidget(m_side);
    row->addWidget(m_save);
    row->addStretch();
    layout->addLayout(row);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("painResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    connect(m_scores, &PainScale::scoreChosen, this, [this] {
        m_save->setEnabled(true);
        m_result->clear();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (score() < 0)
            return;
        m_remembered.remember(kLastSituation, static_cast<int>(situation()));
        m_remembered.remember(kLastSide, static_cast<int>(side()));
        emit saveRequested(score(), situation(), side());
    });
}

int PainQuickLog::score() const
{
    return m_scores->value();
}

PainSituation PainQuickLog::situation() const
{
    return static_cast<PainSituation>(m_situation->currentData().toInt());
}

Side PainQuickLog::side() const
{
    return static_cast<Side>(m_side->currentData().toInt());
}

void PainQuickLog::reset()
{
    m_scores->setValue(-1);
    m_save->setEnabled(false);
}

void PainQuickLog::showResult(const QString& text, bool ok)
{
    QPalette pal = m_result->palette();
    pal.setColor(QPalette::WindowText, ok ? theme::accent(palette()) : theme::danger(palette()));
    m_result->setPalette(pal);
    m_result->setText(text);
}

} // namespace patella
