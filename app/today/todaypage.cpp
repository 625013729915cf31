#include "app/today/todaypage.h"

#include "app/presentation/sessiondoses.h"
#include "app/today/journalerrorbanner.h"
#include "app/today/painquicklog.h"
#include "app/ui/appcontext.h"
#include "app/ui/formatting.h"
#include "app/ui/pagetitle.h"
#include "app/ui/theme.h"
#include "core/catalog/catalog.h"
#include "core/catalog/customplan.h"
#include "core/catalog/planner.h"
#include "core/catalog/programme.h"
#include "core/insights/insights.h"
#include "core/insights/pain.h"
#include "core/insights/referrals.h"
#include "core/model/clock.h"
#include "core/model/preferences.h"
#include "core/model/recordnames.h"
#include "core/session/sessionplan.h"
#include "core/store/journalstore.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace patella {
namespace {

constexpr int kHistoryDays = 70; // enough for the insights' 28-day, three-week and two-week windows
constexpr int kDayCheckMs = 60 * 1000;
constexpr int kBusyRetryMs = 500;

QLabel* wrapped(const QString& text, QWidget* parent, bool muted = false)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (muted)
        label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QFont scaled(const QFont& base, double factor, QFont::Weight weight)
{
    QFont font = base;
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setWeight(weight);
    return font;
}

} // namespace

TodayPage::TodayPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("todayPage"));
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(32, 28, 32, 28);
    column->setSpacing(14);
    column->addWidget(ui::pageTitle(tr("Today"), content));
    m_subtitle = new QLabel(content);
    m_subtitle->setObjectName(QStringLiteral("todaySubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_subtitle);
    m_journalError = new JournalErrorBanner(m_context.store, content);
    column->addWidget(m_journalError);
    m_welcome = wrapped(tr("Welcome to Patella. Start with today's daily knee mobility: about ten calm minutes of "
                           "stretching. Log how your knee feels on stairs, when sitting long or when running, a "
                           "few times a week, so the charts can show the trend. If your recovery started before "
                           "today, set its start date in Settings so the programme is in the right week."),
                        content);
    m_welcome->setObjectName(QStringLiteral("todayWelcome"));
    column->addWidget(m_welcome);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(14);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto* left = new QVBoxLayout;
    left->setSpacing(14);
    left->addWidget(card(tr("Your plan for today"), m_plan, QStringLiteral("planCard")));
    auto* alertsCard = card(tr("Alerts"), m_alerts, QStringLiteral("alertsCard"));
    left->addWidget(alertsCard);
    left->addStretch();

    auto* right = new QVBoxLayout;
    right->setSpacing(14);
    m_settledCard = card(tr("Has it settled?"), m_settled, QStringLiteral("settledCard"));
    right->addWidget(m_settledCard);
    m_morningCard = card(tr("This morning"), m_morning, QStringLiteral("morningCard"));
    right->addWidget(m_morningCard);
    QVBoxLayout* painBody = nullptr;
    right->addWidget(card(tr("How is your knee?"), painBody, QStringLiteral("painCard")));
    m_painLog = new PainQuickLog(m_context.preferences);
    painBody->addWidget(m_painLog);
    right->addWidget(card(tr("This week"), m_week, QStringLiteral("weekCard")));
    right->addWidget(card(tr("Habit of the day"), m_habit, QStringLiteral("habitCard")));
    right->addStretch();

    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    column->addLayout(grid);
    column->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_painLog, &PainQuickLog::saveRequested, this, &TodayPage::savePain);
    connect(&m_context.store, &JournalStore::changed, this,
            [this] { QTimer::singleShot(0, this, &TodayPage::refresh); });
    connect(&m_context.preferences, &Preferences::changed, this, &TodayPage::refresh);
    auto* dayCheck = new QTimer(this);
    connect(dayCheck, &QTimer::timeout, this, [this] {
        if (m_context.today() != m_shownDay || (m_settledDue.isValid() && m_context.clock.now() >= m_settledDue))
            refresh();
    });
    dayCheck->start(kDayCheckMs);
    refresh();
}

QWidget* TodayPage::card(const QString& title, QVBoxLayout*& body, const QString& objectName)
{
    auto* frame = new QFrame;
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 14);
    auto* heading = new QLabel(title, frame);
    heading->setFont(scaled(heading->font(), 1.15, QFont::DemiBold));
    layout->addWidget(heading);
    body = new QVBoxLayout;
    body->setSpacing(8);
    layout->addLayout(body);
    return frame;
}

