#include "core/import/gpxparser.h"

#include "core/import/sport.h"
#include "core/import/trackstats.h"
#include "core/import/xmlsupport.h"

#include <QTimeZone>
#include <QXmlStreamReader>

namespace patella {
namespace {

using namespace Qt::Literals::StringLiterals;

struct TrackTotals
{
    std::optional<double> distance;
    std::optional<double> timerSeconds;
};

class GpxReader
{
public:
    GpxReader(const QByteArray& data, const QString& path)
        : m_input(data)
        , m_reader(m_input.device())
        , m_path(path)
    {
        m_file.path = path;
    }

    Result<ParsedFile> read()
    {
        if (!m_reader.readNextStartElement()) {
            if (m_reader.hasError())
                return xml::readerError(m_reader, m_path);
            return Error {m_path, GpxParser::tr("the file is empty.")};
        }
        if (m_reader.name() != "gpx"_L1)
            return Error {
                m_path,
                GpxParser::tr("this is not a GPX file: it starts with <%1> instead of <gpx>.").arg(m_reader.name())};
        m_creator = m_reader.attributes().value("creator"_L1).toString().trimmed();
        int waypoints = 0;
        int routes = 0;
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == "trk"_L1)
                readTrack();
            else if (m_reader.name() == "wpt"_L1) {
                ++waypoints;
                m_reader.skipCurrentElement();
            } else if (m_reader.name() == "rte"_L1) {
                ++routes;
                m_reader.skipCurrentElement();
            } else {
                m_reader.skipCurrentElement();
            }
        }
        if (m_reader.hasError())
            return xml::readerError(m_reader, m_path);
        if (routes > 0)
            m_file.notes.append(GpxParser::tr("%n planned route(s), not recorded activities.", nullptr, routes));
        if (waypoints > 0)
            m_file.notes.append(GpxParser::tr("%n waypoint(s), not activities.", nullptr, waypoints));
        return std::move(m_file);
    }

private:
    void readTrack()
    {
        ++m_tracks;
        QString type;
        QString name;
        TrackTotals totals;
        TrackStats stats;
        QList<TrackStats> parts;
        int skipped = 0;
        int skippedTotal = 0;
        while (m_reader.readNextStartElement()) {
            const auto element = m_reader.name();
            if (element == "trkseg"_L1) {
                stats.beginSegment();
                while (m_reader.readNextStartElement()) {
                    if (m_reader.name() != "trkpt"_L1) {
                        m_reader.skipCurrentElement();
                        continue;
                    }
                    TrackPoint point;
                    bool timed = false;
                    if (!readPoint(point, timed))
                        return;
                    if (!timed || !point.hasPosition) {
                        ++skipped;
                        ++skippedTotal;
                        continue;
                    }
                    if (!stats.isEmpty() && point.timeMs - stats.lastTimeMs() > kNewActivityAfterGapMs) {
                        parts.append(stats);
                        stats = TrackStats();
                    }
                    stats.add(point);
                }
            } else if (element == "type"_L1) {
                type = m_reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            } else if (element == "name"_L1) {
                name = m_reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            } else if (element == "extensions"_L1) {
                readTrackTotals(totals);
            } else {
                m_reader.skipCurrentElement();
            }
            if (m_reader.hasError())
                return;
        }
        if (m_reader.hasError())
            return;
        if (!stats.isEmpty())
            parts.append(stats);
        const QString label = name.isEmpty() ? GpxParser::tr("Track %1").arg(m_tracks) : name;
        if (parts.isEmpty()) {
            if (skippedTotal > 0)
                m_file.notes.append(
                    GpxParser::tr("%1: %n point(s) without a time or a position, no activity.", nullptr, skippedTotal)
                        .arg(label));
            return;
        }
        // Skipped points are counted against the first part of the track.
        for (qsizetype i = 0; i < parts.size(); ++i)
            m_file.activities.append(
                activity(parts.at(i), type, parts.size() == 1 ? totals : TrackTotals {}, i == 0 ? skipped : 0));
    }

