#include "app/journal/journalpage.h"

#include "app/journal/checkinwizard.h"
#include "app/journal/flexdialog.h"
#include "app/journal/flexmodel.h"
#include "app/journal/journalproxy.h"
#include "app/journal/journaltext.h"
#include "app/journal/paindialog.h"
#include "app/journal/painmodel.h"
#include "app/journal/recordtab.h"
#include "app/journal/rundialog.h"
#include "app/journal/runmodel.h"
#include "app/journal/sessiondialog.h"
#include "app/journal/sessionmodel.h"
#include "app/journal/shoedialog.h"
#include "app/journal/shoemodel.h"
#include "app/journal/weeklytotaldialog.h"
#include "app/journal/weeklytotalmodel.h"
#include "app/ui/appcontext.h"
#include "app/ui/formatting.h"
#include "app/ui/pagetitle.h"
#include "core/model/clock.h"
#include "core/model/preferences.h"
#include "core/model/recordnames.h"
#include "core/store/journalstore.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace patella {

JournalPage::JournalPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ids(std::make_shared<RecordIds>())
{
    setObjectName(QStringLiteral("journalPage"));
    m_undo = new QUndoStack(this);
    m_painModel = new PainModel(context.store, this);
    m_runModel = new RunModel(context.store, context.preferences, this);
    m_totalModel = new WeeklyTotalModel(context.store, context.preferences, this);
    m_flexModel = new FlexModel(context.store, this);
    m_sessionModel = new SessionModel(context.store, context.catalog, this);
    m_shoeModel = new ShoeModel(context.store, context.preferences, this);

    m_painTab = new RecordTab(m_painModel, QStringLiteral("pain"), tr("&Log pain…"), this);
    m_flexTab = new RecordTab(m_flexModel, QStringLiteral("flex"), tr("&Log a test…"), this);
    m_sessionTab = new RecordTab(m_sessionModel, QStringLiteral("sessions"), tr("&Log a session…"), this);
    m_shoeTab = new RecordTab(m_shoeModel, QStringLiteral("shoes"), tr("&Add a shoe…"), this);
    m_shoeTab->proxy()->setFilterByDate(false);
    m_sessionTab->setStretchColumn(SessionModel::Routine);
    m_flexTab->setStretchColumn(FlexModel::Test);
    m_shoeTab->view()->sortByColumn(ShoeModel::FirstUse, Qt::DescendingOrder);
    m_shoeTab->setEmptyText(tr("No shoes yet: add a pair to follow its distance."));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("journalTabs"));
    m_tabs->addTab(m_painTab, tr("Pain"));
    m_tabs->addTab(buildRunsTab(), tr("Runs"));
    m_tabs->addTab(m_flexTab, tr("Flexibility"));
    m_tabs->addTab(m_sessionTab, tr("Sessions"));
    m_tabs->addTab(m_shoeTab, tr("Shoes"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("journalStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_checkInBanner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    auto* undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    auto* redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redoAction);
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this,
            [this](const QString& text) { m_undoButton->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(text)); });
    m_undoButton->setEnabled(false);

    connectTabs();
    connect(&context.store, &JournalStore::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::CheckIns || kind == RecordKind::All)
            refreshCheckInOffer();
    });
    connect(&context.preferences, &Preferences::changed, this, &JournalPage::refreshCheckInOffer);
    applyRange();
    refreshCheckInOffer();
}

JournalPage::~JournalPage()
{
    // The undo stack is a child: it is cleared after this destructor has run and would signal into a
    // half-destroyed page.
    disconnect(m_undo, nullptr, this, nullptr);
}

QWidget* JournalPage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(ui::pageTitle(tr("Journal"), header));
    row->addStretch();

    auto* rangeLabel = new QLabel(tr("&Show:"), header);
    m_range = new QComboBox(header);
    m_range->setObjectName(QStringLiteral("rangeFilter"));
    m_range->addItem(tr("Last 4 weeks"), int(JournalProxy::Preset::FourWeeks));
    m_range->addItem(tr("Last 12 weeks"), int(JournalProxy::Preset::TwelveWeeks));
    m_range->addItem(tr("This year"), int(JournalProxy::Preset::ThisYear));
    m_range->addItem(tr("Everything"), int(JournalProxy::Preset::All));
    m_range->setCurrentIndex(1);
    rangeLabel->setBuddy(m_range);
    connect(m_range, &QComboBox::currentIndexChanged, this, &JournalPage::applyRange);
    row->addWidget(rangeLabel);
    row->addWidget(m_range);

    m_undoButton = new QPushButton(tr("Undo"), header);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    row->addWidget(m_undoButton);

    auto* checkIn = new QPushButton(tr("Weekly check-in…"), header);
    checkIn->setObjectName(QStringLiteral("checkInButton"));
    connect(checkIn, &QPushButton::clicked, this, &JournalPage::openCheckIn);
    row->addWidget(checkIn);

    m_checkInBanner = new QFrame(this);
    m_checkInBanner->setObjectName(QStringLiteral("checkInBanner"));
    m_checkInBanner->setFrameShape(QFrame::StyledPanel);
    auto* banner = new QHBoxLayout(m_checkInBanner);
    auto* text = new QLabel(tr("It is your check-in day. A few minutes on this week's pain, flexibility, "
                               "mileage and shoes keeps the trends honest."),
                            m_checkInBanner);
    text->setWordWrap(true);
    banner->addWidget(text, 1);
    auto* start = new QPushButton(tr("Start the check-in"), m_checkInBanner);
    start->setObjectName(QStringLiteral("checkInBannerButton"));
    connect(start, &QPushButton::clicked, this, &JournalPage::openCheckIn);
    banner->addWidget(start);
    return header;
}

