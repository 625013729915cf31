#include "core/store/demojournal.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace patella {
namespace {

// splitmix64: tiny, and the same numbers everywhere.
class Random final
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    double between(double low, double high) { return low + (high - low) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    double noise(double spread) { return (uniform() + uniform() + uniform() - 1.5) * spread / 1.5; }

private:
    quint64 m_state;
};

int clampPain(double value)
{
    return std::clamp(int(std::lround(value)), 0, 10);
}

class DemoBuilder final
{
public:
    DemoBuilder(const DemoJournalOptions& options, RecordId olderShoe, RecordId newerShoe)
        : m_options(options)
        , m_random(options.seed)
        , m_olderShoe(olderShoe)
        , m_newerShoe(newerShoe)
    {
        m_firstMonday = isoWeekStart(options.endDate).addDays(-7 * (options.weeks - 1));
        m_days = int(m_firstMonday.daysTo(options.endDate)) + 1;
        m_flareStart = m_firstMonday.addDays(7 * kJumpWeek + 2);
    }

    JournalBatch build()
    {
        planWeeks();
        for (int day = 0; day < m_days; ++day)
            buildDay(day);
        buildWeeklies();
        return m_batch;
    }

private:
    static constexpr int kJumpWeek = 7; // the week the mileage jumps past the 10% rule

    QDateTime at(QDate date, int hour, int minute) const
    {
        return QDateTime(date, QTime(hour, minute), m_options.zone).toUTC();
    }

    double progress(int day) const { return m_days > 1 ? double(day) / double(m_days - 1) : 1.0; }

    // The knee's underlying pain that day: falling, with a flare-up after the mileage jump.
    double painLevel(int day) const
    {
        double level = 5.0 - 3.6 * progress(day);
        const qint64 sinceFlare = m_flareStart.daysTo(m_firstMonday.addDays(day));
        if (sinceFlare >= 0 && sinceFlare < 8)
            level += 3.0 * std::exp(-double(sinceFlare) / 3.0);
        return level;
    }

    void planWeeks()
    {
        double km = 12.0;
        for (int week = 0; week < m_options.weeks; ++week) {
            if (week == kJumpWeek)
                km *= 1.24; // over the 10% rule
            else if (week == kJumpWeek + 1)
                km *= 0.65; // backing off during the flare-up
            else if (week > 0)
                km *= 1.0 + m_random.between(0.05, 0.09);
            m_weekKm.append(km);
        }
    }

    void addPain(QDate date, int hour, int minute, double level, PainSituation situation, const QString& note = {})
    {
        PainEntry entry;
        entry.at = at(date, hour, minute);
        entry.localDate = date;
        entry.score = clampPain(level + m_random.noise(1.2));
        entry.situation = situation;
        entry.side = painLevel(int(m_firstMonday.daysTo(date))) > 4.5 ? Side::Both : Side::Right;
        entry.note = note;
        m_batch.painEntries.append(entry);
    }

    SessionItem hold(const char* exercise, Side side, int set, int part, int seconds, double skipChance)
    {
        SessionItem item;
        item.exerciseId = QString::fromLatin1(exercise);
        item.side = side;
        item.set = set;
        item.part = part;
        item.plannedSeconds = seconds;
        item.skipped = m_random.chance(skipChance);
        item.actualSeconds = item.skipped ? 0 : seconds - int(m_random.between(0, 4));
        return item;
    }

    SessionItem reps(const char* exercise, int set, int count, double skipChance)
    {
        SessionItem item;
        item.exerciseId = QString::fromLatin1(exercise);
        item.side = Side::Both;
        item.set = set;
        item.plannedReps = count;
        item.skipped = m_random.chance(skipChance);
        item.actualReps = item.skipped ? 0 : count - int(m_random.between(0, 3));
        item.plannedSeconds = count * 3;
        item.actualSeconds = item.actualReps * 3;
        return item;
    }

    void addSession(const char* routine, QDateTime start, QList<SessionItem> items, double level)
    {
        SessionRecord session;
        session.routineId = QString::fromLatin1(routine);
        session.start = start;
        session.localDate = start.toTimeZone(m_options.zone).date();
        // Now and then a session is stopped early: the rest of its items are skipped.
        if (m_random.chance(0.06)) {
            session.outcome = SessionOutcome::Interrupted;
            for (qsizetype i = items.size() / 2; i < items.size(); ++i) {
                items[i].skipped = true;
                items[i].actualSeconds = 0;
                items[i].actualReps = 0;
            }
        }
        int seconds = 0;
        for (const SessionItem& item : items)
            seconds += item.actualSeconds + 10;
        if (!items.isEmpty() && !items.constLast().skipped)
            items.last().pain = clampPain(level - 0.5 + m_random.noise(1.0));
        session.items = items;
        session.end = start.addSecs(seconds);
        m_batch.sessions.append(session);
    }

