#include "app/progress/progresspage.h"

#include "app/presentation/progresssource.h"
#include "app/progress/adherenceview.h"
#include "app/progress/chartcard.h"
#include "app/progress/chartstyle.h"
#include "app/progress/flexibilityview.h"
#include "app/progress/functionscorechart.h"
#include "app/progress/mileagechart.h"
#include "app/progress/painchart.h"
#include "app/progress/painmileagechart.h"
#include "app/ui/appcontext.h"
#include "app/ui/formatting.h"
#include "app/ui/pagetitle.h"
#include "core/catalog/journalprogramme.h"
#include "core/catalog/programme.h"
#include "core/insights/psfs.h"
#include "core/model/preferences.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace patella {
namespace {

// Every completed session counts towards adherence, against the target of the programme's current phase.

QString bucketName(SeriesBucket bucket)
{
    switch (bucket) {
    case SeriesBucket::Day:
        return QCoreApplication::translate("ProgressPage", "day by day");
    case SeriesBucket::Week:
        return QCoreApplication::translate("ProgressPage", "week by week");
    case SeriesBucket::Month:
        return QCoreApplication::translate("ProgressPage", "month by month");
    }
    return {};
}

} // namespace

ProgressPage::ProgressPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_source(new ProgressSource(context.store, this))
{
    setObjectName(QStringLiteral("progressPage"));

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(24, 20, 24, 16);
    column->setSpacing(10);

    auto* top = new QHBoxLayout;
    top->addWidget(ui::pageTitle(tr("Progress"), this));
    top->addStretch(1);
    top->addWidget(buildRangeSelector());
    column->addLayout(top);

    m_spanLabel = new QLabel(this);
    m_spanLabel->setObjectName(QStringLiteral("rangeLabel"));
    column->addWidget(m_spanLabel);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("progressHint"));
    m_hint->setWordWrap(true);
    m_hint->hide();
    column->addWidget(m_hint);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("progressTabs"));
    m_tabs->setDocumentMode(true);
    column->addWidget(m_tabs, 1);

    m_pain = new PainChart;
    addCard(QStringLiteral("pain"), tr("Pain"), m_pain,
            helpText(InsightKind::PainSpike) + QStringLiteral("\n\n") + helpText(InsightKind::LingeringPain));
    m_mileage = new MileageChart;
    addCard(QStringLiteral("mileage"), tr("Distance and load"), m_mileage,
            helpText(InsightKind::MileageRise) + QStringLiteral("\n\n") + helpText(InsightKind::LoadRatio));
    m_adherence = new AdherenceView;
    addCard(QStringLiteral("adherence"), tr("Sessions"), m_adherence, helpText(InsightKind::Adherence));
    m_flexibility = new FlexibilityView;
    addCard(QStringLiteral("flexibility"), tr("Flexibility"), m_flexibility,
            helpText(InsightKind::FlexibilityAsymmetry));
    m_painMileage = new PainMileageChart;
    addCard(QStringLiteral("painMileage"), tr("Pain and distance"), m_painMileage, helpText(InsightKind::MileageRise));
    m_function = new FunctionScoreChart;
    addCard(QStringLiteral("function"), tr("Function score"), m_function, psfsHelpText());

    connect(m_source, &ProgressSource::updated, this, &ProgressPage::refresh);
    connect(&m_context.preferences, &Preferences::changed, this, &ProgressPage::refresh);
    refresh();
}

ProgressPage::~ProgressPage() = default;

QWidget* ProgressPage::buildRangeSelector()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("rangeSelector"));
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(new QLabel(tr("Show:"), box));
    m_rangeButtons = new QButtonGroup(box);
    m_rangeButtons->setExclusive(true);
    for (const ProgressRange range : allProgressRanges()) {
        auto* button = new QToolButton(box);
        button->setObjectName(QStringLiteral("range_") + rangeId(range));
        button->setText(rangeName(range));
        button->setCheckable(true);
        button->setChecked(range == m_range);
        button->setAutoRaise(false);
        m_rangeButtons->addButton(button, int(range));
        row->addWidget(button);
    }
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) { setRange(ProgressRange(id)); });
    return box;
}

void ProgressPage::addCard(const QString& id, const QString& title, QWidget* content, const QString& help)
{
    auto* card = new ChartCard(title, content);
    card->setObjectName(id + QStringLiteral("Card"));
    card->setHelp(help);
    m_cards.insert(id, card);
    m_tabs->addTab(card, title);
}

void ProgressPage::setRange(ProgressRange range)
{
    m_range = range;
    if (QAbstractButton* button = m_rangeButtons->button(int(range)))
        button->setChecked(true);
    redraw();
}

RangeSpan ProgressPage::span() const
{
    return m_data ? m_data->span(m_range) : RangeSpan {};
}