QWidget* JournalPage::buildRunsTab()
{
    auto* page = new QWidget(this);
    m_runTab = new RecordTab(m_runModel, QStringLiteral("runs"), tr("&Log a run…"), page);
    m_totalsTab = new RecordTab(m_totalModel, QStringLiteral("weeklyTotals"), tr("Log a &week's total…"), page);
    m_totalsTab->setEmptyText(tr("No weekly totals: log one when you do not record single runs."));
    auto* heading = new QLabel(tr("Weeks logged as one total"), page);
    QFont font = heading->font();
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_runTab, 3);
    layout->addWidget(heading);
    layout->addWidget(m_totalsTab, 1);
    return page;
}

RecordTab* JournalPage::tab(Tab which) const
{
    switch (which) {
    case Tab::Pain:
        return m_painTab;
    case Tab::Runs:
        return m_runTab;
    case Tab::Flexibility:
        return m_flexTab;
    case Tab::Sessions:
        return m_sessionTab;
    case Tab::Shoes:
        return m_shoeTab;
    }
    return nullptr;
}

void JournalPage::showTab(Tab which)
{
    m_tabs->setCurrentIndex(int(which));
}

void JournalPage::connectTabs()
{
    connect(m_painTab, &RecordTab::addRequested, this, &JournalPage::addPain);
    connect(m_painTab, &RecordTab::editRequested, this, &JournalPage::editPain);
    connect(m_painTab, &RecordTab::deleteRequested, this, [this](RecordId id) {
        const int row = m_painModel->rowOf(id);
        if (row < 0)
            return;
        const PainEntry& entry = m_painModel->record(row);
        confirmDelete(entry,
                      tr("the pain entry of %1 (%2, %3)")
                          .arg(fmt::date(entry.localDate), situationName(entry.situation), fmt::pain(entry.score)),
                      tr("pain entry"));
    });
    connect(m_runTab, &RecordTab::addRequested, this, &JournalPage::addRun);
    connect(m_runTab, &RecordTab::editRequested, this, &JournalPage::editRun);
    connect(m_runTab, &RecordTab::deleteRequested, this, [this](RecordId id) {
        const int row = m_runModel->rowOf(id);
        if (row < 0)
            return;
        const Run& run = m_runModel->record(row);
        confirmDelete(run,
                      tr("the run of %1 (%2)")
                          .arg(fmt::date(run.localDate),
                               fmt::distance(run.distanceMetres, m_context.preferences.distanceUnit(), 2)),
                      tr("run"));
    });
    connect(m_totalsTab, &RecordTab::addRequested, this, &JournalPage::addWeeklyTotal);
    connect(m_totalsTab, &RecordTab::editRequested, this, &JournalPage::editWeeklyTotal);
    connect(m_totalsTab, &RecordTab::deleteRequested, this, [this](RecordId id) {
        const int row = m_totalModel->rowOf(id);
        if (row < 0)
            return;
        const WeeklyTotal& total = m_totalModel->record(row);
        confirmDelete(total, tr("the total for the week of %1").arg(fmt::date(total.weekStart)), tr("week's total"));
    });
    connect(m_flexTab, &RecordTab::addRequested, this, &JournalPage::addFlex);
    connect(m_flexTab, &RecordTab::editRequested, this, &JournalPage::editFlex);
    connect(m_flexTab, &RecordTab::deleteRequested, this, [this](RecordId id) {
        const int row = m_flexModel->rowOf(id);
        if (row < 0)
            return;
        const FlexCheck& check = m_flexModel->record(row);
        confirmDelete(check,
                      tr("the %1 result of %2 (%3, %4)")
                          .arg(flexTestName(check.test), fmt::date(check.localDate), sideName(check.side),
                               journaltext::flexValue(check.value, check.unit)),
                      tr("flexibility result"));
    });
    connect(m_sessionTab, &RecordTab::addRequested, this, &JournalPage::addSession);
    connect(m_sessionTab, &RecordTab::editRequested, this, &JournalPage::editSession);
    connect(m_sessionTab, &RecordTab::deleteRequested, this, [this](RecordId id) {
        const int row = m_sessionModel->rowOf(id);
        if (row < 0)
            return;
        const SessionRecord& session = m_sessionModel->record(row);
        confirmDelete(
            session,
            tr("the %1 session of %2")
                .arg(SessionModel::routineName(m_context.catalog, session.routineId), fmt::date(session.localDate)),
            tr("session"));
    });
    connect(m_shoeTab, &RecordTab::addRequested, this, &JournalPage::addShoe);
    connect(m_shoeTab, &RecordTab::editRequested, this, &JournalPage::editShoe);
    connect(m_shoeTab, &RecordTab::deleteRequested, this, [this](RecordId id) {
        const int row = m_shoeModel->rowOf(id);
        if (row < 0)
            return;
        const Shoe& shoe = m_shoeModel->record(row);
        confirmDelete(shoe, tr("the shoe \"%1\" (its runs stay, without a shoe)").arg(shoe.name), tr("shoe"));
    });
}