    QList<SessionItem> mobilityItems()
    {
        QList<SessionItem> items;
        for (int set = 1; set <= 2; ++set) {
            items.append(hold("standing-quad-stretch", Side::Left, set, 0, 30, 0.03));
            items.append(hold("standing-quad-stretch", Side::Right, set, 0, 30, 0.03));
        }
        for (Side side : {Side::Left, Side::Right}) {
            items.append(hold("calf-wall-stretch", side, 1, 0, 20, 0.03)); // straight knee
            items.append(hold("calf-wall-stretch", side, 1, 1, 20, 0.03)); // bent knee
        }
        for (int set = 1; set <= 2; ++set)
            items.append(reps("glute-bridge", set, 12, 0.05));
        return items;
    }

    QList<SessionItem> postRunItems()
    {
        QList<SessionItem> items;
        for (Side side : {Side::Left, Side::Right}) {
            items.append(hold("standing-quad-stretch", side, 1, 0, 30, 0.05));
            items.append(hold("calf-wall-stretch", side, 1, 0, 20, 0.05));
            items.append(hold("calf-wall-stretch", side, 1, 1, 20, 0.05));
        }
        return items;
    }

    QList<SessionItem> strengthItems(int day)
    {
        QList<SessionItem> items;
        const int count = 10 + int(5.0 * progress(day));
        for (int set = 1; set <= 3; ++set)
            items.append(reps("glute-bridge", set, count, 0.04));
        return items;
    }

    // Shares of the week's distance by weekday (Monday = 1); a fourth, short run from week five on.
    double runShare(int week, int weekday) const
    {
        const bool fourRuns = week >= 4;
        switch (weekday) {
        case Qt::Tuesday:
        case Qt::Thursday:
            return fourRuns ? 0.25 : 0.30;
        case Qt::Saturday:
            return fourRuns ? 0.15 : 0.0;
        case Qt::Sunday:
            return fourRuns ? 0.35 : 0.40;
        default:
            return 0.0;
        }
    }

    // Runs the watch recorded: the file's extra figures, and a step rate that starts near 162 per minute and
    // climbs about 6% in the second half as the runner tries a slightly quicker step (the step-rate advice).
    // Its wobble is a function of the day, so the random stream (and everything else) stays as it was.
    void fromWatch(Run& run, int day) const
    {
        run.source = RunSource::Import;
        run.externalId = QStringLiteral("demo-watch-") + run.localDate.toString(QStringLiteral("yyyyMMdd"));
        run.device = QStringLiteral("Demo watch");
        run.distanceSource = QStringLiteral("device");
        run.movingSeconds = run.durationSeconds;
        run.elapsedSeconds = run.durationSeconds + 60 + (day * 37) % 180;
        const double rise = 10.0 * std::clamp((progress(day) - 0.45) / 0.5, 0.0, 1.0);
        const double wobble = double((day * 7919) % 9 - 4) * 0.8;
        run.cadenceSpm = std::round(162.0 + rise + wobble);
    }

