#include "app/journal/sessiondialog.h"

#include "app/journal/forminput.h"
#include "app/journal/journaltext.h"
#include "app/journal/sessionmodel.h"
#include "core/catalog/catalog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTimeEdit>

namespace patella {

SessionDialog::SessionDialog(const SessionRecord& session, bool isNew, const QDateTime& now, const Catalog& catalog,
                             QWidget* parent)
    : RecordDialog(isNew ? tr("Log a session") : tr("Edit session"), parent)
    , m_original(session)
    , m_today(now.toLocalTime().date())
{
    setObjectName(QStringLiteral("sessionDialog"));
    m_routine = new QComboBox(this);
    for (const Routine& routine : catalog.routines())
        m_routine->addItem(routine.name, routine.id);
    if (!session.routineId.isEmpty() && m_routine->findData(session.routineId) < 0)
        m_routine->addItem(SessionModel::routineName(catalog, session.routineId), session.routineId);
    m_routine->setCurrentIndex(qMax(0, m_routine->findData(session.routineId)));
    addField("routineId", tr("&Routine:"), m_routine);

    const QDateTime local = (isNew ? now.addSecs(-20 * 60) : session.start).toLocalTime();
    m_date = dateEdit("date");
    m_date->setDate(isNew ? local.date() : session.localDate);
    addField("date", tr("&Date:"), m_date);
    addAlias("start", "date");
    addAlias("localDate", "date");
    m_time = timeEdit(local.time());
    addField("time", tr("S&tart time:"), m_time);

    m_length = lineEdit("duration", tr("h:mm:ss or minutes, e.g. 12"));
    if (!isNew)
        m_length->setText(formatDuration(int(session.start.secsTo(session.end))));
    addField("duration", tr("&Length:"), m_length);
    addAlias("end", "duration");

    m_outcome = new QComboBox(this);
    for (SessionOutcome outcome : {SessionOutcome::Completed, SessionOutcome::Interrupted})
        m_outcome->addItem(journaltext::outcome(outcome), int(outcome));
    m_outcome->setCurrentIndex(m_outcome->findData(int(session.outcome)));
    addField("outcome", tr("&Outcome:"), m_outcome);
    revalidate();
}

QList<Error> SessionDialog::check() const
{
    QList<Error> errors;
    if (m_routine->currentIndex() < 0)
        errors.append(Error {QStringLiteral("routineId"), tr("Routine is needed.")});
    if (auto date = forms::pastDate(m_date->date(), m_today, "date", tr("Date")); !date)
        errors.append(date.error());
    if (auto length = forms::duration(m_length->text(), "duration", tr("Length")); !length)
        errors.append(length.error());
    else if (*length > 12 * 3600)
        errors.append(Error {QStringLiteral("duration"), tr("Length must be under 12 hours.")});
    return errors;
}

SessionRecord SessionDialog::session() const
{
    SessionRecord session = m_original;
    session.routineId = m_routine->currentData().toString();
    session.localDate = m_date->date();
    session.start = QDateTime(m_date->date(), m_time->time()).toUTC();
    if (auto seconds = forms::duration(m_length->text(), "duration", {}); seconds)
        session.end = session.start.addSecs(*seconds);
    session.outcome = SessionOutcome(m_outcome->currentData().toInt());
    return session;
}

} // namespace patella