void TodayPage::clear(QVBoxLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        else if (QLayout* l = item->layout()) {
            while (QLayoutItem* inner = l->takeAt(0)) {
                if (QWidget* iw = inner->widget())
                    iw->deleteLater();
                delete inner;
            }
        }
        delete item;
    }
}

TodayPage::History TodayPage::readHistory() const
{
    History h;
    InsightInputs& in = h.records;
    const DateRange range {m_shownDay.addDays(-kHistoryDays), m_shownDay};
    if (auto r = m_context.store.list<Run>(range))
        in.runs = r.value();
    if (auto r = m_context.store.list<WeeklyTotal>(range))
        in.weeklyTotals = r.value();
    if (auto r = m_context.store.list<PainEntry>(range))
        in.pain = r.value();
    if (auto r = m_context.store.list<SessionRecord>(range))
        in.sessions = r.value();
    if (auto r = m_context.store.list<Shoe>())
        in.shoes = r.value();
    if (auto r = m_context.store.list<CheckIn>(range))
        in.checkIns = r.value();
    if (auto r = m_context.store.list<MorningCheck>(range))
        h.mornings = r.value();
    in.mornings = h.mornings;

    h.status = programmeStatus(m_shownDay, m_context.preferences.programmeStart(),
                               PainSources {in.pain, in.runs, in.sessions, in.checkIns});
    h.phase = h.status.phase;
    auto activities = m_context.store.list<PsfsActivity>();
    auto scores = m_context.store.list<PsfsScore>(DateRange {QDate(), m_shownDay});
    if (activities && scores)
        h.functionMove = psfsMove(summarizePsfs(activities.value(), scores.value()), m_shownDay);
    return h;
}

void TodayPage::refresh()
{
    m_shownDay = m_context.today();
    const History history = readHistory();
    const InsightInputs& in = history.records;
    // A journal that could not be read is not an empty one: the banner says what failed, no welcome.
    m_journalError->showFault();
    m_welcome->setVisible(!m_context.store.readFault() && in.sessions.isEmpty() && in.pain.isEmpty()
                          && in.runs.isEmpty());

    m_subtitle->setText(tr("%1 · week %2 of your programme · %3")
                            .arg(fmt::longDate(m_shownDay))
                            .arg(history.status.week)
                            .arg(displayName(history.phase)));

    fillPlan(history);
    fillAlerts(history);
    fillMorning(history);
    fillSettled(history);
    fillWeek(history);
    fillHabit();
    orderTabs();
}