    void buildDay(int day)
    {
        const QDate date = m_firstMonday.addDays(day);
        const int week = day / 7;
        const double level = painLevel(day);

        // Morning: how the knee feels, on stairs or at rest, and "worse than yesterday?".
        addPain(date, 7, 40 + int(m_random.between(0, 15)), level,
                day % 2 == 0 ? PainSituation::Stairs : PainSituation::AtRest);
        if (m_random.chance(0.9)) {
            const bool worse = level > m_yesterdayLevel + 0.3 || m_random.chance(0.08);
            m_batch.morningChecks.append(MorningCheck {NoId, date, worse});
        }
        m_yesterdayLevel = level;
        if (m_random.chance(0.25))
            addPain(date, 15, 10, level + 0.5, PainSituation::LongSitting);
        if (m_random.chance(0.08))
            addPain(date, 11, 0, level + 1.0, PainSituation::Squatting);

        // Running.
        const double share = runShare(week, date.dayOfWeek());
        if (date.dayOfWeek() == Qt::Monday)
            m_swing = m_random.between(-0.04, 0.04);
        if (share > 0.0) {
            Run run;
            const bool evening = date.dayOfWeek() == Qt::Thursday;
            run.start = evening ? at(date, 18, 30) : at(date, 7, 15 + int(m_random.between(0, 30)));
            run.localDate = date;
            // Tuesday and Thursday trade a little distance, so the week's total stays as planned.
            const double swing = date.dayOfWeek() == Qt::Tuesday ? m_swing
                : date.dayOfWeek() == Qt::Thursday               ? -m_swing
                                                                 : 0.0;
            run.distanceMetres = std::round(m_weekKm.at(week) * (share + swing) * 100.0) * 10.0;
            const double paceSeconds = m_random.between(330.0, 390.0) - 20.0 * progress(day);
            run.durationSeconds = int(run.distanceMetres / 1000.0 * paceSeconds);
            run.effort = std::clamp(int(std::lround(4.0 + 2.0 * share + m_random.noise(2.0))), 1, 10);
            const bool newShoe = week >= 5 && (date.dayOfWeek() == Qt::Sunday || date.dayOfWeek() == Qt::Thursday);
            run.shoeId = newShoe ? m_newerShoe : m_olderShoe;
            run.painDuring = clampPain(level + 0.4 + m_random.noise(1.0));
            run.painAfter = clampPain(level + 0.8 + m_random.noise(1.0));
            if (date.dayOfWeek() == Qt::Sunday || date.dayOfWeek() == Qt::Tuesday)
                fromWatch(run, day);
            m_batch.runs.append(run);
            const QDateTime finished = run.start.addSecs(run.durationSeconds);
            addPain(date, finished.toTimeZone(m_options.zone).time().hour(), 0, level + 0.4, PainSituation::DuringRun);
            addPain(date, std::min(finished.toTimeZone(m_options.zone).time().hour() + 2, 23), 30, level + 0.8,
                    PainSituation::AfterRun);
            if (m_random.chance(0.85))
                addSession("post-run-cool-down", finished.addSecs(600), postRunItems(), level);
        }

        // The daily mobility routine, most evenings; strength on Mondays and Fridays.
        if (m_random.chance(0.8)) {
            addSession("daily-knee-mobility", at(date, 20, int(m_random.between(0, 40))), mobilityItems(), level);
            if (m_random.chance(0.5))
                addPain(date, 21, 15, level - 0.3, PainSituation::AfterSession);
        }
        if (date.dayOfWeek() == Qt::Monday || date.dayOfWeek() == Qt::Friday)
            addSession("strength", at(date, 18, 0), strengthItems(day), level);
    }

    void buildWeeklies()
    {
        // Flexibility: every test, both sides, each Sunday morning (improving slowly).
        struct Trend
        {
            FlexTest test;
            FlexUnit unit;
            double start;
            double end;
            double spread;
        };
        const std::array<Trend, 5> trends {{
            {FlexTest::KneeToWall, FlexUnit::Centimetres, 8.0, 11.5, 0.6},
            {FlexTest::SitAndReach, FlexUnit::Centimetres, -3.0, 4.0, 1.0},
            {FlexTest::HeelToButtock, FlexUnit::Centimetres, 13.0, 7.0, 0.8},
            {FlexTest::HalfKneelingHipFlexor, FlexUnit::Tightness, 6.5, 3.0, 0.5},
            {FlexTest::StraightLegRaise, FlexUnit::Degrees, 64.0, 76.0, 2.0},
        }};
        for (int week = 0; week < m_options.weeks; ++week) {
            const QDate monday = m_firstMonday.addDays(7 * week);
            const QDate sunday = monday.addDays(6);
            if (sunday > m_options.endDate)
                break;
            const double t = progress(int(m_firstMonday.daysTo(sunday)));
            for (const Trend& trend : trends) {
                for (Side side : {Side::Left, Side::Right}) {
                    FlexCheck check;
                    check.at = at(sunday, 9, side == Side::Left ? 0 : 2);
                    check.localDate = sunday;
                    check.test = trend.test;
                    check.side = side;
                    check.unit = trend.unit;
                    // The right (sore) side lags a little behind the left.
                    const double lag = side == Side::Right ? 0.1 : 0.0;
                    const double value = trend.start + (trend.end - trend.start) * std::max(0.0, t - lag)
                        + m_random.noise(trend.spread);
                    check.value
                        = trend.unit == FlexUnit::Centimetres ? std::round(value * 2.0) / 2.0 : std::round(value);
                    if (trend.unit == FlexUnit::Tightness)
                        check.value = std::clamp(check.value, 0.0, 10.0);
                    m_batch.flexChecks.append(check);
                }
            }
            addCheckIn(monday, sunday);
        }
    }

