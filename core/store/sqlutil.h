#pragma once

#include "core/model/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

#include <optional>

// Small checked wrappers around QSqlQuery: every prepare and exec is checked and turned into an Error;
// values are always bound. Plus the column encodings: local dates as ISO text ("2026-03-16", so they
// sort and SQLite's date functions read them), instants as UTC milliseconds since the epoch.
namespace patella::sql {

Error databaseError(const QString& what, const QString& detail, int code = 0);

// SQLite's primary result codes the store tells apart (sqlite3.h numbers them; Qt reports them as text).
namespace code {
constexpr int Corrupt = 11;
constexpr int Busy = 5;
constexpr int Locked = 6;
constexpr int ReadOnly = 8;
constexpr int IoError = 10;
constexpr int Full = 13;
constexpr int CantOpen = 14;
constexpr int NotADatabase = 26;
} // namespace code

// The primary result code of a failed Qt Sql call (0 when the driver gave none).
int resultCode(const QSqlError& error);
// What a person reads about a failure: busy and full say so plainly, the rest keeps SQLite's text.
QString errorText(const QSqlError& error);

Result<QSqlQuery> prepare(QSqlDatabase& db, const QString& statement);
Result<void> exec(QSqlQuery& query, const QVariantList& values);
// prepare + bind + exec in one call.
Result<QSqlQuery> run(QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// Runs statements one by one (DDL); stops at the first failure.
Result<void> runAll(QSqlDatabase& db, const QStringList& statements);

// An explicit transaction: rolled back on destruction unless committed.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Result<void> begin();
    Result<void> commit();

private:
    QSqlDatabase& m_db;
    bool m_open = false;
};

QVariant dateValue(QDate date);
QDate dateFrom(const QVariant& value);
QVariant instantValue(const QDateTime& instant);
QDateTime instantFrom(const QVariant& value);
QVariant optionalInt(const std::optional<int>& value);
std::optional<int> optionalIntFrom(const QVariant& value);
QVariant optionalId(const std::optional<qint64>& value);
std::optional<qint64> optionalIdFrom(const QVariant& value);
QVariant optionalDate(const std::optional<QDate>& value);
std::optional<QDate> optionalDateFrom(const QVariant& value);
QVariant optionalBool(const std::optional<bool>& value);
std::optional<bool> optionalBoolFrom(const QVariant& value);

// Text for a NOT NULL column: a null QString becomes "".
QVariant textValue(const QString& text);

// The bounds of a date range as bound values ("0000-01-01" / "9999-12-31" for an open end).
QVariant rangeFrom(QDate from);
QVariant rangeTo(QDate to);

} // namespace patella::sql
