#include "app/sessionplayer/routinelist.h"

#include "app/presentation/sessiondoses.h"
#include "app/ui/formatting.h"
#include "app/ui/pagetitle.h"
#include "core/catalog/catalog.h"
#include "core/session/sessionplan.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace patella {

RoutineList::RoutineList(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("routineList"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 16, 24, 16);
    outer->addWidget(ui::pageTitle(tr("Session"), this));
    auto* intro = new QLabel(tr("Pick a routine. During a session: Space pauses, the arrow keys skip and go back, "
                                "+ adds 10 seconds, Esc stops. F11 fills the screen."),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("routineListMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 8, 0, 8);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(14);
    grid->setColumnStretch(0, 1);

    int row = 0;
    for (const Routine& routine : m_catalog.routines()) {
        if (routine.retired)
            continue;
        auto* name = new QLabel(routine.name, content);
        QFont bold = name->font();
        bold.setPointSizeF(bold.pointSizeF() * 1.3);
        bold.setWeight(QFont::DemiBold);
        name->setFont(bold);
        const QString origin = routine.origin == Origin::Runner ? tr("Your routine")
            : routine.origin == Origin::Programme               ? tr("From your programme")
                                                                : QString();
        const QString shown = origin.isEmpty() || routine.description.isEmpty()
            ? QString(origin + routine.description)
            : QString(origin + QStringLiteral(" · ") + routine.description);
        auto* description = new QLabel(shown, content);
        description->setWordWrap(true);
        auto* duration = new QLabel(content);
        duration->setObjectName(QStringLiteral("routineDuration_") + routine.id);
        m_durations.insert(routine.id, duration);

        auto* text = new QVBoxLayout;
        text->setSpacing(2);
        auto* heading = new QHBoxLayout;
        heading->addWidget(name);
        heading->addWidget(duration);
        heading->addStretch(1);
        text->addLayout(heading);
        text->addWidget(description);
        grid->addLayout(text, row, 0);

        auto* start = new QPushButton(tr("Start"), content);
        start->setObjectName(QStringLiteral("startRoutine_") + routine.id);
        start->setAccessibleName(tr("Start %1").arg(routine.name));
        start->setMinimumSize(140, 52);
        const QString id = routine.id;
        connect(start, &QPushButton::clicked, this, [this, id] { emit startRequested(id); });
        grid->addWidget(start, row, 1, Qt::AlignVCenter);
        ++row;
    }
    grid->setRowStretch(row, 1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
}

void RoutineList::refresh(const SessionDoses& doses)
{
    for (const Routine& routine : m_catalog.routines()) {
        QLabel* label = m_durations.value(routine.id);
        if (!label)
            continue;
        const Result<QList<PlannedItem>> items = doses.routineItems(m_catalog, routine.id);
        if (!items) {
            label->clear();
            continue;
        }
        const int seconds = int((plannedDurationMs(items.value()) + 999) / 1000);
        const int minutes = std::max(1, (seconds + 30) / 60);
        label->setText(tr("about %n min", nullptr, minutes));
    }
}

void RoutineList::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString RoutineList::durationText(const QString& routineId) const
{
    const QLabel* label = m_durations.value(routineId);
    return label ? label->text() : QString();
}

} // namespace patella