    // Reads one <trkpt>; false when the reader hit an error.
    bool readPoint(TrackPoint& point, bool& timed)
    {
        const QXmlStreamAttributes attributes = m_reader.attributes();
        const auto lat = attributes.value("lat"_L1);
        const auto lon = attributes.value("lon"_L1);
        if (!lat.isEmpty() && !lon.isEmpty()) {
            auto latitude = xml::number(m_reader, lat, [] { return GpxParser::tr("the latitude"); });
            auto longitude
                = latitude ? xml::number(m_reader, lon, [] { return GpxParser::tr("the longitude"); }) : std::nullopt;
            if (!latitude || !longitude)
                return false;
            if (std::abs(*latitude) > 90.0 || std::abs(*longitude) > 180.0) {
                m_reader.raiseError(GpxParser::tr("the position %1, %2 is not on Earth.").arg(lat, lon));
                return false;
            }
            point.hasPosition = true;
            point.lat = *latitude;
            point.lon = *longitude;
        }
        while (m_reader.readNextStartElement()) {
            const auto element = m_reader.name();
            if (element == "time"_L1) {
                auto ms = xml::readTime(m_reader);
                if (!ms)
                    return false;
                point.timeMs = *ms;
                timed = true;
            } else if (element == "extensions"_L1) {
                xml::walk(m_reader, [&point](QStringView leaf, QXmlStreamReader& reader) {
                    const bool heart = leaf == "hr"_L1 || leaf == "heartrate"_L1;
                    const bool cadence = leaf == "cad"_L1 || leaf == "cadence"_L1;
                    if (!heart && !cadence)
                        return false;
                    if (const auto value = xml::readDouble(reader))
                        (heart ? point.heartRate : point.cadence) = *value;
                    return true;
                });
            } else {
                m_reader.skipCurrentElement();
            }
            if (m_reader.hasError())
                return false;
        }
        return !m_reader.hasError();
    }

    // Garmin's TrackStatsExtension: <Distance> (m) and <TimerTime> (s) for the whole track.
    void readTrackTotals(TrackTotals& totals)
    {
        xml::walk(m_reader, [&totals](QStringView leaf, QXmlStreamReader& reader) {
            const bool distance = leaf == "Distance"_L1;
            const bool timer = leaf == "TimerTime"_L1;
            if (!distance && !timer)
                return false;
            const auto value = xml::readDouble(reader);
            if (value && *value > 0.0 && *value <= xml::kMaxPlausibleValue)
                (distance ? totals.distance : totals.timerSeconds) = *value;
            return true;
        });
    }

    Activity activity(const TrackStats& stats, const QString& type, const TrackTotals& totals, int skipped) const
    {
        Activity a;
        a.sportName = type;
        a.start = QDateTime::fromMSecsSinceEpoch(stats.firstTimeMs(), QTimeZone::utc());
        a.elapsedSeconds = stats.elapsedSeconds();
        a.movingSeconds = totals.timerSeconds ? int(std::llround(*totals.timerSeconds)) : stats.movingSeconds();
        a.movingSeconds = std::min(a.movingSeconds, a.elapsedSeconds); // a timer never runs longer than the clock
        if (totals.distance) {
            a.distanceMetres = *totals.distance;
            a.distanceSource = DistanceSource::DeviceTotal;
        } else if (stats.hasPositions()) {
            a.distanceMetres = stats.pointDistance();
            a.distanceSource = DistanceSource::PointSum;
        }
        a.sport = sportFromName(type);
        if (a.sport == ActivitySport::Other) {
            a.sport = sportFromPace(a.distanceMetres, a.movingSeconds);
            a.sportFromPace = true;
        }
        a.points = stats.points();
        a.skippedPoints = skipped;
        a.cadenceSpm = stats.stepsPerMinute(a.sport);
        a.heartRateBpm = stats.averageHeartRate();
        a.device = m_creator;
        a.externalId = u"gpx:%1:%2"_s.arg(stats.firstTimeMs()).arg(stats.points());
        return a;
    }

    xml::Input m_input;
    QXmlStreamReader m_reader;
    QString m_path;
    QString m_creator;
    ParsedFile m_file;
    int m_tracks = 0;
};

} // namespace

Result<ParsedFile> GpxParser::parse(const QByteArray& data, const QString& path)
{
    return GpxReader(data, path).read();
}

} // namespace patella
