#include "app/journal/checkinshoepage.h"

#include "app/journal/shoemodel.h"
#include "app/ui/formatting.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace patella {

CheckInShoePage::CheckInShoePage(JournalStore& store, DistanceUnit unit, QWidget* parent)
    : QWizardPage(parent)
    , m_store(store)
    , m_unit(unit)
{
    setObjectName(QStringLiteral("checkInShoePage"));
    setTitle(tr("Shoes"));
    setSubTitle(tr("Turn each pair over and look at the midsole: deep creases, a flattened or tilted heel, or a "
                   "worn-through outsole are the signs that count, whatever the distance says."));
    auto* layout = new QVBoxLayout(this);
    m_list = new QVBoxLayout;
    layout->addLayout(m_list);
    layout->addStretch();
}

void CheckInShoePage::initializePage()
{
    if (m_built)
        return; // keep the ticks when the runner comes back to this page
    m_built = true;
    auto shoes = m_store.list<Shoe>();
    auto distances = m_store.shoeDistances();
    QHash<RecordId, ShoeDistance> byId;
    if (distances) {
        for (const ShoeDistance& distance : distances.value())
            byId.insert(distance.shoeId, distance);
    }
    int active = 0;
    for (const Shoe& shoe : shoes ? shoes.value() : QList<Shoe> {}) {
        if (shoe.retired)
            continue;
        ++active;
        const ShoeDistance distance = byId.value(shoe.id);
        const ShoeModel::Row row {shoe, distance.distanceMetres, distance.runs};
        auto* box = new QFrame(this);
        box->setFrameShape(QFrame::StyledPanel);
        auto* column = new QVBoxLayout(box);
        const int percent = shoe.limitMetres > 0.0 ? qRound(row.metres / shoe.limitMetres * 100.0) : 0;
        auto* line = new QLabel(tr("<b>%1</b>: %2 of your %3 limit (%4%)")
                                    .arg(shoe.name.toHtmlEscaped(), fmt::distance(row.metres, m_unit, 0),
                                         fmt::distance(shoe.limitMetres, m_unit, 0))
                                    .arg(percent),
                                box);
        column->addWidget(line);
        if (const QString note = ShoeModel::limitNote(row); !note.isEmpty()) {
            auto* noteLabel = new QLabel(note, box);
            noteLabel->setWordWrap(true);
            column->addWidget(noteLabel);
        }
        auto* worn = new QCheckBox(tr("The midsole looks worn"), box);
        worn->setObjectName(QStringLiteral("worn-%1").arg(shoe.id));
        column->addWidget(worn);
        auto* suggestion = new QLabel(tr("Then it may be time to retire this pair and move to a fresh one. You "
                                         "know your shoes best: Patella only keeps count."),
                                      box);
        suggestion->setWordWrap(true);
        suggestion->setVisible(false);
        column->addWidget(suggestion);
        auto* retire = new QCheckBox(tr("Retire it when I finish the check-in"), box);
        retire->setObjectName(QStringLiteral("retire-%1").arg(shoe.id));
        retire->setVisible(false);
        column->addWidget(retire);
        connect(worn, &QCheckBox::toggled, suggestion, &QWidget::setVisible);
        connect(worn, &QCheckBox::toggled, retire, [retire](bool on) {
            retire->setVisible(on);
            if (!on)
                retire->setChecked(false);
        });
        m_retire.append({shoe.id, retire});
        m_list->addWidget(box);
    }
    if (active == 0) {
        auto* none = new QLabel(tr("No shoes in use are in the journal. Add your pairs on the Journal's Shoes tab "
                                   "to follow how far you have run in each."),
                                this);
        none->setWordWrap(true);
        m_list->addWidget(none);
    }
}

void CheckInShoePage::collect(CheckInAnswers& answers) const
{
    answers.retireShoes.clear();
    for (const auto& [id, retire] : m_retire)
        if (retire->isChecked())
            answers.retireShoes.append(id);
}

} // namespace patella