void JournalPage::applyRange()
{
    const auto preset = JournalProxy::Preset(m_range->currentData().toInt());
    const DateRange range = JournalProxy::presetRange(preset, m_context.clock.today());
    for (RecordTab* each : {m_painTab, m_runTab, m_totalsTab, m_flexTab, m_sessionTab, m_shoeTab})
        each->setRange(range);
}

CommandContext JournalPage::commandContext()
{
    return CommandContext {m_context.store, m_ids, [this](const Error& error) { report(error); }};
}

void JournalPage::report(const Error& error)
{
    say(tr("The journal could not do that: %1").arg(error.text()));
}

void JournalPage::say(const QString& text)
{
    m_status->setText(text);
}

template <typename R, typename Read> void JournalPage::openAdd(RecordDialog* dialog, Read read, const QString& what)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this, read, what]() -> std::optional<Error> {
        R record = read();
        auto added = m_context.store.add(record);
        if (!added)
            return added.error();
        record.id = *added;
        m_undo->push(new AddRecordCommand<R>(commandContext(), record, *added, tr("add %1").arg(what)));
        say(tr("Saved."));
        return std::nullopt;
    });
    dialog->open();
}

template <typename R, typename Read>
void JournalPage::openEdit(RecordDialog* dialog, const R& before, Read read, const QString& what)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this, before, read, what]() -> std::optional<Error> {
        const R after = read();
        if (auto updated = m_context.store.update(after); !updated)
            return updated.error();
        m_undo->push(new EditRecordCommand<R>(commandContext(), before, after, tr("edit %1").arg(what)));
        say(tr("Saved."));
        return std::nullopt;
    });
    dialog->open();
}

template <typename R> void JournalPage::confirmDelete(const R& record, const QString& description, const QString& what)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete?"), tr("Delete %1?").arg(description),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setInformativeText(tr("You can undo this with Ctrl+Z or the Undo button while Patella stays open."));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, record, what](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        const QList<RecordId> linked = DeleteRecordCommand<R>::linkedRecords(m_context.store, record);
        if (auto removed = m_context.store.remove<R>(record.id); !removed)
            return report(removed.error());
        m_undo->push(new DeleteRecordCommand<R>(commandContext(), record, linked, tr("delete %1").arg(what)));
        say(tr("Deleted the %1. Undo (Ctrl+Z) brings it back.").arg(what));
    });
    box->open();
}

void JournalPage::addPain()
{
    PainEntry entry;
    entry.at = m_context.clock.now();
    auto* dialog = new PainDialog(entry, true, m_context.clock.now(), &m_context.preferences, this);
    openAdd<PainEntry>(
        dialog, [dialog] { return dialog->entry(); }, tr("pain entry"));
}

void JournalPage::editPain(RecordId id)
{
    const int row = m_painModel->rowOf(id);
    if (row < 0)
        return;
    const PainEntry before = m_painModel->record(row);
    auto* dialog = new PainDialog(before, false, m_context.clock.now(), &m_context.preferences, this);
    openEdit(
        dialog, before, [dialog] { return dialog->entry(); }, tr("pain entry"));
}

