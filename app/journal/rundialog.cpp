#include "app/journal/rundialog.h"

#include "app/journal/forminput.h"
#include "app/ui/formatting.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTimeEdit>

namespace patella {

RunDialog::RunDialog(const Run& run, bool isNew, const QDateTime& now, DistanceUnit unit, const QList<Shoe>& shoes,
                     QWidget* parent)
    : RecordDialog(isNew ? tr("Log a run") : tr("Edit run"), parent)
    , m_original(run)
    , m_today(now.toLocalTime().date())
    , m_unit(unit)
{
    setObjectName(QStringLiteral("runDialog"));
    const QDateTime local = (isNew ? now : run.start).toLocalTime();

    m_date = dateEdit("date");
    m_date->setDate(isNew ? local.date() : run.localDate);
    addField("date", tr("&Date:"), m_date);
    addAlias("start", "date");
    addAlias("localDate", "date");

    m_time = timeEdit(local.time());
    addField("time", tr("S&tart time:"), m_time);

    m_distance = lineEdit("distance", tr("e.g. %1").arg(QLocale().toString(5.2)));
    if (!isNew)
        m_distance->setText(forms::distanceText(run.distanceMetres, unit));
    m_originalDistance = m_distance->text();
    addField("distance", tr("Di&stance (%1):").arg(fmt::unitSuffix(unit)), m_distance);

    m_duration = lineEdit("duration", tr("h:mm:ss, e.g. 0:32:15"));
    if (!isNew)
        m_duration->setText(formatDuration(run.durationSeconds));
    addField("duration", tr("D&uration:"), m_duration);

    m_effort = lineEdit("effort", tr("Optional: 1 = very easy, 10 = all-out"));
    if (run.effort > 0)
        m_effort->setText(QString::number(run.effort));
    addField("effort", tr("&Effort (1-10):"), m_effort);

    m_shoe = new QComboBox(this);
    m_shoe->addItem(tr("No shoe given"), QVariant());
    for (const Shoe& shoe : shoes) {
        if (shoe.retired && shoe.id != run.shoeId)
            continue;
        m_shoe->addItem(shoe.name, shoe.id);
    }
    const int shoeIndex = run.shoeId ? m_shoe->findData(*run.shoeId) : 0;
    m_shoe->setCurrentIndex(qMax(0, shoeIndex));
    addField("shoeId", tr("S&hoe:"), m_shoe);

    m_painDuring = lineEdit("painDuring", tr("Optional, 0-10"));
    m_painAfter = lineEdit("painAfter", tr("Optional, 0-10"));
    if (run.painDuring)
        m_painDuring->setText(QString::number(*run.painDuring));
    if (run.painAfter)
        m_painAfter->setText(QString::number(*run.painAfter));
    addField("painDuring", tr("&Pain during:"), m_painDuring);
    addField("painAfter", tr("Pain &after:"), m_painAfter);

    m_note = lineEdit("note", tr("Optional"));
    m_note->setText(run.note);
    addField("note", tr("&Note:"), m_note);

    revalidate();
}

QList<Error> RunDialog::check() const
{
    QList<Error> errors;
    if (auto date = forms::pastDate(m_date->date(), m_today, "date", tr("Date")); !date)
        errors.append(date.error());
    if (auto distance = forms::distance(m_distance->text(), m_unit, "distance", tr("Distance"), false); !distance)
        errors.append(distance.error());
    if (auto duration = forms::duration(m_duration->text(), "duration", tr("Duration")); !duration)
        errors.append(duration.error());
    if (auto effort = forms::wholeNumber(m_effort->text(), "effort", tr("Effort"), 1, 10, false); !effort)
        errors.append(effort.error());
    if (auto pain = forms::painScore(m_painDuring->text(), "painDuring", tr("Pain during"), false); !pain)
        errors.append(pain.error());
    if (auto pain = forms::painScore(m_painAfter->text(), "painAfter", tr("Pain after"), false); !pain)
        errors.append(pain.error());
    return errors;
}

Run RunDialog::run() const
{
    Run run = m_original;
    run.localDate = m_date->date();
    run.start = QDateTime(m_date->date(), m_time->time()).toUTC();
    if (m_distance->text() != m_originalDistance) {
        if (auto metres = forms::distance(m_distance->text(), m_unit, "distance", {}, false); metres)
            run.distanceMetres = *metres;
    }
    if (auto seconds = forms::duration(m_duration->text(), "duration", {}); seconds)
        run.durationSeconds = *seconds;
    const auto effort = forms::wholeNumber(m_effort->text(), "effort", {}, 1, 10, false);
    run.effort = effort && *effort ? **effort : 0;
    const QVariant shoe = m_shoe->currentData();
    run.shoeId = shoe.isValid() ? std::optional<RecordId>(shoe.toLongLong()) : std::nullopt;
    const auto during = forms::painScore(m_painDuring->text(), "painDuring", {}, false);
    run.painDuring = during ? *during : std::nullopt;
    const auto after = forms::painScore(m_painAfter->text(), "painAfter", {}, false);
    run.painAfter = after ? *after : std::nullopt;
    run.note = m_note->text().trimmed();
    return run;
}

} // namespace patella
