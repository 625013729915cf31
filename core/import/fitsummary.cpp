#include "core/import/fitmessages.h"
#include "core/import/fitprofile.h"
#include "core/import/geodesy.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

// From decoded messages to activities. Each figure has an order of sources: the session's own total,
// then the sum of the session's laps, then the records. Every step over the records is a prefix sum or a
// binary search, so a file with many sessions costs no more than one with a few.
namespace patella::fit {

namespace {

// Sums and counts of the present values over a sequence, so that any range's total or mean is O(1).
class Prefix
{
public:
    template <typename ValueAt>
    Prefix(std::size_t size, ValueAt valueAt)
        : m_sums(size + 1, 0.0)
        , m_counts(size + 1, 0)
    {
        for (std::size_t i = 0; i < size; ++i) {
            const std::optional<double> value = valueAt(i);
            m_sums[i + 1] = m_sums[i] + value.value_or(0.0);
            m_counts[i + 1] = m_counts[i] + (value ? 1 : 0);
        }
    }

    std::size_t count(std::size_t first, std::size_t last) const { return m_counts[last] - m_counts[first]; }
    double sum(std::size_t first, std::size_t last) const { return m_sums[last] - m_sums[first]; }

    // The sum when every element of a non-empty range has a value.
    std::optional<double> total(std::size_t first, std::size_t last) const
    {
        if (last <= first || count(first, last) != last - first)
            return std::nullopt;
        return sum(first, last);
    }
    std::optional<double> mean(std::size_t first, std::size_t last) const
    {
        const std::size_t n = last > first ? count(first, last) : 0;
        return n > 0 ? std::optional<double>(sum(first, last) / static_cast<double>(n)) : std::nullopt;
    }

private:
    std::vector<double> m_sums;
    std::vector<std::size_t> m_counts;
};

std::optional<double> positive(std::optional<double> value)
{
    return value && *value > 0.0 ? value : std::nullopt;
}

// A path length along the records that have a value: steps between consecutive valid records, and for
// each index the first valid record at or after it, so a range measures from its own first point.
class Path
{
public:
    template <typename Valid, typename Step>
    Path(std::size_t size, Valid valid, Step step)
        : m_steps(steps(size, valid, step))
        , m_nextValid(size + 1, size)
    {
        for (std::size_t i = size; i-- > 0;)
            m_nextValid[i] = valid(i) ? i : m_nextValid[i + 1];
    }

    // Length over the valid records of [first, last), when at least two are valid.
    std::optional<double> length(std::size_t first, std::size_t last) const
    {
        const std::size_t start = m_nextValid[first];
        if (start >= last || m_nextValid[start + 1] >= last)
            return std::nullopt;
        return m_steps.sum(start + 1, last);
    }

private:
    template <typename Valid, typename Step> static Prefix steps(std::size_t size, Valid valid, Step step)
    {
        std::vector<std::optional<double>> values(size);
        std::optional<std::size_t> previous;
        for (std::size_t i = 0; i < size; ++i) {
            if (!valid(i))
                continue;
            if (previous)
                values[i] = step(*previous, i);
            previous = i;
        }
        return Prefix(size, [&values](std::size_t i) { return values[i]; });
    }

