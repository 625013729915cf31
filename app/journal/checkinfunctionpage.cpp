#include "app/journal/checkinfunctionpage.h"

#include "app/journal/forminput.h"
#include "core/store/validation.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace patella {

CheckInFunctionPage::CheckInFunctionPage(QList<PsfsActivity> asked, QDate today, QWidget* parent)
    : QWizardPage(parent)
    , m_asked(std::move(asked))
    , m_today(today)
{
    setObjectName(QStringLiteral("checkInFunctionPage"));
    setTitle(tr("What the knee makes hard"));
    setSubTitle(tr("Name %1 to %2 activities of your own that the knee makes hard, and rate each: 0 means you "
                   "cannot do it, 10 that you do it as well as before the problem. Leave the page empty to skip "
                   "it this time.")
                    .arg(kPsfsMinActivities)
                    .arg(kPsfsMaxActivities));

    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    auto* activityHeading = new QLabel(tr("Activity"), this);
    auto* scoreHeading = new QLabel(tr("Score (0-10)"), this);
    grid->addWidget(activityHeading, 0, 0);
    grid->addWidget(scoreHeading, 0, 1);
    int line = 1;
    for (const PsfsActivity& activity : std::as_const(m_asked)) {
        Row row;
        row.activityId = activity.id;
        row.title = activity.name;
        auto* name = new QLabel(activity.name, this);
        name->setWordWrap(true);
        row.score = new QLineEdit(this);
        row.score->setObjectName(QStringLiteral("psfsScore%1").arg(line - 1));
        row.score->setPlaceholderText(tr("0-10"));
        row.score->setMaximumWidth(90);
        row.score->setAccessibleName(tr("Score for %1").arg(activity.name));
        name->setBuddy(row.score);
        row.retire = new QCheckBox(tr("No longer ask"), this);
        row.retire->setObjectName(QStringLiteral("psfsRetire%1").arg(line - 1));
        row.retire->setToolTip(tr("Its scores so far stay in the journal."));
        grid->addWidget(name, line, 0);
        grid->addWidget(row.score, line, 1);
        grid->addWidget(row.retire, line, 2);
        m_rows.append(row);
        ++line;
    }
    // Room to reach the most activities, and always one row to put a new one in place of a retired one.
    const int free = std::max<int>(1, kPsfsMaxActivities - int(m_asked.size()));
    for (int i = 0; i < free; ++i) {
        Row row;
        row.name = new QLineEdit(this);
        row.name->setObjectName(QStringLiteral("psfsNewName%1").arg(i));
        row.name->setMaxLength(validation::kMaxPsfsNameLength);
        row.name->setPlaceholderText(i == 0 && m_asked.isEmpty() ? tr("for example: going down stairs")
                                                                 : tr("another activity (optional)"));
        row.name->setAccessibleName(tr("New activity %1").arg(i + 1));
        row.score = new QLineEdit(this);
        row.score->setObjectName(QStringLiteral("psfsNewScore%1").arg(i));
        row.score->setPlaceholderText(tr("0-10"));
        row.score->setMaximumWidth(90);
        row.score->setAccessibleName(tr("Score for new activity %1").arg(i + 1));
        grid->addWidget(row.name, line, 0);
        grid->addWidget(row.score, line, 1);
        m_rows.append(row);
        ++line;
    }
    layout->addLayout(grid);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("psfsMessage"));
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_message->setPalette(palette);
    layout->addWidget(m_message);
    auto* note = new QLabel(tr("Patient-Specific Functional Scale (Stratford et al., 1995). A change of about 2 "
                               "points in the average, or 3 for one activity, is usually taken as meaningful."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();

    for (const Row& row : std::as_const(m_rows)) {
        connect(row.score, &QLineEdit::textChanged, this, &CheckInFunctionPage::check);
        if (row.name)
            connect(row.name, &QLineEdit::textChanged, this, &CheckInFunctionPage::check);
        if (row.retire)
            connect(row.retire, &QCheckBox::toggled, this, &CheckInFunctionPage::check);
    }
    check();
}

bool CheckInFunctionPage::isEmpty() const
{
    for (const Row& row : m_rows) {
        if (!row.score->text().trimmed().isEmpty() || (row.name && !row.name->text().trimmed().isEmpty())
            || (row.retire && row.retire->isChecked()))
            return false;
    }
    return true;
}

std::optional<PsfsRound> CheckInFunctionPage::round(QString* problem) const
{
    PsfsRound round;
    round.date = m_today;
    for (const Row& row : m_rows) {
        if (row.retire && row.retire->isChecked()) {
            round.retire.append(row.activityId);
            continue;
        }
        const QString name = row.name ? row.name->text().trimmed() : QString();
        if (row.name && name.isEmpty() && row.score->text().trimmed().isEmpty())
            continue; // an unused new row
        const QString label = row.name ? (name.isEmpty() ? tr("The new activity") : name) : row.title;
        auto score
            = forms::wholeNumber(row.score->text(), "score", tr("The score for \"%1\"").arg(label), 0, 10, false);
        if (!score) {
            *problem = score.error().message;
            return std::nullopt;
        }
        if (row.name && name.isEmpty()) {
            *problem = tr("A score needs the activity's name beside it.");
            return std::nullopt;
        }
        if (!score.value()) {
            // An asked activity left unscored: the round's rule below names it.
            if (row.name) {
                *problem = tr("\"%1\" has no score").arg(label);
                return std::nullopt;
            }
            continue;
        }
        round.ratings.append(PsfsRating {row.activityId, name, *score.value()});
    }
    if (auto error = validation::validate(round, m_asked, m_today)) {
        *problem = error->message;
        return std::nullopt;
    }
    return round;
}

void CheckInFunctionPage::check()
{
    QString problem;
    const bool valid = isEmpty() || round(&problem).has_value();
    if (isEmpty())
        problem.clear();
    if (!problem.isEmpty())
        problem[0] = problem.at(0).toUpper();
    m_problem = problem;
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

QString CheckInFunctionPage::problem() const
{
    return m_problem;
}

bool CheckInFunctionPage::isComplete() const
{
    return m_valid;
}

void CheckInFunctionPage::collect(CheckInAnswers& answers) const
{
    QString ignored;
    answers.functionScore = isEmpty() ? std::nullopt : round(&ignored);
}

} // namespace patella
