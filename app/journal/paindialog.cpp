#include "journal/paindialog.h"

#include "journal/forminput.h"
#include "journal/journaltext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>

namespace patella {

PainDialog::PainDialog(const PainEntry& entry, bool isNew, const QDateTime& now, QWidget* parent)
    : RecordDialog(isNew ? tr("Log pain") : tr("Edit pain entry"), parent)
    , m_original(entry)
    , m_today(now.toLocalTime().date())
{
    setObjectName(QStringLiteral("painDialog"));
    const QDateTime local = (isNew ? now : entry.at).toLocalTime();

    m_date = dateEdit("date");
    m_date->setDate(isNew ? local.date() : entry.localDate);
    addField("date", tr("&Date:"), m_date);
    addAlias("at", "date");
    addAlias("localDate", "date");

    m_time = new QTimeEdit(local.time(), this);
    addField("time", tr("&Time:"), m_time);

    m_situation = new QComboBox(this);
    for (PainSituation situation : allSituations())
        m_situation->addItem(journaltext::situation(situation), int(situation));
    m_situation->setCurrentIndex(m_situation->findData(int(entry.situation)));
    addField("situation", tr("&Situation:"), m_situation);

    m_side = new QComboBox(this);
    for (Side side : {Side::Left, Side::Right, Side::Both})
        m_side->addItem(journaltext::side(side), int(side));
    m_side->setCurrentIndex(m_side->findData(int(entry.side)));
    addField("side", tr("Si&de:"), m_side);

    m_score = lineEdit("score", tr("0 = no pain, 10 = the worst you can imagine"));
    if (!isNew)
        m_score->setText(QString::number(entry.score));
    addField("score", tr("&Pain (0-10):"), m_score);

    m_note = lineEdit("note", tr("Optional"));
    m_note->setText(entry.note);
    addField("note", tr("&Note:"), m_note);

    revalidate();
}

QList<Error> PainDialog::check() const
{
    QList<Error> errors;
    if (auto date = forms::pastDate(m_date->date(), m_today, "date", tr("Date")); !date)
        errors.append(date.error());
    if (auto score = forms::painScore(m_score->text(), "score", tr("Pain"), true); !score)
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
    if (auto score = forms::painScore(m_score->text(), "score", {}, true); score && *score)
        entry.score = **score;
    entry.note = m_note->text().trimmed();
    return entry;
}

} // namespace patella