    Prefix m_steps;
    std::vector<std::size_t> m_nextValid;
};

// The items that have a time, in time order (the file's order among equal times).
template <typename T> std::vector<T> inTimeOrder(const std::vector<T>& all, std::optional<std::uint32_t> T::*time)
{
    std::vector<T> items;
    items.reserve(all.size());
    std::copy_if(all.begin(), all.end(), std::back_inserter(items),
                 [time](const T& item) { return (item.*time).has_value(); });
    std::stable_sort(items.begin(), items.end(), [time](const T& a, const T& b) { return *(a.*time) < *(b.*time); });
    return items;
}

// The items of a time-ordered list with start <= time <= end, as [first, last).
template <typename T>
std::pair<std::size_t, std::size_t> timeWindow(const std::vector<T>& items, std::optional<std::uint32_t> T::*time,
                                               std::uint32_t start, std::uint32_t end)
{
    const auto first = std::lower_bound(items.begin(), items.end(), start,
                                        [time](const T& item, std::uint32_t t) { return *(item.*time) < t; });
    const auto last = std::upper_bound(first, items.end(), end,
                                       [time](std::uint32_t t, const T& item) { return t < *(item.*time); });
    return {static_cast<std::size_t>(first - items.begin()), static_cast<std::size_t>(last - items.begin())};
}

// The timed records, in time order, with what a session may need of them.
class RecordSeries
{
public:
    explicit RecordSeries(const std::vector<Record>& all)
        : m_records(inTimeOrder(all, &Record::timestamp))
        , m_untimed(static_cast<int>(all.size() - m_records.size()))
        , m_device(Path(
              m_records.size(), [this](std::size_t i) { return m_records[i].distanceMetres.has_value(); },
              [this](std::size_t from, std::size_t to) {
                  // The device's running total; a reset (a new session) adds nothing.
                  return std::max(0.0, *m_records[to].distanceMetres - *m_records[from].distanceMetres);
              }))
        , m_track(Path(
              m_records.size(), [this](std::size_t i) { return m_records[i].latitude.has_value(); },
              [this](std::size_t from, std::size_t to) {
                  return greatCircleMetres(*m_records[from].latitude, *m_records[from].longitude,
                                           *m_records[to].latitude, *m_records[to].longitude);
              }))
        , m_cadence(m_records.size(), [this](std::size_t i) { return positive(m_records[i].cadence); })
        , m_heartRate(m_records.size(), [this](std::size_t i) { return positive(m_records[i].heartRate); })
        , m_moving(m_records.size(), [this](std::size_t i) -> std::optional<double> {
            if (i == 0)
                return std::nullopt;
            const std::uint32_t gap = *m_records[i].timestamp - *m_records[i - 1].timestamp;
            return gap <= kPauseGapSeconds ? std::optional<double>(gap) : std::nullopt;
        })
    {
    }

    static constexpr std::uint32_t kPauseGapSeconds = 60;

    bool empty() const { return m_records.empty(); }
    int untimed() const { return m_untimed; }
    std::uint32_t firstTime() const { return *m_records.front().timestamp; }
    std::uint32_t lastTime() const { return *m_records.back().timestamp; }

    // The records with start <= timestamp <= end, as [first, last).
    std::pair<std::size_t, std::size_t> window(std::uint32_t start, std::uint32_t end) const
    {
        return timeWindow(m_records, &Record::timestamp, start, end);
    }

    std::optional<double> elapsed(std::size_t first, std::size_t last) const
    {
        if (last <= first)
            return std::nullopt;
        return static_cast<double>(*m_records[last - 1].timestamp - *m_records[first].timestamp);
    }
    std::optional<double> moving(std::size_t first, std::size_t last) const
    {
        if (last <= first)
            return std::nullopt;
        return m_moving.sum(first + 1, last);
    }
    std::optional<double> deviceDistance(std::size_t first, std::size_t last) const
    {
        return m_device.length(first, last);
    }
    std::optional<double> trackDistance(std::size_t first, std::size_t last) const
    {
        return m_track.length(first, last);
    }
    std::optional<double> cadence(std::size_t first, std::size_t last) const { return m_cadence.mean(first, last); }
    std::optional<double> heartRate(std::size_t first, std::size_t last) const { return m_heartRate.mean(first, last); }

private:
    std::vector<Record> m_records;
    int m_untimed;
    Path m_device;
    Path m_track;
    Prefix m_cadence;
    Prefix m_heartRate;
    Prefix m_moving;
};

// Laps in start order, for sessions that lack a total their laps have.
class LapSeries
{
public:
    explicit LapSeries(const std::vector<Summary>& all)
        : m_laps(inTimeOrder(all, &Summary::startTime))
        , m_elapsed(m_laps.size(), [this](std::size_t i) { return m_laps[i].elapsedSeconds; })
        , m_timer(m_laps.size(), [this](std::size_t i) { return m_laps[i].timerSeconds; })
        , m_distance(m_laps.size(), [this](std::size_t i) { return m_laps[i].distanceMetres; })
    {
    }

    // Laps that start in [start, end].
    std::pair<std::size_t, std::size_t> window(std::uint32_t start, std::uint32_t end) const
    {
        return timeWindow(m_laps, &Summary::startTime, start, end);
    }