void ProgressPage::refresh()
{
    // The same phase, and so the same weekly target, as Today shows.
    const QDate today = m_context.today();
    const auto status = readProgrammeStatus(m_context.store, today, m_context.preferences.programmeStart());
    const Phase phase
        = status ? status.value().phase : programmeStatus(today, m_context.preferences.programmeStart(), {}).phase;
    m_data = std::make_unique<ProgressData>(m_source->records(), today, m_context.preferences.distanceUnit(),
                                            weeklySessionTarget(phase), m_data.get());
    redraw();
}

void ProgressPage::redraw()
{
    const RangeSpan span = m_data->span(m_range);
    const DistanceUnit unit = m_data->unit();
    // An empty journal has no range worth naming; the empty hint below speaks instead.
    m_spanLabel->setText(
        m_data->isEmpty()
            ? QString()
            : tr("%1 to %2, %3").arg(fmt::longDate(span.from), fmt::longDate(span.to), bucketName(span.bucket)));
    m_spanLabel->setVisible(!m_data->isEmpty());
    if (!m_source->lastError().isEmpty()) {
        m_hint->setText(tr("The journal could not be read: %1").arg(m_source->lastError()));
        m_hint->show();
    } else if (m_data->isEmpty()) {
        m_hint->setText(tr("Nothing is logged yet. Each chart fills in as you log pain, runs, sessions and "
                           "flexibility checks; its tab says what it needs."));
        m_hint->show();
    } else {
        m_hint->hide();
    }
    const bool anything = !m_data->isEmpty();
    const QString longer = tr("Nothing in this range. Choose a longer range to see earlier entries.");

    const PainChartData pain = m_data->pain(span);
    m_pain->setData(pain);
    m_cards.value(QStringLiteral("pain"))->setReasons(pain.isEmpty() ? QStringList() : pain.reasons);
    m_cards.value(QStringLiteral("pain"))
        ->setEmptyText(!pain.isEmpty() ? QString()
                           : anything  ? longer
                                       : tr("No pain reports yet. Rate your knee (0-10) in the journal: during or "
                                             "after a run, on stairs, at rest. Each report becomes a dot here, and "
                                             "a line shows the 7-day mean."));

    const MileageChartData mileage = m_data->mileage(span);
    m_mileage->setData(mileage, unit);
    m_cards.value(QStringLiteral("mileage"))
        ->setReasons(mileage.isEmpty() ? QStringList() : mileage.reasons + mileage.loadReasons);
    m_cards.value(QStringLiteral("mileage"))
        ->setEmptyText(!mileage.isEmpty() ? QString()
                           : anything     ? longer
                                          : tr("No runs yet. Log your runs (or a week's total distance) in the "
                                                   "journal to see each week against the 10% rule and next week's "
                                                   "allowance."));

    const AdherenceChartData adherence = m_data->adherence(span);
    m_adherence->setData(adherence);
    m_cards.value(QStringLiteral("adherence"))->setReasons(adherence.isEmpty() ? QStringList() : adherence.reasons);
    m_cards.value(QStringLiteral("adherence"))
        ->setEmptyText(!adherence.isEmpty() ? QString()
                           : anything       ? longer
                                            : tr("No sessions done yet. Finish a guided stretching or strength "
                                                       "session and every day you do one is marked here."));

    const FlexChartData flex = m_data->flexibility(span);
    m_flexibility->setData(flex);
    m_cards.value(QStringLiteral("flexibility"))->setReasons(flex.isEmpty() ? QStringList() : flex.reasons);
    m_cards.value(QStringLiteral("flexibility"))
        ->setEmptyText(!flex.isEmpty() ? QString()
                           : anything  ? longer
                                       : tr("No flexibility checks yet. Do the weekly self-tests (knee-to-wall, "
                                             "sit and reach and the others) on both legs and log them: left and "
                                             "right show as two lines per test."));

    const PainMileageData painMileage = m_data->painAgainstMileage(span);
    m_painMileage->setData(painMileage, unit);
    m_cards.value(QStringLiteral("painMileage"))
        ->setReasons(painMileage.isEmpty() ? QStringList() : painMileage.reasons);
    m_cards.value(QStringLiteral("painMileage"))
        ->setEmptyText(!painMileage.isEmpty() ? QString()
                           : anything         ? longer
                                              : tr("This chart needs both runs and pain reports: log them for a "
                                                           "few weeks and each week becomes a dot, its distance against "
                                                           "its mean pain."));

    const ProgressRecords& records = m_source->records();
    const PsfsSummary function = summarizePsfs(records.psfsActivities, records.psfsScores, span.from, span.to);
    m_function->setData(function, span);
    m_cards.value(QStringLiteral("function"))->setReasons(describePsfs(function));
    m_cards.value(QStringLiteral("function"))
        ->setEmptyText(!function.isEmpty() ? QString()
                           : !records.psfsScores.isEmpty()
                           ? longer
                           : tr("No function score yet. The weekly check-in asks you to name 3 to 5 activities "
                                "the knee makes hard and rate each from 0 to 10; every round becomes a point here, "
                                "with the average as a bold line."));
}

} // namespace patella
