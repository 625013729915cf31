#include "app/progress/progresspage.h"

#include "app/presentation/progresssource.h"
#include "app/progress/adherenceview.h"
#include "app/progress/cadencechart.h"
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
#include "app/ui/reportdialog.h"
#include "core/catalog/journalprogramme.h"
#include "core/catalog/programme.h"
#include "core/insights/cadence.h"
#include "core/insights/psfs.h"
#include "core/model/preferences.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
    auto* report = new QPushButton(tr("Report for your physiotherapist…"), this);
    report->setObjectName(QStringLiteral("reportButton"));
    report->setToolTip(tr("Two pages for your physiotherapist: preview, save as PDF or print."));
    connect(report, &QPushButton::clicked, this, &ProgressPage::openReport);
    top->addWidget(report);
    top->addSpacing(12);
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
    m_cadence = new CadenceChart;
    addCard(QStringLiteral("cadence"), tr("Step rate"), m_cadence, cadenceHelpText());

    connect(m_source, &ProgressSource::updated, this, &ProgressPage::refresh);
    connect(&m_context.preferences, &Preferences::changed, this, &ProgressPage::refresh);
    refresh();
}

ProgressPage::~ProgressPage() = default;

ReportDialog* ProgressPage::openReport()
{
    auto* dialog = new ReportDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

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

    // Only the charts whose records or frame changed are worked out again: one pain entry redraws the two
    // pain charts, not the distance, sessions, flexibility and function ones.
    const DrawnFor now {span,
                        m_data->unit(),
                        m_data->reference(),
                        m_data->weeklySessionTarget(),
                        !m_data->isEmpty(),
                        m_data->revisions()};
    const std::optional<DrawnFor> before = std::exchange(m_drawn, now);
    const bool all = !before || before->span.from != span.from || before->span.to != span.to
        || before->span.bucket != span.bucket || before->unit != now.unit || before->reference != now.reference
        || before->anything != now.anything;
    const ProgressRevisions was = before ? before->revisions : ProgressRevisions {};
    const ProgressRevisions& is = now.revisions;
    if (all || was.pain != is.pain || was.sessions != is.sessions || was.mornings != is.mornings)
        drawPain(span, now.anything);
    if (all || was.runs != is.runs)
        drawMileage(span, now.anything);
    if (all || was.sessions != is.sessions || before->target != now.target)
        drawAdherence(span, now.anything);
    if (all || was.flex != is.flex)
        drawFlexibility(span, now.anything);
    if (all || was.pain != is.pain || was.runs != is.runs)
        drawPainMileage(span, now.anything);
    if (all || was.function != is.function)
        drawFunction(span);
    if (all || was.runs != is.runs)
        drawCadence(span, now.anything);
}

QString ProgressPage::emptyText(bool inRange, bool anything, const QString& nothingYet) const
{
    if (inRange)
        return QString();
    return anything ? tr("Nothing in this range. Choose a longer range to see earlier entries.") : nothingYet;
}

void ProgressPage::drawPain(const RangeSpan& span, bool anything)
{
    const PainChartData pain = m_data->pain(span);
    m_pain->setData(pain);
    ChartCard* card = m_cards.value(QStringLiteral("pain"));
    card->setReasons(pain.isEmpty() ? QStringList() : pain.reasons);
    card->setEmptyText(emptyText(!pain.isEmpty(), anything,
                                 tr("No pain reports yet. Rate your knee (0-10) in the journal: during or after a "
                                    "run, on stairs, at rest. Each report becomes a dot here, and a line shows the "
                                    "7-day mean.")));
}

void ProgressPage::drawMileage(const RangeSpan& span, bool anything)
{
    const MileageChartData mileage = m_data->mileage(span);
    m_mileage->setData(mileage, m_data->unit());
    ChartCard* card = m_cards.value(QStringLiteral("mileage"));
    card->setReasons(mileage.isEmpty() ? QStringList() : mileage.reasons + mileage.loadReasons);
    card->setEmptyText(emptyText(!mileage.isEmpty(), anything,
                                 tr("No runs yet. Log your runs (or a week's total distance) in the journal to see "
                                    "each week beside the guide's 10% guideline and single runs against your longest "
                                    "of the last 30 days.")));
}

void ProgressPage::drawAdherence(const RangeSpan& span, bool anything)
{
    const AdherenceChartData adherence = m_data->adherence(span);
    m_adherence->setData(adherence);
    ChartCard* card = m_cards.value(QStringLiteral("adherence"));
    card->setReasons(adherence.isEmpty() ? QStringList() : adherence.reasons);
    card->setEmptyText(emptyText(!adherence.isEmpty(), anything,
                                 tr("No sessions done yet. Finish a guided stretching or strength session and every "
                                    "day you do one is marked here.")));
}

void ProgressPage::drawFlexibility(const RangeSpan& span, bool anything)
{
    const FlexChartData flex = m_data->flexibility(span);
    m_flexibility->setData(flex);
    ChartCard* card = m_cards.value(QStringLiteral("flexibility"));
    card->setReasons(flex.isEmpty() ? QStringList() : flex.reasons);
    card->setEmptyText(emptyText(!flex.isEmpty(), anything,
                                 tr("No flexibility checks yet. Do the weekly self-tests (knee-to-wall, sit and "
                                    "reach and the others) on both legs and log them: left and right show as two "
                                    "lines per test.")));
}

void ProgressPage::drawPainMileage(const RangeSpan& span, bool anything)
{
    const PainMileageData painMileage = m_data->painAgainstMileage(span);
    m_painMileage->setData(painMileage, m_data->unit());
    ChartCard* card = m_cards.value(QStringLiteral("painMileage"));
    card->setReasons(painMileage.isEmpty() ? QStringList() : painMileage.reasons);
    card->setEmptyText(emptyText(!painMileage.isEmpty(), anything,
                                 tr("This chart needs both runs and pain reports: log them for a few weeks and each "
                                    "week becomes a dot, its distance against its mean pain.")));
}

void ProgressPage::drawFunction(const RangeSpan& span)
{
    const ProgressRecords& records = m_source->records();
    const PsfsSummary function = summarizePsfs(records.psfsActivities, records.psfsScores, span.from, span.to);
    m_function->setData(function, span);
    ChartCard* card = m_cards.value(QStringLiteral("function"));
    card->setReasons(describePsfs(function));
    card->setEmptyText(emptyText(!function.isEmpty(), !records.psfsScores.isEmpty(),
                                 tr("No function score yet. The weekly check-in asks you to name 3 to 5 activities "
                                    "the knee makes hard and rate each from 0 to 10; every round becomes a point "
                                    "here, with the average as a bold line.")));
}

void ProgressPage::drawCadence(const RangeSpan& span, bool anything)
{
    const CadenceChartData cadence = cadenceChartData(m_source->records().runs, span);
    m_cadence->setData(cadence);
    ChartCard* card = m_cards.value(QStringLiteral("cadence"));
    card->setReasons(cadence.reasons);
    if (cadence.isEmpty() && cadence.summary.runsWithout > 0) {
        card->setEmptyText(tr("No run in this range has a step rate: %n run(s), typed by hand or from a file "
                              "without one. Runs imported from a watch or phone app usually carry one.",
                              nullptr, cadence.summary.runsWithout));
        return;
    }
    card->setEmptyText(emptyText(!cadence.isEmpty(), anything,
                                 tr("No step rate yet. Runs imported from a watch or phone app (File > Import > Runs "
                                    "from a watch or app) carry their average steps per minute; each becomes a dot "
                                    "here, against your own usual rate.")));
}

} // namespace patella
