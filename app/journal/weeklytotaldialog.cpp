#include "app/journal/weeklytotaldialog.h"

#include "app/journal/forminput.h"
#include "app/ui/formatting.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace patella {

WeeklyTotalDialog::WeeklyTotalDialog(const WeeklyTotal& total, bool isNew, QDate today, DistanceUnit unit,
                                     QWidget* parent)
    : RecordDialog(isNew ? tr("Log a week's total") : tr("Edit week's total"), parent)
    , m_original(total)
    , m_today(today)
    , m_unit(unit)
{
    setObjectName(QStringLiteral("weeklyTotalDialog"));
    m_week = dateEdit("weekStart");
    m_week->setDate(isNew ? isoWeekStart(today) : total.weekStart);
    addField("weekStart", tr("&Week of:"), m_week);
    m_weekText = new QLabel(this);
    m_weekText->setObjectName(QStringLiteral("weekText"));
    form()->addRow(QString(), m_weekText);
    connect(m_week, &QDateEdit::dateChanged, this, &WeeklyTotalDialog::showWeek);
    showWeek();

    m_distance = lineEdit("distance", tr("e.g. %1").arg(QLocale().toString(24.5)));
    if (!isNew)
        m_distance->setText(forms::distanceText(total.distanceMetres, unit));
    m_originalDistance = m_distance->text();
    addField("distance", tr("Di&stance (%1):").arg(fmt::unitSuffix(unit)), m_distance);

    m_runs = lineEdit("runs", tr("Optional"));
    if (total.runs > 0)
        m_runs->setText(QString::number(total.runs));
    addField("runs", tr("&Number of runs:"), m_runs);

    m_note = lineEdit("note", tr("Optional"));
    m_note->setText(total.note);
    addField("note", tr("&Note:"), m_note);
    revalidate();
}

void WeeklyTotalDialog::showWeek()
{
    const QDate monday = isoWeekStart(m_week->date());
    m_weekText->setText(tr("Monday %1 to Sunday %2").arg(fmt::date(monday), fmt::date(monday.addDays(6))));
}

QList<Error> WeeklyTotalDialog::check() const
{
    QList<Error> errors;
    if (auto week = forms::pastDate(isoWeekStart(m_week->date()), m_today, "weekStart", tr("Week")); !week)
        errors.append(week.error());
    if (auto distance = forms::distance(m_distance->text(), m_unit, "distance", tr("Distance"), true); !distance)
        errors.append(distance.error());
    if (auto runs = forms::wholeNumber(m_runs->text(), "runs", tr("Number of runs"), 0, 50, false); !runs)
        errors.append(runs.error());
    return errors;
}

WeeklyTotal WeeklyTotalDialog::total() const
{
    WeeklyTotal total = m_original;
    total.weekStart = isoWeekStart(m_week->date());
    if (m_distance->text() != m_originalDistance) {
        if (auto metres = forms::distance(m_distance->text(), m_unit, "distance", {}, true); metres)
            total.distanceMetres = *metres;
    }
    const auto runs = forms::wholeNumber(m_runs->text(), "runs", {}, 0, 50, false);
    total.runs = runs && *runs ? **runs : 0;
    total.note = m_note->text().trimmed();
    return total;
}

} // namespace patella
