#include "app/journal/checkinpainpage.h"

#include "app/journal/forminput.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace patella {
namespace {

const char* situationKey(PainSituation situation)
{
    switch (situation) {
    case PainSituation::DuringRun:
        return "painRunning";
    case PainSituation::Stairs:
        return "painStairs";
    case PainSituation::LongSitting:
        return "painSitting";
    case PainSituation::Squatting:
        return "painSquatting";
    default:
        return "pain";
    }
}

} // namespace

CheckInPainPage::CheckInPainPage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("checkInPainPage"));
    setTitle(tr("Pain this week"));
    setSubTitle(tr("0 means no pain, 10 the worst you can imagine. Think back over the whole week."));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    const QString needed = tr("0-10");
    m_worst = addCheckedField(form, this, QStringLiteral("worstPain"), tr("&Worst pain this week:"), needed);
    m_usual = addCheckedField(form, this, QStringLiteral("usualPain"), tr("&Usual pain this week:"), needed);

    auto* situations = new QLabel(tr("And in each of these situations (leave empty if it did not come up):"), this);
    situations->setWordWrap(true);
    situations->setContentsMargins(0, 8, 0, 0);
    form->addRow(situations);
    const QString optional = tr("0-10, optional");
    const QList<QPair<PainSituation, QString>> labels = {
        {PainSituation::DuringRun, tr("&Running:")},
        {PainSituation::Stairs, tr("&Stairs (especially going down):")},
        {PainSituation::LongSitting, tr("Sitting &long with bent knees:")},
        {PainSituation::Squatting, tr("S&quatting:")},
    };
    for (const auto& [situation, label] : labels)
        m_situations.append(
            {situation, addCheckedField(form, this, QString::fromLatin1(situationKey(situation)), label, optional)});
    layout->addLayout(form);
    layout->addStretch();

    connect(m_worst.edit, &QLineEdit::textChanged, this, &CheckInPainPage::check);
    connect(m_usual.edit, &QLineEdit::textChanged, this, &CheckInPainPage::check);
    for (const auto& entry : std::as_const(m_situations))
        connect(entry.second.edit, &QLineEdit::textChanged, this, &CheckInPainPage::check);
    check();
}

void CheckInPainPage::check()
{
    bool valid = true;
    const auto worst = forms::painScore(m_worst.text(), "worstPain", tr("Worst pain"), true);
    valid &= m_worst.show(worst ? std::nullopt : std::optional<Error>(worst.error()));
    const auto usual = forms::painScore(m_usual.text(), "usualPain", tr("Usual pain"), true);
    std::optional<Error> usualError = usual ? std::nullopt : std::optional<Error>(usual.error());
    if (worst && usual && *worst && *usual && **usual > **worst)
        usualError = Error {QStringLiteral("usualPain"), tr("Usual pain cannot be higher than the worst pain.")};
    valid &= m_usual.show(usualError);
    // An empty required field keeps Next disabled without a message: nothing is wrong yet.
    for (const CheckedField* field : {&m_worst, &m_usual}) {
        if (field->text().trimmed().isEmpty())
            field->show(std::nullopt);
    }
    for (const auto& [situation, field] : std::as_const(m_situations)) {
        const auto score = forms::painScore(field.text(), "score", tr("Pain"), false);
        valid &= field.show(score ? std::nullopt : std::optional<Error>(score.error()));
    }
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

bool CheckInPainPage::isComplete() const
{
    return m_valid;
}

void CheckInPainPage::collect(CheckInAnswers& answers) const
{
    if (auto worst = forms::painScore(m_worst.text(), "worstPain", {}, true); worst)
        answers.worstPain = *worst;
    if (auto usual = forms::painScore(m_usual.text(), "usualPain", {}, true); usual)
        answers.usualPain = *usual;
    answers.situations.clear();
    for (const auto& [situation, field] : m_situations) {
        if (auto score = forms::painScore(field.text(), "score", {}, false); score && *score)
            answers.situations.insert(situation, **score);
    }
}

} // namespace patella