    std::optional<double> elapsed(std::pair<std::size_t, std::size_t> w) const
    {
        return m_elapsed.total(w.first, w.second);
    }
    std::optional<double> timer(std::pair<std::size_t, std::size_t> w) const
    {
        return m_timer.total(w.first, w.second);
    }
    std::optional<double> distance(std::pair<std::size_t, std::size_t> w) const
    {
        return m_distance.total(w.first, w.second);
    }

private:
    std::vector<Summary> m_laps;
    Prefix m_elapsed;
    Prefix m_timer;
    Prefix m_distance;
};

// The timer's running intervals from start and stop events, for moving time without a session total.
class TimerSeries
{
public:
    explicit TimerSeries(std::vector<TimerEvent> events)
    {
        std::stable_sort(events.begin(), events.end(),
                         [](const TimerEvent& a, const TimerEvent& b) { return a.timestamp < b.timestamp; });
        bool running = false;
        std::uint32_t since = 0;
        for (const TimerEvent& event : events) {
            if (event.starts && !running) {
                running = true;
                since = event.timestamp;
            } else if (!event.starts && running) {
                m_starts.push_back(since);
                m_stops.push_back(event.timestamp);
                running = false;
            }
        }
        if (running) {
            m_starts.push_back(since);
            m_stops.push_back(std::numeric_limits<std::uint32_t>::max());
        }
        m_before.resize(m_starts.size() + 1, 0.0);
        for (std::size_t i = 0; i < m_starts.size(); ++i)
            m_before[i + 1] = m_before[i] + static_cast<double>(m_stops[i] - m_starts[i]);
    }

    bool empty() const { return m_starts.empty(); }

    // Seconds the timer ran within [start, end].
    double running(std::uint32_t start, std::uint32_t end) const { return runningUntil(end) - runningUntil(start); }

private:
    double runningUntil(std::uint32_t time) const
    {
        const auto after = std::upper_bound(m_starts.begin(), m_starts.end(), time);
        const auto i = static_cast<std::size_t>(after - m_starts.begin());
        if (i == 0)
            return 0.0;
        return m_before[i - 1] + static_cast<double>(std::min(time, m_stops[i - 1]) - m_starts[i - 1]);
    }

    std::vector<std::uint32_t> m_starts;
    std::vector<std::uint32_t> m_stops;
    std::vector<double> m_before; // running seconds before each interval
};

int toSeconds(double seconds)
{
    return static_cast<int>(std::lround(std::clamp(seconds, 0.0, double(std::numeric_limits<int>::max()))));
}

template <typename T> std::optional<T> firstOf(std::optional<T> value)
{
    return value;
}
template <typename T, typename... More> std::optional<T> firstOf(std::optional<T> value, More... more)
{
    return value ? value : firstOf<T>(more...);
}

QString deviceOf(const FileMessages& messages)
{
    const QString device = deviceName(messages.manufacturer.value_or(0), messages.product.value_or(0));
    if (messages.productName.isEmpty())
        return device;
    // A product name the file spells out ("PACE 2") beats the table; the maker stays in front.
    const QString maker = deviceName(messages.manufacturer.value_or(0), 0);
    if (maker.isEmpty() || messages.productName.startsWith(maker, Qt::CaseInsensitive))
        return messages.productName;
    return maker + QLatin1Char(' ') + messages.productName;
}

QString externalIdOf(const FileMessages& messages, const QDateTime& start)
{
    const QString source = messages.serialNumber
        ? QString::number(*messages.serialNumber)
        : QStringLiteral("m%1p%2").arg(messages.manufacturer.value_or(0)).arg(messages.product.value_or(0));
    return QStringLiteral("fit:") + source + QLatin1Char(':') + start.toString(Qt::ISODate);
}

struct Span
{
    Summary summary;
    std::uint32_t start = 0;
};

std::optional<std::uint32_t> startOf(const Summary& summary)
{
    if (summary.startTime)
        return summary.startTime;
    if (summary.timestamp && summary.elapsedSeconds && *summary.elapsedSeconds <= *summary.timestamp)
        return static_cast<std::uint32_t>(*summary.timestamp - std::llround(*summary.elapsedSeconds));
    return std::nullopt;
}

std::uint32_t clampedTime(double time)
{
    return static_cast<std::uint32_t>(std::clamp(time, 0.0, double(std::numeric_limits<std::uint32_t>::max())));
}

// The summaries that can be dated, in start order; a file without any (a watch that stopped before writing
// one) is one activity over all its records.
std::vector<Span> datedSpans(const FileMessages& messages, const RecordSeries& records)
{
    std::vector<Summary> sessions = messages.sessions;
    if (sessions.empty() && !records.empty()) {
        Summary whole;
        whole.startTime = records.firstTime();
        whole.timestamp = records.lastTime();
        sessions.push_back(whole);
    }
    std::vector<Span> spans;
    for (const Summary& session : sessions) {
        const std::optional<std::uint32_t> start = startOf(session);
        if (start && *start >= kMinimumDateTime) // a session that cannot be dated is not an activity
            spans.push_back({session, *start});
    }
    std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    return spans;
}

// Where span i ends: its elapsed time, else its last timestamp, else where the next one starts (open at the end).
std::uint32_t endOf(const std::vector<Span>& spans, std::size_t i)
{
    const Summary& session = spans[i].summary;
    const std::uint32_t start = spans[i].start;
    if (session.elapsedSeconds)
        return clampedTime(double(start) + std::ceil(*session.elapsedSeconds));
    if (session.timestamp && *session.timestamp >= start)
        return *session.timestamp;
    if (i + 1 < spans.size())
        return spans[i + 1].start;
    return std::numeric_limits<std::uint32_t>::max();
}

// The file's series, read once, that each activity takes its window of. The series point into themselves:
// never copied or moved.
struct Series
{
    explicit Series(const FileMessages& file)
        : messages(file)
        , records(file.records)
        , laps(file.laps)
        , timer(file.timerEvents)
    {
    }
    Q_DISABLE_COPY_MOVE(Series)