    void addCheckIn(QDate monday, QDate sunday)
    {
        int worst = 0;
        QList<int> mornings;
        bool worseMorning = false;
        for (const PainEntry& entry : std::as_const(m_batch.painEntries)) {
            if (entry.localDate < monday || entry.localDate > sunday)
                continue;
            worst = std::max(worst, entry.score);
            if (entry.situation == PainSituation::Stairs || entry.situation == PainSituation::AtRest)
                mornings.append(entry.score);
        }
        for (const MorningCheck& check : std::as_const(m_batch.morningChecks))
            worseMorning = worseMorning || (check.date >= monday && check.date <= sunday && check.worse);
        std::sort(mornings.begin(), mornings.end());
        CheckIn checkIn;
        checkIn.weekStart = monday;
        checkIn.worstPain = worst;
        checkIn.usualPain = mornings.isEmpty() ? 0 : std::min(worst, mornings.at(mornings.size() / 2));
        checkIn.kneeWorseMorning = worseMorning;
        const qint64 week = m_firstMonday.daysTo(monday) / 7;
        if (week == kJumpWeek)
            checkIn.notes
                = QCoreApplication::translate("DemoJournal", "Ran a lot more this week; the knee complained.");
        else if (week == kJumpWeek + 1)
            checkIn.notes
                = QCoreApplication::translate("DemoJournal", "Backed off the running, kept up the stretches.");
        else if (worst <= 2)
            checkIn.notes = QCoreApplication::translate("DemoJournal", "A good week.");
        m_batch.checkIns.append(checkIn);
    }

    const DemoJournalOptions& m_options;
    Random m_random;
    RecordId m_olderShoe;
    RecordId m_newerShoe;
    QDate m_firstMonday;
    QDate m_flareStart;
    int m_days = 0;
    QList<double> m_weekKm;
    double m_yesterdayLevel = 5.0;
    double m_swing = 0.0;
    JournalBatch m_batch;
};

} // namespace

JournalBatch makeDemoJournal(const DemoJournalOptions& options, RecordId olderShoe, RecordId newerShoe)
{
    return DemoBuilder(options, olderShoe, newerShoe).build();
}

Result<void> addDemoFunctionScores(JournalStore& store, const DemoJournalOptions& options)
{
    // A round on every check-in Sunday: three activities that ease with the weeks, the film retired for
    // squatting once sitting no longer bothers the knee (week 8), so the history shows a retirement.
    const QDate firstMonday = isoWeekStart(options.endDate).addDays(-7 * (options.weeks - 1));
    const int retireWeek = std::min(7, options.weeks - 1);
    for (int week = 0; week < options.weeks; ++week) {
        const QDate sunday = firstMonday.addDays(7 * week + 6);
        if (sunday > options.endDate)
            break;
        const double t = options.weeks > 1 ? double(week) / (options.weeks - 1) : 1.0;
        const auto score = [t](double from, double to) { return int(std::lround(from + (to - from) * t)); };
        PsfsRound round;
        round.date = sunday;
        if (week == 0) {
            round.ratings = {
                PsfsRating {NoId, QCoreApplication::translate("DemoJournal", "Running 5 km"), score(2, 7)},
                PsfsRating {NoId, QCoreApplication::translate("DemoJournal", "Going down stairs"), score(4, 8)},
                PsfsRating {NoId, QCoreApplication::translate("DemoJournal", "Sitting through a film"), score(5, 9)}};
        } else {
            auto asked = store.currentPsfsActivities();
            if (!asked)
                return asked.error();
            const QList<double> from = {2, 4, 5}, to = {7, 8, 9};
            for (qsizetype i = 0; i < asked.value().size(); ++i) {
                const PsfsActivity& activity = asked.value().at(i);
                if (week == retireWeek && i == 2) {
                    round.retire.append(activity.id);
                    continue;
                }
                const double a = i < from.size() ? from.at(i) : 3.0;
                const double b = i < to.size() ? to.at(i) : 6.0;
                round.ratings.append(PsfsRating {activity.id, {}, score(a, b)});
            }
            if (week == retireWeek)
                round.ratings.append(
                    PsfsRating {NoId, QCoreApplication::translate("DemoJournal", "Squatting to garden"), 4});
        }
        if (auto written = store.recordPsfsRound(round); !written)
            return written;
    }
    return {};
}

Result<void> fillDemoJournal(JournalStore& store, const DemoJournalOptions& options)
{
    if (!options.endDate.isValid() || options.weeks < 1)
        return Error {QStringLiteral("endDate"), QCoreApplication::translate("JournalStore", "is missing")};
    const QDate firstMonday = isoWeekStart(options.endDate).addDays(-7 * (options.weeks - 1));
    Shoe older;
    older.name = QCoreApplication::translate("DemoJournal", "Everyday trainers");
    older.firstUse = firstMonday.addDays(-120);
    older.limitMetres = 700000.0;
    Shoe newer;
    newer.name = QCoreApplication::translate("DemoJournal", "Cushioned trainers");
    newer.firstUse = firstMonday.addDays(7 * 5);
    newer.limitMetres = 800000.0;
    auto shoes = store.addAll(QList<Shoe> {older, newer});
    if (!shoes)
        return shoes.error();
    if (auto added = store.addBatch(makeDemoJournal(options, shoes.value().at(0), shoes.value().at(1))); !added)
        return added;
    return addDemoFunctionScores(store, options);
}

} // namespace patella
