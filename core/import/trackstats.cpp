#include "core/import/trackstats.h"

#include "core/import/geodesy.h"
#include "core/import/sport.h"

#include <QDate>

namespace patella {
namespace {

// Reads exactly count digits at pos; -1 when any is not a digit.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

std::optional<qint64> parseIsoTimeMs(QStringView text)
{
    text = text.trimmed();
    // YYYY-MM-DDTHH:MM:SS
    if (text.size() < 19 || text[4] != u'-' || text[7] != u'-' || (text[10] != u'T' && text[10] != u't')
        || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 24 || minute < 0 || minute > 59
        || second < 0 || second > 60)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    qsizetype pos = 19;
    double fraction = 0.0;
    if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
        ++pos;
        double scale = 0.1;
        const qsizetype begin = pos;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            fraction += (text[pos].unicode() - u'0') * scale;
            scale /= 10.0;
            ++pos;
        }
        if (pos == begin)
            return std::nullopt;
    }
    int offsetSeconds = 0;
    if (pos < text.size()) {
        const QChar sign = text[pos];
        if ((sign == u'Z' || sign == u'z') && pos + 1 == text.size()) {
            pos = text.size();
        } else if (sign == u'+' || sign == u'-') {
            const int offHours = digits(text, pos + 1, 2);
            qsizetype minutesAt = pos + 3;
            if (minutesAt < text.size() && text[minutesAt] == u':')
                ++minutesAt;
            const int offMinutes = minutesAt == text.size() ? 0 : digits(text, minutesAt, 2);
            if (offHours < 0 || offHours > 14 || offMinutes < 0 || offMinutes > 59
                || (minutesAt != text.size() && minutesAt + 2 != text.size()))
                return std::nullopt;
            offsetSeconds = (offHours * 3600 + offMinutes * 60) * (sign == u'-' ? -1 : 1);
            pos = text.size();
        } else {
            return std::nullopt;
        }
    }
    const qint64 days = QDate(1970, 1, 1).daysTo(date);
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * 1000 + qint64(std::llround(fraction * 1000.0));
}

void TrackStats::add(const TrackPoint& point)
{
    if (m_points == 0)
        m_firstMs = m_lastMs = point.timeMs;
    ++m_points;
    m_lastMs = std::max(m_lastMs, point.timeMs);
    if (point.hasPosition)
        ++m_positioned;
    if (point.heartRate >= kMinHeartRate && point.heartRate <= kMaxHeartRate) {
        m_heartSum += point.heartRate;
        ++m_heartCount;
    }
    if (point.cadence > 0.0 && point.cadence < kMaxCadence) {
        m_cadenceSum += point.cadence;
        ++m_cadenceCount;
        if (point.cadence >= kStepsFrom)
            ++m_cadenceFrom120;
    }

    if (m_segmentOpen) {
        std::optional<double> step;
        if (!std::isnan(point.deviceDistance) && !std::isnan(m_prevDevice)) {
            step = std::max(0.0, point.deviceDistance - m_prevDevice);
            m_deviceDistance += *step;
        }
        if (point.hasPosition && m_prevHasPosition) {
            const double metres = greatCircleMetres(m_prevLat, m_prevLon, point.lat, point.lon);
            m_pointDistance += metres;
            if (!step)
                step = metres;
        }
        const qint64 dt = point.timeMs - m_prevMs;
        if (dt > 0 && (!step || *step / (double(dt) / 1000.0) >= kMovingAtLeastMetresPerSecond))
            m_movingMs += dt;
    }
    m_segmentOpen = true;
    m_prevMs = point.timeMs;
    // An unpositioned point in the middle keeps the last position, so the distance bridges it.
    if (point.hasPosition) {
        m_prevHasPosition = true;
        m_prevLat = point.lat;
        m_prevLon = point.lon;
    }
    if (!std::isnan(point.deviceDistance)) {
        m_hasDeviceDistance = true;
        m_prevDevice = point.deviceDistance;
    }
}

int TrackStats::elapsedSeconds() const
{
    return m_points == 0 ? 0 : int(std::llround(double(m_lastMs - m_firstMs) / 1000.0));
}

std::optional<double> TrackStats::averageHeartRate() const
{
    return m_heartCount > 0 ? std::optional<double>(m_heartSum / m_heartCount) : std::nullopt;
}

std::optional<double> TrackStats::averageCadence() const
{
    return m_cadenceCount > 0 ? std::optional<double>(m_cadenceSum / m_cadenceCount) : std::nullopt;
}

} // namespace patella

namespace patella {

double TrackStats::cadenceShareFrom120() const
{
    return m_cadenceCount > 0 ? double(m_cadenceFrom120) / m_cadenceCount : 0.0;
}

std::optional<double> TrackStats::stepsPerMinute(ActivitySport sport) const
{
    return patella::stepsPerMinute(sport, averageCadence(), cadenceShareFrom120());
}

} // namespace patella
