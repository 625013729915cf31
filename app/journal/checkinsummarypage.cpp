#include "app/journal/checkinsummarypage.h"

#include "app/journal/journaltext.h"
#include "app/ui/formatting.h"
#include "core/model/recordnames.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace patella {
namespace {

QString signedNumber(double value, int decimals)
{
    const QString number = QLocale().toString(std::abs(value), 'f', decimals);
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        return QLocale().toString(0.0, 'f', decimals);
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + number;
}

QString flexChange(double delta, FlexUnit unit)
{
    const QString amount = signedNumber(delta, 1);
    switch (unit) {
    case FlexUnit::Degrees:
        return QCoreApplication::translate("CheckInSummaryPage", "%1°").arg(amount);
    case FlexUnit::Tightness:
        return QCoreApplication::translate("CheckInSummaryPage", "%1 points").arg(amount);
    case FlexUnit::Centimetres:
        break;
    }
    return QCoreApplication::translate("CheckInSummaryPage", "%1 cm").arg(amount);
}

QString painText(const std::optional<int>& score)
{
    return score ? fmt::pain(*score) : QStringLiteral("–");
}

} // namespace

CheckInSummaryPage::CheckInSummaryPage(JournalStore& store, QDate today, DistanceUnit unit, Answers answers,
                                       WeekMetres weekMetres, QWidget* parent)
    : QWizardPage(parent)
    , m_store(store)
    , m_today(today)
    , m_unit(unit)
    , m_answers(std::move(answers))
    , m_weekMetres(std::move(weekMetres))
{
    setObjectName(QStringLiteral("checkInSummaryPage"));
    setTitle(tr("This week beside the last"));
    setFinalPage(true);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("checkInSummary"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    auto* closing = new QLabel(tr("Press Finish to save the check-in to your journal."), this);
    layout->addWidget(closing);
}

void CheckInSummaryPage::addRow(const QString& what, const QString& last, const QString& now, const QString& change)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells {what, last, now, change};
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    }
}

void CheckInSummaryPage::initializePage()
{
    const CheckInAnswers answers = m_answers();
    const WeekFigures last = previousWeek(m_store, m_today);
    m_table->setRowCount(0);
    m_table->setHorizontalHeaderLabels({tr("Measure"),
                                        last.checkInWeek.isValid()
                                            ? tr("Last time (check-in of %1)").arg(fmt::date(last.checkInWeek))
                                            : tr("Last time"),
                                        tr("This week"), tr("Change")});
    m_intro->setText(tr("Week-to-week changes are small and noisy, the flexibility tests most of all; the "
                        "Progress page shows the trend over many weeks. For pain, a change of about one point "
                        "or more is the size people notice."));

    auto painChange = [](const std::optional<int>& before, const std::optional<int>& now) {
        return before && now ? signedNumber(*now - *before, 0) : QString();
    };
    addRow(tr("Worst pain"), painText(last.worstPain), painText(answers.worstPain),
           painChange(last.worstPain, answers.worstPain));
    addRow(tr("Usual pain"), painText(last.usualPain), painText(answers.usualPain),
           painChange(last.usualPain, answers.usualPain));

    for (FlexTest test : allFlexTests()) {
        for (Side side : {Side::Left, Side::Right}) {
            std::optional<FlexAnswer> before;
            std::optional<FlexAnswer> now;
            for (const FlexAnswer& answer : last.flex)
                if (answer.test == test && answer.side == side)
                    before = answer;
            for (const FlexAnswer& answer : answers.flex)
                if (answer.test == test && answer.side == side)
                    now = answer;
            if (!before && !now)
                continue;
            QString change;
            if (before && now && before->unit == now->unit)
                change = flexChange(now->value - before->value, now->unit);
            addRow(tr("%1, %2").arg(flexTestName(test), sideName(side).toLower()),
                   before ? journaltext::flexValue(before->value, before->unit) : QStringLiteral("–"),
                   now ? journaltext::flexValue(now->value, now->unit) : tr("not measured"), change);
        }
    }

    const std::optional<double> metres = m_weekMetres();
    QString mileageChange;
    if (last.metres && metres)
        mileageChange
            = tr("%1 %2").arg(signedNumber(toUnit(*metres - *last.metres, m_unit), 1), fmt::unitSuffix(m_unit));
    addRow(tr("Running distance (last week, this week)"),
           last.metres ? fmt::distance(*last.metres, m_unit, 1) : QStringLiteral("–"),
           metres ? fmt::distance(*metres, m_unit, 1) : QStringLiteral("–"), mileageChange);
}

} // namespace patella
