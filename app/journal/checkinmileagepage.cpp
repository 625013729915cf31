#include "app/journal/checkinmileagepage.h"

#include "app/journal/forminput.h"
#include "app/ui/formatting.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace patella {

CheckInMileagePage::CheckInMileagePage(JournalStore& store, QDate today, DistanceUnit unit, QWidget* parent)
    : QWizardPage(parent)
    , m_store(store)
    , m_today(today)
    , m_unit(unit)
{
    setObjectName(QStringLiteral("checkInMileagePage"));
    setTitle(tr("Running this week"));
    const QDate monday = isoWeekStart(today);
    setSubTitle(tr("Monday %1 to Sunday %2.").arg(fmt::date(monday), fmt::date(monday.addDays(6))));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mileageSummary"));
    m_summary->setWordWrap(true);

    m_entry = new QWidget(this);
    auto* form = new QFormLayout(m_entry);
    form->setContentsMargins(0, 0, 0, 0);
    m_total = addCheckedField(form, m_entry, QStringLiteral("weekTotal"),
                              tr("&Distance this week (%1):").arg(fmt::unitSuffix(unit)), tr("optional"));
    m_runs = addCheckedField(form, m_entry, QStringLiteral("weekRuns"), tr("&Number of runs:"), tr("optional"));
    connect(m_total.edit, &QLineEdit::textChanged, this, &CheckInMileagePage::check);
    connect(m_runs.edit, &QLineEdit::textChanged, this, &CheckInMileagePage::check);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_entry);
    layout->addStretch();
}

void CheckInMileagePage::initializePage()
{
    m_week = thisWeekMileage(m_store, m_today);
    if (m_week.fromRuns) {
        m_summary->setText(tr("You logged %n run(s) this week, %1 in all. That is the figure the check-in "
                              "uses; add or correct runs on the Journal's Runs tab.",
                              nullptr, m_week.runs)
                               .arg(fmt::distance(m_week.metres, m_unit, 1)));
    } else if (m_week.fromTotal) {
        m_summary->setText(tr("You logged a total of %1 for this week. To change it, edit it on the Journal's "
                              "Runs tab.")
                               .arg(fmt::distance(m_week.metres, m_unit, 1)));
    } else {
        m_summary->setText(tr("No runs are logged for this week. If you ran, enter the week's total here; leave "
                              "it empty if you did not run."));
    }
    m_entry->setVisible(!m_week.fromRuns && !m_week.fromTotal);
    check();
}

void CheckInMileagePage::check()
{
    bool valid = true;
    if (m_entry->isVisibleTo(this)) {
        std::optional<Error> totalError;
        if (!m_total.text().trimmed().isEmpty()) {
            auto metres = forms::distance(m_total.text(), m_unit, "distance", tr("Distance"), true);
            if (!metres)
                totalError = metres.error();
        }
        valid &= m_total.show(totalError);
        const auto runs = forms::wholeNumber(m_runs.text(), "runs", tr("Number of runs"), 0, 50, false);
        valid &= m_runs.show(runs ? std::nullopt : std::optional<Error>(runs.error()));
    }
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

bool CheckInMileagePage::isComplete() const
{
    return m_valid;
}

std::optional<double> CheckInMileagePage::weekMetres() const
{
    if (m_week.fromRuns || m_week.fromTotal)
        return m_week.metres;
    if (m_total.text().trimmed().isEmpty())
        return std::nullopt;
    auto metres = forms::distance(m_total.text(), m_unit, "distance", {}, true);
    return metres ? std::optional<double>(*metres) : std::nullopt;
}

void CheckInMileagePage::collect(CheckInAnswers& answers) const
{
    answers.weekTotalMetres.reset();
    answers.weekTotalRuns = 0;
    if (m_week.fromRuns || m_week.fromTotal)
        return;
    answers.weekTotalMetres = weekMetres();
    const auto runs = forms::wholeNumber(m_runs.text(), "runs", {}, 0, 50, false);
    answers.weekTotalRuns = runs && *runs ? **runs : 0;
}

} // namespace patella