    const FileMessages& messages;
    const RecordSeries records;
    const LapSeries laps;
    const TimerSeries timer;
};

// Elapsed and moving time, each from the most trusted source the file has: the session, its laps, the timer
// events, the records. Moving time is never longer than elapsed.
void setTimes(Activity& activity, const Summary& session, std::uint32_t start, std::uint32_t end, const Series& series)
{
    const auto [first, last] = series.records.window(start, end);
    const auto lapWindow = series.laps.window(start, end);
    const std::optional<double> sessionSpan = session.timestamp && *session.timestamp >= start
        ? std::optional<double>(*session.timestamp - start)
        : std::nullopt;
    const double elapsed = firstOf(session.elapsedSeconds, series.laps.elapsed(lapWindow), sessionSpan,
                                   series.records.elapsed(first, last))
                               .value_or(0.0);
    std::optional<double> moving = firstOf(session.timerSeconds, series.laps.timer(lapWindow));
    if (!moving && !series.timer.empty())
        moving = series.timer.running(
            start, end == std::numeric_limits<std::uint32_t>::max() ? clampedTime(start + elapsed) : end);
    if (!moving)
        moving = series.records.moving(first, last);
    activity.elapsedSeconds = toSeconds(elapsed);
    activity.movingSeconds = std::min(toSeconds(moving.value_or(elapsed)), activity.elapsedSeconds);
}

Activity summariseSpan(const Summary& session, std::uint32_t start, std::uint32_t end, const Series& series)
{
    const FileMessages& messages = series.messages;
    const auto [first, last] = series.records.window(start, end);
    const auto lapWindow = series.laps.window(start, end);

    Activity activity;
    const std::uint8_t sport = session.sport.value_or(messages.sport.value_or(0));
    const std::uint8_t subSport
        = session.sport ? session.subSport.value_or(0) : session.subSport.value_or(messages.subSport.value_or(0));
    activity.sport = activitySport(sport, subSport);
    activity.sportName
        = subSport == 0 ? sportName(sport) : sportName(sport) + QLatin1Char('/') + subSportName(subSport);
    activity.start = QDateTime::fromSecsSinceEpoch(kEpochUnix + start, Qt::UTC);
    activity.utcOffsetSeconds = messages.utcOffsetSeconds;
    setTimes(activity, session, start, end, series);

    if (const std::optional<double> total = firstOf(session.distanceMetres, series.laps.distance(lapWindow),
                                                    series.records.deviceDistance(first, last))) {
        activity.distanceMetres = *total;
        activity.distanceSource = DistanceSource::DeviceTotal;
    } else if (const std::optional<double> track = series.records.trackDistance(first, last)) {
        activity.distanceMetres = *track;
        activity.distanceSource = DistanceSource::PointSum;
    }

    activity.points = static_cast<int>(last - first);
    if (isOnFoot(sport)) {
        if (const std::optional<double> cadence
            = firstOf(positive(session.cadence), series.records.cadence(first, last)))
            activity.cadenceSpm = 2.0 * *cadence; // strides (one foot) to steps
    }
    activity.heartRateBpm = firstOf(positive(session.heartRate), series.records.heartRate(first, last));
    activity.device = deviceOf(messages);
    activity.externalId = externalIdOf(messages, activity.start);
    return activity;
}

} // namespace

QList<Activity> summarise(const FileMessages& messages)
{
    const Series series(messages);
    const std::vector<Span> spans = datedSpans(messages, series.records);
    QList<Activity> activities;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        Activity activity = summariseSpan(spans[i].summary, spans[i].start, endOf(spans, i), series);
        activity.skippedPoints = i == 0 ? series.records.untimed() : 0;
        activities.append(activity);
    }
    return activities;
}

} // namespace patella::fit
