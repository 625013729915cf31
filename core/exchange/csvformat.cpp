#include "core/exchange/csvformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <type_traits>

namespace patella::exchange {
namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct CsvFormatText
{
    Q_DECLARE_TR_FUNCTIONS(CsvFormat)
};

// Overloads that let one enum codec serve every id type.
std::optional<Side> fromId(const QString& id, Side*)
{
    return sideFromId(id);
}
std::optional<PainSituation> fromId(const QString& id, PainSituation*)
{
    return situationFromId(id);
}
std::optional<FlexTest> fromId(const QString& id, FlexTest*)
{
    return flexTestFromId(id);
}
std::optional<FlexUnit> fromId(const QString& id, FlexUnit*)
{
    return flexUnitFromId(id);
}
std::optional<RunSource> fromId(const QString& id, RunSource*)
{
    return runSourceFromId(id);
}
std::optional<SessionOutcome> fromId(const QString& id, SessionOutcome*)
{
    return outcomeFromId(id);
}

template <typename E> QStringList allIds()
{
    QStringList ids;
    for (int i = 0; i < 32; ++i) {
        const QString id = toId(static_cast<E>(i));
        if (id.isEmpty())
            break;
        ids.append(id);
    }
    return ids;
}

std::optional<qint64> parseInteger(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// How one member type is written and read.
template <typename T, typename = void> struct Codec;

template <> struct Codec<QString>
{
    static QString write(const QString& v, const WriteContext&) { return v; }
    static std::optional<QString> read(const QString& text, QString& v)
    {
        v = text;
        return std::nullopt;
    }
};

template <> struct Codec<int>
{
    static QString write(int v, const WriteContext&) { return QString::number(v); }
    static std::optional<QString> read(const QString& text, int& v)
    {
        const auto value = parseInteger(text.trimmed());
        if (!value || *value < -1000000000 || *value > 1000000000)
            return CsvFormatText::tr("\"%1\" is not a whole number").arg(text);
        v = int(*value);
        return std::nullopt;
    }
};

// Record ids (a shoe's or a session's id in the file, or a reference to one).
template <> struct Codec<qint64>
{
    static QString write(qint64 v, const WriteContext&) { return QString::number(v); }
    static std::optional<QString> read(const QString& text, qint64& v)
    {
        const auto value = parseInteger(text.trimmed());
        if (!value || *value <= 0)
            return CsvFormatText::tr("\"%1\" is not an id (a whole number above 0)").arg(text);
        v = *value;
        return std::nullopt;
    }
};

template <> struct Codec<double>
{
    static QString write(double v, const WriteContext&) { return numberText(v); }
    static std::optional<QString> read(const QString& text, double& v)
    {
        const auto value = parseNumber(text);
        if (!value)
            return CsvFormatText::tr("\"%1\" is not a number (write it with a point, like 5012.5)").arg(text);
        v = *value;
        return std::nullopt;
    }
};

template <> struct Codec<bool>
{
    static QString write(bool v, const WriteContext&) { return v ? QStringLiteral("true") : QStringLiteral("false"); }
    static std::optional<QString> read(const QString& text, bool& v)
    {
        const QString t = text.trimmed();
        if (t == QLatin1String("true") || t == QLatin1String("1")) {
            v = true;
            return std::nullopt;
        }
        if (t == QLatin1String("false") || t == QLatin1String("0")) {
            v = false;
            return std::nullopt;
        }
        return CsvFormatText::tr("\"%1\" is neither true nor false").arg(text);
    }
};

template <> struct Codec<QDate>
{
    static QString write(QDate v, const WriteContext&) { return v.toString(Qt::ISODate); }
    static std::optional<QString> read(const QString& text, QDate& v)
    {
        const auto date = parseDate(text.trimmed());
        if (!date)
            return CsvFormatText::tr("\"%1\" is not a date like 2026-03-16").arg(text);
        v = *date;
        return std::nullopt;
    }
};

template <> struct Codec<QDateTime>
{
    static QString write(const QDateTime& v, const WriteContext& c) { return instantText(v, c.zone); }
    static std::optional<QString> read(const QString& text, QDateTime& v)
    {
        const auto instant = parseInstant(text.trimmed());
        if (!instant)
            return CsvFormatText::tr("\"%1\" is not a time with its UTC offset, like 2026-03-16T07:30:00+01:00")
                .arg(text);
        v = *instant;
        return std::nullopt;
    }
};

template <typename T> struct Codec<std::optional<T>>
{
    static QString write(const std::optional<T>& v, const WriteContext& c)
    {
        return v ? Codec<T>::write(*v, c) : QString();
    }
    static std::optional<QString> read(const QString& text, std::optional<T>& v)
    {
        T value {};
        if (auto error = Codec<T>::read(text, value))
            return error;
        v = value;
        return std::nullopt;
    }
};

template <typename E> struct Codec<E, std::enable_if_t<std::is_enum_v<E>>>
{
    static QString write(E v, const WriteContext&) { return toId(v); }
    static std::optional<QString> read(const QString& text, E& v)
    {
        const auto value = fromId(text.trimmed(), static_cast<E*>(nullptr));
        if (!value)
            return CsvFormatText::tr("\"%1\" is not one of %2").arg(text, allIds<E>().join(QStringLiteral(", ")));
        v = *value;
        return std::nullopt;
    }
};

// A column for a member of R (or of a base of R, for ItemRow's SessionItem fields).
template <typename R, typename M, typename T>
Column<R> column(const char* name, bool required, T M::*member, const char* meaning)
{
    static_assert(std::is_base_of_v<M, R>);
    Column<R> c;
    c.name = QString::fromLatin1(name);
    c.meaning = meaning;
    c.required = required;
    c.write = [member](const R& r, const WriteContext& context) { return Codec<T>::write(r.*member, context); };
    c.read = [member](R& r, const QString& text) { return Codec<T>::read(text, r.*member); };
    return c;
}

constexpr bool Required = true;
constexpr bool Optional = false;

using Fields = QList<std::pair<QString, QString>>;

Fields fields(std::initializer_list<std::pair<const char*, const char*>> pairs)
{
    Fields out;
    for (const auto& [field, columnName] : pairs)
        out.append({QString::fromLatin1(field), QString::fromLatin1(columnName)});
    return out;
}

// The date the runner lived an instant: the date in the offset the time was written with.
void settle(QDateTime& at, QDate& localDate)
{
    if (!localDate.isValid() && at.isValid())
        localDate = at.date();
    at = at.toUTC();
}

} // namespace

template <typename R> QStringList FileFormat<R>::header() const
{
    QStringList names;
    names.reserve(columns.size());
    for (const Column<R>& c : columns)
        names.append(c.name);
    return names;
}

template <typename R> QString FileFormat<R>::columnFor(const QString& field) const
{
    for (const auto& [storeField, columnName] : fieldColumns) {
        if (storeField == field)
            return columnName;
    }
    return {};
}

template struct FileFormat<PainEntry>;
template struct FileFormat<Run>;
template struct FileFormat<WeeklyTotal>;
template struct FileFormat<FlexCheck>;
template struct FileFormat<SessionRecord>;
template struct FileFormat<ItemRow>;
template struct FileFormat<Shoe>;
template struct FileFormat<CheckIn>;
template struct FileFormat<MorningCheck>;
template struct FileFormat<PsfsActivity>;
template struct FileFormat<PsfsScore>;

template <> const FileFormat<PainEntry>& format<PainEntry>()
{
    static const FileFormat<PainEntry> f {
        QStringLiteral("pain.csv"),
        QT_TRANSLATE_NOOP("CsvFormat", "Pain entries, one per rating"),
        QT_TRANSLATE_NOOP("CsvFormat", "time, situation and side"),
        {
            column<PainEntry>("time", Required, &PainEntry::at,
                              QT_TRANSLATE_NOOP("CsvFormat", "when the pain was rated (ISO 8601 with offset)")),
            column<PainEntry>(
                "local_date", Optional, &PainEntry::localDate,
                QT_TRANSLATE_NOOP("CsvFormat", "the day the runner lived it; when empty, the date of the time")),
            column<PainEntry>("score", Required, &PainEntry::score,
                              QT_TRANSLATE_NOOP("CsvFormat", "pain, 0 (none) to 10 (worst imaginable)")),
            column<PainEntry>("situation", Required, &PainEntry::situation,
                              QT_TRANSLATE_NOOP("CsvFormat",
                                                "when it hurt: during-run, after-run, stairs, "
                                                "long-sitting, squatting, at-rest, after-session")),
            column<PainEntry>("side", Optional, &PainEntry::side,
                              QT_TRANSLATE_NOOP("CsvFormat", "which knee: left, right or both (the default)")),
            column<PainEntry>("session_id", Optional, &PainEntry::sessionId,
                              QT_TRANSLATE_NOOP("CsvFormat",
                                                "the id in sessions.csv of the guided session it was "
                                                "reported after, if any")),
            column<PainEntry>("note", Optional, &PainEntry::note, QT_TRANSLATE_NOOP("CsvFormat", "the runner's note")),
        },
        fields({{"at", "time"},
                {"localDate", "local_date"},
                {"score", "score"},
                {"situation", "situation"},
                {"side", "side"},
                {"sessionId", "session_id"}}),
        [](PainEntry& e) { settle(e.at, e.localDate); },
    };
    return f;
}

template <> const FileFormat<Run>& format<Run>()
{
    static const FileFormat<Run> f {
        QStringLiteral("runs.csv"),
        QT_TRANSLATE_NOOP("CsvFormat", "Runs"),
        QT_TRANSLATE_NOOP("CsvFormat", "external_id when it has one, else the start time"),
        {
            column<Run>("start", Required, &Run::start,
                        QT_TRANSLATE_NOOP("CsvFormat", "when the run started (ISO 8601 with offset)")),
            column<Run>("local_date", Optional, &Run::localDate,
                        QT_TRANSLATE_NOOP("CsvFormat",
                                          "the day the runner lived it; when empty, the date of the "
                                          "start")),
            column<Run>("distance_m", Required, &Run::distanceMetres,
                        QT_TRANSLATE_NOOP("CsvFormat", "distance in metres")),
            column<Run>("duration_s", Required, &Run::durationSeconds,
                        QT_TRANSLATE_NOOP("CsvFormat", "duration in seconds")),
            column<Run>("effort", Optional, &Run::effort,
                        QT_TRANSLATE_NOOP("CsvFormat", "perceived effort 1-10, 0 when not given")),
            column<Run>("shoe_id", Optional, &Run::shoeId,
                        QT_TRANSLATE_NOOP("CsvFormat", "the id in shoes.csv of the shoes worn, if known")),
            column<Run>("pain_during", Optional, &Run::painDuring,
                        QT_TRANSLATE_NOOP("CsvFormat", "knee pain during the run, 0-10")),
            column<Run>("pain_after", Optional, &Run::painAfter,
                        QT_TRANSLATE_NOOP("CsvFormat", "knee pain after the run, 0-10")),
            column<Run>("source", Optional, &Run::source,
                        QT_TRANSLATE_NOOP("CsvFormat", "manual (the default) or import (from an activity file)")),
            column<Run>("external_id", Optional, &Run::externalId,
                        QT_TRANSLATE_NOOP("CsvFormat", "the imported activity's id, so it is never counted twice")),
            column<Run>("note", Optional, &Run::note, QT_TRANSLATE_NOOP("CsvFormat", "the runner's note")),
            column<Run>("moving_s", Optional, &Run::movingSeconds,
                        QT_TRANSLATE_NOOP("CsvFormat", "for an imported run, the watch's moving time in seconds")),
            column<Run>(
                "elapsed_s", Optional, &Run::elapsedSeconds,
                QT_TRANSLATE_NOOP("CsvFormat", "for an imported run, start to finish in seconds, pauses included")),
            column<Run>("cadence_spm", Optional, &Run::cadenceSpm,
                        QT_TRANSLATE_NOOP("CsvFormat", "average cadence in steps per minute, if the file had it")),
            column<Run>("heart_rate_bpm", Optional, &Run::heartRateBpm,
                        QT_TRANSLATE_NOOP("CsvFormat", "average heart rate in beats per minute, if the file had it")),
            column<Run>("sport", Optional, &Run::sport,
                        QT_TRANSLATE_NOOP("CsvFormat",
                                          "running (the default), trail_running, treadmill_running, or the sport "
                                          "of an activity imported as a run")),
            column<Run>("device", Optional, &Run::device,
                        QT_TRANSLATE_NOOP("CsvFormat", "the watch or app that wrote the imported file")),
            column<Run>("distance_source", Optional, &Run::distanceSource,
                        QT_TRANSLATE_NOOP("CsvFormat",
                                          "device (the device's own total), points (summed from the track) or "
                                          "empty (typed by hand)")),
        },
        fields({{"start", "start"},
                {"localDate", "local_date"},
                {"distance", "distance_m"},
                {"duration", "duration_s"},
                {"effort", "effort"},
                {"shoeId", "shoe_id"},
                {"painDuring", "pain_during"},
                {"painAfter", "pain_after"},
                {"source", "source"},
                {"externalId", "external_id"},
                {"movingSeconds", "moving_s"},
                {"elapsedSeconds", "elapsed_s"},
                {"cadence", "cadence_spm"},
                {"heartRate", "heart_rate_bpm"},
                {"distanceSource", "distance_source"}}),
        [](Run& r) { settle(r.start, r.localDate); },
    };
    return f;
}

template <> const FileFormat<WeeklyTotal>& format<WeeklyTotal>()
{
    static const FileFormat<WeeklyTotal> f {
        QStringLiteral("weekly_totals.csv"),
        QT_TRANSLATE_NOOP("CsvFormat", "Weekly totals, for weeks logged as one figure instead of single runs"),
        QT_TRANSLATE_NOOP("CsvFormat", "week_start"),
        {
            column<WeeklyTotal>("week_start", Required, &WeeklyTotal::weekStart,
                                QT_TRANSLATE_NOOP("CsvFormat", "the Monday of the ISO week")),
            column<WeeklyTotal>("distance_m", Required, &WeeklyTotal::distanceMetres,
                                QT_TRANSLATE_NOOP("CsvFormat", "the week's distance in metres")),
            column<WeeklyTotal>("runs", Optional, &WeeklyTotal::runs,
                                QT_TRANSLATE_NOOP("CsvFormat", "how many runs made it up")),
            column<WeeklyTotal>("note", Optional, &WeeklyTotal::note,
                                QT_TRANSLATE_NOOP("CsvFormat", "the runner's note")),
        },
        fields({{"weekStart", "week_start"}, {"distance", "distance_m"}, {"runs", "runs"}}),
        [](WeeklyTotal&) {},
    };
    return f;
}

template <> const FileFormat<FlexCheck>& format<FlexCheck>()
{
    static const FileFormat<FlexCheck> f {
        QStringLiteral("flexibility.csv"),
        QT_TRANSLATE_NOOP("CsvFormat", "Flexibility checks, one per test and side"),
        QT_TRANSLATE_NOOP("CsvFormat", "time, test and side"),
        {
            column<FlexCheck>("time", Required, &FlexCheck::at,
                              QT_TRANSLATE_NOOP("CsvFormat", "when it was measured (ISO 8601 with offset)")),
            column<FlexCheck>(
                "local_date", Optional, &FlexCheck::localDate,
                QT_TRANSLATE_NOOP("CsvFormat", "the day the runner lived it; when empty, the date of the time")),
            column<FlexCheck>("test", Required, &FlexCheck::test,
                              QT_TRANSLATE_NOOP("CsvFormat",
                                                "knee-to-wall, sit-and-reach, heel-to-buttock, "
                                                "half-kneeling-hip-flexor or straight-leg-raise")),
            column<FlexCheck>("side", Required, &FlexCheck::side,
                              QT_TRANSLATE_NOOP("CsvFormat", "left, right or both")),
            column<FlexCheck>("value", Required, &FlexCheck::value,
                              QT_TRANSLATE_NOOP("CsvFormat", "the measurement, in the unit of the next column")),
            column<FlexCheck>("unit", Required, &FlexCheck::unit,
                              QT_TRANSLATE_NOOP("CsvFormat", "cm, deg (degrees) or tightness (0-10)")),
        },
        fields({{"at", "time"},
                {"localDate", "local_date"},
                {"test", "test"},
                {"side", "side"},
                {"value", "value"},
                {"unit", "unit"}}),
        [](FlexCheck& c) { settle(c.at, c.localDate); },
    };
    return f;
}

template <> const FileFormat<SessionRecord>& format<SessionRecord>()
{
    static const FileFormat<SessionRecord> f {
        QStringLiteral("sessions.csv"),
        QT_TRANSLATE_NOOP("CsvFormat", "Guided sessions (their exercises are in session_items.csv)"),
        QT_TRANSLATE_NOOP("CsvFormat", "start and routine_id"),
        {
            column<SessionRecord>("id", Required, &SessionRecord::id,
                                  QT_TRANSLATE_NOOP("CsvFormat", "the session's id in this folder")),
            column<SessionRecord>("routine_id", Required, &SessionRecord::routineId,
                                  QT_TRANSLATE_NOOP("CsvFormat", "the routine played, by its catalog id")),
            column<SessionRecord>("start", Required, &SessionRecord::start,
                                  QT_TRANSLATE_NOOP("CsvFormat", "when it started (ISO 8601 with offset)")),
            column<SessionRecord>("end", Required, &SessionRecord::end,
                                  QT_TRANSLATE_NOOP("CsvFormat", "when it ended (ISO 8601 with offset)")),
            column<SessionRecord>(
                "local_date", Optional, &SessionRecord::localDate,
                QT_TRANSLATE_NOOP("CsvFormat", "the day the runner lived it; when empty, the date of the start")),
            column<SessionRecord>("outcome", Required, &SessionRecord::outcome,
                                  QT_TRANSLATE_NOOP("CsvFormat", "completed or interrupted")),
        },
        fields({{"routineId", "routine_id"},
                {"start", "start"},
                {"end", "end"},
                {"localDate", "local_date"},
                {"outcome", "outcome"}}),
        [](SessionRecord& s) {
            settle(s.start, s.localDate);
            s.end = s.end.toUTC();
        },
    };
    return f;
}

template <> const FileFormat<ItemRow>& format<ItemRow>()
{
    static const FileFormat<ItemRow> f {
        QStringLiteral("session_items.csv"),
        QT_TRANSLATE_NOOP("CsvFormat", "The exercises of each guided session, one row per set and side"),
        QT_TRANSLATE_NOOP("CsvFormat", "part of their session"),
        {
            column<ItemRow>("session_id", Required, &ItemRow::sessionId,
                            QT_TRANSLATE_NOOP("CsvFormat", "the id in sessions.csv of the session")),
            column<ItemRow>("position", Required, &ItemRow::position,
                            QT_TRANSLATE_NOOP("CsvFormat", "its place in the session, from 1")),
            column<ItemRow>("exercise_id", Required, &ItemRow::exerciseId,
                            QT_TRANSLATE_NOOP("CsvFormat", "the exercise, by its catalog id")),
            column<ItemRow>("side", Optional, &ItemRow::side,
                            QT_TRANSLATE_NOOP("CsvFormat", "left, right or both (the default)")),
            column<ItemRow>("set", Optional, &ItemRow::set, QT_TRANSLATE_NOOP("CsvFormat", "the set, from 1")),
            column<ItemRow>(
                "part", Optional, &ItemRow::part,
                QT_TRANSLATE_NOOP("CsvFormat", "for two-part exercises, which part (0 the first, 1 the second)")),
            column<ItemRow>("planned_s", Optional, &ItemRow::plannedSeconds,
                            QT_TRANSLATE_NOOP("CsvFormat", "hold or work time planned, in seconds")),
            column<ItemRow>("actual_s", Optional, &ItemRow::actualSeconds,
                            QT_TRANSLATE_NOOP("CsvFormat", "hold or work time done, in seconds")),
            column<ItemRow>("planned_reps", Optional, &ItemRow::plannedReps,
                            QT_TRANSLATE_NOOP("CsvFormat", "repetitions planned")),
            column<ItemRow>("actual_reps", Optional, &ItemRow::actualReps,
                            QT_TRANSLATE_NOOP("CsvFormat", "repetitions done")),
            column<ItemRow>("skipped", Optional, &ItemRow::skipped,
                            QT_TRANSLATE_NOOP("CsvFormat", "true when the runner skipped it")),
            column<ItemRow>("pain", Optional, &ItemRow::pain,
                            QT_TRANSLATE_NOOP("CsvFormat", "pain reported after it, 0-10")),
        },
        fields({{"exerciseId", "exercise_id"},
                {"side", "side"},
                {"set", "set"},
                {"part", "part"},
                {"reps", "planned_reps"},
                {"pain", "pain"}}),
        [](ItemRow&) {},
    };
    return f;
}

template <> const FileFormat<Shoe>& format<Shoe>()
{
    static const FileFormat<Shoe> f {
        QStringLiteral("shoes.csv"),
        QT_TRANSLATE_NOOP("CsvFormat", "Running shoes"),
        QT_TRANSLATE_NOOP("CsvFormat", "name and first_use"),
        {
            column<Shoe>("id", Required, &Shoe::id,
                         QT_TRANSLATE_NOOP("CsvFormat", "the shoe's id in this folder (runs.csv points at it)")),
            column<Shoe>("name", Required, &Shoe::name, QT_TRANSLATE_NOOP("CsvFormat", "the runner's name for it")),
            column<Shoe>("first_use", Required, &Shoe::firstUse,
                         QT_TRANSLATE_NOOP("CsvFormat", "the date it was first worn")),
            column<Shoe>("retired", Optional, &Shoe::retired,
                         QT_TRANSLATE_NOOP("CsvFormat", "the date it was retired, if it was")),
            column<Shoe>("limit_m", Optional, &Shoe::limitMetres,
                         QT_TRANSLATE_NOOP("CsvFormat", "the distance it is good for, in metres (default 700000)")),
        },
        fields({{"name", "name"}, {"firstUse", "first_use"}, {"retired", "retired"}, {"limit", "limit_m"}}),
        [](Shoe&) {},
    };
    return f;
}

template <> const FileFormat<CheckIn>& format<CheckIn>()
{
    static const FileFormat<CheckIn> f {
        QStringLiteral("checkins.csv"),
        QT_TRANSLATE_NOOP("CsvFormat", "Weekly check-ins"),
        QT_TRANSLATE_NOOP("CsvFormat", "week_start"),
        {
            column<CheckIn>("week_start", Required, &CheckIn::weekStart,
                            QT_TRANSLATE_NOOP("CsvFormat", "the Monday of the ISO week")),
            column<CheckIn>("worst_pain", Optional, &CheckIn::worstPain,
                            QT_TRANSLATE_NOOP("CsvFormat", "the week's worst pain, 0-10")),
            column<CheckIn>("usual_pain", Optional, &CheckIn::usualPain,
                            QT_TRANSLATE_NOOP("CsvFormat", "the week's usual pain, 0-10")),
            column<CheckIn>("knee_worse_morning", Optional, &CheckIn::kneeWorseMorning,
                            QT_TRANSLATE_NOOP("CsvFormat", "true when the knee was worse on a morning after activity")),
            column<CheckIn>("notes", Optional, &CheckIn::notes, QT_TRANSLATE_NOOP("CsvFormat", "the runner's notes")),
        },
        fields({{"weekStart", "week_start"}, {"worstPain", "worst_pain"}, {"usualPain", "usual_pain"}}),
        [](CheckIn&) {},
    };
    return f;
}

template <> const FileFormat<MorningCheck>& format<MorningCheck>()
{
    static const FileFormat<MorningCheck> f {
        QStringLiteral("morning_checks.csv"),
        QT_TRANSLATE_NOOP("CsvFormat", "Morning checks: was the knee worse the morning after?"),
        QT_TRANSLATE_NOOP("CsvFormat", "date"),
        {
            column<MorningCheck>("date", Required, &MorningCheck::date,
                                 QT_TRANSLATE_NOOP("CsvFormat", "the morning's date")),
            column<MorningCheck>("worse", Required, &MorningCheck::worse,
                                 QT_TRANSLATE_NOOP("CsvFormat", "true when the knee was worse")),
        },
        fields({{"date", "date"}}),
        [](MorningCheck&) {},
    };
    return f;
}

template <> const FileFormat<PsfsActivity>& format<PsfsActivity>()
{
    static const FileFormat<PsfsActivity> f {
        QStringLiteral("function_activities.csv"),
        QT_TRANSLATE_NOOP("CsvFormat",
                          "Function score (Patient-Specific Functional Scale): the runner's own activities that the "
                          "knee makes hard"),
        QT_TRANSLATE_NOOP("CsvFormat", "name and added"),
        {
            column<PsfsActivity>(
                "id", Required, &PsfsActivity::id,
                QT_TRANSLATE_NOOP("CsvFormat", "the activity's id in this folder (function_scores.csv points at it)")),
            column<PsfsActivity>("name", Required, &PsfsActivity::name,
                                 QT_TRANSLATE_NOOP("CsvFormat", "the activity in the runner's words")),
            column<PsfsActivity>("added", Required, &PsfsActivity::added,
                                 QT_TRANSLATE_NOOP("CsvFormat", "the date of the first round it was scored in")),
            column<PsfsActivity>("retired", Optional, &PsfsActivity::retired,
                                 QT_TRANSLATE_NOOP("CsvFormat",
                                                   "the date from which it was no longer asked, if it was retired "
                                                   "(its scores are kept)")),
        },
        fields({{"name", "name"}, {"added", "added"}, {"retired", "retired"}}),
        [](PsfsActivity&) {},
    };
    return f;
}

template <> const FileFormat<PsfsScore>& format<PsfsScore>()
{
    static const FileFormat<PsfsScore> f {
        QStringLiteral("function_scores.csv"),
        QT_TRANSLATE_NOOP("CsvFormat", "Function scores, one per activity and round"),
        QT_TRANSLATE_NOOP("CsvFormat", "activity and date"),
        {
            column<PsfsScore>("activity_id", Required, &PsfsScore::activityId,
                              QT_TRANSLATE_NOOP("CsvFormat", "the id in function_activities.csv of the activity")),
            column<PsfsScore>("date", Required, &PsfsScore::date,
                              QT_TRANSLATE_NOOP("CsvFormat", "the date of the round")),
            column<PsfsScore>("score", Required, &PsfsScore::score,
                              QT_TRANSLATE_NOOP("CsvFormat", "0 (cannot do it) to 10 (as well as before the problem)")),
        },
        fields({{"activityId", "activity_id"}, {"date", "date"}, {"score", "score"}}),
        [](PsfsScore&) {},
    };
    return f;
}

namespace {

template <typename R> void describe(QString& out)
{
    const FileFormat<R>& f = format<R>();
    out += f.fileName + QStringLiteral(": ") + CsvFormatText::tr(f.title) + QLatin1Char('\n');
    out += QStringLiteral("  ")
        + CsvFormatText::tr("Two rows are the same record when they have the same %1.")
              .arg(CsvFormatText::tr(f.naturalKey))
        + QLatin1Char('\n');
    for (const Column<R>& c : f.columns) {
        out += QStringLiteral("  ") + c.name + QStringLiteral(": ") + CsvFormatText::tr(c.meaning);
        if (c.required)
            out += QStringLiteral(" ") + CsvFormatText::tr("(required)");
        out += QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
}

} // namespace

QString readmeText()
{
    QString out
        = CsvFormatText::tr("Patella journal export\n"
                            "======================\n\n"
                            "One CSV file per kind of record, UTF-8, RFC 4180 (comma-separated, fields with commas, "
                            "quotes or line breaks in double quotes, a quote inside written twice), with a header line "
                            "naming the columns. Times are ISO 8601 with their UTC offset (2026-03-16T07:30:00+01:00), "
                            "dates are ISO 8601 (2026-03-16), distances are metres, durations seconds, pain 0-10. "
                            "An empty field means \"not given\".\n\n"
                            "Patella can read this folder back (File > Import > Patella CSV, or patella --import-csv "
                            "DIR). Columns are found by their names, in any order; optional columns may be left out. "
                            "A file with a mistake is refused as a whole, with its line and column named, and nothing "
                            "is written. Records the journal already holds (see \"the same record\" under each file) "
                            "are skipped, so importing a folder twice adds nothing the second time. The ids in "
                            "shoes.csv and sessions.csv only link the files together; the journal gives imported "
                            "records ids of its own.\n\n");
    describe<PainEntry>(out);
    describe<Run>(out);
    describe<WeeklyTotal>(out);
    describe<FlexCheck>(out);
    describe<SessionRecord>(out);
    describe<ItemRow>(out);
    describe<Shoe>(out);
    describe<CheckIn>(out);
    describe<MorningCheck>(out);
    describe<PsfsActivity>(out);
    describe<PsfsScore>(out);
    out += CsvFormatText::tr("my-programme.json\n-----------------\nYour own exercises and routines, and those of "
                             "the programmes you imported, with their doses and pictures, in Patella's programme "
                             "format (docs/programme-format.md). Written only when there are any. File > Import > "
                             "Programme… (or patella --import-programme FILE) reads it back; the CSV import leaves "
                             "it alone.\n");
    return out;
}

QString instantText(const QDateTime& instant, const QTimeZone& zone)
{
    if (!instant.isValid())
        return {};
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toLocalTime();
    const QDateTime withOffset = local.toOffsetFromUtc(local.offsetFromUtc());
    return withOffset.toString(instant.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

std::optional<QDateTime> parseInstant(const QString& text)
{
    // yyyy-MM-ddTHH:mm[:ss[.zzz]] then Z or +hh:mm / -hh:mm: a time without an offset is ambiguous.
    if (text.size() < 17 || text.at(10) != QLatin1Char('T'))
        return std::nullopt;
    const QChar last = text.back();
    const bool utc = last == QLatin1Char('Z');
    const qsizetype sign = text.size() - 6;
    const bool offset = text.size() >= 22 && (text.at(sign) == QLatin1Char('+') || text.at(sign) == QLatin1Char('-'))
        && text.at(sign + 3) == QLatin1Char(':');
    if (!utc && !offset)
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at;
}

std::optional<QDate> parseDate(const QString& text)
{
    if (text.size() != 10)
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString numberText(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace patella::exchange
