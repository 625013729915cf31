#include "app/journal/paindialog.h"

#include "app/journal/forminput.h"
#include "app/journal/journaltext.h"
#include "app/ui/painscale.h"
#include "core/model/preferences.h"
#include "core/model/recordnames.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>

namespace patella {
namespace {

const QString kLastSide = QStringLiteral("journal/lastPainSide");
const QString kLastSituation = QStringLiteral("journal/lastPainSituation");

} // namespace

PainDialog::PainDialog(const PainEntry& entry, bool isNew, const QDateTime& now, Preferences* remembered,
                       QWidget* parent)
    : RecordDialog(isNew ? tr("Log pain") : tr("Edit pain entry"), parent)
    , m_original(entry)
    , m_today(now.toLocalTime().date())
    , m_remembered(remembered)
{
    setObjectName(QStringLiteral("painDialog"));
    const QDateTime local = (isNew ? now : entry.at).toLocalTime();

    m_date = dateEdit("date");
    m_date->setDate(isNew ? local.date() : entry.localDate);
    addField("date", tr("&Date:"), m_date);
    addAlias("at", "date");
    addAlias("localDate", "date");

    m_time = timeEdit(local.time());
    addField("time", tr("&Time:"), m_time);

    m_situation = new QComboBox(this);
    for (PainSituation situation : allSituations())
        m_situation->addItem(situationName(situation), int(situation));
    const bool recall = isNew && m_remembered;
    const int situation
        = recall ? m_remembered->remembered(kLastSituation, int(entry.situation)).toInt() : int(entry.situation);
    m_situation->setCurrentIndex(qMax(0, m_situation->findData(situation)));
    addField("situation", tr("&Situation:"), m_situation);

    m_side = new QComboBox(this);
    for (Side side : {Side::Left, Side::Right, Side::Both})
        m_side->addItem(sideName(side), int(side));
    const int side = recall ? m_remembered->remembered(kLastSide, int(entry.side)).toInt() : int(entry.side);
    m_side->setCurrentIndex(qMax(0, m_side->findData(side)));
    addField("side", tr("Si&de:"), m_side);

    m_score = new PainScale(QStringLiteral("score"), PainScale::Size::Compact, this);
    if (!isNew)
        m_score->setValue(entry.score);
    addField("score", tr("&Pain (0-10):"), m_score);
    connect(m_score, &PainScale::valueChanged, this, [this] { fieldEdited(QStringLiteral("score")); });

    m_note = lineEdit("note", tr("Optional"));
    m_note->setText(entry.note);
    addField("note", tr("&Note:"), m_note);

    connect(this, &QDialog::accepted, this, &PainDialog::remember);
    revalidate();
}

void PainDialog::remember() const
{
    if (!m_remembered)
        return;
    m_remembered->remember(kLastSituation, m_situation->currentData().toInt());
    m_remembered->remember(kLastSide, m_side->currentData().toInt());
}

QString PainDialog::scoreText() const
{
    // The picker goes through the same reader as typed scores, so "not set" reads as missing.
    return m_score->value() < 0 ? QString() : QString::number(m_score->value());
}

QList<Error> PainDialog::check() const
{
    QList<Error> errors;
    if (auto date = forms::pastDate(m_date->date(), m_today, "date", tr("Date")); !date)
        errors.append(date.error());
    if (auto score = forms::painScore(scoreText(), "score", tr("Pain"), true); !score)
        errors.append(score.error());
    return errors;
}

PainEntry PainDialog::entry() const
{
    PainEntry entry = m_original;
    entry.localDate = m_date->date();
    entry.at = QDateTime(m_date->date(), m_time->time()).toUTC();
    entry.situation = PainSituation(m_situation->currentData().toInt());
    entry.side = Side(m_side->currentData().toInt());
    if (auto score = forms::painScore(scoreText(), "score", {}, true); score && *score)
        entry.score = **score;
    entry.note = m_note->text().trimmed();
    return entry;
}

} // namespace patella