void TodayPage::orderTabs()
{
    // The plan's and the alerts' buttons are made on every refresh, so they would come last in the Tab order;
    // put them back in reading order: the left column's cards, then the right column's.
    QWidget* previous = nullptr;
    for (const char* name :
         {"planCard", "alertsCard", "settledCard", "morningCard", "painCard", "weekCard", "habitCard"}) {
        auto* cardFrame = findChild<QWidget*>(QString::fromLatin1(name));
        if (!cardFrame)
            continue;
        for (QWidget* w : cardFrame->findChildren<QWidget*>()) {
            if (w->focusPolicy() == Qt::NoFocus || w->focusProxy() || !w->isVisibleTo(cardFrame))
                continue;
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
    }
}

void TodayPage::fillPlan(const History& history)
{
    const QList<SessionRecord>& sessions = history.records.sessions;
    clear(m_plan);
    PlannerInput input;
    input.today = m_shownDay;
    input.programmeStart = m_context.preferences.programmeStart();
    input.sessions = asPlannerSessions(sessions, m_context.catalog);
    input.runs = history.records.runs;
    input.pain = history.records.pain;
    input.checkIns = history.records.checkIns;
    if (const Exercise* groundwork = m_context.catalog.exercise(kGroundworkId))
        input.hardestStrength = hardestStrengthGate(*groundwork, sessions, m_shownDay);
    const DayPlan plan = withCustomRoutines(planToday(input), m_context.catalog);

    // The same doses, and so the same minutes, as the Session page will play.
    const Result<SessionDoses> doses = SessionDoses::load(m_context.store, m_shownDay);

    QHash<QString, int> doneToday;
    for (const SessionRecord& s : sessions) {
        if (s.localDate == m_shownDay && s.outcome == SessionOutcome::Completed)
            ++doneToday[s.routineId];
    }

    for (const PlanItem& item : plan.items) {
        const Routine* routine = m_context.catalog.routine(item.routineId);
        if (!routine)
            continue;
        auto* row = new QHBoxLayout;
        auto* text = new QVBoxLayout;
        const auto items = doses ? doses.value().routineItems(m_context.catalog, item.routineId)
                                 : SessionDoses().routineItems(m_context.catalog, item.routineId);
        const qint64 ms = items ? plannedDurationMs(items.value()) : 0;
        const int minutes = qMax(1, int((ms + 30000) / 60000));
        auto* name = new QLabel(tr("%1 · about %n min", nullptr, minutes).arg(routine->name));
        name->setFont(scaled(name->font(), 1.05, QFont::DemiBold));
        text->addWidget(name);
        text->addWidget(wrapped(item.reason, nullptr, true));
        row->addLayout(text, 1);
        const bool done = doneToday.value(item.routineId) > 0;
        if (done) {
            --doneToday[item.routineId];
            auto* tick = new QLabel(tr("Done ✓"));
            QPalette pal = tick->palette();
            pal.setColor(QPalette::WindowText, theme::accent(palette()));
            tick->setPalette(pal);
            row->addWidget(tick);
        } else {
            auto* startButton = new QPushButton(item.optional ? tr("Start (optional)") : tr("Start"));
            startButton->setObjectName(QStringLiteral("start-") + item.routineId);
            startButton->setMinimumHeight(34);
            const QString id = item.routineId;
            connect(startButton, &QPushButton::clicked, this, [this, id] { emit startRoutineRequested(id); });
            row->addWidget(startButton);
        }
        m_plan->addLayout(row);
    }
    if (plan.items.isEmpty())
        m_plan->addWidget(wrapped(tr("Nothing planned today: a rest day. Rest is part of training."), nullptr));
    for (const QString& note : plan.notes) {
        auto* label = wrapped(note, nullptr, true);
        label->setObjectName(QStringLiteral("planNote"));
        m_plan->addWidget(label);
    }

    if (m_shownDay.dayOfWeek() == m_context.preferences.checkInDay()) {
        const QDate thisWeek = isoWeekStart(m_shownDay);
        const bool checkedIn = std::any_of(history.records.checkIns.cbegin(), history.records.checkIns.cend(),
                                           [thisWeek](const CheckIn& c) { return c.weekStart == thisWeek; });
        if (!checkedIn) {
            auto* row = new QHBoxLayout;
            row->addWidget(wrapped(tr("It is check-in day: note this week's pain, flexibility and mileage."), nullptr),
                           1);
            auto* button = new QPushButton(tr("Weekly check-in"));
            button->setObjectName(QStringLiteral("todayCheckIn"));
            connect(button, &QPushButton::clicked, this, &TodayPage::checkInRequested);
            row->addWidget(button);
            m_plan->addLayout(row);
        }
    }
}

void TodayPage::fillAlerts(const History& history)
{
    clear(m_alerts);
    const InsightInputs& in = history.records;
    const Insights insights(in, m_shownDay, m_context.preferences.distanceUnit(), weeklySessionTarget(history.phase));
    const QList<Insight> alerts = insights.currentAlerts();
    for (const Insight& alert : alerts) {
        auto* frame = new QFrame;
        frame->setObjectName(QStringLiteral("alert-") + alert.kindId());
        const QColor colour = alert.severity == Severity::SeePhysio ? theme::danger(palette())
            : alert.severity == Severity::Caution                   ? theme::warning(palette())
                                                                    : theme::accent(palette());
        auto* outer = new QHBoxLayout(frame);
        outer->setContentsMargins(0, 2, 0, 2);
        auto* bar = new QFrame(frame);
        bar->setFixedWidth(4);
        bar->setStyleSheet(QStringLiteral("background-color: %1; border-radius: 2px;").arg(colour.name()));
        outer->addWidget(bar);
        auto* layout = new QVBoxLayout;
        layout->setContentsMargins(6, 0, 0, 0);
        outer->addLayout(layout, 1);
        auto* title = new QLabel(alert.title, frame);
        title->setFont(scaled(title->font(), 1.0, QFont::DemiBold));
        layout->addWidget(title);
        layout->addWidget(wrapped(alert.reason(), frame));
        if (!alert.help.isEmpty()) {
            auto* more = new QPushButton(tr("Why?"), frame);
            more->setFlat(true);
            more->setCursor(Qt::PointingHandCursor);
            const QString help = alert.help;
            const QString heading = alert.title;
            connect(more, &QPushButton::clicked, this,
                    [this, help, heading] { QMessageBox::information(this, heading, help); });
            auto* row = new QHBoxLayout;
            row->addStretch();
            row->addWidget(more);
            layout->addLayout(row);
        }
        m_alerts->addWidget(frame);
    }
    if (alerts.isEmpty())
        m_alerts->addWidget(wrapped(in.runs.isEmpty() && in.pain.isEmpty()
                                        ? tr("Nothing to watch yet. Alerts appear here once you log runs and pain: "
                                             "mileage rising too fast, pain that jumps or will not settle, shoes near "
                                             "their limit.")
                                        : tr("No alerts: mileage, pain and shoes all look steady."),
                                    nullptr, true));
}

void TodayPage::fillMorning(const History& history)
{
    clear(m_morning);
    // The question is about yesterday's training that ended last (core decides which).
    m_morningAbout = morningQuestion(history.records.sessions, history.records.runs, m_shownDay);
    QString what = tr("yesterday's training");
    if (m_morningAbout && m_morningAbout->sessionId) {
        for (const SessionRecord& s : history.records.sessions) {
            if (s.id != *m_morningAbout->sessionId)
                continue;
            const Routine* routine = m_context.catalog.routine(s.routineId);
            what = tr("yesterday's %1 at %2").arg(routine ? routine->name : s.routineId, fmt::time(s.start));
        }
    } else if (m_morningAbout && m_morningAbout->runId) {
        for (const Run& r : history.records.runs) {
            if (r.id == *m_morningAbout->runId)
                what = tr("yesterday's %1 run")
                           .arg(fmt::distance(r.distanceMetres, m_context.preferences.distanceUnit()));
        }
    }
    std::optional<MorningCheck> answer;
    for (const MorningCheck& m : history.mornings) {
        if (m.date == m_shownDay)
            answer = m;
    }
    m_morningCard->setVisible(m_morningAbout.has_value() || answer.has_value());
    if (answer) {
        const bool worse = answer->worse;
        m_morning->addWidget(wrapped(worse
                                         ? tr("You said the knee is worse than yesterday morning: yesterday's training "
                                              "was more than it could take, so the doses step back. %1 such "
                                              "mornings in %2 days are a reason to see a physiotherapist.")
                                               .arg(kWorseMorningsToRefer)
                                               .arg(kWorseMorningsWindowDays)
                                         : tr("Thanks: the knee is no worse than yesterday morning."),
                                     nullptr, !worse));
        return;
    }
    m_morning->addWidget(wrapped(tr("After %1, is your knee worse than it was yesterday morning?").arg(what), nullptr));
    auto* row = new QHBoxLayout;
    auto* worse = new QPushButton(tr("Worse"));
    worse->setObjectName(QStringLiteral("morningWorse"));
    auto* fine = new QPushButton(tr("Same or better"));
    fine->setObjectName(QStringLiteral("morningFine"));
    connect(worse, &QPushButton::clicked, this, [this] { answerMorning(true); });
    connect(fine, &QPushButton::clicked, this, [this] { answerMorning(false); });
    row->addWidget(worse);
    row->addWidget(fine);
    row->addStretch();
    m_morning->addLayout(row);
}

void TodayPage::fillSettled(const History& history)
{
    clear(m_settled);
    const SettleQuestion settle
        = settleQuestion(history.records.sessions, history.records.pain, m_shownDay, m_context.clock.now());
    m_settledDue = settle.nextDue;
    const SessionRecord* asking = nullptr;
    for (const SessionRecord& s : history.records.sessions) {
        if (settle.ask && s.id == *settle.ask)
            asking = &s;
    }
    m_settledCard->setVisible(asking || settle.notSettled);
    if (!asking) {
        if (settle.notSettled)
            m_settled->addWidget(wrapped(tr("You said the pain had not settled: that session was more than the knee "
                                            "could take today, so its doses step back next time. If pain stays up "
                                            "for the rest of the day or keeps coming back, see a physiotherapist."),
                                         nullptr));
        return;
    }
    const Routine* routine = m_context.catalog.routine(asking->routineId);
    const int worst = sessionWorstPain(*asking, history.records.pain).value_or(0);
    auto* question = wrapped(tr("Your %1 at %2 ended with pain of %3, in the acceptable band. It stays acceptable "
                                "only if %4. Has it settled back to your usual level?")
                                 .arg(routine ? routine->name : asking->routineId, fmt::time(asking->start))
                                 .arg(worst)
                                 .arg(bandConditions(PainBand::Acceptable)),
                             nullptr);
    question->setObjectName(QStringLiteral("settledQuestion"));
    m_settled->addWidget(question);
    auto* row = new QHBoxLayout;
    auto* yes = new QPushButton(tr("Yes, it has settled"));
    yes->setObjectName(QStringLiteral("settledYes"));
    auto* no = new QPushButton(tr("No, it still hurts more"));
    no->setObjectName(QStringLiteral("settledNo"));
    const RecordId id = asking->id;
    connect(yes, &QPushButton::clicked, this, [this, id] { answerSettled(id, true); });
    connect(no, &QPushButton::clicked, this, [this, id] { answerSettled(id, false); });
    row->addWidget(yes);
    row->addWidget(no);
    row->addStretch();
    m_settled->addLayout(row);
}

void TodayPage::fillWeek(const History& history)
{
    clear(m_week);
    const Adherence a = adherence(history.records.sessions, m_shownDay, weeklySessionTarget(history.phase), 4);
    if (!a.weeks.isEmpty())
        m_week->addWidget(wrapped(describeWeek(a.weeks.constLast()), nullptr));
    auto* streak = wrapped(describeStreak(a.streakDays), nullptr);
    streak->setObjectName(QStringLiteral("streak"));
    m_week->addWidget(streak);
    m_week->addWidget(wrapped(describeExpectation(a.consistentWeeks), nullptr, true));
    if (history.functionMove) {
        auto* moved = wrapped(describePsfsMove(*history.functionMove), nullptr);
        moved->setObjectName(QStringLiteral("functionScoreMove"));
        m_week->addWidget(moved);
    }
}

void TodayPage::fillHabit()
{
    clear(m_habit);
    const QList<Habit>& habits = m_context.catalog.habits();
    if (habits.isEmpty())
        return;
    const Habit& habit = habits.at(static_cast<int>(m_shownDay.toJulianDay() % habits.size()));
    auto* title = new QLabel(habit.title);
    title->setObjectName(QStringLiteral("habitTitle"));
    title->setFont(scaled(title->font(), 1.0, QFont::DemiBold));
    title->setWordWrap(true);
    m_habit->addWidget(title);
    m_habit->addWidget(wrapped(habit.why, nullptr));
    m_habit->addWidget(wrapped(habit.howPatellaHelps, nullptr, true));
}

void TodayPage::savePain(int score, PainSituation situation, Side side)
{
    PainEntry entry;
    entry.at = m_context.clock.now().toUTC();
    entry.localDate = m_context.today();
    entry.score = score;
    entry.situation = situation;
    entry.side = side;
    const auto saved = m_context.store.add(entry);
    // Another program holds the journal: the store gave up after a moment, so the window never froze.
    // Say that it waits, and try again for a while.
    if (!saved && storeFault(saved.error()) == StoreFault::Busy && m_busyRetries < kBusyRetries) {
        ++m_busyRetries;
        m_painLog->showResult(tr("The journal is in use by another program; waiting to save…"), false);
        QTimer::singleShot(kBusyRetryMs, this, [this, score, situation, side] { savePain(score, situation, side); });
        return;
    }
    m_busyRetries = 0;
    if (!saved) {
        m_painLog->showResult(saved.error().text(), false);
        return;
    }
    m_painLog->reset();
    m_painLog->showResult(
        tr("Saved: %1 (%2) at %3.").arg(fmt::pain(score), situationName(situation), fmt::time(entry.at)), true);
}

void TodayPage::answerMorning(bool worse)
{
    MorningCheck check = m_morningAbout.value_or(MorningCheck {});
    check.date = m_context.today();
    check.worse = worse;
    const auto saved = m_context.store.add(check);
    if (!saved)
        QMessageBox::warning(this, tr("Not saved"), saved.error().text());
}

void TodayPage::answerSettled(RecordId sessionId, bool settled)
{
    auto session = m_context.store.get<SessionRecord>(sessionId);
    if (!session) {
        QMessageBox::warning(this, tr("Not saved"), session.error().text());
        return;
    }
    SessionRecord answered = session.value();
    answered.settled = settled;
    if (const auto saved = m_context.store.update(answered); !saved)
        QMessageBox::warning(this, tr("Not saved"), saved.error().text());
}

} // namespace patella
