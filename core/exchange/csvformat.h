#pragma once

#include "core/model/records.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

// The Patella CSV folder: one UTF-8 RFC 4180 file per record kind, each with a header line naming its
// columns. Times are ISO 8601 with their UTC offset (2026-03-16T07:30:00+01:00), dates ISO (2026-03-16),
// distances metres, durations seconds, situations, sides, tests and units their stable ids (records.h).
// Columns are found by name, so their order does not matter; an optional column may be left out or
// empty. Ids in shoes.csv, sessions.csv and function_activities.csv are the file's own: runs.csv, pain.csv,
// session_items.csv and function_scores.csv point at them, and an import gives the records new ids in the
// journal.
//
// This file defines each file's columns once; the exporter writes them, the importer reads them and
// README.txt describes them from the same definitions.
namespace patella::exchange {

// A session item with the session it belongs to and its place in it (session_items.csv).
struct ItemRow : SessionItem
{
    RecordId sessionId = NoId;
    int position = 0; // 1-based
};

struct WriteContext
{
    QTimeZone zone; // the offset times are written in (the system's zone by default)
};

template <typename R> struct Column
{
    QString name;
    const char* meaning = nullptr; // English source text for README.txt, translated when written
    bool required = false;
    std::function<QString(const R&, const WriteContext&)> write;
    // Reads a non-empty field into the record; returns what is wrong with it.
    std::function<std::optional<QString>(R&, const QString&)> read;
};

template <typename R> struct FileFormat
{
    QString fileName; // "pain.csv"
    const char* title = nullptr; // "Pain entries", for README.txt
    const char* naturalKey = nullptr; // what makes two rows the same record, for README.txt
    QList<Column<R>> columns;
    // The store's validation names fields ("localDate"); which column each is in this file.
    QList<std::pair<QString, QString>> fieldColumns;
    // After a row is read: fills what follows from other fields (the local date from the time's own
    // offset) and makes instants UTC.
    std::function<void(R&)> finish;

    QStringList header() const;
    QString columnFor(const QString& field) const;
};

template <typename R> const FileFormat<R>& format();
template <> const FileFormat<PainEntry>& format<PainEntry>();
template <> const FileFormat<Run>& format<Run>();
template <> const FileFormat<WeeklyTotal>& format<WeeklyTotal>();
template <> const FileFormat<FlexCheck>& format<FlexCheck>();
template <> const FileFormat<SessionRecord>& format<SessionRecord>();
template <> const FileFormat<ItemRow>& format<ItemRow>();
template <> const FileFormat<Shoe>& format<Shoe>();
template <> const FileFormat<CheckIn>& format<CheckIn>();
template <> const FileFormat<MorningCheck>& format<MorningCheck>();
template <> const FileFormat<PsfsActivity>& format<PsfsActivity>();
template <> const FileFormat<PsfsScore>& format<PsfsScore>();

// The text of README.txt: every file and every column, the units and the natural keys.
QString readmeText();

// Value encodings shared by the files (and the running-history importer).
QString instantText(const QDateTime& instant, const QTimeZone& zone);
// An ISO 8601 time that carries its UTC offset (or Z); the result keeps that offset.
std::optional<QDateTime> parseInstant(const QString& text);
std::optional<QDate> parseDate(const QString& text); // exactly yyyy-MM-dd
QString numberText(double value); // shortest text that reads back to the same double, C locale
std::optional<double> parseNumber(const QString& text);

} // namespace patella::exchange