void JournalPage::addRun()
{
    const auto shoes = m_context.store.list<Shoe>();
    Run run;
    // The shoe of the latest run is the likely one.
    if (m_runModel->rowCount() > 0)
        run.shoeId = m_runModel->record(m_runModel->rowCount() - 1).shoeId;
    auto* dialog = new RunDialog(run, true, m_context.clock.now(), m_context.preferences.distanceUnit(),
                                 shoes ? shoes.value() : QList<Shoe> {}, this);
    openAdd<Run>(
        dialog, [dialog] { return dialog->run(); }, tr("run"));
}

void JournalPage::editRun(RecordId id)
{
    const int row = m_runModel->rowOf(id);
    if (row < 0)
        return;
    const Run before = m_runModel->record(row);
    const auto shoes = m_context.store.list<Shoe>();
    auto* dialog = new RunDialog(before, false, m_context.clock.now(), m_context.preferences.distanceUnit(),
                                 shoes ? shoes.value() : QList<Shoe> {}, this);
    openEdit(
        dialog, before, [dialog] { return dialog->run(); }, tr("run"));
}

void JournalPage::addWeeklyTotal()
{
    auto* dialog = new WeeklyTotalDialog(WeeklyTotal {}, true, m_context.clock.today(),
                                         m_context.preferences.distanceUnit(), this);
    openAdd<WeeklyTotal>(
        dialog, [dialog] { return dialog->total(); }, tr("week's total"));
}

void JournalPage::editWeeklyTotal(RecordId id)
{
    const int row = m_totalModel->rowOf(id);
    if (row < 0)
        return;
    const WeeklyTotal before = m_totalModel->record(row);
    auto* dialog
        = new WeeklyTotalDialog(before, false, m_context.clock.today(), m_context.preferences.distanceUnit(), this);
    openEdit(
        dialog, before, [dialog] { return dialog->total(); }, tr("week's total"));
}

void JournalPage::addFlex()
{
    FlexCheck check;
    check.at = m_context.clock.now();
    check.localDate = m_context.clock.today();
    auto* dialog = new FlexDialog(check, true, m_context.clock.now(), this);
    openAdd<FlexCheck>(
        dialog, [dialog] { return dialog->flexCheck(); }, tr("flexibility result"));
}

void JournalPage::editFlex(RecordId id)
{
    const int row = m_flexModel->rowOf(id);
    if (row < 0)
        return;
    const FlexCheck before = m_flexModel->record(row);
    auto* dialog = new FlexDialog(before, false, m_context.clock.now(), this);
    openEdit(
        dialog, before, [dialog] { return dialog->flexCheck(); }, tr("flexibility result"));
}

void JournalPage::addSession()
{
    auto* dialog = new SessionDialog(SessionRecord {}, true, m_context.clock.now(), m_context.catalog, this);
    openAdd<SessionRecord>(
        dialog, [dialog] { return dialog->session(); }, tr("session"));
}

void JournalPage::editSession(RecordId id)
{
    const int row = m_sessionModel->rowOf(id);
    if (row < 0)
        return;
    const SessionRecord before = m_sessionModel->record(row);
    auto* dialog = new SessionDialog(before, false, m_context.clock.now(), m_context.catalog, this);
    openEdit(
        dialog, before, [dialog] { return dialog->session(); }, tr("session"));
}

void JournalPage::addShoe()
{
    auto* dialog = new ShoeDialog(Shoe {}, true, m_context.clock.today(), m_context.preferences.distanceUnit(), this);
    openAdd<Shoe>(
        dialog, [dialog] { return dialog->shoe(); }, tr("shoe"));
}

void JournalPage::editShoe(RecordId id)
{
    const int row = m_shoeModel->rowOf(id);
    if (row < 0)
        return;
    const Shoe before = m_shoeModel->record(row);
    auto* dialog = new ShoeDialog(before, false, m_context.clock.today(), m_context.preferences.distanceUnit(), this);
    openEdit(
        dialog, before, [dialog] { return dialog->shoe(); }, tr("shoe"));
}

bool JournalPage::checkInDue() const
{
    const QDate today = m_context.clock.today();
    if (today.dayOfWeek() != int(m_context.preferences.checkInDay()))
        return false;
    const QDate monday = isoWeekStart(today);
    const auto existing = m_context.store.list<CheckIn>(DateRange {monday, monday});
    return existing && existing.value().isEmpty();
}

void JournalPage::refreshCheckInOffer()
{
    m_checkInBanner->setVisible(checkInDue());
}

void JournalPage::openCheckIn()
{
    if (auto* open = findChild<CheckInWizard*>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* wizard = new CheckInWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CheckInWizard::saved, this, [this] {
        say(tr("Check-in saved."));
        emit checkInSaved();
    });
    wizard->open();
}

} // namespace patella
