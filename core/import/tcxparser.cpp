#include "core/import/tcxparser.h"

#include "core/import/sport.h"
#include "core/import/trackstats.h"
#include "core/import/xmlsupport.h"

#include <QTimeZone>
#include <QXmlStreamReader>

namespace patella {
namespace {

using namespace Qt::Literals::StringLiterals;

struct ActivityState
{
    QString sport;
    std::optional<qint64> idMs;
    std::optional<qint64> firstLapMs;
    qint64 lapsEndMs = 0;
    bool hasLapTime = false;
    double lapSeconds = 0.0;
    bool hasLapDistance = false;
    double lapDistance = 0.0;
    double lapHeartWeighted = 0.0;
    double lapHeartSeconds = 0.0;
    double lapCadenceWeighted = 0.0;
    double lapCadenceSeconds = 0.0;
    TrackStats stats;
    int skipped = 0;
    QString device;
    QString unitId;
};

class TcxReader
{
public:
    TcxReader(const QByteArray& data, const QString& path)
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
            return Error {m_path, TcxParser::tr("the file is empty.")};
        }
        if (m_reader.name() != "TrainingCenterDatabase"_L1)
            return Error {m_path,
                          TcxParser::tr("this is not a TCX file: it starts with <%1> instead of "
                                        "<TrainingCenterDatabase>.")
                              .arg(m_reader.name())};
        QString author;
        int courses = 0;
        while (m_reader.readNextStartElement()) {
            const auto element = m_reader.name();
            if (element == "Activities"_L1) {
                readActivities();
            } else if (element == "Courses"_L1) {
                while (m_reader.readNextStartElement()) {
                    if (m_reader.name() == "Course"_L1)
                        ++courses;
                    m_reader.skipCurrentElement();
                }
            } else if (element == "Author"_L1) {
                while (m_reader.readNextStartElement()) {
                    if (m_reader.name() == "Name"_L1)
                        author = m_reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                    else
                        m_reader.skipCurrentElement();
                }
            } else {
                m_reader.skipCurrentElement();
            }
        }
        if (m_reader.hasError())
            return xml::readerError(m_reader, m_path);
        for (Activity& a : m_file.activities)
            if (a.device.isEmpty())
                a.device = author;
        if (courses > 0)
            m_file.notes.append(TcxParser::tr("%n planned course(s), not recorded activities.", nullptr, courses));
        if (m_untimedActivities > 0)
            m_file.notes.append(
                TcxParser::tr("%n activit(y/ies) without any time, not imported.", nullptr, m_untimedActivities));
        return std::move(m_file);
    }

private:
    void readActivities()
    {
        while (m_reader.readNextStartElement()) {
            const auto element = m_reader.name();
            if (element == "Activity"_L1) {
                readActivity();
            } else if (element == "MultiSportSession"_L1) {
                // <FirstSport> and <NextSport> each hold one <Activity> (a <NextSport> may add a <Transition>).
                while (m_reader.readNextStartElement()) {
                    if (m_reader.name() == "FirstSport"_L1 || m_reader.name() == "NextSport"_L1) {
                        while (m_reader.readNextStartElement()) {
                            if (m_reader.name() == "Activity"_L1)
                                readActivity();
                            else
                                m_reader.skipCurrentElement();
                        }
                    } else {
                        m_reader.skipCurrentElement();
                    }
                }
            } else {
                m_reader.skipCurrentElement();
            }
        }
    }

    void readActivity()
    {
        ActivityState state;
        state.sport = m_reader.attributes().value("Sport"_L1).toString().trimmed();
        while (m_reader.readNextStartElement()) {
            const auto element = m_reader.name();
            if (element == "Id"_L1) {
                // Usually the start time; some writers put another id here, which is no error.
                const QString text = m_reader.readElementText(QXmlStreamReader::SkipChildElements);
                state.idMs = parseIsoTimeMs(text);
            } else if (element == "Lap"_L1) {
                readLap(state);
            } else if (element == "Creator"_L1) {
                xml::walk(m_reader, [&state](QStringView leaf, QXmlStreamReader& reader) {
                    if (leaf != "Name"_L1 && leaf != "UnitId"_L1)
                        return false;
                    const bool name = leaf == "Name"_L1;
                    const QString text = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                    (name ? state.device : state.unitId) = text;
                    return true;
                });
            } else {
                m_reader.skipCurrentElement();
            }
            if (m_reader.hasError())
                return;
        }
        if (m_reader.hasError())
            return;
        finish(state);
    }

    void readLap(ActivityState& state)
    {
        const auto startText = m_reader.attributes().value("StartTime"_L1);
        std::optional<qint64> lapStart;
        if (!startText.isEmpty()) {
            lapStart = xml::time(m_reader, startText);
            if (!lapStart)
                return;
            if (!state.firstLapMs)
                state.firstLapMs = lapStart;
        }
        std::optional<double> seconds;
        std::optional<double> heart;
        std::optional<double> cadence;
        while (m_reader.readNextStartElement()) {
            const auto element = m_reader.name();
            if (element == "TotalTimeSeconds"_L1) {
                seconds = xml::readNumber(m_reader);
                if (seconds && *seconds >= 0.0) {
                    state.hasLapTime = true;
                    state.lapSeconds += *seconds;
                }
            } else if (element == "DistanceMeters"_L1) {
                auto metres = xml::readNumber(m_reader);
                if (metres && *metres >= 0.0) {
                    state.hasLapDistance = true;
                    state.lapDistance += *metres;
                }
            } else if (element == "AverageHeartRateBpm"_L1) {
                heart = leafNumber("Value"_L1);
            } else if (element == "Cadence"_L1) {
                cadence = xml::readNumber(m_reader);
            } else if (element == "Extensions"_L1) {
                if (auto run = leafNumber("AvgRunCadence"_L1))
                    cadence = run;
            } else if (element == "Track"_L1) {
                state.stats.beginSegment();
                readTrack(state);
            } else {
                m_reader.skipCurrentElement();
            }
            if (m_reader.hasError())
                return;
        }
        if (lapStart && seconds)
            state.lapsEndMs = std::max(state.lapsEndMs, *lapStart + qint64(std::llround(*seconds * 1000.0)));
        if (seconds && *seconds > 0.0) {
            if (heart && *heart >= kMinHeartRate && *heart <= kMaxHeartRate) {
                state.lapHeartWeighted += *heart * *seconds;
                state.lapHeartSeconds += *seconds;
            }
            if (cadence && *cadence > 0.0 && *cadence < kMaxCadence) {
                state.lapCadenceWeighted += *cadence * *seconds;
                state.lapCadenceSeconds += *seconds;
            }
        }
    }

    void readTrack(ActivityState& state)
    {
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() != "Trackpoint"_L1) {
                m_reader.skipCurrentElement();
                continue;
            }
            TrackPoint point;
            bool timed = false;
            bool hasLat = false;
            bool hasLon = false;
            double runCadence = NAN;
            while (m_reader.readNextStartElement()) {
                const auto element = m_reader.name();
                if (element == "Time"_L1) {
                    auto ms = xml::readTime(m_reader);
                    if (!ms)
                        return;
                    point.timeMs = *ms;
                    timed = true;
                } else if (element == "Position"_L1) {
                    while (m_reader.readNextStartElement()) {
                        const bool lat = m_reader.name() == "LatitudeDegrees"_L1;
                        const bool lon = m_reader.name() == "LongitudeDegrees"_L1;
                        if (!lat && !lon) {
                            m_reader.skipCurrentElement();
                            continue;
                        }
                        const double limit = lat ? 90.0 : 180.0;
                        auto degrees = xml::readNumber(m_reader, -limit, limit);
                        if (!degrees)
                            return;
                        (lat ? point.lat : point.lon) = *degrees;
                        (lat ? hasLat : hasLon) = true;
                    }
                } else if (element == "DistanceMeters"_L1) {
                    auto metres = xml::readNumber(m_reader);
                    if (!metres)
                        return;
                    point.deviceDistance = *metres;
                } else if (element == "HeartRateBpm"_L1) {
                    if (auto bpm = leafNumber("Value"_L1))
                        point.heartRate = *bpm;
                } else if (element == "Cadence"_L1) {
                    auto value = xml::readNumber(m_reader);
                    if (!value)
                        return;
                    point.cadence = *value;
                } else if (element == "Extensions"_L1) {
                    if (auto value = leafNumber("RunCadence"_L1))
                        runCadence = *value;
                } else {
                    m_reader.skipCurrentElement();
                }
                if (m_reader.hasError())
                    return;
            }
            if (m_reader.hasError())
                return;
            if (!timed) {
                ++state.skipped;
                continue;
            }
            point.hasPosition = hasLat && hasLon;
            if (!std::isnan(runCadence))
                point.cadence = runCadence;
            state.stats.add(point);
        }
    }

    // The number in the first element called leaf inside the current one (at any depth); skips the rest.
    std::optional<double> leafNumber(QLatin1StringView leaf)
    {
        std::optional<double> found;
        xml::walk(m_reader, [&](QStringView name, QXmlStreamReader& reader) {
            if (name != leaf)
                return false;
            const auto value = xml::readDouble(reader);
            if (value && !found)
                found = value;
            return true;
        });
        return found;
    }

    void finish(ActivityState& state)
    {
        const TrackStats& stats = state.stats;
        std::optional<qint64> startMs = state.idMs;
        if (state.firstLapMs && (!startMs || *state.firstLapMs < *startMs))
            startMs = state.firstLapMs;
        if (!stats.isEmpty() && (!startMs || stats.firstTimeMs() < *startMs))
            startMs = stats.firstTimeMs();
        if (!startMs) {
            ++m_untimedActivities;
            return;
        }
        Activity a;
        a.sportName = state.sport;
        a.start = QDateTime::fromMSecsSinceEpoch(*startMs, QTimeZone::utc());
        const qint64 endMs = std::max({*startMs, state.lapsEndMs, stats.isEmpty() ? 0 : stats.lastTimeMs()});
        a.elapsedSeconds = int(std::llround(double(endMs - *startMs) / 1000.0));
        a.movingSeconds = state.hasLapTime ? int(std::llround(state.lapSeconds)) : stats.movingSeconds();
        // Laps without start times (or overlapping ones): the elapsed time is at least the timer time.
        a.elapsedSeconds = std::max(a.elapsedSeconds, a.movingSeconds);
        if (state.hasLapDistance && state.lapDistance > 0.0) {
            a.distanceMetres = state.lapDistance;
            a.distanceSource = DistanceSource::DeviceTotal;
        } else if (stats.hasDeviceDistance() && stats.deviceDistance() > 0.0) {
            a.distanceMetres = stats.deviceDistance();
            a.distanceSource = DistanceSource::DeviceTotal;
        } else if (stats.hasPositions()) {
            a.distanceMetres = stats.pointDistance();
            a.distanceSource = DistanceSource::PointSum;
        }
        a.sport = sportFromName(state.sport);
        if (a.sport == ActivitySport::Other) {
            a.sport = sportFromPace(a.distanceMetres, a.movingSeconds);
            a.sportFromPace = true;
        } else if (a.sport == ActivitySport::Running && !stats.isEmpty() && !stats.hasPositions()) {
            a.sport = ActivitySport::TreadmillRunning;
        }
        a.points = stats.points();
        a.skippedPoints = state.skipped;
        a.cadenceSpm = stats.stepsPerMinute(a.sport);
        if (!stats.averageCadence() && state.lapCadenceSeconds > 0.0) {
            const double lapAverage = state.lapCadenceWeighted / state.lapCadenceSeconds;
            a.cadenceSpm = stepsPerMinute(a.sport, lapAverage, lapAverage >= kStepsFrom ? 1.0 : 0.0);
        }
        a.heartRateBpm = stats.averageHeartRate();
        if (!a.heartRateBpm && state.lapHeartSeconds > 0.0)
            a.heartRateBpm = state.lapHeartWeighted / state.lapHeartSeconds;
        a.device = state.device;
        a.externalId
            = u"tcx:%1:%2"_s.arg(*startMs).arg(state.unitId.isEmpty() ? QString::number(a.points) : state.unitId);
        m_file.activities.append(a);
    }

    xml::Input m_input;
    QXmlStreamReader m_reader;
    QString m_path;
    ParsedFile m_file;
    int m_untimedActivities = 0;
};

} // namespace

Result<ParsedFile> TcxParser::parse(const QByteArray& data, const QString& path)
{
    return TcxReader(data, path).read();
}

} // namespace patella
